// SPDX-License-Identifier: MIT
/* bpf_loop() with a callback: the callback's address is an ld_imm64 of a function
 * (BPF_PSEUDO_FUNC), not supported yet. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static int step(__u32 index, void *ctx)
{
	(*(__u64 *)ctx) += index;
	return 0;
}

SEC("xdp")
int uses_callback(struct xdp_md *ctx)
{
	__u64 sum = 0;
	bpf_loop(8, step, &sum, 0);
	return sum & 1;
}

char LICENSE[] SEC("license") = "GPL";
