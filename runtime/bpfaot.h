/* bpfaot.h - libbpfaot, the runtime that compiled BPF programs are linked with.
 *
 * The one public header. It includes bpfaot_abi.h (the descriptors the compiler emits:
 * struct bpfaot_object, struct bpfaot_prog, struct bpfaot_map) and declares the host API:
 * objects, maps, prog arrays, ring buffers, helpers, per-CPU slots, running programs.
 * See docs/runtime.md for the semantics in prose.
 *
 * Conventions:
 *   - Functions returning int return 0 (or a count) on success and a negative errno value
 *     on failure (-EINVAL, -ENOENT, ...), as libbpf does; they do not set errno.
 *   - Every function is thread-safe (bpfaot_object_close and bpfaot_map_free excepted:
 *     see there). Nothing needs to be initialised first: compiled
 *     programs may be called directly as C functions; runtime state is created on first use.
 *   - Constants and numbers are the kernel's (enum bpf_map_type, BPF_ANY, ...), under
 *     BPFAOT_ names so that this header and <linux/bpf.h> can be included together.
 */
#ifndef BPFAOT_H
#define BPFAOT_H

#include "bpfaot_abi.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What the shared library exports (it is built with hidden visibility otherwise). */
#if defined(__GNUC__) && !defined(BPFAOT_API)
#define BPFAOT_API __attribute__((visibility("default")))
#elif !defined(BPFAOT_API)
#define BPFAOT_API
#endif

/* Map types (the kernel's enum bpf_map_type values) that the runtime implements. */
#define BPFAOT_MAP_TYPE_HASH 1
#define BPFAOT_MAP_TYPE_ARRAY 2
#define BPFAOT_MAP_TYPE_PROG_ARRAY 3
#define BPFAOT_MAP_TYPE_PERCPU_HASH 5
#define BPFAOT_MAP_TYPE_PERCPU_ARRAY 6
#define BPFAOT_MAP_TYPE_LRU_HASH 9
#define BPFAOT_MAP_TYPE_LRU_PERCPU_HASH 10
#define BPFAOT_MAP_TYPE_QUEUE 22
#define BPFAOT_MAP_TYPE_STACK 23
#define BPFAOT_MAP_TYPE_RINGBUF 27

/* Map update flags (BPF_ANY, BPF_NOEXIST, BPF_EXIST). BPF_F_LOCK is not supported. */
#define BPFAOT_ANY 0
#define BPFAOT_NOEXIST 1
#define BPFAOT_EXIST 2

/* map_flags the runtime looks at. */
#define BPFAOT_F_RDONLY_PROG (1u << 7) /* .rodata: the host may not update it (-EPERM) */

/* Ring buffer flags (bpf_ringbuf_output/submit/discard and bpf_ringbuf_query). */
#define BPFAOT_RB_NO_WAKEUP (1u << 0)
#define BPFAOT_RB_FORCE_WAKEUP (1u << 1)
#define BPFAOT_RB_AVAIL_DATA 0
#define BPFAOT_RB_RING_SIZE 1
#define BPFAOT_RB_CONS_POS 2
#define BPFAOT_RB_PROD_POS 3

/* ---- Objects ------------------------------------------------------------------------ */

/* Check an object as the compiler emitted it (OBJ__object) and create the runtime state of
 * all its maps now rather than on first use. Optional. Returns 0, -EINVAL (NULL object,
 * ABI version mismatch, a map the runtime cannot implement) or -ENOMEM. */
BPFAOT_API int bpfaot_object_open(struct bpfaot_object *obj);

/* Free the runtime state of every map of the object (map->impl) and forget it: for a host
 * that is done with the object, e.g. before dlclose(). The object must not be in use by
 * any thread; the maps start empty again on their next use (arrays with static storage
 * keep their contents). */
BPFAOT_API void bpfaot_object_close(struct bpfaot_object *obj);
/* The same for one map. */
BPFAOT_API void bpfaot_map_free(struct bpfaot_map *map);

/* A map or program by name; NULL when there is none. A map name also matches without its
 * leading '.' ("bss" finds ".bss"). */
BPFAOT_API struct bpfaot_map *bpfaot_object_find_map(const struct bpfaot_object *obj,
						 const char *name);
BPFAOT_API struct bpfaot_prog *bpfaot_object_find_prog(const struct bpfaot_object *obj,
						   const char *name);

/* ---- Running programs --------------------------------------------------------------- */

/* Run a program once with r1 = ctx and r2 = ctx_size and store its r0 in *retval. For
 * BPFAOT_CTX_RAW programs that is the conformance protocol (r1 = memory, r2 = length);
 * for other pass-through types ctx is the program's context and r2 is ignored.
 * The calling thread's CPU slot (see below) is released afterwards if this call acquired
 * it. Returns 0 or -EINVAL (NULL prog or retval). */
BPFAOT_API int bpfaot_prog_run(const struct bpfaot_prog *prog, void *ctx, uint64_t ctx_size,
		    uint64_t *retval);

