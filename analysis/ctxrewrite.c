/* ctxrewrite.c - rewrite xdp_md / __sk_buff accesses to the runtime's context structs.
 *
 * Two steps per program:
 *   1. a forward dataflow over the linked program that tracks, for every register and
 *      every 8-byte stack slot of the current frame, which kinds of value it may hold
 *      (the context, the context moved by arithmetic, a stack pointer, anything else);
 *   2. every reachable load/store whose base register may hold the context is checked
 *      against the kernel's access rules and rewritten to the runtime struct's field.
 */
#include "ctxrewrite.h"

#include "bpfaot_abi.h"
#include "diag.h"
#include "par.h"
#include "util.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------------------- */
/* Which program types get which context                                               */

uint32_t ctx_kind_of_prog(const struct prog *p)
{
	switch (p->type) {
	case BPF_PROG_TYPE_XDP:
		return BPFAOT_CTX_XDP;
	case BPF_PROG_TYPE_SCHED_CLS:
	case BPF_PROG_TYPE_SCHED_ACT:
	case BPF_PROG_TYPE_SOCKET_FILTER:
		return BPFAOT_CTX_SKB;
	default:
		return BPFAOT_CTX_RAW;
	}
}

static bool prog_is_tc(const struct prog *p)
{
	return p->type == BPF_PROG_TYPE_SCHED_CLS || p->type == BPF_PROG_TYPE_SCHED_ACT;
}

/* ---------------------------------------------------------------------------------- */
/* Field tables: UAPI offset -> runtime offset, with the kernel's access rules         */

enum field_flags {
	F_PTR = 1 << 0,      /* packet pointer: 4-byte loads only, become 8-byte loads */
	F_NARROW = 1 << 1,   /* reads of 1, 2 or 4 bytes at aligned offsets in the field */
	F_ANY_SIZE = 1 << 2, /* cb[]: 1, 2, 4 or 8 bytes at aligned offsets, read and write */
	F_WRITE_TC = 1 << 3, /* tc programs may store 4 bytes (8 for 64-bit fields) */
	F_NOT_SF = 1 << 4,   /* socket filters may not access it at all */
	F_U64 = 1 << 5,      /* a 64-bit field: 8-byte accesses only */
	F_DEVMAP = 1 << 6,   /* XDP: only programs attached to a devmap */
	F_UNSUPPORTED = 1 << 7, /* the kernel has it; the runtime context does not */
	F_WRITE_UNSUPPORTED = 1 << 8, /* tc may write it in the kernel; bpfaot does not yet */
};

struct ctx_field {
	const char *name;
	uint16_t uapi_off, uapi_size;
	uint16_t rt_off;
	uint16_t flags;
};

#define XDP_FIELD(f, rt, fl) {#f, offsetof(struct xdp_md, f), sizeof(((struct xdp_md *)0)->f), \
			      offsetof(struct bpfaot_xdp_ctx, rt), fl}
static const struct ctx_field xdp_fields[] = {
	XDP_FIELD(data, data, F_PTR),
	XDP_FIELD(data_end, data_end, F_PTR),
	XDP_FIELD(data_meta, data_meta, F_PTR),
	XDP_FIELD(ingress_ifindex, ingress_ifindex, 0),
	XDP_FIELD(rx_queue_index, rx_queue_index, 0),
	XDP_FIELD(egress_ifindex, egress_ifindex, F_DEVMAP),
};

#define SKB_FIELD(f, rt, fl) {#f, offsetof(struct __sk_buff, f), sizeof(((struct __sk_buff *)0)->f), \
			      offsetof(struct bpfaot_skb_ctx, rt), fl}
#define SKB_UNSUPPORTED(f) {#f, offsetof(struct __sk_buff, f), sizeof(((struct __sk_buff *)0)->f), \
			    0, F_UNSUPPORTED}
static const struct ctx_field skb_fields[] = {
	SKB_FIELD(len, len, F_NARROW),
	SKB_FIELD(pkt_type, pkt_type, F_NARROW),
	SKB_FIELD(mark, mark, F_NARROW | F_WRITE_TC),
	SKB_FIELD(queue_mapping, queue_mapping, F_NARROW | F_WRITE_UNSUPPORTED),
	SKB_FIELD(protocol, protocol, F_NARROW),
	SKB_FIELD(vlan_present, vlan_present, F_NARROW),
	SKB_FIELD(vlan_tci, vlan_tci, F_NARROW),
	SKB_FIELD(vlan_proto, vlan_proto, F_NARROW),
	SKB_FIELD(priority, priority, F_NARROW | F_WRITE_TC),
	SKB_FIELD(ingress_ifindex, ingress_ifindex, F_NARROW),
	SKB_FIELD(ifindex, ifindex, F_NARROW),
	SKB_FIELD(tc_index, tc_index, F_NARROW | F_WRITE_TC),
	SKB_FIELD(cb, cb, F_ANY_SIZE),
	SKB_FIELD(hash, hash, F_NARROW),
	SKB_FIELD(tc_classid, tc_classid, F_NARROW | F_WRITE_TC | F_NOT_SF),
	SKB_FIELD(data, data, F_PTR | F_NOT_SF),
	SKB_FIELD(data_end, data_end, F_PTR | F_NOT_SF),
	SKB_FIELD(napi_id, napi_id, F_NARROW),
	SKB_UNSUPPORTED(family),
	SKB_UNSUPPORTED(remote_ip4),
	SKB_UNSUPPORTED(local_ip4),
	SKB_UNSUPPORTED(remote_ip6),
	SKB_UNSUPPORTED(local_ip6),
	SKB_UNSUPPORTED(remote_port),
	SKB_UNSUPPORTED(local_port),
	SKB_FIELD(data_meta, data_meta, F_PTR | F_NOT_SF),
	SKB_UNSUPPORTED(flow_keys),
	SKB_FIELD(tstamp, tstamp, F_U64 | F_WRITE_TC | F_NOT_SF),
	SKB_FIELD(wire_len, wire_len, F_NARROW | F_NOT_SF),
	SKB_FIELD(gso_segs, gso_segs, F_NARROW),
	SKB_UNSUPPORTED(sk),
	SKB_FIELD(gso_size, gso_size, F_NARROW),
	/* tstamp_type (a __u8 at 180) and hwtstamp (__u64 at 184) are newer than some
	 * <linux/bpf.h> copies; they are spelled out by offset below. */
};
#define SKB_TSTAMP_TYPE_OFF 180
#define SKB_HWTSTAMP_OFF 184
#define SKB_UAPI_SIZE 192
static const struct ctx_field skb_tstamp_type = {"tstamp_type", SKB_TSTAMP_TYPE_OFF, 1, 0, F_UNSUPPORTED};
static const struct ctx_field skb_hwtstamp = {"hwtstamp", SKB_HWTSTAMP_OFF, 8,
					      offsetof(struct bpfaot_skb_ctx, hwtstamp), F_U64 | F_NOT_SF};

#define N_ELEMS(a) (sizeof(a) / sizeof((a)[0]))

