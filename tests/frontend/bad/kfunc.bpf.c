// SPDX-License-Identifier: MIT
/* A call to a kernel function (kfunc): not supported yet. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_rcu_read_lock(void) __ksym;

SEC("tc")
int uses_kfunc(struct __sk_buff *skb)
{
	bpf_rcu_read_lock();
	return skb->len;
}

char LICENSE[] SEC("license") = "GPL";
