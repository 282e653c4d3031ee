/* flowcount.h - what the BPF side and the daemon of the example share. */
#ifndef FLOWCOUNT_H
#define FLOWCOUNT_H

#include <linux/types.h>

/* Transport handlers: indices into the `handlers` prog array. */
enum handler_slot { SLOT_TCP, SLOT_UDP, SLOT_ICMP, N_SLOTS };

/* Indices into the `counters` array. */
enum counter {
	C_PACKETS, C_BYTES, C_MALFORMED, C_VLAN,
	C_IPV4, C_IPV6, C_ARP, C_OTHER_L2,
	C_TCP, C_UDP, C_ICMP, C_OTHER_L4,
	C_TCP_SYN, C_DNS, C_ICMP_ECHO, C_DROPPED,
	C_UNHANDLED, C_FLOW_TABLE_FULL, C_EVENTS_LOST,
	N_COUNTERS
};

#define MAX_L4_OFFSET 128

/* A connection attempt (TCP SYN without ACK), sent to the daemon through the ring buffer
 * `syn_events`. Addresses as in struct flow_key (IPv4 in the last 4 bytes). */
struct syn_event {
	__u8 saddr[16];
	__u8 daddr[16];
	__u16 sport;
	__u16 dport;
	__u8 family;
	__u8 pad[3];
};

#endif
