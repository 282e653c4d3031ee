/* flowcount.bpf.c - the BPF side of the example daemon: an XDP packet classifier.
 *
 * `classify` parses Ethernet (with one optional VLAN tag) and IPv4/IPv6, counts what it
 * sees, leaves the parse in a per-CPU scratch slot and tail-calls the handler for the
 * transport protocol through the `handlers` prog array. Each handler counts flows in a
 * hash map (packets and bytes per 5-tuple) plus a few protocol facts, and decides the
 * verdict: UDP to `drop_udp_port` is dropped, everything else passes. TCP connection
 * attempts are also sent to the daemon through the ring buffer `syn_events`.
 *
 * This is an ordinary XDP program: it loads into the kernel unchanged (the example's
 * test runs it there too when it may). bpfaot compiles it to native code that the daemon
 * (flowcount.c) links in and runs on packets from a pcap file.
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/ipv6.h>
#include <linux/tcp.h>
#include <linux/udp.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

#include "flowcount.h"

/* A flow: IPv4 addresses are stored IPv4-mapped (the last 4 bytes). For ICMP the ports
 * hold the message type and code. The daemon sees these types through the skeleton. */
struct flow_key {
	__u8 saddr[16];
	__u8 daddr[16];
	__u16 sport;
	__u16 dport;
	__u8 proto;
	__u8 family; /* 4 or 6 */
	__u16 pad;
};

struct flow_stats {
	__u64 packets;
	__u64 bytes;
};

/* One counter per enum counter (flowcount.h). */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, N_COUNTERS);
	__type(key, __u32);
	__type(value, __u64);
} counters SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, struct flow_key);
	__type(value, struct flow_stats);
} flows SEC(".maps");

/* Connection attempts, for the daemon to print as they come. */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} syn_events SEC(".maps");

/* What classify learnt, for the handler it tail-calls (tail calls keep only ctx). */
struct parse_state {
	struct flow_key key;
	__u32 l4_off; /* transport header offset from the start of the packet */
	__u32 len;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct parse_state);
} scratch SEC(".maps");

/* Settings the daemon may change through the skeleton (skel->data). */
__u16 drop_udp_port = 9; /* the "discard" service */
/* Facts the daemon reads back (skel->bss). */
__u32 largest_packet;

static __always_inline void count(__u32 which, __u64 n)
{
	__u64 *c = bpf_map_lookup_elem(&counters, &which);
	if (c)
		__sync_fetch_and_add(c, n);
}

static __always_inline void count_flow(const struct parse_state *st)
{
	struct flow_stats *fs = bpf_map_lookup_elem(&flows, &st->key);
	if (fs) {
		__sync_fetch_and_add(&fs->packets, 1);
		__sync_fetch_and_add(&fs->bytes, st->len);
		return;
	}
	struct flow_stats first = {1, st->len};
	if (!bpf_map_update_elem(&flows, &st->key, &first, BPF_NOEXIST))
		return;
	/* Another CPU may have inserted the flow since the lookup: count into its entry. */
	fs = bpf_map_lookup_elem(&flows, &st->key);
	if (fs) {
		__sync_fetch_and_add(&fs->packets, 1);
		__sync_fetch_and_add(&fs->bytes, st->len);
	} else {
		count(C_FLOW_TABLE_FULL, 1);
	}
}

/* largest_packet = max(largest_packet, len), safe against other CPUs doing the same. */
static __always_inline void update_largest(__u32 len)
{
	__u32 old = largest_packet;
	for (int i = 0; i < 8 && len > old; i++) {
		__u32 was = __sync_val_compare_and_swap(&largest_packet, old, len);
		if (was == old)
			break;
		old = was;
	}
}

/* The transport header, or NULL when the packet is too short for size bytes of it. */
static __always_inline void *l4_header(struct xdp_md *ctx, const struct parse_state *st, __u32 size)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	__u32 off = st->l4_off;
	if (off > MAX_L4_OFFSET)
		return NULL;
	if (data + off + size > data_end)
		return NULL;
	return data + off;
}

struct handlers_map {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, N_SLOTS);
	__type(key, __u32);
	__array(values, int(void *));
};

SEC("xdp")
int handle_tcp(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct parse_state *st = bpf_map_lookup_elem(&scratch, &zero);
	if (!st)
		return XDP_ABORTED;
	struct tcphdr *th = l4_header(ctx, st, sizeof(*th));
	if (!th) {
		count(C_MALFORMED, 1);
		return XDP_DROP;
	}
	count(C_TCP, 1);
	st->key.sport = bpf_ntohs(th->source);
	st->key.dport = bpf_ntohs(th->dest);
	if (th->syn && !th->ack) {
		count(C_TCP_SYN, 1);
		struct syn_event *e = bpf_ringbuf_reserve(&syn_events, sizeof(*e), 0);
		if (e) {
			__builtin_memcpy(e->saddr, st->key.saddr, 16);
			__builtin_memcpy(e->daddr, st->key.daddr, 16);
			e->sport = st->key.sport;
			e->dport = st->key.dport;
			e->family = st->key.family;
			e->pad[0] = e->pad[1] = e->pad[2] = 0;
			bpf_ringbuf_submit(e, 0);
		} else {
			count(C_EVENTS_LOST, 1);
		}
	}
	count_flow(st);
	return XDP_PASS;
}

