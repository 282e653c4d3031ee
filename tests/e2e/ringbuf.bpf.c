/* ringbuf.bpf.c - ring buffer output, reserve/submit, reserve/discard and query.
 * Each record takes an 8-byte header plus its length rounded up to 8. */
#include "e2e.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

/* Records: output 8 bytes (16), output 12 bytes (24), reserve 16 + submit (24), reserve
 * 16 + discard (24): 88 bytes produced, 3 records visible to a consumer.
 * r0 = available data | ring size << 8 | (prod pos == 88) << 24 | (cons pos == 0) << 25
 *      | (both outputs returned 0) << 26. */
SEC("raw_tp") int ringbuf(u64 *ctx)
{
	u64 v = ctx[0];
	u32 w[3] = { 1, 2, 3 };
	long e1 = bpf_ringbuf_output(&rb, &v, sizeof(v), 0);
	long e2 = bpf_ringbuf_output(&rb, w, sizeof(w), 0);
	u64 *r = bpf_ringbuf_reserve(&rb, 16, 0);

	if (!r)
		return 0xdead;
	r[0] = 1;
	r[1] = 2;
	bpf_ringbuf_submit(r, 0);
	r = bpf_ringbuf_reserve(&rb, 16, 0);
	if (!r)
		return 0xdead2;
	bpf_ringbuf_discard(r, 0);
	u64 avail = bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA);
	u64 size = bpf_ringbuf_query(&rb, BPF_RB_RING_SIZE);
	u64 prod = bpf_ringbuf_query(&rb, BPF_RB_PROD_POS);
	u64 cons = bpf_ringbuf_query(&rb, BPF_RB_CONS_POS);

	return avail | size << 8 | (prod == 88) << 24 | (cons == 0) << 25 |
	       (e1 == 0 && e2 == 0) << 26;
}
