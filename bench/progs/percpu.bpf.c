/* percpu: 32 lookups of a per-CPU array (the scratch-space and statistics pattern), keys
 * from the packet, read-modify-write of a 16-byte value. */
#include "bench.h"

struct stats {
	__u64 packets;
	__u64 bytes;
};

BENCH_PERCPU_ARRAY(cpu_stats, __u32, struct stats, 64);

BENCH_PROG(percpu)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u64 sum = 0;
	for (int i = 0; i < 32; i++) {
		__u32 key = p[i] & 63;
		struct stats *s = bpf_map_lookup_elem(&cpu_stats, &key);
		if (!s)
			return 0;
		s->packets++;
		s->bytes += p[i + 32];
		sum += s->bytes ^ s->packets;
	}
	return (__u32)(sum ^ (sum >> 32));
}
