/* muldiv64: 64-bit multiply, unsigned divide and modulo with divisors from the packet
 * (never zero, so the C is defined and the BPF-only zero rule does not matter). */
#include "bench.h"

BENCH_PROG(muldiv64)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u64 acc = *(__u64 *)p | 1;
	for (int i = 8; i < BENCH_SLOT_SIZE; i += 8) {
		__u64 v = *(__u64 *)(p + i);
		__u64 d = (v >> 40) | 3;
		acc = acc * (v | 1) + (acc / d);
		acc ^= acc % ((v & 0xffff) | 1);
	}
	return (__u32)(acc ^ (acc >> 32));
}
