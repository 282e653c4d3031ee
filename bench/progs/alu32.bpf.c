/* alu32: 32-bit ALU-heavy code: murmur3's mixing over the slot's 32 words, rotates,
 * 32-bit multiplies, shifts and subtractions, all in 32-bit registers. */
#include "bench.h"

static __always_inline __u32 rotl32(__u32 x, __u32 r)
{
	return (x << r) | (x >> (32 - r));
}

BENCH_PROG(alu32)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u32 h = 0x12345678u, a = 0;
	for (int round = 0; round < 4; round++) {
		for (int i = 0; i < BENCH_SLOT_SIZE; i += 4) {
			__u32 k = *(__u32 *)(p + i);
			k *= 0xcc9e2d51u;
			k = rotl32(k, 15);
			k *= 0x1b873593u;
			h ^= k;
			h = rotl32(h, 13);
			h = h * 5 + 0xe6546b64u;
			a = (a - k) ^ (h >> (k & 7));
		}
	}
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	return h ^ a;
}
