/* bench.h - lets one benchmark source compile both as BPF (clang -target bpf) and as
 * plain C (gcc -O2) for the native baseline, so that "the same algorithm" is literal.
 *
 * A benchmark source writes BPF C with a few macros from here:
 *   BENCH_PROG(name)(struct __sk_buff *skb) { ... }   a tc program
 *   BENCH_PROG_DECL(name);                            its prototype (for prog arrays)
 *   BENCH_ARRAY(name, key type, value type, n);       an array map
 *   BENCH_PERCPU_ARRAY(name, key type, value type, n); a per-CPU array map
 *   BENCH_HASH(name, key type, value type, n);        a hash map
 *   BENCH_PROG_ARRAY(name, n, [i] = PROG_REF(p)...);  a statically initialised prog array
 *   BENCH_SLOT(skb, ptr, end)                         the next input slot (rotation)
 * and calls bpf_map_lookup_elem/bpf_map_update_elem/bpf_tail_call as usual.
 *
 * Natively (BENCH_NATIVE defined, BENCH_NAME the benchmark's name) programs become
 * functions `int nat_<BENCH_NAME>__<prog>(struct __sk_buff *)`, maps become static C
 * objects whose size and kind are part of their type (so gcc folds them as a C
 * programmer's own array would be folded), helpers become C functions. */
#ifndef BENCH_H
#define BENCH_H

#include <linux/types.h>

/* The packet every benchmark runs on: BENCH_SLOTS inputs of BENCH_SLOT_SIZE bytes each.
 * Each run takes the next slot, so the branch predictor cannot learn one fixed input. */
#define BENCH_SLOTS 8
#define BENCH_SLOT_SIZE 128
#define BENCH_PKT_SIZE (BENCH_SLOTS * BENCH_SLOT_SIZE)

#define BENCH_CAT_(a, b) a##b
#define BENCH_CAT(a, b) BENCH_CAT_(a, b)

#ifndef BENCH_NATIVE /* ---------------------------------------------- BPF ---- */

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define BENCH_PROG(name) SEC("tc") int name
#define BENCH_PROG_DECL(name) int name(struct __sk_buff *skb)
#define PROG_REF(p) ((void *)&(p))
#define __bench_noinline __attribute__((noinline))

#define BENCH_ARRAY(name, ktype, vtype, n)                                                     \
	struct {                                                                               \
		__uint(type, BPF_MAP_TYPE_ARRAY);                                              \
		__uint(max_entries, n);                                                        \
		__type(key, ktype);                                                            \
		__type(value, vtype);                                                          \
	} name SEC(".maps")

#define BENCH_PERCPU_ARRAY(name, ktype, vtype, n)                                              \
	struct {                                                                               \
		__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);                                       \
		__uint(max_entries, n);                                                        \
		__type(key, ktype);                                                            \
		__type(value, vtype);                                                          \
	} name SEC(".maps")

#define BENCH_HASH(name, ktype, vtype, n)                                                      \
	struct {                                                                               \
		__uint(type, BPF_MAP_TYPE_HASH);                                               \
		__uint(max_entries, n);                                                        \
		__type(key, ktype);                                                            \
		__type(value, vtype);                                                          \
	} name SEC(".maps")

#define BENCH_PROG_ARRAY(name, n, ...)                                                         \
	struct {                                                                               \
		__uint(type, BPF_MAP_TYPE_PROG_ARRAY);                                         \
		__uint(max_entries, n);                                                        \
		__type(key, __u32);                                                            \
		__array(values, int(void *));                                                  \
	} name SEC(".maps") = { .values = { __VA_ARGS__ } }

char _license[] SEC("license") = "GPL";

#else /* BENCH_NATIVE ------------------------------------------------- native ---- */

#include <stddef.h>
#include <string.h>

/* The native context: what the kernel's verifier rewrites `data`/`data_end` into. */
struct __sk_buff {
	unsigned char *data;
	unsigned char *data_end;
	__u32 len;
};

typedef int (*nat_prog_fn)(struct __sk_buff *);

#define BENCH_SYM(name) BENCH_CAT(BENCH_CAT(nat_, BENCH_NAME), BENCH_CAT(__, name))
#define BENCH_PROG(name) int BENCH_SYM(name)
#define BENCH_PROG_DECL(name) int BENCH_SYM(name)(struct __sk_buff *skb)
#define PROG_REF(p) BENCH_SYM(p)
#define __bench_noinline __attribute__((noinline))
#ifndef __always_inline
#define __always_inline inline __attribute__((always_inline))
#endif

enum { NAT_KIND_ARRAY = 1, NAT_KIND_HASH = 2, NAT_KIND_PROG_ARRAY = 3 };
enum { BPF_ANY = 0, BPF_NOEXIST = 1, BPF_EXIST = 2 };

/* Every native map starts with these three members; kind and max_entries are encoded in
 * the pointee sizes so that they are compile-time constants at every use. */
#define NAT_MAP_HEAD(kind_, n, vtype)                                                          \
	char(*kind)[kind_];                                                                    \
	char(*max)[n];                                                                         \
	vtype *values_ptr

#define BENCH_ARRAY(name, ktype, vtype, n)                                                     \
	static struct {                                                                        \
		NAT_MAP_HEAD(NAT_KIND_ARRAY, n, vtype);                                        \
		vtype values[n];                                                               \
	} name

/* Natively there is one CPU: a per-CPU array is an array. */
#define BENCH_PERCPU_ARRAY(name, ktype, vtype, n) BENCH_ARRAY(name, ktype, vtype, n)