SEC("xdp")
int handle_udp(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct parse_state *st = bpf_map_lookup_elem(&scratch, &zero);
	if (!st)
		return XDP_ABORTED;
	struct udphdr *uh = l4_header(ctx, st, sizeof(*uh));
	if (!uh) {
		count(C_MALFORMED, 1);
		return XDP_DROP;
	}
	count(C_UDP, 1);
	st->key.sport = bpf_ntohs(uh->source);
	st->key.dport = bpf_ntohs(uh->dest);
	if (st->key.dport == 53)
		count(C_DNS, 1);
	count_flow(st);
	if (drop_udp_port && st->key.dport == drop_udp_port) {
		count(C_DROPPED, 1);
		return XDP_DROP;
	}
	return XDP_PASS;
}

/* ICMP and ICMPv6 alike: type and code stand in for the ports. */
SEC("xdp")
int handle_icmp(struct xdp_md *ctx)
{
	__u32 zero = 0;
	struct parse_state *st = bpf_map_lookup_elem(&scratch, &zero);
	if (!st)
		return XDP_ABORTED;
	__u8 *icmp = l4_header(ctx, st, 4);
	if (!icmp) {
		count(C_MALFORMED, 1);
		return XDP_DROP;
	}
	count(C_ICMP, 1);
	st->key.sport = icmp[0];
	st->key.dport = icmp[1];
	if ((st->key.proto == IPPROTO_ICMP && icmp[0] == 8) ||
	    (st->key.proto == IPPROTO_ICMPV6 && icmp[0] == 128))
		count(C_ICMP_ECHO, 1);
	count_flow(st);
	return XDP_PASS;
}

/* TCP and UDP are installed here; the daemon installs the ICMP handler at start-up
 * (flowcount__handlers__set), the way a daemon swaps programs while it runs. */
struct handlers_map handlers SEC(".maps") = {
	.values = {
		[SLOT_TCP] = (void *)&handle_tcp,
		[SLOT_UDP] = (void *)&handle_udp,
	},
};

static __always_inline int parse_ipv4(struct xdp_md *ctx, struct parse_state *st, __u32 off)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	struct iphdr *ip = data + off;
	if ((void *)(ip + 1) > data_end || ip->ihl < 5)
		return -1;
	st->key.family = 4;
	st->key.proto = ip->protocol;
	__builtin_memcpy(&st->key.saddr[12], &ip->saddr, 4);
	__builtin_memcpy(&st->key.daddr[12], &ip->daddr, 4);
	st->l4_off = off + ip->ihl * 4;
	return 0;
}

static __always_inline int parse_ipv6(struct xdp_md *ctx, struct parse_state *st, __u32 off)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	struct ipv6hdr *ip6 = data + off;
	if ((void *)(ip6 + 1) > data_end)
		return -1;
	st->key.family = 6;
	st->key.proto = ip6->nexthdr; /* extension headers are not followed */
	__builtin_memcpy(st->key.saddr, &ip6->saddr, 16);
	__builtin_memcpy(st->key.daddr, &ip6->daddr, 16);
	st->l4_off = off + sizeof(*ip6);
	return 0;
}

SEC("xdp")
int classify(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	__u32 len = data_end - data;
	count(C_PACKETS, 1);
	count(C_BYTES, len);
	update_largest(len);

	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end) {
		count(C_MALFORMED, 1);
		return XDP_DROP;
	}
	__u16 proto = eth->h_proto;
	__u32 off = sizeof(*eth);
	if (proto == bpf_htons(ETH_P_8021Q)) {
		__u16 *vlan = data + off; /* TCI, then the inner ethertype */
		if ((void *)(vlan + 2) > data_end) {
			count(C_MALFORMED, 1);
			return XDP_DROP;
		}
		count(C_VLAN, 1);
		proto = vlan[1];
		off += 4;
	}

	__u32 zero = 0;
	struct parse_state *st = bpf_map_lookup_elem(&scratch, &zero);
	if (!st)
		return XDP_ABORTED;
	__builtin_memset(st, 0, sizeof(*st));
	st->len = len;
	int err;
	if (proto == bpf_htons(ETH_P_IP)) {
		count(C_IPV4, 1);
		err = parse_ipv4(ctx, st, off);
	} else if (proto == bpf_htons(ETH_P_IPV6)) {
		count(C_IPV6, 1);
		err = parse_ipv6(ctx, st, off);
	} else {
		count(proto == bpf_htons(ETH_P_ARP) ? C_ARP : C_OTHER_L2, 1);
		return XDP_PASS;
	}
	if (err) {
		count(C_MALFORMED, 1);
		return XDP_DROP;
	}

	__u32 slot;
	switch (st->key.proto) {
	case IPPROTO_TCP:
		slot = SLOT_TCP;
		break;
	case IPPROTO_UDP:
		slot = SLOT_UDP;
		break;
	case IPPROTO_ICMP:
	case IPPROTO_ICMPV6:
		slot = SLOT_ICMP;
		break;
	default:
		count(C_OTHER_L4, 1);
		count_flow(st);
		return XDP_PASS;
	}
	bpf_tail_call(ctx, &handlers, slot);
	/* only reached when the slot is empty */
	count(C_UNHANDLED, 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "Dual MIT/GPL";
