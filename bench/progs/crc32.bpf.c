/* crc32: bitwise CRC-32 (reflected, polynomial 0xedb88320) over 64 bytes, a branch per bit
 * on data that changes every run (the initial value too, so no run repeats another). */
#include "bench.h"

BENCH_PROG(crc32)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u32 crc = 0xffffffffu ^ BENCH_SEED();
	for (int i = 0; i < 64; i++) {
		crc ^= p[i];
		for (int b = 0; b < 8; b++) {
			if (crc & 1)
				crc = (crc >> 1) ^ 0xedb88320u;
			else
				crc >>= 1;
		}
	}
	return ~crc;
}
