/* arith: a tight 64-bit arithmetic loop (add, xor, shifts, multiply by a constant). */
#include "bench.h"

BENCH_PROG(arith)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u64 x = *(__u64 *)p, y = *(__u64 *)(p + 8);
	for (int i = 0; i < 256; i++) {
		x += y ^ (x << 7);
		y = (y >> 3) + x * 0x9e3779b97f4a7c15ull;
		x ^= (__u64)i << 11;
	}
	return (__u32)(x ^ (x >> 32) ^ y);
}
