/* loop.bpf.c - may_goto (clang-19): every frame gets the kernel's budget of 8M
 * iterations (BPF_MAX_LOOPS); the loop that never ends by itself stops there. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define can_loop                                                                \
	({                                                                      \
		__label__ l_break, l_continue;                                  \
		int ret = 1;                                                    \
		asm volatile goto("may_goto %l[l_break]" :::: l_break);         \
		goto l_continue;                                                \
	l_break:                                                                \
		ret = 0;                                                        \
	l_continue:;                                                            \
		ret;                                                            \
	})

long iterations;

static __attribute__((noinline)) long bounded(long n)
{
	long k = 0;
	while (can_loop && k < n)
		k++;
	return k;
}

SEC("raw_tp/loop")
int loop(void *ctx)
{
	long n = 0;
	while (can_loop)
		n++;
	iterations = n;
	return bounded(100) + bounded(1L << 40);
}

char LICENSE[] SEC("license") = "GPL";