static const struct ctx_field *find_field(uint32_t kind, int32_t off)
{
	if (kind == BPFAOT_CTX_XDP) {
		for (size_t i = 0; i < N_ELEMS(xdp_fields); i++)
			if (off >= xdp_fields[i].uapi_off && off < xdp_fields[i].uapi_off + xdp_fields[i].uapi_size)
				return &xdp_fields[i];
		return NULL;
	}
	for (size_t i = 0; i < N_ELEMS(skb_fields); i++)
		if (off >= skb_fields[i].uapi_off && off < skb_fields[i].uapi_off + skb_fields[i].uapi_size)
			return &skb_fields[i];
	if (off == SKB_TSTAMP_TYPE_OFF)
		return &skb_tstamp_type;
	if (off >= SKB_HWTSTAMP_OFF && off < SKB_HWTSTAMP_OFF + 8)
		return &skb_hwtstamp;
	return NULL;
}

static uint32_t size_bytes(uint8_t code)
{
	switch (BPF_SIZE(code)) {
	case BPF_B: return 1;
	case BPF_H: return 2;
	case BPF_W: return 4;
	default: return 8;
	}
}

static uint8_t size_code(uint32_t bytes)
{
	return bytes == 8 ? BPF_DW : bytes == 4 ? BPF_W : bytes == 2 ? BPF_H : BPF_B;
}

static const char *ctx_type_name(uint32_t kind)
{
	return kind == BPFAOT_CTX_XDP ? "struct xdp_md" : "struct __sk_buff";
}

/* Check one access against the kernel's rules (xdp_is_valid_access,
 * bpf_skb_is_valid_access, tc_cls_act_is_valid_access, sk_filter_is_valid_access) and
 * rewrite it. Returns 0 or -1 after a diagnostic. */
static int rewrite_access(const struct module *m, struct prog *p, uint32_t i, uint32_t kind, bool write)
{
	struct bpf_insn *insn = &p->insns[i];
	int32_t off = insn->off;
	uint32_t size = size_bytes(insn->code);
	const char *tname = ctx_type_name(kind);
	const char *verb = write ? "store to" : "load from";
	const struct ctx_field *f = find_field(kind, off);
	if (!f) {
		diag_insn(m, p, i, "%s %s at offset %d: no such field", verb, tname, off);
		return -1;
	}
	if (f->flags & F_UNSUPPORTED) {
		diag_insn(m, p, i, "%s %s field %s: not supported by the bpfaot runtime context", verb,
			  tname, f->name);
		return -1;
	}
	if (write && (f->flags & F_WRITE_UNSUPPORTED) && prog_is_tc(p)) {
		diag_insn(m, p, i, "store to %s field %s: not supported by bpfaot yet", tname, f->name);
		return -1;
	}
	int32_t within = off - f->uapi_off;
	bool aligned = off % (int32_t)size == 0;
	bool ok;
	if (kind == BPFAOT_CTX_XDP) {
		ok = !write && size == 4 && within == 0 &&
		     (!(f->flags & F_DEVMAP) || p->expected_attach_type == BPF_XDP_DEVMAP);
	} else if (p->type == BPF_PROG_TYPE_SOCKET_FILTER && (f->flags & F_NOT_SF)) {
		ok = false;
	} else if (f->flags & F_ANY_SIZE) {
		ok = aligned && off + (int32_t)size <= f->uapi_off + f->uapi_size;
	} else if (f->flags & F_PTR) {
		ok = !write && size == 4 && within == 0;
	} else if (f->flags & F_U64) {
		ok = size == 8 && within == 0 && (!write || (f->flags & F_WRITE_TC && prog_is_tc(p)));
	} else if (write) {
		ok = size == 4 && within == 0 && (f->flags & F_WRITE_TC) && prog_is_tc(p);
	} else {
		ok = size <= 4 && aligned && (f->flags & F_NARROW);
	}
	if (!ok) {
		diag_insn(m, p, i, "%u-byte %s %s field %s%s%d: the kernel refuses this access", size,
			  verb, tname, f->name, within ? " +" : "", within ? within : 0);
		return -1;
	}
	if (BPF_MODE(insn->code) == BPF_MEMSX && (f->flags & F_PTR)) {
		diag_insn(m, p, i, "sign-extending load of %s field %s: the kernel refuses this access",
			  tname, f->name);
		return -1;
	}
	/* Both structs hold every 32-bit field zero-extended in little-endian order, so a
	 * narrow access reads the same bytes at the same distance from the field's start. */
	insn->off = (int16_t)(f->rt_off + within);
	if (f->flags & F_PTR)
		insn->code = (uint8_t)(BPF_CLASS(insn->code) | BPF_MODE(insn->code) | size_code(8));
	return 0;
}

/* ---------------------------------------------------------------------------------- */
/* Dataflow: what each register and stack slot may hold                                */

enum value_kind {
	K_CTX = 1 << 0,     /* the context pointer, unmodified */
	K_CTX_MOD = 1 << 1, /* the context pointer moved by arithmetic */
	K_FP = 1 << 2,      /* a pointer into the current frame */
	K_OTHER = 1 << 3,   /* anything else */
};

#define N_REGS 11
#define N_SLOTS (MAX_STACK / 8)

/* The kinds of the slots take 4 bits each, packed as the nibbles of 64-bit words: joining
 * them is an OR, comparing them an equality of a few words. */
#define NIBBLES_LOW 0x1111111111111111ull /* bit 0 of every nibble */
#define SLOT_WORDS (N_SLOTS / 16)

struct reg_state {
	uint8_t kinds;     /* 0: never written on any path reaching here */
	bool fp_off_known; /* with K_FP: the offset from r10 is this constant */
	int32_t fp_off;    /* 0 unless fp_off_known */
};

struct frame_state {
	struct reg_state r[N_REGS];
	uint64_t slot_kinds[SLOT_WORDS]; /* nibble i % 16 of word i / 16: the 8-byte spill at r10 - 512 + 8 * i */
};

static struct reg_state reg_of(uint8_t kinds)
{
	struct reg_state r = {kinds, false, 0};
	return r;
}

static struct reg_state reg_fp(int32_t off)
{
	struct reg_state r = {K_FP, true, off};
	return r;
}

static uint8_t slot_kinds(const struct frame_state *s, int i)
{
	return (uint8_t)(s->slot_kinds[i / 16] >> (4 * (i % 16)) & 15);
}

static void set_slot(struct frame_state *s, int i, uint8_t kinds)
{
	unsigned shift = 4 * ((unsigned)i % 16);
	s->slot_kinds[i / 16] = (s->slot_kinds[i / 16] & ~(15ull << shift)) | (uint64_t)kinds << shift;
}

/* The union of the kinds of every slot. */
static uint8_t all_slots_kinds(const struct frame_state *s)
{
	uint64_t w = 0;
	for (int i = 0; i < SLOT_WORDS; i++)
		w |= s->slot_kinds[i];
	w |= w >> 32;
	w |= w >> 16;
	w |= w >> 8;
	w |= w >> 4;
	return (uint8_t)(w & 15);
}

/* A state with nothing written. */
static void clear_state(struct frame_state *s)
{
	memset(s, 0, sizeof(*s));
}

