/* bpfaot_abi.h - the contract between code that bpfaot emits and libbpfaot.
 *
 * The compiler writes these structures, statically initialised, into every output
 * object; the runtime reads and updates them. Layouts are fixed (LP64, little-endian):
 * the byte offsets in the comments are what the backends hard-code, and
 * tests/unit/abi_layout checks them with offsetof().
 *
 * Symbols an object defines, for object name OBJ (the --name prefix):
 *   OBJ__PROG                  the program: uint64_t OBJ__PROG(void *ctx)
 *   OBJ__map__MAP              struct bpfaot_map (header)
 *   OBJ__map__MAP__storage     the map's inline storage (see struct bpfaot_map.storage)
 *   OBJ__progs                 struct bpfaot_prog[n_progs]
 *   OBJ__maps                  struct bpfaot_map *[n_maps]
 *   OBJ__object                struct bpfaot_object
 * Programs call helpers as ordinary native functions named bpfaot_helper_NAME (known ids)
 * or bpfaot_helper_call (any other id, the id passed as a sixth argument).
 */
#ifndef BPFAOT_ABI_H
#define BPFAOT_ABI_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define BPFAOT_ABI_VERSION 1

/* struct bpfaot_prog.flags */
#define BPFAOT_PROG_SLEEPABLE (1u << 0)
#define BPFAOT_PROG_XDP_FRAGS (1u << 1)

/* Context kinds: how a program's r1 is formed (see the daemon docs). */
enum bpfaot_ctx_kind {
	BPFAOT_CTX_RAW = 0, /* r1 = caller's pointer, r2 = its length (conformance protocol) */
	BPFAOT_CTX_XDP = 1, /* r1 = struct bpfaot_xdp_ctx * */
	BPFAOT_CTX_SKB = 2, /* r1 = struct bpfaot_skb_ctx * */
};

/* A prog array's owner type is unset until the first program references it. */
#define BPFAOT_OWNER_UNSET 0xffffffffu

struct bpfaot_object;

struct bpfaot_prog {
	const char *name;              /*  0 */
	const char *section;           /*  8 */
	uint32_t prog_type;            /* 16 enum bpf_prog_type */
	uint32_t expected_attach_type; /* 20 */
	uint32_t flags;                /* 24 BPFAOT_PROG_* */
	uint32_t ctx_kind;             /* 28 enum bpfaot_ctx_kind */
	uint64_t (*func)(void *ctx);   /* 32 the program's entry */
	const void *tail_entry;        /* 40 func + prologue offset: where tail calls land */
	struct bpfaot_object *object;  /* 48 */
	uint64_t reserved;             /* 56 */
};                                     /* 64 bytes */

/*
 * A map. `storage` points at the object's OBJ__map__MAP__storage symbol where the size is
 * static, else NULL (the runtime allocates on first use):
 *   array, global data: max_entries values, each value_size rounded up to 8 bytes;
 *   prog array:         2 * max_entries pointers: [i] the struct bpfaot_prog * at index i,
 *                       [max_entries + i] its cached target (tail_entry), both NULL when
 *                       empty, both updated with atomic exchanges;
 *   per-CPU array:      NULL in the object; the runtime stores (with release order) the
 *                       base of its values once it has created the map, and NULL again
 *                       before it frees them. Slot s's value at index i is at
 *                       base + s * BPFAOT_PERCPU_STRIDE(value_size, max_entries)
 *                           + i * round_up(value_size, 8);
 *   other types:        NULL.
 * Compiled code inlines per-CPU array lookups with that layout and the calling thread's
 * slot, the initial-exec TLS int BPFAOT_SYM_TLS_CPU_SLOT (-1 while the thread owns none);
 * while the base is NULL or the slot is -1 it calls bpfaot_helper_map_lookup_elem, which
 * creates the map and acquires a slot.
 */
struct bpfaot_map {
	uint32_t type;                 /*  0 enum bpf_map_type */
	uint32_t key_size;             /*  4 */
	uint32_t value_size;           /*  8 */
	uint32_t max_entries;          /* 12 */
	uint32_t flags;                /* 16 map_flags */
	uint32_t owner_prog_type;      /* 20 prog arrays: fixed by the first referencing program */
	uint32_t owner_attach_type;    /* 24 */
	uint32_t owner_flags;          /* 28 BPFAOT_PROG_SLEEPABLE | BPFAOT_PROG_XDP_FRAGS */
	const char *name;              /* 32 */
	void *storage;                 /* 40 see above */
	void *impl;                    /* 48 runtime-private state; NULL until first use */
	struct bpfaot_object *object;  /* 56 */
};                                     /* 64 bytes */

