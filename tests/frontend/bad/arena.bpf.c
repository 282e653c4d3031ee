// SPDX-License-Identifier: MIT
/* An arena map (BPF_MAP_TYPE_ARENA = 33, newer than this system's UAPI header). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, 33);
	__uint(map_flags, 1024);
	__uint(max_entries, 4);
} arena SEC(".maps");

SEC("xdp")
int uses_arena(struct xdp_md *ctx)
{
	return bpf_map_lookup_elem(&arena, 0) != 0;
}

char LICENSE[] SEC("license") = "GPL";