/* Join src into dst; returns true when dst changed. */
static bool join_reg(struct reg_state *dst, const struct reg_state *src)
{
	uint8_t kinds = dst->kinds | src->kinds;
	bool known;
	int32_t off;
	if (!(dst->kinds & K_FP)) {
		known = src->fp_off_known;
		off = src->fp_off;
	} else if (!(src->kinds & K_FP)) {
		known = dst->fp_off_known;
		off = dst->fp_off;
	} else {
		known = dst->fp_off_known && src->fp_off_known && dst->fp_off == src->fp_off;
		off = known ? dst->fp_off : 0;
	}
	known = (kinds & K_FP) && known;
	off = known ? off : 0;
	bool changed = kinds != dst->kinds || known != dst->fp_off_known || off != dst->fp_off;
	dst->kinds = kinds;
	dst->fp_off_known = known;
	dst->fp_off = off;
	return changed;
}

/* A set of kinds, empty in dst, that src fills without K_OTHER (see run_flow). */
static bool fills_without_other(uint8_t dst, uint8_t src)
{
	return !dst && src && !(src & K_OTHER);
}

/* The same for every nibble of two words of slot kinds, as bit 0 of each nibble. */
static uint64_t slots_filled_without_other(uint64_t dst, uint64_t src)
{
	uint64_t dst_nonempty = (dst | dst >> 1 | dst >> 2 | dst >> 3) & NIBBLES_LOW;
	uint64_t src_nonempty = (src | src >> 1 | src >> 2 | src >> 3) & NIBBLES_LOW;
	return ~dst_nonempty & src_nonempty & ~(src >> 3) & NIBBLES_LOW;
}

/* The registers and slots never written in a state that a join fills with kinds without
 * K_OTHER (see run_flow). */
struct fills {
	uint16_t regs;  /* bit r: register r */
	uint64_t slots; /* bit i: slot i */
};

/* Slot word w's nibbles with bit 0 set (as slots_filled_without_other gives them), as bits
 * of the slots. */
static uint64_t slots_of_nibbles(uint64_t nibbles, int w)
{
	uint64_t slots = 0;
	for (; nibbles; nibbles &= nibbles - 1)
		slots |= 1ull << (16 * w + __builtin_ctzll(nibbles) / 4);
	return slots;
}

/* Join src into dst, adding to *fills; returns true when dst changed. */
static bool join_state(struct frame_state *dst, const struct frame_state *src, struct fills *fills)
{
	bool changed = false;
	for (int i = 0; i < N_REGS; i++) {
		const struct reg_state *d = &dst->r[i], *r = &src->r[i];
		if (d->kinds == r->kinds && d->fp_off_known == r->fp_off_known && d->fp_off == r->fp_off)
			continue; /* the common case */
		if (fills_without_other(d->kinds, r->kinds))
			fills->regs |= (uint16_t)(1u << i);
		changed |= join_reg(&dst->r[i], r);
	}
	for (int i = 0; i < SLOT_WORDS; i++) {
		uint64_t w = dst->slot_kinds[i] | src->slot_kinds[i];
		if (w == dst->slot_kinds[i])
			continue; /* the common case */
		fills->slots |= slots_of_nibbles(slots_filled_without_other(dst->slot_kinds[i], src->slot_kinds[i]), i);
		changed = true;
		dst->slot_kinds[i] = w;
	}
	return changed;
}

/* The slot holding the byte at r10 + off, or -1 outside the frame. */
static int slot_index(int64_t off)
{
	if (off < -MAX_STACK || off >= 0)
		return -1;
	return (int)(off + MAX_STACK) / 8; /* off + MAX_STACK >= 0: plain division floors */
}

/* base->fp_off + off: the address of an access, relative to r10 (wrapping as the machine
 * does, for absurd offsets). */
static int32_t fp_address(const struct reg_state *base, int32_t off)
{
	return (int32_t)((uint32_t)base->fp_off + (uint32_t)off);
}

/* A store of `kinds` (size bytes) through a base register. */
static void store_to(struct frame_state *s, const struct reg_state *base, int32_t off, uint32_t size,
		     uint8_t kinds)
{
	if (!(base->kinds & K_FP))
		return;
	if (!base->fp_off_known || base->kinds != K_FP) {
		/* May hit any slot: every slot may now also hold what was stored. */
		for (int i = 0; i < SLOT_WORDS; i++)
			s->slot_kinds[i] |= (uint64_t)(kinds | K_OTHER) * NIBBLES_LOW;
		return;
	}
	int64_t at = fp_address(base, off);
	bool whole = size == 8 && at % 8 == 0;
	uint8_t now = whole && kinds ? kinds : K_OTHER;
	/* every slot with a byte in [at, at + size) inside the frame */
	int64_t first = at > -MAX_STACK ? at : -MAX_STACK, last = at + size - 1 < -1 ? at + size - 1 : -1;
	for (int64_t byte = first; byte <= last; byte += 8 - (byte + MAX_STACK) % 8)
		set_slot(s, slot_index(byte), now);
}

/* What an 8-byte load through a base register may read from the stack. Adds to
 * *exact_reads the slot it reads exactly (its kinds, or K_OTHER when it is empty). */
static uint8_t load_from(const struct frame_state *s, const struct reg_state *base, int32_t off,
			 uint32_t size, uint64_t *exact_reads)
{
	if (!(base->kinds & K_FP))
		return K_OTHER;
	if (!base->fp_off_known || base->kinds != K_FP)
		return K_OTHER | all_slots_kinds(s);
	int32_t at = fp_address(base, off);
	int i = slot_index(at);
	if (size != 8 || at % 8 || i < 0)
		return K_OTHER;
	*exact_reads |= 1ull << i;
	return slot_kinds(s, i) ? slot_kinds(s, i) : K_OTHER;
}

/* A register after a value of `kinds` from a spill (a spilled stack pointer loses its
 * offset: this pass does not need it). */
static struct reg_state reg_from_slot(uint8_t kinds)
{
	return reg_of(kinds);
}

static void clobber_call(struct frame_state *s)
{
	s->r[0] = reg_of(K_OTHER);
	for (int i = 1; i <= 5; i++)
		s->r[i] = reg_of(0);
}

/* ALU64 add/sub of a constant to a register, or any other arithmetic. */
static void alu64(struct reg_state *dst, const struct reg_state *src, uint8_t op, bool by_imm, int32_t imm)
{
	uint8_t k = dst->kinds;
	struct reg_state out = reg_of(0);
	if (k & (K_CTX | K_CTX_MOD))
		out.kinds |= K_CTX_MOD;
	if (k & K_FP) {
		out.kinds |= K_FP;
		if ((op == BPF_ADD || op == BPF_SUB) && by_imm && dst->fp_off_known) {
			out.fp_off_known = true;
			out.fp_off = fp_address(dst, op == BPF_ADD ? imm : (int32_t)(0u - (uint32_t)imm));
		}
	}
	if (k & K_OTHER)
		out.kinds |= K_OTHER;
	if (!by_imm && op == BPF_ADD && src) {
		/* scalar += pointer yields the pointer, moved */
		if (src->kinds & (K_CTX | K_CTX_MOD))
			out.kinds |= K_CTX_MOD;
		if (src->kinds & K_FP) {
			out.kinds |= K_FP;
			out.fp_off_known = false;
		}
	}
	if (out.kinds & K_FP && !(k & K_FP))
		out.fp_off_known = false;
	if (!out.fp_off_known)
		out.fp_off = 0;
	if (!out.kinds)
		out.kinds = K_OTHER;
	*dst = out;
}