/* Run a program once on input bytes, as BPF_PROG_TEST_RUN does: for BPFAOT_CTX_RAW
 * programs r1 = data and r2 = size; for XDP, tc and socket filter programs the runtime
 * builds the context struct (bpfaot_abi.h) around a copy of the packet with the values the
 * kernel's test run gives (see docs/daemon.md), and copies the packet's bytes back into
 * data afterwards. Returns 0, -EINVAL (also: a packet shorter than an Ethernet header), or
 * -EOPNOTSUPP for a context kind this build does not implement. */
BPFAOT_API int bpfaot_prog_test_run(const struct bpfaot_prog *prog, void *data, size_t size,
			 uint64_t *retval);

/* The driver behind `bpfaot run`: options [--prog NAME] [--data FILE] [--maps]
 * [--repeat N] [--set-prog-array MAP:INDEX:PROG|none]... after argv[0]. Applies the prog
 * array updates in order, runs the program N times (default once) on a fresh writable copy
 * of the file's bytes each time (RAW: r1 = the copy, r2 = its length; without --data
 * r1 = NULL, r2 = 0; maps accumulate, r0 is the last run's) and prints docs/run-output.md
 * to stdout, as tests/kernel's reference runner does for the kernel.
 * Returns the process exit status: 0 on success, 1 when the run failed, 2 on a usage error
 * (a one-line message on stderr in both cases). */
BPFAOT_API int bpfaot_run_main(struct bpfaot_object *obj, int argc, char **argv);

/* ---- Maps (host side) --------------------------------------------------------------- */

/* Element access with the kernel's semantics (the bpf(2) BPF_MAP_* commands).
 * key_size must equal the map's key size and value_size its value size, except for
 * per-CPU maps, whose values hold one round_up(value_size, 8) slot per CPU slot
 * (bpfaot_num_possible_cpus()); any other size is -EINVAL.
 * lookup:  0, -ENOENT.  flags must be 0.
 * update:  0, -EEXIST (BPFAOT_NOEXIST and present; arrays always), -ENOENT (BPFAOT_EXIST
 *          and absent), -E2BIG (full hash map, array index out of range), -EINVAL (bad
 *          flags), -EPERM (read-only data), -ENOMEM. LRU maps evict instead of -E2BIG.
 * delete:  0, -ENOENT; -EINVAL for arrays (their elements cannot be deleted).
 * get_next_key: next key after cur_key in iteration order (the first key when cur_key
 *          is NULL or absent), -ENOENT after the last.
 * Prog arrays: use bpfaot_prog_array_*; delete and get_next_key work here too, lookup
 * and update are -EOPNOTSUPP. Ring buffers: -EOPNOTSUPP for all four. Queue and stack
 * maps (no key: NULL, 0): update pushes, lookup peeks, lookup-and-delete pops. */
BPFAOT_API int bpfaot_map_lookup_elem(struct bpfaot_map *map, const void *key, size_t key_size,
			   void *value, size_t value_size, uint64_t flags);
BPFAOT_API int bpfaot_map_update_elem(struct bpfaot_map *map, const void *key, size_t key_size,
			   const void *value, size_t value_size, uint64_t flags);
BPFAOT_API int bpfaot_map_delete_elem(struct bpfaot_map *map, const void *key, size_t key_size,
			   uint64_t flags);
/* Hash maps: the value, and the element deleted, in one step (BPF_MAP_LOOKUP_AND_DELETE_ELEM):
 * 0, -ENOENT, -EINVAL; -EOPNOTSUPP for arrays, prog arrays and ring buffers. */
BPFAOT_API int bpfaot_map_lookup_and_delete_elem(struct bpfaot_map *map, const void *key,
						 size_t key_size, void *value, size_t value_size,
						 uint64_t flags);
BPFAOT_API int bpfaot_map_get_next_key(struct bpfaot_map *map, const void *cur_key, void *next_key,
			    size_t key_size);

/* The map type's name as docs/run-output.md spells it ("array", "lru_hash", ...), or
 * "unknown". */
BPFAOT_API const char *bpfaot_map_type_name(uint32_t type);

/* ---- Prog arrays -------------------------------------------------------------------- */

/* Put prog at index: both halves of the slot (descriptor, cached tail-call target) are
 * replaced with atomic exchanges, so a concurrent tail call sees the old or the new
 * program, never anything else. The first program stored into an array whose owner is
 * BPFAOT_OWNER_UNSET fixes the owner; a program whose type, expected attach type or
 * sleepable/xdp-frags flags differ from the owner's is refused with -EINVAL.
 * Returns 0, -EINVAL (not a prog array, NULL prog, incompatible) or -E2BIG (index). */
BPFAOT_API int bpfaot_prog_array_update(struct bpfaot_map *map, uint32_t index,
					 struct bpfaot_prog *prog);
