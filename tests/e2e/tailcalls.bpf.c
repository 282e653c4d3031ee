/* tailcalls.bpf.c - every kind of tail call, run in the kernel and by bpfaot.
 *
 * Input: raw_tp context, u64 words: ctx[0] (and ctx[1]) select keys or maps.
 * See cases.txt for the derivations.
 */
#include "e2e.h"

/* How many times some programs ran (.bss, printed after the prog arrays). */
u64 runs[4];

static __always_inline void count(u32 slot)
{
	__sync_fetch_and_add(&runs[slot], 1);
}

static __always_inline u64 counted(u32 slot)
{
	return runs[slot];
}

SEC("raw_tp") int tgt_a(u64 *ctx) { count(0); return 100; }
SEC("raw_tp") int tgt_b(u64 *ctx) { count(1); return 200; }
SEC("raw_tp") int tgt_c(u64 *ctx) { return 300; }
SEC("raw_tp") int tgt_d(u64 *ctx) { return 400; }

/* jmp: [0] tgt_a, [1] tgt_b, [2] empty, [3] tgt_c. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, u32);
	__array(values, int(u64 *));
} jmp SEC(".maps") = {
	.values = { [0] = (void *)&tgt_a, [1] = (void *)&tgt_b, [3] = (void *)&tgt_c },
};

/* jmp2: [0] tgt_d, [1] tgt_c. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, int(u64 *));
} jmp2 SEC(".maps") = {
	.values = { [0] = (void *)&tgt_d, [1] = (void *)&tgt_c },
};

/* static: one map, the key from the input (all 64 bits of it reach r3). */
SEC("raw_tp") int tc_static(u64 *ctx)
{
	tail_call64(ctx, &jmp, ctx[0]);
	return 1;
}

/* direct: constant keys. */
SEC("raw_tp") int tc_direct(u64 *ctx)
{
	bpf_tail_call(ctx, &jmp, 1);
	return 1;
}

SEC("raw_tp") int tc_direct_empty(u64 *ctx)
{
	bpf_tail_call(ctx, &jmp, 2);
	return 2;
}

SEC("raw_tp") int tc_direct_out_of_range(u64 *ctx)
{
	bpf_tail_call(ctx, &jmp, 4);
	return 3;
}

/* A constant whose low 32 bits (1) are in range but whose value is not. */
SEC("raw_tp") int tc_const_wide_key(u64 *ctx)
{
	tail_call64(ctx, &jmp, 0x100000001ULL);
	return 4;
}

/* dynamic: the map depends on ctx[0], the key is ctx[1]. */
SEC("raw_tp") int tc_dynamic(u64 *ctx)
{
	void *map = &jmp2;

	if (ctx[0])
		map = &jmp;
	/* keep clang from duplicating the call into both branches */
	asm volatile("" : "+r"(map));
	tail_call64(ctx, map, ctx[1]);
	return 5;
}

/* chain: chain_a -> chain_b -> chain_a ... until the kernel's limit; runs[2] counts
 * every program that ran. */
SEC("raw_tp") int chain_a(u64 *ctx);
SEC("raw_tp") int chain_b(u64 *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, int(u64 *));
} chain SEC(".maps") = {
	.values = { [0] = (void *)&chain_a, [1] = (void *)&chain_b },
};

SEC("raw_tp") int chain_a(u64 *ctx)
{
	count(2);
	bpf_tail_call(ctx, &chain, 1);
	return counted(2);
}

SEC("raw_tp") int chain_b(u64 *ctx)
{
	count(2);
	bpf_tail_call(ctx, &chain, 0);
	return counted(2) + 1000;
}

/* self: a program that tail-calls itself through self_jmp[0]; runs[3] counts. */
SEC("raw_tp") int self_loop(u64 *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__array(values, int(u64 *));
} self_jmp SEC(".maps") = {
	.values = { [0] = (void *)&self_loop },
};

SEC("raw_tp") int self_loop(u64 *ctx)
{
	count(3);
	bpf_tail_call(ctx, &self_jmp, 0);
	return counted(3);
}

/* A tail call inside a subprogram: on success the target's r0 is what the subprogram
 * returns to its caller. */
static __noinline int sub_tail(u64 *ctx, u64 key)
{
	volatile u64 pad[4] = { key, 1, 2, 3 }; /* some stack in the subprogram's frame */

	tail_call64(ctx, &jmp, pad[0]);
	return 7 + pad[3];
}

SEC("raw_tp") int tc_in_subprog(u64 *ctx)
{
	volatile u64 mine = 1000;
	int r = sub_tail(ctx, ctx[0]);

	return r + mine;
}

/* The budget of 33 tail calls is per invocation, shared by every subprogram call: 40
 * calls of a subprogram that tail-calls tgt_a (which returns 100), then falls through
 * (returning 1) once the budget is spent. */
static __noinline int sub_tail_a(u64 *ctx)
{
	volatile int fallback = 1; /* not a constant: clang would fold the caller's sum */

	bpf_tail_call(ctx, &jmp, 0);
	return fallback;
}

SEC("raw_tp") int tc_budget_across_subprogs(u64 *ctx)
{
	int sum = 0;

	for (int i = 0; i < 40; i++)
		sum += sub_tail_a(ctx);
	return sum;
}