static bool valid_reg(uint8_t r)
{
	return r < N_REGS;
}

static bool insn_is_ld_abs(const struct bpf_insn *insn)
{
	return BPF_CLASS(insn->code) == BPF_LD &&
	       (BPF_MODE(insn->code) == BPF_ABS || BPF_MODE(insn->code) == BPF_IND);
}

/* How this pass follows control out of an instruction. */
enum insn_flow {
	FLOW_NEXT,   /* to the next instruction */
	FLOW_STOP,   /* nowhere (exit) */
	FLOW_JUMP,   /* to *target only (ja; ld_imm64 over its second half) */
	FLOW_BRANCH, /* to *target, then to the next instruction */
	FLOW_CALL,   /* a subprogram at *target with a new frame, then the next instruction */
};

static enum insn_flow insn_flow(const struct bpf_insn *insn, uint32_t i, uint32_t *target)
{
	uint8_t cls = BPF_CLASS(insn->code), op = BPF_OP(insn->code);
	if (insn_is_ld_imm64(insn)) {
		*target = i + 2;
		return FLOW_JUMP;
	}
	if (cls != BPF_JMP && cls != BPF_JMP32)
		return FLOW_NEXT;
	if (cls == BPF_JMP && op == BPF_EXIT)
		return FLOW_STOP;
	if (cls == BPF_JMP && op == BPF_CALL) {
		*target = i + 1 + (uint32_t)insn->imm;
		return insn->src_reg == BPF_PSEUDO_CALL ? FLOW_CALL : FLOW_NEXT;
	}
	if (insn->code == (BPF_JMP | BPF_TAIL_CALL))
		return FLOW_NEXT;
	if (op == BPF_JA) {
		*target = i + 1 + (uint32_t)(cls == BPF_JMP32 ? insn->imm : insn->off);
		return FLOW_JUMP;
	}
	/* conditional jumps and may_goto: both ways */
	*target = i + 1 + (uint32_t)(int32_t)insn->off;
	return FLOW_BRANCH;
}

/* The base register of a load or store that check_insn() checks (*write tells which), or -1. */
static int access_base(const struct bpf_insn *insn, bool *write)
{
	uint8_t cls = BPF_CLASS(insn->code), mode = BPF_MODE(insn->code);
	if (cls == BPF_LDX && (mode == BPF_MEM || mode == BPF_MEMSX)) {
		*write = false;
		return insn->src_reg;
	}
	if ((cls == BPF_ST || cls == BPF_STX) && (mode == BPF_MEM || mode == BPF_ATOMIC)) {
		*write = true;
		return insn->dst_reg;
	}
	return -1;
}

/* What check_insn() needs to know of instruction insn in state s: the kinds of the base
 * register of a load or store (in any mode: check_insn ignores the others), or SEEN_LD_ABS
 * and the kinds of r6 for a legacy packet load. Only for the classes BPF_LD to BPF_STX. */
#define SEEN_LD_ABS 0x80
#define SEEN_CHECK (SEEN_LD_ABS | K_CTX | K_CTX_MOD) /* without these, check_insn does nothing */

static uint8_t checked_kinds(const struct bpf_insn *insn, const struct frame_state *s)
{
	switch (BPF_CLASS(insn->code)) {
	case BPF_LDX:
		return valid_reg(insn->src_reg) ? s->r[insn->src_reg].kinds : 0;
	case BPF_ST:
	case BPF_STX:
		return valid_reg(insn->dst_reg) ? s->r[insn->dst_reg].kinds : 0;
	default: /* BPF_LD */
		return insn_is_ld_abs(insn) ? SEEN_LD_ABS | s->r[6].kinds : 0;
	}
}

/* What transfer() does with an instruction, by its opcode. Up to A_LD: the classes BPF_LD
 * to BPF_STX, whose checked_kinds() it records; A_LD and A_JMP: the instructions whose
 * control flow insn_flow() tells. */
enum insn_action {
	A_LDX,
	A_ST,
	A_STX,
	A_LD,     /* ld_imm64; LD_ABS / LD_IND */
	A_JMP,    /* BPF_JMP, BPF_JMP32 */
	A_SCALAR, /* dst = a scalar: BPF_ALU, ALU64 mov of a constant */
	A_MOV_X,  /* ALU64 mov of a register (with off: a sign-extending one, a scalar) */
	A_ALU64,  /* other ALU64 arithmetic */
};

static bool action_is_checked(enum insn_action a)
{
	return a <= A_LD;
}

#define INSN_ACTION(c)                                                                          \
	(BPF_CLASS(c) == BPF_LD	   ? A_LD                                                        \
	 : BPF_CLASS(c) == BPF_LDX ? A_LDX                                                       \
	 : BPF_CLASS(c) == BPF_ST  ? A_ST                                                        \
	 : BPF_CLASS(c) == BPF_STX ? A_STX                                                       \
	 : BPF_CLASS(c) == BPF_ALU ? A_SCALAR                                                    \
	 : BPF_CLASS(c) != BPF_ALU64 ? A_JMP                                                     \
	 : BPF_OP(c) != BPF_MOV	     ? A_ALU64                                                   \
	 : BPF_SRC(c) == BPF_X	     ? A_MOV_X                                                   \
				     : A_SCALAR)
/* One table lookup instead of decoding class, operation and source per instruction. */
static const uint8_t insn_actions[256] = {BYTE_TABLE(INSN_ACTION)};

/* A_BAD_REGS: added to the action of an instruction naming a register past r10. */
#define A_BAD_REGS 8
#define REG_BAD(r) ((r) >= N_REGS)
/* By the byte holding dst_reg and src_reg: either nibble is not a register (the same
 * whichever nibble is which). */
#define REGS_CHECK(b) (REG_BAD((b) & 15) || REG_BAD((b) >> 4) ? A_BAD_REGS : 0)
static const uint8_t regs_checks[256] = {BYTE_TABLE(REGS_CHECK)};

/* The action of an instruction, A_BAD_REGS added when it names a register past r10: one
 * switch then both dispatches and rejects. */
static unsigned checked_action(const struct bpf_insn *insn)
{
	return (unsigned)insn_actions[insn->code] | regs_checks[insn_regs_byte(insn)];
}

/*
 * The fixpoint is the one of a worklist of instructions (a stack: the last one pushed is
 * visited first), each with the join of the states handed to it. This pass's transfer is
 * not monotone where a register or slot never written is read (it then reads as K_OTHER,
 * but after a later join as, say, K_CTX alone), so its result depends on that order and
 * on every instruction keeping the join of all states it was ever handed.
 *
 * States are stored only at the instructions that can be reached other than by falling
 * through from the one before ("heads"); the instructions after a head, up to the next
 * one, are a "run", visited straight after their head with the state carried along. That
 * is the same order: an instruction reached only by falling through is pushed last by its
 * predecessor and visited next. It gives the same states as long as the states visited at
 * every instruction only grow, where a set of kinds can only grow from empty to one with
 * K_OTHER: then the transfer is monotone, the join of the states handed along a run is its
 * last one, and a run visited again without change hands on what it handed before. Two
 * things can break that, and if either happens the pass starts again with a stored state
 * at every instruction (exactly the per-instruction fixpoint):
 *   - a head visited before receives, in a register or slot empty there, kinds without
 *     K_OTHER (typically: uninitialised on the first path, a stack pointer on a loop's
 *     back edge), and its run may read that register or slot (run_reads; a run that
 *     does not read it hands it on unchanged, to heads that check the same);
 *   - an ALU64 add of a register to a register never written (whose result is K_OTHER, or
 *     only the other register's pointer kinds).
 * The check needs at each instruction the kinds of one register (checked_kinds), OR-ed
 * over the visits: those of the last state visited, as the states visited only grow.
 */
