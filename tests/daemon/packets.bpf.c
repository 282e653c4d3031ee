/* packets.bpf.c - XDP, tc and socket filter programs that read (and, where the kernel
 * allows, write) every context field bpfaot rewrites, for the kernel differential test
 * (packets_diff.py): each records what it saw in .bss and returns a verdict that depends
 * on the packet, and the maps printed afterwards must be the kernel's. */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

__u64 seen[40];

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);   /* ethertype as the program read it */
	__type(value, __u64); /* bytes */
} by_proto SEC(".maps");

static __always_inline void add_bytes(__u32 proto, __u64 n)
{
	__u64 *v = bpf_map_lookup_elem(&by_proto, &proto);
	if (v)
		*v += n;
	else
		bpf_map_update_elem(&by_proto, &proto, &n, BPF_NOEXIST);
}

SEC("xdp")
int xdp_fields(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	void *meta = (void *)(long)ctx->data_meta;
	seen[0] = data_end - data;
	seen[1] = data - meta;
	seen[2] = ctx->ingress_ifindex;
	seen[3] = ctx->rx_queue_index;
	struct ethhdr *eth = data;
	if ((void *)(eth + 1) > data_end)
		return XDP_ABORTED;
	seen[4] = eth->h_proto;
	add_bytes(eth->h_proto, data_end - data);
	if (eth->h_dest[0] & 1)
		return XDP_DROP; /* multicast and broadcast */
	/* bounce unicast IPv4 back: swap the MAC addresses, XDP_TX */
	if (eth->h_proto == bpf_htons(ETH_P_IP)) {
		__u8 tmp[ETH_ALEN];
		__builtin_memcpy(tmp, eth->h_dest, ETH_ALEN);
		__builtin_memcpy(eth->h_dest, eth->h_source, ETH_ALEN);
		__builtin_memcpy(eth->h_source, tmp, ETH_ALEN);
		seen[5] = eth->h_source[5];
		return XDP_TX;
	}
	return XDP_PASS;
}

/* The skb fields a tc program may read, then the ones it may write, read back. */
static __always_inline void record_skb(struct __sk_buff *skb)
{
	seen[0] = skb->len;
	seen[1] = skb->pkt_type;
	seen[2] = skb->mark;
	seen[3] = skb->queue_mapping;
	seen[4] = skb->protocol;
	seen[5] = skb->vlan_present;
	seen[6] = skb->vlan_tci;
	seen[7] = skb->vlan_proto;
	seen[8] = skb->priority;
	seen[9] = skb->ingress_ifindex;
	seen[10] = skb->ifindex;
	seen[11] = skb->tc_index;
	seen[12] = skb->cb[0] | skb->cb[1] | skb->cb[2] | skb->cb[3] | skb->cb[4];
	seen[13] = skb->hash;
	seen[14] = skb->napi_id;
	seen[15] = skb->gso_segs;
	seen[16] = skb->gso_size;
}

SEC("tc")
int tc_fields(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data, *data_end = (void *)(long)skb->data_end;
	record_skb(skb);
	seen[17] = data_end - data;
	seen[18] = data - (void *)(long)skb->data_meta;
	seen[19] = skb->tc_classid;
	seen[20] = skb->wire_len;
	seen[21] = skb->tstamp;
	/* narrow loads of protocol: the kernel reads the u32 field's bytes */
	seen[22] = *(volatile __u8 *)((void *)skb + __builtin_offsetof(struct __sk_buff, protocol));
	seen[23] = *(volatile __u16 *)((void *)skb + __builtin_offsetof(struct __sk_buff, protocol));
	seen[24] = *(volatile __u8 *)((void *)skb + __builtin_offsetof(struct __sk_buff, len) + 1);
	/* writes tc may do, read back */
	skb->mark = 0x1234 + skb->len;
	skb->priority = 7;
	skb->tc_index = 3;
	skb->tc_classid = 0x10002;
	skb->cb[0] = 0xaa;
	skb->cb[4] = 0xbb;
	*(volatile __u64 *)&skb->cb[2] = 0x1122334455667788ull;
	skb->tstamp = 1000000;
	seen[25] = skb->mark;
	seen[26] = skb->priority;
	seen[27] = skb->tc_index;
	seen[28] = skb->tc_classid;
	seen[29] = skb->cb[0] + skb->cb[4];
	seen[30] = skb->cb[2];
	seen[31] = skb->cb[3];
	seen[32] = *(volatile __u16 *)&skb->cb[4];
	seen[33] = skb->tstamp;
	add_bytes(skb->protocol, skb->len);
	if (skb->pkt_type == 3 /* PACKET_OTHERHOST */ && skb->len > 100)
		return TC_ACT_SHOT;
	return skb->protocol == bpf_htons(ETH_P_IPV6) ? TC_ACT_REDIRECT : TC_ACT_OK;
}

