// SPDX-License-Identifier: MIT
/* tailcall.bpf.c - every tail-call kind and the kernel's run-time rules, checked by
 * tailcall_main.c: static (variable key), direct (constant key), dynamic (the map
 * differs between paths), empty slots, out-of-range keys, keys whose upper 32 bits are
 * set, the limit of 33 per invocation, and tail calls made inside subprograms. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

/* The host reads and writes these through OBJ__map__bss__storage. */
struct {
	__u64 runs; /* programs that ran in this invocation */
	__u64 key;  /* a key the analysis cannot know */
	__u64 pick; /* which map dynamic_call uses */
} volatile g;

int self_loop(void *ctx);
int leaf(void *ctx);
int leaf2(void *ctx);
int leaf3(void *ctx);
int count_and_chain(void *ctx);
int counted_step(void *ctx);

/* bpf_tail_call with a 64-bit key, so that upper bits reach the call (the helper's C
 * prototype would truncate them first). */
static long (*const tail_call64)(void *ctx, void *map, __u64 key) = (void *)BPF_FUNC_tail_call;

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__array(values, int(void *));
} chain SEC(".maps") = {
	.values = {
		[0] = (void *)&self_loop,
		[1] = (void *)&leaf,
		[3] = (void *)&leaf3,
		[4] = (void *)&count_and_chain,
		[5] = (void *)&counted_step,
	},
};

/* Per-CPU, and a CPU is one thread's for a whole invocation: a chain can count its own
 * steps while other threads run the same programs. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} steps SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, int(void *));
} other SEC(".maps") = {
	.values = {
		[1] = (void *)&leaf2,
	},
};

SEC("raw_tp/t")
int leaf(void *ctx)
{
	g.runs++;
	return 100;
}

SEC("raw_tp/t")
int leaf2(void *ctx)
{
	g.runs++;
	return 200;
}

SEC("raw_tp/t")
int leaf3(void *ctx)
{
	g.runs++;
	return 300;
}

/* static, key 0 = itself: 1 + 33 runs, then the 34th tail call falls through */
SEC("raw_tp/t")
int self_loop(void *ctx)
{
	g.runs++;
	bpf_tail_call(ctx, &chain, g.key);
	return g.runs;
}

/* static with whatever key the host stored (out of range, upper bits set, empty) */
SEC("raw_tp/t")
int static_call(void *ctx)
{
	g.runs++;
	tail_call64(ctx, &chain, g.key);
	return 1;
}

/* direct: constant in-range key */
SEC("raw_tp/t")
int direct_call(void *ctx)
{
	g.runs++;
	bpf_tail_call(ctx, &chain, 1);
	return 1;
}

/* direct to an empty slot: falls through */
SEC("raw_tp/t")
int direct_empty(void *ctx)
{
	bpf_tail_call(ctx, &chain, 2);
	return 7;
}

/* a constant whose low 32 bits are in range: not direct, and the key is 1 */
SEC("raw_tp/t")
int wide_constant(void *ctx)
{
	tail_call64(ctx, &chain, 0x100000001ull);
	return 9;
}

/* dynamic: which map reaches the call depends on the run */
SEC("raw_tp/t")
int dynamic_call(void *ctx)
{
	void *map = g.pick ? (void *)&other : (void *)&chain;
	g.runs++;
	bpf_tail_call(ctx, map, 1);
	return 5;
}

/* A tail call inside a subprogram: the target's r0 returns to the subprogram's caller. */
static __noinline int sub_tail(void *ctx)
{
	bpf_tail_call(ctx, &chain, 3);
	return g.pick + 11; /* not a constant: clang must use this call's r0 */
}

SEC("raw_tp/t")
int from_sub(void *ctx)
{
	int v = sub_tail(ctx);
	return v + 1000;
}

/* The budget is per invocation and shared across bpf-to-bpf calls: index 4 is this
 * program again, entered each time through a subprogram. */
static __noinline int sub_chain(void *ctx)
{
	bpf_tail_call(ctx, &chain, 4);
	return 0;
}

SEC("raw_tp/t")
int count_and_chain(void *ctx)
{
	g.runs++;
	sub_chain(ctx);
	return g.runs;
}

/* A chain to the limit: counted_chain tail-calls counted_step (index 5), which calls
 * itself; 33 successful tail calls, so counted_step runs 33 times and returns 33. */
SEC("raw_tp/t")
int counted_step(void *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&steps, &zero);
	if (!v)
		return 0;
	*v += 1;
	bpf_tail_call(ctx, &chain, 5);
	return *v;
}

SEC("raw_tp/t")
int counted_chain(void *ctx)
{
	__u32 zero = 0;
	__u64 *v = bpf_map_lookup_elem(&steps, &zero);
	if (!v)
		return 0;
	*v = 0;
	bpf_tail_call(ctx, &chain, 5);
	return 1000;
}

char LICENSE[] SEC("license") = "GPL";