enum state_flags {
	S_REACHED = 1 << 0, /* a state was handed to it */
	S_QUEUED = 1 << 1,  /* on the worklist */
	S_VISITED = 1 << 2, /* visited at least once */
};

struct flow {
	const struct prog *p;
	uint64_t *heads;        /* bit i: instruction i is a head (has a stored state) */
	uint32_t *heads_before; /* per word of heads: the number of heads in the words before */
	struct frame_state *in; /* the stored states, in the order of their instructions */
	uint8_t *flags;         /* enum state_flags per stored state */
	uint64_t *slots_read;   /* per stored state: the slots its run read exactly (load_from) */
	uint64_t *visiting;     /* slots_read of the head being visited */
	uint32_t *work;         /* instructions with a stored state, to visit */
	uint32_t n_work;
	uint8_t *seen;          /* per instruction: checked_kinds() OR-ed over its visits */
	bool per_insn_needed;   /* the states at heads may differ from the per-instruction ones */
	bool has_ld_abs;        /* the program has legacy packet loads (reached or not) */
};

/* The stored state of head i: its rank among the heads. */
static uint32_t stored_state(const struct flow *fl, uint32_t i)
{
	uint64_t below = fl->heads[i / 64] & ((1ull << (i % 64)) - 1);
	return fl->heads_before[i / 64] + bit_count(below);
}

/* The first head after instruction i, or n. */
static uint32_t next_head(const struct flow *fl, uint32_t i)
{
	uint32_t n = fl->p->n_insns, w = (i + 1) / 64;
	if (i + 1 >= n)
		return n;
	uint64_t bits = fl->heads[w] & (~0ull << ((i + 1) % 64));
	while (!bits) {
		if (++w >= (n + 63) / 64)
			return n;
		bits = fl->heads[w];
	}
	uint32_t next = w * 64 + (uint32_t)__builtin_ctzll(bits);
	return next < n ? next : n;
}

/* A call of any kind (helper, subprogram, classified tail call): r0-r5 are not kept. */
static bool clobbers_r0_r5(const struct bpf_insn *insn)
{
	return (BPF_CLASS(insn->code) == BPF_JMP && BPF_OP(insn->code) == BPF_CALL) ||
	       insn->code == (BPF_JMP | BPF_TAIL_CALL);
}

/* The registers insn may read (*uses) and those it writes whatever it reads (*defs).
 * Moves into a subprogram's frame are not reads: the join there sees what they move. */
static void insn_uses(const struct bpf_insn *insn, uint16_t *uses, uint16_t *defs)
{
	uint16_t dst = (uint16_t)(1u << insn->dst_reg), src = (uint16_t)(1u << insn->src_reg);
	const uint16_t clobbered = 0x3f; /* r0-r5 by a call */
	*uses = *defs = 0;
	switch (insn_actions[insn->code]) {
	case A_SCALAR:
		*defs = dst;
		break;
	case A_MOV_X:
		*uses = src;
		*defs = dst;
		break;
	case A_ALU64:
		*uses = dst | src;
		*defs = dst;
		break;
	case A_LDX:
		*uses = src;
		*defs = dst;
		break;
	case A_ST:
		*uses = dst;
		break;
	case A_STX:
		*uses = dst | src;
		break;
	case A_LD:
		*defs = insn_is_ld_imm64(insn) ? dst : clobbered;
		break;
	default: /* A_JMP */
		if (clobbers_r0_r5(insn))
			*defs = clobbered;
		break;
	}
}

/* Whether the run of head h, visited before, may read a register or slot that a join
 * filled (see run_flow): a register it may read before writing it, a slot one of its
 * loads read exactly on a visit. (A load could read another slot exactly only through a
 * base register that grew from empty to a stack pointer: a register filled and read.)
 * The others are only handed on, to heads that check the same. */
static bool run_reads(const struct flow *fl, uint32_t h, struct fills fills)
{
	if (fills.slots & fl->slots_read[stored_state(fl, h)])
		return true;
	uint32_t end = next_head(fl, h);
	uint16_t written = 0;
	for (uint32_t i = h; i < end && fills.regs; i++) {
		uint16_t uses, defs;
		insn_uses(&fl->p->insns[i], &uses, &defs);
		if (uses & ~written & fills.regs)
			return true;
		written |= defs;
	}
	return false;
}

static void propagate(struct flow *fl, uint32_t to, const struct frame_state *s)
{
	if (to >= fl->p->n_insns)
		return; /* a broken jump: the analysis reports it */
	uint32_t at = stored_state(fl, to); /* `to` is a head: see mark_heads */
	uint8_t *flags = &fl->flags[at];
	bool changed = true;
	if (!(*flags & S_REACHED)) {
		fl->in[at] = *s;
		*flags |= S_REACHED;
	} else {
		struct fills fills = {0, 0};
		changed = join_state(&fl->in[at], s, &fills);
		if ((fills.regs || fills.slots) && (*flags & S_VISITED) && run_reads(fl, to, fills))
			fl->per_insn_needed = true;
	}
	if (changed && !(*flags & S_QUEUED)) {
		*flags |= S_QUEUED;
		fl->work[fl->n_work++] = to;
	}
}

/* Hand s to where control goes from instruction i, other than its next instruction;
 * returns true when it also falls through to that one. */
static bool follow_flow(struct flow *fl, const struct bpf_insn *insn, uint32_t i, struct frame_state *s)
{
	uint32_t target = 0;
	enum insn_flow flow = insn_flow(insn, i, &target);
	if (flow == FLOW_CALL) {
		struct frame_state callee;
		clear_state(&callee);
		for (int r = 1; r <= 5; r++)
			callee.r[r] = s->r[r];
		callee.r[10] = reg_fp(0);
		propagate(fl, target, &callee);
	}
	/* The caller's spills survive the call: a callee writing a pointer of another kind
	 * exactly over a spilled context through a stack pointer it was given is not
	 * followed (compilers do not produce that). */
	if (clobbers_r0_r5(insn))
		clobber_call(s);
	if (flow == FLOW_JUMP || flow == FLOW_BRANCH)
		propagate(fl, target, s);
	return flow != FLOW_STOP && flow != FLOW_JUMP;
}

/* Apply instruction i (insn) to s, hand the result to the targets of its jumps and calls;
 * returns true when it falls through to the next instruction with s. The checked classes
 * record their checked_kinds() in fl->seen[i] (without the register checks, done by the
 * switch). */