/* Open addressing, linear probing, 2 * max_entries slots (a power of two). */
struct nat_hash {
	__u32 key_size, value_size, max_entries, count;
	__u32 mask, slot_size;
	unsigned char *slots;
};
#define NAT_ROUND8(x) (((x) + 7) & ~7u)
#define NAT_POW2(n) (1u << (32 - __builtin_clz((unsigned)(n) * 2 - 1)))
#define NAT_HASH_SLOT(ks, vs) (8 + NAT_ROUND8(ks) + NAT_ROUND8(vs))

#define BENCH_HASH(name, ktype, vtype, n)                                                      \
	static struct {                                                                        \
		NAT_MAP_HEAD(NAT_KIND_HASH, n, vtype);                                         \
		struct nat_hash h;                                                             \
		unsigned char slots[NAT_POW2(n)][NAT_HASH_SLOT(sizeof(ktype), sizeof(vtype))]; \
	} name = { .h = { sizeof(ktype), sizeof(vtype), n, 0, NAT_POW2(n) - 1,                \
			  NAT_HASH_SLOT(sizeof(ktype), sizeof(vtype)), &name.slots[0][0] } }

/* The slots are volatile so that gcc cannot resolve a chain at compile time (a prog array
 * is mutable at run time); a native hop is then a load and an indirect jump. */
struct nat_prog_array {
	NAT_MAP_HEAD(NAT_KIND_PROG_ARRAY, 1, void);
	__u32 max_entries;
	nat_prog_fn volatile progs[];
};
#define BENCH_PROG_ARRAY(name, n, ...)                                                         \
	static struct {                                                                        \
		NAT_MAP_HEAD(NAT_KIND_PROG_ARRAY, 1, void);                                    \
		__u32 max_entries;                                                             \
		nat_prog_fn volatile progs[n];                                                 \
	} name = { .max_entries = n, .progs = { __VA_ARGS__ } }

void *nat_hash_lookup(struct nat_hash *h, const void *key);
long nat_hash_update(struct nat_hash *h, const void *key, const void *value, __u64 flags);
#define nat_hash_of(map) ((struct nat_hash *)((char *)(map) + 3 * sizeof(void *)))

static inline void *nat_array_lookup(void *values, size_t stride, __u32 max, const void *key)
{
	__u32 k;
	memcpy(&k, key, sizeof(k));
	return k < max ? (char *)values + (size_t)k * stride : NULL;
}

#define bpf_map_lookup_elem(map, key)                                                          \
	(sizeof(*(map)->kind) == NAT_KIND_ARRAY                                                \
		 ? nat_array_lookup((char *)(map) + 3 * sizeof(void *),                       \
				    sizeof(*(map)->values_ptr), sizeof(*(map)->max), (key))     \
		 : nat_hash_lookup(nat_hash_of(map), (key)))

static inline long nat_array_update(void *slot, const void *value, size_t size, __u64 flags)
{
	if (!slot)
		return -7; /* -E2BIG */
	if (flags == BPF_NOEXIST)
		return -17; /* -EEXIST */
	memcpy(slot, value, size);
	return 0;
}

#define bpf_map_update_elem(map, key, value, flags)                                            \
	(sizeof(*(map)->kind) == NAT_KIND_ARRAY                                                \
		 ? nat_array_update(bpf_map_lookup_elem(map, key), (value),                    \
				    sizeof(*(map)->values_ptr), (flags))                        \
		 : nat_hash_update(nat_hash_of(map), (key), (value), (flags)))

/* Tail calls: at most 33 per invocation (the harness resets the count before each run),
 * the call does not return to its caller (gcc makes `return f(ctx)` a jump). */
#define NAT_MAX_TAIL_CALL_CNT 33
extern __u32 nat_tail_cnt;
static inline nat_prog_fn nat_tail_target(const void *map, __u32 index)
{
	const struct nat_prog_array *a = map;
	if (index >= a->max_entries || nat_tail_cnt >= NAT_MAX_TAIL_CALL_CNT)
		return NULL;
	nat_prog_fn f = a->progs[index];
	if (f)
		nat_tail_cnt++;
	return f;
}
#define bpf_tail_call(ctx, map, index)                                                         \
	do {                                                                                   \
		nat_prog_fn f_ = nat_tail_target((map), (index));                              \
		if (f_)                                                                        \
			return f_(ctx);                                                        \
	} while (0)

#endif /* BENCH_NATIVE */

/* Keeps clang from recomputing a pointer from its parts after a bounds check (the
 * verifier tracks the range on the register that was checked). A no-op natively. */
#define BENCH_BARRIER(x) __asm__ volatile("" : "+r"(x))

/* The rotation: each run takes the next input slot of the packet. Sets `ptr` to the slot
 * (BENCH_SLOT_SIZE bytes that may be read without further checks) and `end` to the end of
 * the packet (what further bounds checks compare with); returns 0 from the program when
 * the packet is too short. */
static __u32 bench_round __attribute__((unused));
#define BENCH_SLOT(skb, ptr, end)                                                              \
	do {                                                                                   \
		void *data_ = (void *)(long)(skb)->data;                                       \
		void *data_end_ = (void *)(long)(skb)->data_end;                               \
		__u32 slot_ = bench_round++ & (BENCH_SLOTS - 1);                               \
		ptr = data_ + slot_ * BENCH_SLOT_SIZE;                                         \
		end = ptr + BENCH_SLOT_SIZE;                                                   \
		if ((void *)end > data_end_)                                                   \
			return 0;                                                              \
		/* derive every access from the checked pointer (clang would recompute it) */  \
		BENCH_BARRIER(ptr);                                                            \
		end = data_end_;                                                               \
	} while (0)

/* A value that differs on every run (the rotation counter, read after BENCH_SLOT): mixed
 * into a benchmark's state where its branches depend on the data, so that not even the
 * 8-run period of the slots gives the branch predictor a pattern to learn. */
#define BENCH_SEED() (bench_round * 0x9e3779b9u)

#endif
