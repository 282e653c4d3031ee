// SPDX-License-Identifier: MIT
/* chain.bpf.c - a tail-call chain that shares scratch state through a one-element per-CPU
 * array, the pattern the tail-call documentation recommends. chain_main.c runs it on
 * several threads while another thread rewrites the prog arrays, and checks that every
 * result is one of the outcomes listed below and that no program ever saw another
 * invocation's scratch state.
 *
 * The context points at a u64 token unique to the invocation.
 *   entry    scratch = {token, 1}; direct tail call jmp[0]; falls through: 0xdead
 *   stage_a  check, steps++; static tail call jmp[steps - 1] (= jmp[1]); falls through:
 *            0x1000 | steps
 *   stage_c  check, steps++; dynamic tail call through jmp or jmp2 (by the token's low
 *            bit), index 1; falls through: 0x3000 | steps
 *   stage_b  check, steps++; returns 0x2000 | steps
 * Valid results: 0xdead, 0x1002, 0x3002, 0x2003. A check that fails returns 0xbad.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct scratch {
	__u64 token;
	__u64 steps;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch SEC(".maps");

/* Invocations that reached each stage (atomic adds: all threads share them). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} reached SEC(".maps");

int stage_a(void *ctx);
int stage_b(void *ctx);
int stage_c(void *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__array(values, int(void *));
} jmp SEC(".maps") = {
	.values = {
		[0] = (void *)&stage_a,
		[1] = (void *)&stage_b,
	},
};

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, int(void *));
} jmp2 SEC(".maps") = {
	.values = {
		[1] = (void *)&stage_b,
	},
};

static __always_inline void count(__u32 stage)
{
	__u64 *n = bpf_map_lookup_elem(&reached, &stage);
	if (n)
		__sync_fetch_and_add(n, 1);
}

/* This invocation's scratch state, or NULL when it is not ours. */
static __always_inline struct scratch *mine(void *ctx)
{
	__u32 zero = 0;
	struct scratch *s = bpf_map_lookup_elem(&scratch, &zero);
	if (!s || s->token != *(volatile __u64 *)ctx)
		return 0;
	s->steps++;
	return s;
}

SEC("raw_tp/t")
int entry(void *ctx)
{
	__u32 zero = 0;
	struct scratch *s = bpf_map_lookup_elem(&scratch, &zero);
	if (!s)
		return 0xbad;
	s->token = *(volatile __u64 *)ctx;
	s->steps = 1;
	count(0);
	bpf_tail_call(ctx, &jmp, 0);
	return 0xdead;
}

SEC("raw_tp/t")
int stage_a(void *ctx)
{
	struct scratch *s = mine(ctx);
	if (!s)
		return 0xbad;
	count(1);
	bpf_tail_call(ctx, &jmp, (__u32)(s->steps - 1));
	return 0x1000 | s->steps;
}

SEC("raw_tp/t")
int stage_c(void *ctx)
{
	struct scratch *s = mine(ctx);
	if (!s)
		return 0xbad;
	count(3);
	void *map = s->token & 1 ? (void *)&jmp : (void *)&jmp2;
	bpf_tail_call(ctx, map, 1);
	return 0x3000 | s->steps;
}

SEC("raw_tp/t")
int stage_b(void *ctx)
{
	struct scratch *s = mine(ctx);
	if (!s)
		return 0xbad;
	count(2);
	return 0x2000 | s->steps;
}

char LICENSE[] SEC("license") = "GPL";