static __attribute__((noinline)) bool transfer(struct flow *fl, const struct bpf_insn *insn, uint32_t i,
						struct frame_state *s)
{
	unsigned action = checked_action(insn);
	uint8_t dst = insn->dst_reg, src = insn->src_reg;
	switch (action) {
	case A_SCALAR:
		s->r[dst] = reg_of(K_OTHER);
		return true;
	case A_MOV_X:
		s->r[dst] = insn->off == 0 ? s->r[src] : reg_of(K_OTHER);
		return true;
	case A_ALU64: {
		uint8_t op = BPF_OP(insn->code);
		bool by_reg = BPF_SRC(insn->code) == BPF_X;
		if (s->r[dst].kinds == K_OTHER && !(by_reg && (s->r[src].kinds & (K_CTX | K_CTX_MOD | K_FP))))
			return true; /* scalar arithmetic, the common case: stays K_OTHER (as alu64 keeps it) */
		if (op == BPF_ADD && by_reg && !s->r[dst].kinds)
			fl->per_insn_needed = true;
		alu64(&s->r[dst], by_reg ? &s->r[src] : NULL, op, !by_reg, insn->imm);
		return true;
	}
	case A_LDX:
		fl->seen[i] |= s->r[src].kinds;
		s->r[dst] = reg_from_slot(load_from(s, &s->r[src], insn->off, size_bytes(insn->code), fl->visiting));
		return true;
	case A_ST:
		fl->seen[i] |= s->r[dst].kinds;
		store_to(s, &s->r[dst], insn->off, size_bytes(insn->code), K_OTHER);
		return true;
	case A_STX:
		fl->seen[i] |= s->r[dst].kinds;
		if (BPF_MODE(insn->code) == BPF_ATOMIC) {
			struct reg_state base = s->r[dst];
			uint8_t old = load_from(s, &base, insn->off, size_bytes(insn->code), fl->visiting);
			store_to(s, &base, insn->off, size_bytes(insn->code), K_OTHER);
			if (insn->imm == BPF_CMPXCHG)
				s->r[0] = reg_from_slot(old);
			else if (insn->imm & BPF_FETCH)
				s->r[src] = reg_from_slot(old);
		} else {
			store_to(s, &s->r[dst], insn->off, size_bytes(insn->code), s->r[src].kinds);
		}
		return true;
	case A_LD:
		fl->seen[i] |= checked_kinds(insn, s);
		if (insn_is_ld_imm64(insn))
			s->r[dst] = reg_of(K_OTHER);
		else
			clobber_call(s); /* LD_ABS / LD_IND behave like a helper call */
		return follow_flow(fl, insn, i, s);
	case A_JMP:
		return follow_flow(fl, insn, i, s);
	default: /* a register past r10: the analysis reports it */
		if (action_is_checked(action - A_BAD_REGS))
			fl->seen[i] |= checked_kinds(insn, s);
		return false;
	}
}

/* For the actions A_SCALAR to A_ALU64, by opcode: bits 0-7, the kinds of the destination
 * other than K_OTHER and bits 8-15, those of the source, that make alu64() necessary
 * (ALU64 arithmetic on anything but K_OTHER, or with a pointer); bit 16: a register copy
 * when the offset is 0 (not a sign-extending move). */
#define REG_TEST(c)                                                                             \
	(INSN_ACTION(c) == A_MOV_X   ? 1u << 16                                                 \
	 : INSN_ACTION(c) != A_ALU64 ? 0u                                                       \
	 : BPF_SRC(c) == BPF_X	     ? 0xffu | (K_CTX | K_CTX_MOD | K_FP) << 8                  \
				     : 0xffu)
static const uint32_t reg_tests[256] = {BYTE_TABLE(REG_TEST)};

/* Apply the common instructions to s: a scalar into a register, a register copy, or
 * scalar arithmetic on a K_OTHER register (which stays K_OTHER, as alu64 keeps it: it is
 * written K_OTHER again); returns false for any other, left to transfer(). Without a
 * branch that depends on which of them it is: these come in any order, and a mispredicted
 * branch per instruction costs more than the few instructions it saves. Kept apart from
 * transfer() so that the loop over a run stays small. */
static bool transfer_register(const struct bpf_insn *insn, struct frame_state *s)
{
	static const struct reg_state other = {K_OTHER, false, 0};
	unsigned action = checked_action(insn);
	if (action - A_SCALAR > A_ALU64 - A_SCALAR)
		return false;
	uint8_t dst = insn->dst_reg, src = insn->src_reg;
	unsigned tests = reg_tests[insn->code];
	if (((s->r[dst].kinds ^ K_OTHER) & tests) | (s->r[src].kinds & tests >> 8))
		return false;
	const struct reg_state *from[2] = {&other, &s->r[src]};
	s->r[dst] = *from[(tests >> 16) & (insn->off == 0)];
	return true;
}

/* Visit the head `at` (whose stored state is `state`) and the run after it, up to the next
 * head. */
static void visit(struct flow *fl, uint32_t at, uint32_t state)
{
	const struct bpf_insn *insns = fl->p->insns;
	uint32_t end = next_head(fl, at);
	struct frame_state s = fl->in[state];
	for (uint32_t i = at;;) {
		if (!transfer_register(&insns[i], &s) && !transfer(fl, &insns[i], i, &s))
			return;
		if (++i == end) {
			if (end < fl->p->n_insns)
				propagate(fl, end, &s);
			return;
		}
	}
}

/* Mark as heads the targets of instruction i (which insn_flow() follows) and the next
 * instruction when i does not fall through to it. */
static void mark_heads_of(struct flow *fl, uint32_t i)
{
	const struct bpf_insn *insn = &fl->p->insns[i];
	uint32_t n = fl->p->n_insns, target;
	fl->has_ld_abs |= insn_is_ld_abs(insn);
	enum insn_flow flow = insn_flow(insn, i, &target);
	if (flow != FLOW_NEXT && flow != FLOW_STOP && target < n)
		fl->heads[target / 64] |= 1ull << (target % 64);
	if ((flow == FLOW_STOP || flow == FLOW_JUMP) && i + 1 < n)
		fl->heads[(i + 1) / 64] |= 1ull << ((i + 1) % 64);
}

#define INSN_HAS_FLOW(c) (INSN_ACTION(c) == A_LD || INSN_ACTION(c) == A_JMP)
/* By opcode: whether its action is A_LD or A_JMP, whose flow insn_flow() tells (those are
 * few: tested four at a time). */
static const uint8_t insn_has_flow[256] = {BYTE_TABLE(INSN_HAS_FLOW)};

/* Mark as heads the entry, every target of a jump or call and every instruction that its
 * predecessor does not fall through to (with per_insn: every instruction); count them.
 * Notes whether the program has legacy packet loads. Returns the number of heads. */