/* Socket filters see the packet from its network header; the return value is how many
 * bytes to keep. */
SEC("socket")
int sock_fields(struct __sk_buff *skb)
{
	record_skb(skb);
	skb->cb[1] = skb->len;
	seen[17] = skb->cb[1];
	add_bytes(skb->protocol, skb->len);
	return skb->protocol == bpf_htons(ETH_P_IP) ? skb->len : 0;
}

/* The context kept in a callee-saved register across a helper call and spilled to the
 * stack: the compiler must still rewrite the accesses. */
static __attribute__((noinline)) int sub_len(struct __sk_buff *skb)
{
	return skb->len + skb->ifindex;
}

SEC("tc")
int tc_spill(struct __sk_buff *skb)
{
	__u32 key = skb->protocol;
	__u64 *v = bpf_map_lookup_elem(&by_proto, &key);
	seen[0] = v ? *v : 99;
	seen[1] = skb->len; /* after the call */
	seen[2] = sub_len(skb);
	return TC_ACT_OK;
}

/* The packet helpers: results and packet sizes recorded, including refused calls. */
SEC("xdp")
int xdp_adjust(struct xdp_md *ctx)
{
	seen[0] = bpf_xdp_adjust_meta(ctx, -8);
	seen[1] = bpf_xdp_adjust_meta(ctx, -6);   /* not a multiple of 4 */
	seen[2] = bpf_xdp_adjust_meta(ctx, -40);  /* 48 bytes: fine (the limit is 255) */
	seen[18] = bpf_xdp_adjust_meta(ctx, -208); /* 256 bytes: too many */
	seen[3] = bpf_xdp_adjust_head(ctx, -14);  /* room for another Ethernet header */
	seen[4] = bpf_xdp_adjust_head(ctx, -1000); /* past the headroom */
	seen[5] = bpf_xdp_adjust_tail(ctx, 10);
	seen[6] = bpf_xdp_adjust_tail(ctx, 5000); /* past the frame */
	seen[7] = bpf_xdp_adjust_tail(ctx, -100000);
	void *data = (void *)(long)ctx->data, *data_end = (void *)(long)ctx->data_end;
	void *meta = (void *)(long)ctx->data_meta;
	seen[8] = data_end - data;
	seen[9] = data - meta;
	if (meta + 8 <= data) {
		*(__u32 *)meta = 0xabcd;
		seen[10] = *(__u32 *)meta;
	}
	if (data + 28 <= data_end)
		seen[11] = *(__u64 *)(data + 14); /* the old header, moved down */
	if (data + 56 <= data_end)
		seen[12] = *(__u64 *)(data + 48); /* for the 34-byte frame: zeros the tail grew by */
	/* The edges (in the kernel's page-sized test-run frame): data may go down to the
	 * struct xdp_frame (40 bytes) plus the 48 bytes of metadata, data_end up to the page
	 * less 320 bytes of tailroom. data is at 256 - 14 now. */
	seen[13] = bpf_xdp_adjust_head(ctx, -(256 - 14 - 40 - 48));
	seen[14] = bpf_xdp_adjust_head(ctx, -1);
	seen[15] = bpf_xdp_adjust_tail(ctx, 4096 - 320 - 40 - 48 -
					    (int)((long)ctx->data_end - (long)ctx->data));
	seen[16] = (long)ctx->data_end - (long)ctx->data;
	seen[17] = bpf_xdp_adjust_tail(ctx, 1);
	return XDP_PASS;
}

