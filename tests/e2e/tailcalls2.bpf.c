/* tailcalls2.bpf.c - tail calls that carry state: scratch in a one-element per-CPU array
 * (the pattern the kernel's tail-call documentation recommends), the context passed on,
 * stack in both caller and target, tail calls two subprogram levels deep, and a dynamic
 * call site whose map arrives as a subprogram argument.
 * Prog arrays first, then the other maps: both source order and clang's BTF order. */
#include "e2e.h"

SEC("raw_tp") int stage1(u64 *ctx);
SEC("raw_tp") int stage2(u64 *ctx);
SEC("raw_tp") int ret_ctx0(u64 *ctx);
SEC("raw_tp") int ret_ctx1(u64 *ctx);

/* stages: [0] stage2. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, int(u64 *));
} stages SEC(".maps") = {
	.values = { [0] = (void *)&stage2 },
};

/* left: [0] ret_ctx0; right: [0] ret_ctx1, [1] ret_ctx0. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 1);
	__type(key, u32);
	__array(values, int(u64 *));
} left SEC(".maps") = {
	.values = { [0] = (void *)&ret_ctx0 },
};

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, u32);
	__array(values, int(u64 *));
} right SEC(".maps") = {
	.values = { [0] = (void *)&ret_ctx1, [1] = (void *)&ret_ctx0 },
};

U64_MAP(scratch, BPF_MAP_TYPE_PERCPU_ARRAY, 1);

/* scratch[0] = ctx[0] + 1, some stack, then stage2; 0xffff if the tail call fails. */
SEC("raw_tp") int stage1(u64 *ctx)
{
	volatile u64 big[16];
	u32 k = 0;
	u64 *s = bpf_map_lookup_elem(&scratch, &k);

	if (!s)
		return 0xdead;
	for (int i = 0; i < 16; i++)
		big[i] = 0x1111 * i;
	*s = ctx[0] + 1 + big[0];
	bpf_tail_call(ctx, &stages, 0);
	return 0xffff;
}

/* scratch * 10 + ctx[1] + its own stack's buf[7] (= ctx[1] + 7). */
SEC("raw_tp") int stage2(u64 *ctx)
{
	volatile u64 buf[8];
	u32 k = 0;
	u64 *s = bpf_map_lookup_elem(&scratch, &k);

	if (!s)
		return 0xdead;
	for (int i = 0; i < 8; i++)
		buf[i] = ctx[1] + i;
	return *s * 10 + ctx[1] + buf[7];
}

SEC("raw_tp") int ret_ctx0(u64 *ctx) { return ctx[0] + 1; }
SEC("raw_tp") int ret_ctx1(u64 *ctx) { return ctx[1] + 2; }

/* Two levels: outer -> inner, inner tail-calls; the target's r0 comes back to outer,
 * which adds 10; the program adds 100. inner falls through with 9. */
static __noinline int inner(u64 *ctx, u64 key)
{
	volatile int fallback = 9;

	tail_call64(ctx, &right, key);
	return fallback;
}

static __noinline int outer(u64 *ctx, u64 key)
{
	volatile int ten = 10;

	return inner(ctx, key) + ten;
}

SEC("raw_tp") int tc_two_levels(u64 *ctx)
{
	return outer(ctx, ctx[2]) + 100;
}

/* The map reaches the call site as an argument: called with left and with right, the
 * site is dynamic. Returns via(left, ctx[2]) * 1000 + via(right, ctx[2]); a fall-through
 * counts 5. */
static __noinline int via(u64 *ctx, void *map, u64 key)
{
	volatile int fallback = 5;

	tail_call64(ctx, map, key);
	return fallback;
}

SEC("raw_tp") int tc_map_as_argument(u64 *ctx)
{
	return via(ctx, &left, ctx[2]) * 1000 + via(ctx, &right, ctx[2]);
}
