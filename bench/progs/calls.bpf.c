/* calls: a bpf-to-bpf call (a real call, not inlined) in a loop of 64 iterations. */
#include "bench.h"

static __bench_noinline __u64 step(__u64 acc, __u64 v, __u64 k)
{
	acc = (acc ^ v) * 0x100000001b3ull;
	return acc + (k << 3) + (acc >> 29);
}

BENCH_PROG(calls)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u64 acc = 0xcbf29ce484222325ull;
	for (int i = 0; i < 64; i++)
		acc = step(acc, p[i], i);
	return (__u32)(acc ^ (acc >> 32));
}
