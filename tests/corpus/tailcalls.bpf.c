// SPDX-License-Identifier: MIT
/* tailcalls.bpf.c - prog arrays with and without static initialisers, tail calls with
 * constant and variable keys, static and global subprograms. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jump_table SEC(".maps");

int stage_one(struct xdp_md *ctx);
int stage_two(struct xdp_md *ctx);

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 3);
	__type(key, __u32);
	__array(values, int(void *));
} init_table SEC(".maps") = {
	.values = {
		[0] = (void *)&stage_one,
		[2] = (void *)&stage_two,
	},
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} hits SEC(".maps");

volatile __u32 next_stage = 1;

static __noinline int bump(__u32 slot)
{
	__u64 *v = bpf_map_lookup_elem(&hits, &slot);
	if (!v)
		return 0;
	__sync_fetch_and_add(v, 1);
	return 1;
}

__noinline int global_dispatch(struct xdp_md *ctx, __u32 key)
{
	if (!ctx)
		return 0;
	bpf_tail_call(ctx, &jump_table, key);
	return 2;
}

SEC("xdp")
int stage_one(struct xdp_md *ctx)
{
	bump(0);
	bpf_tail_call(ctx, &init_table, 2);
	return XDP_PASS;
}

SEC("xdp")
int stage_two(struct xdp_md *ctx)
{
	bump(0);
	return XDP_DROP;
}

SEC("xdp")
int entry(struct xdp_md *ctx)
{
	bump(0);
	bpf_tail_call(ctx, &jump_table, 0);
	return global_dispatch(ctx, next_stage);
}

char LICENSE[] SEC("license") = "GPL";
