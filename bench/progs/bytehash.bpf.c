/* bytehash: FNV-1a over the 128 bytes of a packet slot, one bounds-checked byte at a time. */
#include "bench.h"

BENCH_PROG(bytehash)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u32 h = 2166136261u;
	for (int i = 0; i < BENCH_SLOT_SIZE; i++) {
		h ^= p[i];
		h *= 16777619u;
	}
	return h;
}
