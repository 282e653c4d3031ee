/* parse: an Ethernet (+VLAN) / IPv4 (with options) / IPv6 / TCP / UDP parser with a bounds
 * check before every header, giving a hash of the flow or a verdict code. The slots hold
 * different kinds of packets; each run parses all of them, starting at the next slot. */
#include "bench.h"

#define ETH_P_IPV4 0x0800
#define ETH_P_IPV6 0x86dd
#define ETH_P_VLAN 0x8100

static __always_inline __u16 be16(const __u8 *p)
{
	return (__u16)(p[0] << 8 | p[1]);
}

static __always_inline __u32 mix(__u32 h, __u32 v)
{
	h ^= v;
	h *= 0x01000193u;
	return h ^ (h >> 15);
}

static __always_inline __u32 parse_one(__u8 *p, __u8 *end)
{
	/* Ethernet: 14 bytes, optionally one VLAN tag. */
	if (p + 14 > end)
		return 1;
	__u16 proto = be16(p + 12);
	__u8 *l3 = p + 14;
	if (proto == ETH_P_VLAN) {
		if (p + 18 > end)
			return 1;
		proto = be16(p + 16);
		l3 = p + 18;
	}
	__u32 h = 0x811c9dc5u;
	__u8 l4proto;
	__u8 *l4;
	if (proto == ETH_P_IPV4) {
		if (l3 + 20 > end)
			return 2;
		__u8 ihl = l3[0] & 0xf;
		if ((l3[0] >> 4) != 4 || ihl < 5)
			return 3;
		if (be16(l3 + 6) & 0x3fff) /* fragment */
			return 4;
		l4proto = l3[9];
		h = mix(h, *(__u32 *)(l3 + 12));
		h = mix(h, *(__u32 *)(l3 + 16));
		l4 = l3 + ihl * 4;
	} else if (proto == ETH_P_IPV6) {
		if (l3 + 40 > end)
			return 2;
		l4proto = l3[6];
		for (int i = 8; i < 40; i += 4)
			h = mix(h, *(__u32 *)(l3 + i));
		l4 = l3 + 40;
	} else {
		return 5;
	}
	BENCH_BARRIER(l4);
	if (l4proto == 6) { /* TCP */
		if (l4 + 20 > end)
			return 6;
		__u8 flags = l4[13];
		h = mix(h, *(__u32 *)l4);
		if (flags & 0x02) /* SYN */
			h = mix(h, be16(l4 + 14));
		if (flags & 0x04) /* RST */
			return 7;
	} else if (l4proto == 17) { /* UDP */
		if (l4 + 8 > end)
			return 6;
		h = mix(h, *(__u32 *)l4);
		h = mix(h, be16(l4 + 4));
	} else {
		return 8;
	}
	return h | 16;
}

BENCH_PROG(parse)(struct __sk_buff *skb)
{
	__u8 *first, *end;
	BENCH_SLOT(skb, first, end);
	__u8 *data = (void *)(long)skb->data;
	__u32 slot = (__u32)(first - data) / BENCH_SLOT_SIZE, sum = 0;
	for (int i = 0; i < BENCH_SLOTS; i++) {
		__u8 *p = data + ((slot + i) & (BENCH_SLOTS - 1)) * BENCH_SLOT_SIZE;
		BENCH_BARRIER(p);
		sum = sum * 31 + parse_one(p, end);
	}
	return sum;
}
