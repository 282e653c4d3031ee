// SPDX-License-Identifier: MIT
/* A legacy map definition with a field beyond map_flags that bpfaot cannot read. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct bigger_map_def {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
	unsigned int inner_map_idx;
	unsigned int numa_node;
};

struct bigger_map_def SEC("maps") numa_map = {
	.type = BPF_MAP_TYPE_ARRAY,
	.key_size = 4,
	.value_size = 4,
	.max_entries = 1,
	.numa_node = 1,
};

SEC("socket")
int uses_numa_map(struct __sk_buff *skb)
{
	__u32 key = 0;
	return bpf_map_lookup_elem(&numa_map, &key) != 0;
}

char LICENSE[] SEC("license") = "GPL";
