// SPDX-License-Identifier: MIT
/* subprogs.bpf.c - static and global subprograms in .text, nested calls, a function
 * in a program's own section, and several program types (one sleepable). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int shared_counter;

static __noinline int square(int x)
{
	return x * x;
}

static __noinline int sum_of_squares(int a, int b)
{
	return square(a) + square(b);
}

__noinline int global_clamp(int v, int hi)
{
	if (v > hi)
		return hi;
	return v + square(1);
}

/* A static function placed in a program section is, for libbpf, a program of its own
 * that other programs of the section may also call. */
static __noinline __attribute__((section("xdp"))) int in_section(struct xdp_md *ctx)
{
	return (int)(ctx->data_end - ctx->data) & 1;
}

SEC("xdp")
int xdp_entry(struct xdp_md *ctx)
{
	int n = sum_of_squares(ctx->ingress_ifindex, 3);
	n = global_clamp(n, 200);
	shared_counter += n;
	return in_section(ctx) ? XDP_PASS : XDP_DROP;
}

static const char names[2][8] = {"first", "second"};
static __u32 hits[4];

SEC("kprobe/do_nanosleep")
int probe(void *ctx)
{
	__u64 t = bpf_ktime_get_ns();
	bpf_printk("probe %s", names[t & 1]);
	hits[(t >> 3) & 3]++;
	hits[2] += 2;
	return global_clamp((int)t, 10) + square((int)(t >> 32));
}

SEC("fentry.s/do_nanosleep")
int sleepy(void *ctx)
{
	return shared_counter;
}

SEC("cgroup_skb/ingress")
int cg_ingress(struct __sk_buff *skb)
{
	return sum_of_squares(skb->len, skb->protocol) & 1;
}

char LICENSE[] SEC("license") = "GPL";