static uint32_t mark_heads(struct flow *fl, bool per_insn)
{
	const struct bpf_insn *insns = fl->p->insns;
	uint32_t n = fl->p->n_insns, n_words = (n + 63) / 64, i = 0;
	uint64_t *heads = fl->heads;
	heads[0] = 1;
	for (const struct bpf_insn *four = insns; i + 4 <= n; i += 4, four += 4) {
		if (!(insn_has_flow[four[0].code] | insn_has_flow[four[1].code] | insn_has_flow[four[2].code] |
		      insn_has_flow[four[3].code]))
			continue; /* the common case: four FLOW_NEXT */
		for (uint32_t k = i; k < i + 4; k++)
			if (insn_has_flow[insns[k].code])
				mark_heads_of(fl, k);
	}
	for (; i < n; i++)
		if (insn_has_flow[insns[i].code])
			mark_heads_of(fl, i);
	uint32_t n_heads = 0;
	for (uint32_t w = 0; w < n_words; w++) {
		if (per_insn)
			heads[w] = n - w * 64 >= 64 ? ~0ull : (1ull << (n - w * 64)) - 1;
		fl->heads_before[w] = n_heads;
		n_heads += bit_count(heads[w]);
	}
	return n_heads;
}

/* The fixpoint: fl->seen for every instruction (n rounded up to 8 bytes, zero where not
 * reached), fl->has_ld_abs. With per_insn, a stored state at every instruction; without,
 * at heads only, and fl->per_insn_needed when that may give other states. */
static void run_flow(struct flow *fl, const struct prog *p, bool per_insn)
{
	uint32_t n = p->n_insns;
	*fl = (struct flow){.p = p, .seen = xcalloc((n + 7) / 8, 8), .heads = xcalloc((n + 63) / 64, 8),
			    .heads_before = xmalloc((n + 63) / 64 * sizeof(uint32_t))};
	uint32_t max_states = mark_heads(fl, per_insn);
	fl->in = xmalloc(max_states * sizeof(*fl->in)); /* read only where reached: not zeroed */
	fl->flags = xcalloc(max_states, 1);
	fl->slots_read = xcalloc(max_states, sizeof(*fl->slots_read));
	fl->work = xmalloc(max_states * sizeof(*fl->work));
	struct frame_state entry;
	clear_state(&entry);
	entry.r[1] = reg_of(K_CTX);
	entry.r[10] = reg_fp(0);
	propagate(fl, 0, &entry);
	while (fl->n_work && (per_insn || !fl->per_insn_needed)) {
		uint32_t at = fl->work[--fl->n_work];
		uint32_t state = stored_state(fl, at);
		fl->flags[state] = (uint8_t)((fl->flags[state] & ~S_QUEUED) | S_VISITED);
		fl->visiting = &fl->slots_read[state];
		visit(fl, at, state);
	}
	free(fl->heads);
	free(fl->heads_before);
	free(fl->in);
	free(fl->flags);
	free(fl->slots_read);
	free(fl->work);
}

/* ---------------------------------------------------------------------------------- */
/* Legacy packet loads                                                                 */

/*
 * BPF_LD | BPF_ABS / BPF_IND (load_byte/half/word in socket filters and tc): r0 = the
 * big-endian value at packet offset imm (+ src for IND), and the program returns 0 when
 * the offset is outside the packet. The kernel turns them into calls of its
 * bpf_skb_load_helper_*; with native packet pointers they become an inline sequence
 * (r6 is the context, r1-r5 are clobbered as by the kernel's helper call):
 *
 *   ABS: r2 = imm                      IND: r2 = src; r2 += imm
 *        r2 <<= 32; r2 s>>= 32         the offset is a 32-bit int
 *        if r2 s< 0 goto fail          negative (SKF_*_OFF) offsets are not supported
 *        r1 = *(u64 *)(r6 + data)
 *        r3 = *(u64 *)(r6 + data_end)
 *        r1 += r2
 *        r2 = r1; r2 += SIZE
 *        if r2 > r3 goto fail
 *        r0 = *(SIZE *)(r1 + 0)
 *        r0 = be16/be32 r0             (not for bytes)
 *        goto done
 *  fail: w0 = 0
 *        exit
 *  done:
 */
#define LD_ABS_MAX 16 /* the longest sequence: an indirect 2- or 4-byte load */

static struct bpf_insn mk(uint8_t code, uint8_t dst, uint8_t src, int16_t off, int32_t imm)
{
	struct bpf_insn insn;
	memset(&insn, 0, sizeof(insn));
	insn.code = code;
	insn.dst_reg = dst & 0xf;
	insn.src_reg = src & 0xf;
	insn.off = off;
	insn.imm = imm;
	return insn;
}

