/* packet.c - the inputs: BENCH_SLOTS slots per packet, each run of a program takes the
 * next slot, so that no engine runs on one input the branch predictor has learned. */
#include "harness.h"

#include <string.h>

static uint64_t packet_rng = 0x243f6a8885a308d3ull;

static uint64_t packet_rand(void)
{
	/* xorshift64*: deterministic, so every run of the suite sees the same bytes. */
	packet_rng ^= packet_rng >> 12;
	packet_rng ^= packet_rng << 25;
	packet_rng ^= packet_rng >> 27;
	return packet_rng * 0x2545f4914f6cdd1dull;
}

static void packet_random_bytes(unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(packet_rand() >> 56);
}

static unsigned char *put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v >> 8);
	p[1] = (unsigned char)v;
	return p + 2;
}

/* Ethernet header (with a VLAN tag when `vlan`); returns where L3 starts. */
static unsigned char *packet_eth(unsigned char *p, unsigned ethertype, int vlan)
{
	p += 12; /* random MAC addresses */
	if (vlan) {
		p = put16(p, 0x8100);
		p = put16(p, 100);
	}
	return put16(p, ethertype);
}

static unsigned char *packet_ipv4(unsigned char *p, unsigned proto, unsigned ihl, int frag)
{
	p[0] = (unsigned char)(0x40 | ihl);
	p[1] = 0;
	put16(p + 2, BENCH_SLOT_SIZE - 14);
	put16(p + 6, frag ? 0x2000 : 0x4000); /* MF, or DF */
	p[8] = 64;
	p[9] = (unsigned char)proto;
	return p + ihl * 4; /* addresses and options stay random */
}

static unsigned char *packet_ipv6(unsigned char *p, unsigned proto)
{
	p[0] = 0x60;
	put16(p + 4, BENCH_SLOT_SIZE - 54);
	p[6] = (unsigned char)proto;
	p[7] = 64;
	return p + 40;
}

static void packet_tcp(unsigned char *p, unsigned flags)
{
	p[12] = 5 << 4;
	p[13] = (unsigned char)flags;
}

/* One packet per slot, of kinds the parser handles differently. */
static void packet_flows(unsigned char *pkt)
{
	unsigned char *s, *l3, *l4;
	for (int i = 0; i < BENCH_SLOTS; i++) {
		s = pkt + i * BENCH_SLOT_SIZE;
		switch (i) {
		case 0: /* IPv4 TCP SYN */
			l4 = packet_ipv4(packet_eth(s, 0x0800, 0), 6, 5, 0);
			packet_tcp(l4, 0x02);
			break;
		case 1: /* IPv4 UDP */
			packet_ipv4(packet_eth(s, 0x0800, 0), 17, 5, 0);
			break;
		case 2: /* VLAN IPv4 TCP ACK */
			l4 = packet_ipv4(packet_eth(s, 0x0800, 1), 6, 5, 0);
			packet_tcp(l4, 0x10);
			break;
		case 3: /* IPv6 TCP ACK */
			l4 = packet_ipv6(packet_eth(s, 0x86dd, 0), 6);
			packet_tcp(l4, 0x10);
			break;
		case 4: /* IPv4 with 8 bytes of options, TCP PSH|ACK */
			l4 = packet_ipv4(packet_eth(s, 0x0800, 0), 6, 7, 0);
			packet_tcp(l4, 0x18);
			break;
		case 5: /* IPv6 UDP */
			packet_ipv6(packet_eth(s, 0x86dd, 0), 17);
			break;
		case 6: /* IPv4 fragment */
			packet_ipv4(packet_eth(s, 0x0800, 0), 6, 5, 1);
			break;
		default: /* ARP */
			l3 = packet_eth(s, 0x0806, 0);
			(void)l3;
			break;
		}
	}
}

void bench_packet_fill(unsigned char *pkt, enum bench_pkt_kind kind)
{
	packet_random_bytes(pkt, BENCH_PKT_SIZE);
	if (kind == PKT_FLOWS)
		packet_flows(pkt);
}
