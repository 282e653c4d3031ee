/* ringbuf_full.bpf.c - a ring buffer that fills up: 10 outputs of 512 bytes into a
 * 4096-byte ring. Each record takes 8 + 512 = 520 bytes; 7 fit (3640 bytes), the 8th would
 * need 4160 > 4096 and fails with -EAGAIN, and so do the last two.
 * r0 = successes | -(last error) << 8 | available data << 16. */
#include "e2e.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} full SEC(".maps");

unsigned char payload[512];

SEC("raw_tp") int fill(u64 *ctx)
{
	u32 ok = 0;
	long last = 0;

	for (int i = 0; i < 10; i++) {
		long e = bpf_ringbuf_output(&full, payload, sizeof(payload), 0);
		if (e == 0)
			ok++;
		else
			last = e;
	}
	return ok | (u32)(-last & 0xff) << 8 |
	       (u32)bpf_ringbuf_query(&full, BPF_RB_AVAIL_DATA) << 16;
}