struct bpfaot_object {
	uint32_t abi_version;          /*  0 BPFAOT_ABI_VERSION */
	uint32_t n_progs;              /*  4 */
	uint32_t n_maps;               /*  8 */
	uint32_t reserved;             /* 12 */
	const char *name;              /* 16 */
	struct bpfaot_prog *progs;     /* 24 */
	struct bpfaot_map **maps;      /* 32 */
	const char *license;           /* 40 NULL when the object has none */
};                                     /* 48 bytes */

/*
 * Program contexts. For XDP, tc (sched_cls, sched_act) and socket filter programs the
 * compiler rewrites every load and store of a `struct xdp_md` / `struct __sk_buff` field
 * (analysis/ctxrewrite.c) to the matching field below, as the kernel's verifier rewrites
 * them to its own xdp_buff / sk_buff. The pointers are native 64-bit pointers; every
 * 32-bit field holds the value zero-extended, exactly what a program reads from the
 * kernel's field (so narrow loads of the low bytes read the same bytes).
 * A host fills one and passes its address as the program's ctx.
 */
struct bpfaot_xdp_ctx {
	void *data;                /*  0 first byte of the packet */
	void *data_end;            /*  8 one past its last byte */
	void *data_meta;           /* 16 metadata start (== data when there is none) */
	void *data_hard_start;     /* 24 start of the buffer (headroom for adjust_head/meta) */
	uint32_t ingress_ifindex;  /* 32 */
	uint32_t rx_queue_index;   /* 36 */
	uint32_t egress_ifindex;   /* 40 devmap programs only */
	uint32_t frame_size;       /* 44 bytes from data_hard_start packet data may use (adjust_tail) */
	void *user;                /* 48 the host's own pointer; programs cannot read it */
};                                 /* 56 bytes */

struct bpfaot_skb_ctx {
	void *data;                /*   0 first byte of the packet (L2 for tc, L3 for socket filters) */
	void *data_end;            /*   8 one past its last byte */
	void *data_meta;           /*  16 metadata start (== data when there is none) */
	uint32_t len;              /*  24 packet length (data_end - data plus any non-linear part) */
	uint32_t pkt_type;         /*  28 PACKET_HOST, PACKET_BROADCAST, ... */
	uint32_t mark;             /*  32 r/w (tc) */
	uint32_t queue_mapping;    /*  36 */
	uint32_t protocol;         /*  40 ethertype in network byte order (htons(ETH_P_IP)) */
	uint32_t vlan_present;     /*  44 */
	uint32_t vlan_tci;         /*  48 */
	uint32_t vlan_proto;       /*  52 network byte order */
	uint32_t priority;         /*  56 r/w (tc) */
	uint32_t ingress_ifindex;  /*  60 */
	uint32_t ifindex;          /*  64 */
	uint32_t tc_index;         /*  68 r/w (tc) */
	uint32_t cb[5];            /*  72 r/w; 8-byte aligned like __sk_buff.cb */
	uint32_t hash;             /*  92 */
	uint32_t tc_classid;       /*  96 r/w (tc) */
	uint32_t napi_id;          /* 100 */
	uint32_t wire_len;         /* 104 */
	uint32_t gso_segs;         /* 108 */
	uint32_t gso_size;         /* 112 */
	uint32_t reserved;         /* 116 */
	uint64_t tstamp;           /* 120 r/w (tc) */
	uint64_t hwtstamp;         /* 128 */
	void *user;                /* 136 the host's own pointer; programs cannot read it */
};                                 /* 144 bytes */

#define BPFAOT_XDP_CTX_SIZE 56
#define BPFAOT_SKB_CTX_SIZE 144

/* The byte offsets above, for the compiler's backends and object writer. */
#define BPFAOT_MAP_OFF_MAX_ENTRIES 12
#define BPFAOT_MAP_OFF_STORAGE 40
#define BPFAOT_SYM_TLS_CPU_SLOT "bpfaot_tls_cpu_slot"
/* Bytes between two slots' values of a per-CPU array: whole cache lines. */
#define BPFAOT_PERCPU_STRIDE(value_size, max_entries) \
	((((uint64_t)(value_size) + 7) / 8 * 8 * (uint64_t)(max_entries) + 63) / 64 * 64)
#define BPFAOT_PROG_OFF_FUNC 32
#define BPFAOT_PROG_OFF_TAIL_ENTRY 40
#define BPFAOT_PROG_SIZE 64
#define BPFAOT_MAP_SIZE 64
#define BPFAOT_OBJECT_SIZE 48

#ifdef __cplusplus
}
#endif

#endif