/* Empty index: 0, -ENOENT (already empty), -E2BIG, -EINVAL. */
BPFAOT_API int bpfaot_prog_array_delete(struct bpfaot_map *map, uint32_t index);
/* The program at index, NULL when empty or out of range. */
BPFAOT_API struct bpfaot_prog *bpfaot_prog_array_get(struct bpfaot_map *map, uint32_t index);

/* ---- Ring buffers (host side) ------------------------------------------------------- */

/* Called for every submitted (not discarded) record, in order; a negative return stops
 * consumption (that record counts as consumed) and is returned to the caller. */
typedef int (*bpfaot_ringbuf_sample_fn)(void *ctx, void *data, size_t size);

/* Consume every record available now. Returns the number of records passed to fn, or a
 * negative errno (-EINVAL: not a ring buffer) or fn's negative return. Consumers of one
 * ring buffer are serialised; producers (programs) never wait for them. */
BPFAOT_API int bpfaot_ringbuf_consume(struct bpfaot_map *map, bpfaot_ringbuf_sample_fn fn,
				      void *ctx);
/* Like consume, but first wait up to timeout_ms (-1: forever) until data is available:
 * returns at once when the ring holds data, else when a producer's submit wakes consumers
 * (as in the kernel, not with BPFAOT_RB_NO_WAKEUP). Returns 0 on timeout. */
/* For event loops: an eventfd that becomes readable when a producer wakes consumers (the
 * same wakeups as bpfaot_ringbuf_poll's); add it to epoll/poll and call
 * bpfaot_ringbuf_consume when it is readable (consume also resets it). Owned by the
 * runtime: do not close it. Returns the fd, -EINVAL (not a ring buffer) or -ENOMEM. */
BPFAOT_API int bpfaot_ringbuf_fd(struct bpfaot_map *map);
BPFAOT_API int bpfaot_ringbuf_poll(struct bpfaot_map *map, bpfaot_ringbuf_sample_fn fn, void *ctx,
			int timeout_ms);

/* ---- Helpers ------------------------------------------------------------------------ */

/* Helper ids that programs may call and the runtime does not implement (not listed in
 * helpers.def) are dispatched to the host's function. id must be in [1, BPFAOT_HELPER_ID_MAX)
 * and not a built-in helper; fn NULL unregisters. Returns 0 or -EINVAL. A call to an id
 * with no helper prints "bpfaot: program called helper N, which is not implemented ..."
 * on stderr and aborts: the kernel's verifier would have refused the program. */
#define BPFAOT_HELPER_ID_MAX 4096
typedef uint64_t (*bpfaot_helper_fn)(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				     uint64_t r5);
BPFAOT_API int bpfaot_register_helper(int32_t id, bpfaot_helper_fn fn);

/* Helper ids: the runtime's built-ins (helpers.def) as bpfaot_helper_NAME, with the
 * kernel's semantics; and the dispatcher for every other id (also what callx uses). */
#pragma push_macro("HELPER")
#undef HELPER
#define HELPER(id, name)                                                                  \
	BPFAOT_API uint64_t bpfaot_helper_##name(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, \
				      uint64_t r5);
#include "helpers.def"
#undef HELPER
#pragma pop_macro("HELPER")
BPFAOT_API uint64_t bpfaot_helper_call(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				       uint64_t r5, uint64_t id);

/* ---- CPU slots ---------------------------------------------------------------------- */

/* "The current CPU" of a program (bpf_get_smp_processor_id, per-CPU maps) is a slot in
 * [0, bpfaot_num_possible_cpus()) that a thread owns from its first per-CPU access until
 * it exits, calls bpfaot_cpu_release(), or a bpfaot_prog_run() that acquired it returns.
 * While a thread owns a slot no other thread has it, so a program invocation sees one
 * fixed CPU and is alone on it, as in the kernel. A thread that needs a slot while all
 * are owned waits until one is released (see docs/runtime.md).
 * The number of slots is fixed at first use: bpfaot_set_nr_cpus() before that, else the
 * environment variable BPFAOT_NR_CPUS, else the number of configured CPUs but at least 64.
 * Slots are handed out lowest first. */
BPFAOT_API int bpfaot_num_possible_cpus(void);
/* 0, -EINVAL (n < 1 or n > BPFAOT_MAX_CPUS), -EBUSY (already fixed with another value). */
#define BPFAOT_MAX_CPUS 4096
BPFAOT_API int bpfaot_set_nr_cpus(int n);
/* The calling thread's slot, acquiring one if needed (may wait). */
BPFAOT_API int bpfaot_cpu_current(void);
/* Give the calling thread's slot back (no-op without one). */
BPFAOT_API void bpfaot_cpu_release(void);
/* The calling thread's slot, or -1 while it owns none; compiled code reads it directly
 * (BPFAOT_SYM_TLS_CPU_SLOT in bpfaot_abi.h). Hosts call bpfaot_cpu_current() instead. */
BPFAOT_API extern __thread int bpfaot_tls_cpu_slot;

#ifdef __cplusplus
}
#endif

#endif
