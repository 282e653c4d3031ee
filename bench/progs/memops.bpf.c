/* memops: copy 64 packet bytes to the stack, shuffle them between stack buffers with
 * memcpy and compare them (memcmp as BPF must write it: a loop with an early exit). */
#include "bench.h"

BENCH_PROG(memops)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	const __u64 *w = (const __u64 *)p;
	__u64 a[8], b[8], t[8];
	for (int i = 0; i < 8; i++) {
		a[i] = w[i];
		b[i] = w[i + 8];
	}
	__u32 diff = 0;
	for (int r = 0; r < 8; r++) {
		__builtin_memcpy(t, a, sizeof(t));
		__builtin_memcpy(a, b, sizeof(a));
		__builtin_memcpy(b, t, sizeof(b));
		a[r] ^= t[(r + 3) & 7];
		for (int i = 0; i < 8; i++) {
			if (a[i] != b[i]) {
				diff += i + r;
				break;
			}
		}
	}
	return diff ^ (__u32)a[3] ^ (__u32)b[5];
}
