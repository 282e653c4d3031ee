/* arraymap: 64 array-map lookups per run, keys from the packet, read-modify-write. */
#include "bench.h"

BENCH_ARRAY(counters, __u32, __u64, 256);

BENCH_PROG(arraymap)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u64 sum = 0;
	for (int i = 0; i < 64; i++) {
		__u32 key = p[i];
		__u64 *v = bpf_map_lookup_elem(&counters, &key);
		if (!v)
			return 0;
		sum += *v;
		*v += i;
	}
	return (__u32)(sum ^ (sum >> 32));
}
