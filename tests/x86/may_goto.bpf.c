// SPDX-License-Identifier: MIT
/* may_goto.bpf.c - a loop bounded only by may_goto: the kernel's budget is 8M
 * (BPF_MAX_LOOPS) per frame, so the body runs 8M + 1 times and r0 = 0x800001. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("raw_tp/t")
int loop(void *ctx)
{
	long n = 0;
	asm volatile("1: %[n] += 1\n"
		     "may_goto 2f\n"
		     "goto 1b\n"
		     "2:\n"
		     : [n] "+r"(n));
	return n;
}
char LICENSE[] SEC("license") = "GPL";
