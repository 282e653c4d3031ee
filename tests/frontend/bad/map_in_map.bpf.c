// SPDX-License-Identifier: MIT
/* An array of maps: map-in-map is not supported yet. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} inner_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 2);
	__type(key, __u32);
	__array(values, struct inner);
} outer_map SEC(".maps") = {
	.values = {[0] = &inner_map},
};

SEC("xdp")
int uses_map_in_map(struct xdp_md *ctx)
{
	__u32 key = 0;
	return bpf_map_lookup_elem(&outer_map, &key) != 0;
}

char LICENSE[] SEC("license") = "GPL";
