// SPDX-License-Identifier: MIT
/* A map type the runtime does not implement: BPF_MAP_TYPE_STACK. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_STACK);
	__uint(max_entries, 8);
	__type(value, __u32);
} stack_map SEC(".maps");

SEC("xdp")
int uses_stack(struct xdp_md *ctx)
{
	__u32 v = 1;
	return bpf_map_push_elem(&stack_map, &v, 0);
}

char LICENSE[] SEC("license") = "GPL";
