/* rt.h - libbpfaot internals shared between the runtime's files (not installed). */
#ifndef RT_H
#define RT_H

#include "bpfaot.h"

#include <errno.h>
#include <sched.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define RT_ROUND_UP(x, a) (((x) + (a)-1) / (a) * (a))

/* Helpers return negative errno values in a 64-bit register. */
#define RT_ERR(e) ((uint64_t)(int64_t)(e))

/* A u32 spin lock: 0 free, 1 held (bpf_spin_lock's layout). For short critical sections
 * that call nothing that blocks; a waiter that does not get it soon yields, in case the
 * holder was preempted (threads, unlike the kernel's CPUs, can be). */
static inline bool rt_spin_trylock(uint32_t *lock)
{
	return __atomic_exchange_n(lock, 1, __ATOMIC_ACQUIRE) == 0;
}

static inline void rt_spin_lock(uint32_t *lock)
{
	for (unsigned spins = 0; !rt_spin_trylock(lock); spins++) {
		while (__atomic_load_n(lock, __ATOMIC_RELAXED))
			if (++spins % 128 == 0)
				sched_yield();
	}
}

static inline void rt_spin_unlock(uint32_t *lock)
{
	__atomic_store_n(lock, 0, __ATOMIC_RELEASE);
}

/* The calling thread's CPU slot, acquiring one if needed. */
int rt_cpu_current(void);
/* Whether the calling thread owns a slot now (never acquires). */
bool rt_cpu_owned(void);

/* Runtime state of a map, created on first use with a compare-and-swap on map->impl, so
 * that concurrent first uses agree on one. NULL when the map cannot be created. */
void *rt_map_state(struct bpfaot_map *map);

/* Per-type operations. `cpu` is the calling program's CPU slot for BPF-side calls and -1
 * for host calls (which see all CPUs' values at once). Return 0 or -errno. */
struct rt_map_ops {
	int (*check)(const struct bpfaot_map *map); /* can this map be implemented? */
	void *(*create)(struct bpfaot_map *map);    /* its state; NULL: -ENOMEM */
	/* optional: what map->storage holds while the state is installed (bpfaot_abi.h) */
	void *(*inline_base)(void *state);
	void (*destroy)(struct bpfaot_map *map, void *state); /* free a state, elements too */
	void *(*lookup)(struct bpfaot_map *map, const void *key, int cpu); /* BPF side */
	int (*copy_out)(struct bpfaot_map *map, const void *key, void *value); /* host */
	int (*update)(struct bpfaot_map *map, const void *key, const void *value,
		      uint64_t flags, int cpu);
	/* delete key; with value non-NULL, copy its value out first (host view) */
	int (*remove)(struct bpfaot_map *map, const void *key, void *value);
	int (*next_key)(struct bpfaot_map *map, const void *key, void *next);
};

const struct rt_map_ops *rt_map_ops(uint32_t type);
/* Iteration over indices, shared by every array-like map. */
int rt_array_next_key(struct bpfaot_map *map, const void *key, void *next);
bool rt_map_is_percpu(uint32_t type);
extern const struct rt_map_ops rt_array_ops, rt_percpu_array_ops, rt_hash_ops,
	rt_prog_array_ops, rt_ringbuf_ops, rt_queue_ops;

/* The hash maps' ops the map helpers call directly (rt_hash.c; rt_hash_ops has them too). */
void *rt_hash_lookup(struct bpfaot_map *map, const void *key, int cpu);
int rt_hash_update(struct bpfaot_map *map, const void *key, const void *value, uint64_t flags,
		   int cpu);
int rt_hash_remove(struct bpfaot_map *map, const void *key, void *value);

/* Test hooks (rt_hash.c): whether value is where an element's value starts; the longest
 * bucket chain. */
bool rt_hash_is_element_value(struct bpfaot_map *map, const void *value);
uint32_t rt_hash_longest_chain(struct bpfaot_map *map);

/* Ring buffer records (the kernel's layout, what libbpf's consumer reads). */
void *rt_ringbuf_reserve(struct bpfaot_map *map, uint64_t size, uint64_t flags);
void rt_ringbuf_commit(void *sample, uint64_t flags, bool discard);
uint64_t rt_ringbuf_query(struct bpfaot_map *map, uint64_t flags);
/* Submitted, not discarded records between the consumer and the producer. */
uint64_t rt_ringbuf_pending_records(struct bpfaot_map *map);

/* bpfaot_prog_test_run for XDP and skb programs: build the context around a copy of the
 * packet as BPF_PROG_TEST_RUN does, run, copy the packet back (rt_ctx.c). */
int rt_test_run_packet(const struct bpfaot_prog *prog, void *data, size_t size, uint64_t *retval);

/* Copy from memory that may be unmapped: 0 or -EFAULT (dst zeroed). */
int rt_safe_copy(void *dst, const void *src, size_t n);
/* A string from memory that may be unmapped, as bpf_probe_read_str: its length with the
 * NUL, size when truncated, -EFAULT (dst zeroed). */
long rt_safe_strncpy(char *dst, const char *src, uint32_t size);

/* trace_printk's formatter: format fmt (kernel subset) with up to n_args args into buf.
 * Returns the length written (as snprintf) or -EINVAL. */
int rt_format(char *buf, size_t size, const char *fmt, uint32_t fmt_size, const uint64_t *args,
	      int n_args);

#endif
