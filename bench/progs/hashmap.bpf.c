/* hashmap: per run 8 lookups (incrementing what is found) and 8 updates of a hash map with
 * 8-byte keys taken from the packet (at most 512 distinct keys; the map holds 1024). */
#include "bench.h"

struct flow_val {
	__u64 packets;
	__u64 bytes;
};

BENCH_HASH(flows, __u64, struct flow_val, 1024);

BENCH_PROG(hashmap)(struct __sk_buff *skb)
{
	__u8 *p, *end;
	BENCH_SLOT(skb, p, end);
	__u32 found = 0;
	for (int i = 0; i < 8; i++) {
		__u64 key = *(__u64 *)(p + 8 * i) & 0x1ff;
		struct flow_val *v = bpf_map_lookup_elem(&flows, &key);
		if (v) {
			v->packets++;
			v->bytes += i;
			found++;
		}
	}
	for (int i = 8; i < 16; i++) {
		__u64 key = *(__u64 *)(p + 8 * i) & 0x1ff;
		struct flow_val nv = { .packets = 1, .bytes = (__u64)i };
		if (bpf_map_update_elem(&flows, &key, &nv, BPF_ANY) == 0)
			found += 0x100;
	}
	return found;
}