/* The inline sequence for one legacy load; returns its length. */
static uint32_t gen_ld_abs(const struct bpf_insn *orig, struct bpf_insn *out)
{
	uint32_t n = 0, size = size_bytes(orig->code);
	if (BPF_MODE(orig->code) == BPF_ABS) {
		out[n++] = mk(BPF_ALU64 | BPF_MOV | BPF_K, 2, 0, 0, orig->imm);
	} else {
		out[n++] = mk(BPF_ALU64 | BPF_MOV | BPF_X, 2, orig->src_reg, 0, 0);
		out[n++] = mk(BPF_ALU64 | BPF_ADD | BPF_K, 2, 0, 0, orig->imm);
	}
	out[n++] = mk(BPF_ALU64 | BPF_LSH | BPF_K, 2, 0, 0, 32);
	out[n++] = mk(BPF_ALU64 | BPF_ARSH | BPF_K, 2, 0, 0, 32);
	uint32_t neg = n++; /* if r2 s< 0 goto fail: patched below */
	out[n++] = mk(BPF_LDX | BPF_MEM | BPF_DW, 1, 6, (int16_t)offsetof(struct bpfaot_skb_ctx, data), 0);
	out[n++] = mk(BPF_LDX | BPF_MEM | BPF_DW, 3, 6, (int16_t)offsetof(struct bpfaot_skb_ctx, data_end), 0);
	out[n++] = mk(BPF_ALU64 | BPF_ADD | BPF_X, 1, 2, 0, 0);
	out[n++] = mk(BPF_ALU64 | BPF_MOV | BPF_X, 2, 1, 0, 0);
	out[n++] = mk(BPF_ALU64 | BPF_ADD | BPF_K, 2, 0, 0, (int32_t)size);
	uint32_t past = n++; /* if r2 > r3 goto fail */
	out[n++] = mk(BPF_LDX | BPF_MEM | BPF_SIZE(orig->code), 0, 1, 0, 0);
	if (size > 1)
		out[n++] = mk(BPF_ALU | BPF_END | BPF_TO_BE, 0, 0, 0, (int32_t)size * 8);
	out[n++] = mk(BPF_JMP | BPF_JA, 0, 0, 2, 0);
	uint32_t fail = n;
	out[n++] = mk(BPF_ALU | BPF_MOV | BPF_K, 0, 0, 0, 0);
	out[n++] = mk(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	out[neg] = mk(BPF_JMP | BPF_JSLT | BPF_K, 2, 0, (int16_t)(fail - neg - 1), 0);
	/* n <= LD_ABS_MAX: 2 + 2 + 1 + 6 + 1 + 1 + 1 + 2 for BPF_IND with a byte swap */
	out[past] = mk(BPF_JMP | BPF_JGT | BPF_X, 2, 3, (int16_t)(fail - past - 1), 0);
	return n;
}

static bool insn_has_jump_off(const struct bpf_insn *insn)
{
	uint8_t cls = BPF_CLASS(insn->code), op = BPF_OP(insn->code);
	if (cls != BPF_JMP && cls != BPF_JMP32)
		return false;
	return op != BPF_CALL && op != BPF_EXIT && insn->code != (BPF_JMP | BPF_TAIL_CALL);
}

/* Replace every legacy load by its sequence, moving jumps, calls, subprograms,
 * relocations and origins to the new instruction numbers. Returns 0 or -1. */
static int expand_ld_abs(const struct module *m, struct prog *p)
{
	uint32_t n = p->n_insns, extra = 0;
	struct bpf_insn seq[LD_ABS_MAX];
	for (uint32_t i = 0; i < n; i++)
		if (insn_is_ld_abs(&p->insns[i]))
			extra += gen_ld_abs(&p->insns[i], seq) - 1;
	if (!extra)
		return 0;
	uint32_t *at = xcalloc(n + 1, sizeof(uint32_t)); /* old index -> new index */
	for (uint32_t i = 0, j = 0; i <= n; i++) {
		at[i] = j;
		if (i < n)
			j += insn_is_ld_abs(&p->insns[i]) ? gen_ld_abs(&p->insns[i], seq) : 1;
	}
	struct bpf_insn *insns = xcalloc(n + extra, sizeof(*insns));
	struct insn_site *site = xcalloc(n + extra, sizeof(*site));
	int err = 0;
	for (uint32_t i = 0; i < n && !err; i++) {
		const struct bpf_insn *insn = &p->insns[i];
		uint32_t len = 1;
		if (insn_is_ld_abs(insn)) {
			len = gen_ld_abs(insn, seq);
			memcpy(&insns[at[i]], seq, len * sizeof(*seq));
		} else {
			struct bpf_insn moved = *insn;
			bool ja32 = moved.code == (BPF_JMP32 | BPF_JA);
			bool call = insn_is_subprog_call(insn);
			int64_t delta = ja32 || call ? insn->imm : insn->off;
			int64_t target = (int64_t)i + 1 + delta;
			if ((insn_has_jump_off(insn) || call) && target >= 0 && target <= (int64_t)n) {
				int64_t moved_delta = (int64_t)at[target] - ((int64_t)at[i] + 1);
				if (ja32 || call)
					moved.imm = (int32_t)moved_delta;
				else if (moved_delta < INT16_MIN || moved_delta > INT16_MAX)
					err = -1;
				else
					moved.off = (int16_t)moved_delta;
				if (err)
					diag_insn(m, p, i, "jump too long after expanding legacy packet loads");
			}
			insns[at[i]] = moved;
		}
		for (uint32_t k = 0; k < len; k++)
			site[at[i] + k] = p->site ? p->site[i] : (struct insn_site){0};
	}
	if (!err) {
		for (uint32_t s = 0; s < p->n_subprogs; s++)
			p->subprogs[s].start = at[p->subprogs[s].start < n ? p->subprogs[s].start : n];
		for (uint32_t r = 0; r < p->n_relocs; r++) {
			struct reloc *rel = &p->relocs[r];
			rel->insn = at[rel->insn < n ? rel->insn : n];
			if (rel->kind == RELOC_CALL)
				rel->offset = at[rel->offset < n ? rel->offset : n];
		}
		free(p->insns);
		free(p->site);
		p->insns = insns;
		p->site = site;
		p->n_insns = n + extra;
	} else {
		free(insns);
		free(site);
	}
	free(at);
	return err;
}

/* Check instruction i, reached with `k` the kinds (checked_kinds) of its base register, or of
 * r6 for a legacy packet load, and rewrite it. */
static int check_insn(const struct module *m, struct prog *p, uint32_t i, uint8_t k, uint32_t kind,
		      uint32_t *n_rewritten)
{
	const struct bpf_insn *insn = &p->insns[i];
	if (insn_is_ld_abs(insn)) {
		const char *mode = BPF_MODE(insn->code) == BPF_ABS ? "ABS" : "IND";
		if (kind != BPFAOT_CTX_SKB) {
			diag_insn(m, p, i, "legacy packet load (BPF_%s) in a program without an skb: the kernel refuses it", mode);
			return -1;
		}
		if (p->n_subprogs > 1) {
			diag_insn(m, p, i, "legacy packet load (BPF_%s) in a program with bpf-to-bpf calls: the kernel refuses it",
				  mode);
			return -1;
		}
		if (BPF_SIZE(insn->code) == BPF_DW) {
			diag_insn(m, p, i, "8-byte legacy packet load (BPF_%s): the kernel refuses it", mode);
			return -1;
		}
		if (k != K_CTX) {
			diag_insn(m, p, i, "legacy packet load (BPF_%s): cannot prove that r6 holds the context", mode);
			return -1;
		}
		if (n_rewritten)
			(*n_rewritten)++;
		return 0; /* expanded by expand_ld_abs() once every access is checked */
	}
	bool write;
	int base = access_base(insn, &write);
	if (base < 0 || !valid_reg((uint8_t)base))
		return 0;
	if (!(k & (K_CTX | K_CTX_MOD)))
		return 0;
	if (k & K_CTX_MOD) {
		diag_insn(m, p, i, "access through r%d, a context pointer moved by arithmetic: the kernel refuses it",
			  base);
		return -1;
	}
	if (k != K_CTX) {
		diag_insn(m, p, i, "cannot prove that r%d holds the context: on some paths it holds another pointer",
			  base);
		return -1;
	}
	if (BPF_MODE(insn->code) == BPF_ATOMIC) {
		diag_insn(m, p, i, "atomic operation on %s: the kernel refuses it", ctx_type_name(kind));
		return -1;
	}
	if (rewrite_access(m, p, i, kind, write))
		return -1;
	if (n_rewritten)
		(*n_rewritten)++;
	return 0;
}

int ctx_rewrite_prog(const struct module *m, struct prog *p, uint32_t *n_rewritten)
{
	uint32_t kind = ctx_kind_of_prog(p);
	if (n_rewritten)
		*n_rewritten = 0;
	if (kind == BPFAOT_CTX_RAW || p->n_insns == 0)
		return 0;
	struct flow fl;
	run_flow(&fl, p, false);
	if (fl.per_insn_needed) {
		free(fl.seen);
		run_flow(&fl, p, true);
	}
	int err = 0;
	for (uint32_t i = 0; i < p->n_insns && !err; i += 8) {
		uint64_t eight;
		memcpy(&eight, &fl.seen[i], 8);
		if (!(eight & SEEN_CHECK * 0x0101010101010101ull))
			continue; /* the common case: nothing to check in 8 instructions */
		for (uint32_t k = i; k < i + 8 && k < p->n_insns && !err; k++)
			if (fl.seen[k] & SEEN_CHECK)
				err = check_insn(m, p, k, fl.seen[k] & 15, kind, n_rewritten);
	}
	free(fl.seen);
	if (!err && kind == BPFAOT_CTX_SKB && fl.has_ld_abs)
		err = expand_ld_abs(m, p);
	return err;
}

static int rewrite_item(void *ctx, uint32_t i)
{
	struct module *m = ctx;
	return ctx_rewrite_prog(m, &m->progs[i], NULL);
}

int ctx_rewrite(struct module *m)
{
	return par_for(m->n_progs, rewrite_item, m);
}
