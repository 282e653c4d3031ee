// SPDX-License-Identifier: MIT
/* ringbuf_diff.bpf.c - ring buffer semantics seen from a program: reserve limits, query
 * values, output flags and errors, records that fill the ring. ringbuf_diff.c runs it in
 * the kernel (BPF_PROG_TEST_RUN) and compiled by bpfaot, and compares `out` and the
 * records both ring buffers hold afterwards. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 40);
	__type(key, __u32);
	__type(value, __u64);
} out SEC(".maps");

static __always_inline void put(__u32 i, __u64 v)
{
	__u64 *p = bpf_map_lookup_elem(&out, &i);
	if (p)
		*p = v;
}

SEC("raw_tp/t")
int probe(void *ctx)
{
	char buf[400];
	char *big, *small;

	for (int i = 0; i < 400; i++)
		buf[i] = (char)i;
	put(0, bpf_ringbuf_query(&rb, BPF_RB_RING_SIZE));
	put(1, bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA));
	big = bpf_ringbuf_reserve(&rb, 4081, 0); /* 4081 + 8 rounds to the whole ring */
	put(2, big != 0);
	if (big)
		bpf_ringbuf_discard(big, 0);
	put(6, bpf_ringbuf_query(&rb, BPF_RB_PROD_POS));
	put(7, bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA));
	put(8, bpf_ringbuf_output(&rb, buf, 10, 0));
	put(9, bpf_ringbuf_output(&rb, buf, 10, 4));
	put(10, bpf_ringbuf_output(&rb, buf + 3, 3, BPF_RB_NO_WAKEUP));
	put(11, bpf_ringbuf_query(&rb, BPF_RB_PROD_POS));
	put(12, bpf_ringbuf_query(&rb, BPF_RB_CONS_POS));
	put(13, bpf_ringbuf_query(&rb, 99));
	small = bpf_ringbuf_reserve(&rb, 8, 1); /* flags must be 0 */
	put(14, small != 0);
	if (small)
		bpf_ringbuf_discard(small, 0);
	small = bpf_ringbuf_reserve(&rb, 0, 0);
	put(15, small != 0);
	if (small)
		bpf_ringbuf_submit(small, BPF_RB_FORCE_WAKEUP);
	for (int i = 0; i < 14; i++) /* 12 fit, then -EAGAIN */
		put(16 + i, bpf_ringbuf_output(&rb, buf, 300 + i, 0));
	put(30, bpf_ringbuf_query(&rb, BPF_RB_AVAIL_DATA));
	put(31, bpf_ringbuf_query(&rb, BPF_RB_PROD_POS));
	/* the ring is nearly full: a big record does not fit, a small one may */
	big = bpf_ringbuf_reserve(&rb, 4072, 0);
	put(32, big != 0);
	if (big) {
		small = bpf_ringbuf_reserve(&rb, 1, 0);
		put(33, small != 0);
		if (small)
			bpf_ringbuf_discard(small, 0);
		put(34, bpf_ringbuf_query(&rb, BPF_RB_PROD_POS));
		bpf_ringbuf_discard(big, 0);
	}
	put(35, bpf_ringbuf_query(&rb, BPF_RB_PROD_POS));
	small = bpf_ringbuf_reserve(&rb, 200, 0);
	put(36, small != 0);
	if (small)
		bpf_ringbuf_submit(small, 0);
	put(37, bpf_ringbuf_query(&rb, BPF_RB_PROD_POS));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
