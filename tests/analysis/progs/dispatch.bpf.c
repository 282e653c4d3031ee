// SPDX-License-Identifier: MIT
/* dispatch.bpf.c - a packet pipeline shaped like real XDP code: parse Ethernet and IPv4
 * with bounds checks, count in a per-CPU array, dispatch to a stage per IP protocol
 * through a prog array, and fall back to a fixed stage. Verdicts derived by hand:
 *
 *   parse:        used_maps = [stages, stats]: count() is a subprogram, appended after
 *                 the entry, so its reference to stats comes after the entry's to
 *                 stages; the dispatch by protocol: key = the packet's protocol byte,
 *                 not a constant: static, imm 0x00000000; the fallback STAGE_DEFAULT
 *                 (3 < 8): direct, poke 0, imm 0x00010000. count's frame: the key, 8.
 *   stage_tcp:    count() then a tail call to STAGE_DEFAULT: direct, imm 0x00010000.
 *   stage_default: no tail calls; used_maps = [stats].
 * All programs are XDP; stages is used by parse and stage_tcp (one owner type).
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

#define STAGE_DEFAULT 3

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 8);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} stages SEC(".maps");

static __noinline void count(__u32 what)
{
	__u64 *n = bpf_map_lookup_elem(&stats, &what);
	if (n)
		*n += 1;
}

SEC("xdp")
int parse(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	count(0);
	if ((void *)(eth + 1) > end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	struct iphdr *ip = (void *)(eth + 1);
	if ((void *)(ip + 1) > end)
		return XDP_DROP;
	bpf_tail_call(ctx, &stages, ip->protocol);
	bpf_tail_call(ctx, &stages, STAGE_DEFAULT);
	return XDP_PASS;
}

SEC("xdp")
int stage_tcp(struct xdp_md *ctx)
{
	count(6); /* IPPROTO_TCP */
	bpf_tail_call(ctx, &stages, STAGE_DEFAULT);
	return XDP_PASS;
}

SEC("xdp")
int stage_default(struct xdp_md *ctx)
{
	(void)ctx;
	count(255);
	return XDP_TX;
}

char LICENSE[] SEC("license") = "GPL";