SEC("xdp")
int xdp_bytes(struct xdp_md *ctx)
{
	__u8 buf[8] = {};
	__u32 len = bpf_xdp_get_buff_len(ctx);
	seen[0] = bpf_xdp_load_bytes(ctx, 6, buf, 6);
	seen[1] = *(__u64 *)buf;
	seen[2] = bpf_xdp_load_bytes(ctx, len - 2, buf, 4); /* past the end */
	seen[3] = bpf_xdp_load_bytes(ctx, len - 4, buf, 4);
	seen[4] = *(__u32 *)buf;
	__u8 mac[6] = {1, 2, 3, 4, 5, 6};
	seen[5] = bpf_xdp_store_bytes(ctx, 0, mac, 6);
	seen[6] = bpf_xdp_store_bytes(ctx, len, mac, 1);
	seen[7] = bpf_xdp_load_bytes(ctx, 0, buf, 8);
	seen[8] = *(__u64 *)buf;
	return XDP_PASS;
}

SEC("tc")
int tc_bytes(struct __sk_buff *skb)
{
	__u8 buf[16] = {};
	seen[0] = bpf_skb_load_bytes(skb, 12, buf, 2);
	seen[1] = *(__u16 *)buf;
	seen[2] = bpf_skb_load_bytes(skb, 1000, buf, 16); /* outside: -EFAULT, buf zeroed */
	seen[3] = *(__u64 *)buf;
	__u8 mac[6] = {0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};
	seen[4] = bpf_skb_store_bytes(skb, 0, mac, 6, BPF_F_INVALIDATE_HASH);
	seen[5] = bpf_skb_store_bytes(skb, 0, mac, 6, 1 << 7); /* unknown flag */
	seen[6] = bpf_skb_store_bytes(skb, skb->len - 2, mac, 6, 0); /* past the end */
	seen[7] = bpf_skb_load_bytes(skb, 0, buf, 8);
	seen[8] = *(__u64 *)buf;
	seen[9] = skb->hash;
	seen[10] = bpf_skb_load_bytes(skb, skb->len - 4, buf, 4); /* the last bytes */
	seen[11] = bpf_skb_pull_data(skb, skb->len);
	seen[12] = bpf_skb_pull_data(skb, skb->len + 1);
	seen[13] = bpf_skb_pull_data(skb, 0);
	return TC_ACT_OK;
}

SEC("socket")
int sock_bytes(struct __sk_buff *skb)
{
	__u8 buf[8] = {};
	seen[0] = bpf_skb_load_bytes(skb, 0, buf, 8); /* from the network header */
	seen[1] = *(__u64 *)buf;
	return skb->len;
}

/* Legacy packet loads (BPF_LD | BPF_ABS / BPF_IND), as classic socket filters use them. */
unsigned long long load_byte(void *skb, unsigned long long off) asm("llvm.bpf.load.byte");
unsigned long long load_half(void *skb, unsigned long long off) asm("llvm.bpf.load.half");
unsigned long long load_word(void *skb, unsigned long long off) asm("llvm.bpf.load.word");

SEC("socket")
int sock_ld_abs(struct __sk_buff *skb)
{
	seen[0] = load_byte(skb, 0);  /* IPv4: version and IHL */
	seen[1] = load_half(skb, 2);  /* total length */
	seen[2] = load_word(skb, 12); /* source address */
	__u64 ihl = (load_byte(skb, 0) & 0xf) * 4;
	seen[3] = load_half(skb, ihl);     /* LD_IND: the transport header */
	seen[4] = load_word(skb, ihl + 4);
	seen[5] = 1; /* reached only when every load was in the packet */
	return load_half(skb, 40);         /* past the end of short packets: returns 0 */
}

SEC("tc")
int tc_ld_abs(struct __sk_buff *skb)
{
	__u64 proto = load_half(skb, 12); /* tc: from the Ethernet header */
	seen[0] = proto;
	seen[1] = load_word(skb, 0x7fffffff); /* out of the packet: the program returns 0 */
	seen[2] = 1;
	return 7;
}

char LICENSE[] SEC("license") = "GPL";
