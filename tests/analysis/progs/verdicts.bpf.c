// SPDX-License-Identifier: MIT
/* verdicts.bpf.c - one XDP program per tail-call verdict the analysis must reach.
 * The expected verdicts (golden/verdicts-*.txt) are derived by hand in the comment above
 * each program; every program here shares the prog arrays, so all are of one type. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jt_a SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jt_b SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jt_small SEC(".maps");

int const_key(struct xdp_md *ctx);
int var_key(struct xdp_md *ctx);

/* Statically initialised with two XDP programs of this object. */
struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, int(void *));
} jt_init SEC(".maps") = {
	.values = {
		[0] = (void *)&const_key,
		[1] = (void *)&var_key,
	},
};

/* bpf_tail_call with a 64-bit key, so that r3 can hold more than 32 bits. */
static long (*tail_call64)(void *ctx, void *map, __u64 key) = (void *)BPF_FUNC_tail_call;

/* Constant key 3 < max_entries 4: direct, poke 0, imm 0x00010000. */
SEC("xdp")
int const_key(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jt_a, 3);
	return XDP_PASS;
}

/* Key read from the context: static, imm 0. */
SEC("xdp")
int var_key(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jt_a, ctx->ingress_ifindex);
	return XDP_PASS;
}

/* jt_a or jt_b depending on a branch; the empty asm keeps one call with the pointer
 * joined in one register. Poisoned: dynamic, key 1. Every clang here emits
 * "r2 = jt_b; if w3 == 7 goto L; r2 = jt_a; L:" (llvm-objdump -dr), so jt_b is referenced
 * first: used_maps = [jt_b, jt_a], the lowest slot reaching the site is 0 (jt_b) and the
 * imm is 0x00000100. */
SEC("xdp")
int branch_map(struct xdp_md *ctx)
{
	void *map = &jt_a;
	if (ctx->ingress_ifindex == 7)
		map = &jt_b;
	asm volatile("" : "+r"(map));
	bpf_tail_call(ctx, map, 1);
	return XDP_PASS;
}

/* The map pointer goes through a volatile stack slot (a spill and a fill): still jt_b,
 * key 5 < 8: direct, imm 0x00010000. */
SEC("xdp")
int spilled_map(struct xdp_md *ctx)
{
	void *volatile map = &jt_b;
	bpf_tail_call(ctx, map, 5);
	return XDP_PASS;
}

/* A static subprogram tail-calls with its caller's key (2 here): direct, key 2. */
static __noinline int static_sub(struct xdp_md *ctx, __u32 key)
{
	bpf_tail_call(ctx, &jt_a, key);
	return XDP_DROP;
}

SEC("xdp")
int in_static_sub(struct xdp_md *ctx)
{
	return static_sub(ctx, 2);
}

/* A global subprogram is checked on its own: its key is unknown, static. */
__noinline int global_sub(struct xdp_md *ctx, __u32 key)
{
	if (!ctx)
		return 0;
	bpf_tail_call(ctx, &jt_a, key);
	return XDP_DROP;
}

SEC("xdp")
int in_global_sub(struct xdp_md *ctx)
{
	return global_sub(ctx, 1);
}

/* Two prog arrays: jt_b first (slot 0) key 6: direct poke 0, imm 0x00010000; jt_small
 * (slot 1) key 1: direct poke 1, imm 0x00020001. */
SEC("xdp")
int two_arrays(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jt_b, 6);
	bpf_tail_call(ctx, &jt_small, 1);
	return XDP_PASS;
}

/* max_entries 2: key 2 is out of range (static, key 2); 0x100000001 has low 32 bits 1
 * but is out of range as the 64-bit value the kernel compares (static, key 4294967297). */
SEC("xdp")
int out_of_range(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jt_small, 2);
	tail_call64(ctx, &jt_small, 0x100000001ULL);
	return XDP_PASS;
}

/* Key 0 or 1 depending on a branch: the key is poisoned, the map is not: static. */
SEC("xdp")
int poisoned_key(struct xdp_md *ctx)
{
	__u32 key = 0;
	if (ctx->ingress_ifindex == 3)
		key = 1;
	asm volatile("" : "+r"(key));
	bpf_tail_call(ctx, &jt_a, key);
	return XDP_PASS;
}

/* Through the statically initialised array: its members are XDP programs like this one
 * (compatible); key 1 < 2: direct, imm 0x00010000. */
SEC("xdp")
int through_init(struct xdp_md *ctx)
{
	bpf_tail_call(ctx, &jt_init, 1);
	return XDP_PASS;
}

/* In assembly, for an exact shape: the key 1 at r10-8, a pointer to it stored at r10-16,
 * and a pointer to that passed to set_key, which stores 2 through it. After the call the
 * key is 2 on every path: direct, key 2 (jt_a, max_entries 4): imm 0x00010000. */
static __attribute__((naked, noinline, used)) int set_key(void)
{
	asm volatile("r4 = *(u64 *)(r2 + 0); r5 = 2; *(u64 *)(r4 + 0) = r5; r0 = 0; exit;");
}

SEC("xdp")
__attribute__((naked)) int callee_sets_key(void)
{
	asm volatile("r6 = r1;"
		     "r5 = 1; *(u64 *)(r10 - 8) = r5;"
		     "r3 = r10; r3 += -8;"
		     "*(u64 *)(r10 - 16) = r3;"
		     "r2 = r10; r2 += -16;"
		     "call set_key;"
		     "r3 = *(u64 *)(r10 - 8);"
		     "r2 = %[jt_a] ll;"
		     "r1 = r6;"
		     "call 12;"
		     "r0 = 2;"
		     "exit;" :: [jt_a] "i"(&jt_a));
}

/* Keys the kernel computes, and one it does not: be16(256) = 1 folds, direct (key 1);
 * 6 / 3 is not folded (the kernel never computes quotients), static. Both jt_a. */
SEC("xdp")
__attribute__((naked)) int folded_key(void)
{
	asm volatile("r6 = r1; r3 = 256; r3 = be16 r3; r2 = %[jt_a] ll; r1 = r6; call 12;"
		     "r3 = 6; r3 /= 3; r2 = %[jt_a] ll; r1 = r6; call 12; r0 = 2; exit;"
		     :: [jt_a] "i"(&jt_a));
}

/* Stack: sum3 keeps three u64 at r10-24..-8 (depth 24, frame 32); stack_chain keeps two
 * at r10-16, r10-8 (depth 16, frame 16); the chain into sum3 is 16 + 32 = 48 bytes over 2
 * frames. No tail calls. */
static __noinline __u64 sum3(__u64 a)
{
	volatile __u64 buf[3] = {a, a + 1, a + 2};
	return buf[0] + buf[1] + buf[2];
}

SEC("xdp")
int stack_chain(struct xdp_md *ctx)
{
	volatile __u64 x[2] = {ctx->ingress_ifindex, 1};
	return (int)(sum3(x[0] + x[1]) & 1);
}

char LICENSE[] SEC("license") = "GPL";
