// SPDX-License-Identifier: MIT
/* legacy.bpf.c - maps defined the old way, in SEC("maps") as struct bpf_map_def, with
 * no BTF description of the maps (libbpf before 1.0 read these). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct legacy_map_def {
	unsigned int type;
	unsigned int key_size;
	unsigned int value_size;
	unsigned int max_entries;
	unsigned int map_flags;
};

struct legacy_map_def SEC("maps") legacy_counts = {
	.type = BPF_MAP_TYPE_ARRAY,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u64),
	.max_entries = 8,
};

struct legacy_map_def SEC("maps") legacy_jumps = {
	.type = BPF_MAP_TYPE_PROG_ARRAY,
	.key_size = sizeof(__u32),
	.value_size = sizeof(__u32),
	.max_entries = 4,
};

SEC("socket")
int legacy_user(struct __sk_buff *skb)
{
	__u32 key = skb->len & 7;
	__u64 *v = bpf_map_lookup_elem(&legacy_counts, &key);
	if (v)
		(*v)++;
	bpf_tail_call(skb, &legacy_jumps, 3);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
