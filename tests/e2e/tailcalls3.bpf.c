/* tailcalls3.bpf.c - failed tail calls do not spend the budget: a chain that alternates
 * between two prog arrays, where every program first tries an empty slot (static key),
 * an out-of-range key and an empty slot by a constant key (direct), and only then a
 * filled slot. Input: ctx[0] the empty index (1), ctx[1] an out-of-range index (7).
 * runs (.bss) counts the programs that ran. */
#include "e2e.h"

SEC("raw_tp") int alt_a(u64 *ctx);
SEC("raw_tp") int alt_b(u64 *ctx);

/* ring_a: [0] alt_b, [1] empty; ring_b: [0] alt_a, [1] empty. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, int(u64 *));
} ring_a SEC(".maps") = {
	.values = { [0] = (void *)&alt_b },
};

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, int(u64 *));
} ring_b SEC(".maps") = {
	.values = { [0] = (void *)&alt_a },
};

u64 runs;

SEC("raw_tp") int alt_a(u64 *ctx)
{
	runs++;
	tail_call64(ctx, &ring_a, ctx[0]);
	tail_call64(ctx, &ring_a, ctx[1]);
	bpf_tail_call(ctx, &ring_a, 1);
	bpf_tail_call(ctx, &ring_a, 0);
	return runs;
}

SEC("raw_tp") int alt_b(u64 *ctx)
{
	runs++;
	tail_call64(ctx, &ring_b, ctx[0]);
	tail_call64(ctx, &ring_b, ctx[1]);
	bpf_tail_call(ctx, &ring_b, 1);
	bpf_tail_call(ctx, &ring_b, 0);
	return runs + 1000;
}
