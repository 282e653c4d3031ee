/* rt_ctx.c - program contexts built around a packet, as the kernel's BPF_PROG_TEST_RUN
 * builds them (net/bpf/test_run.c), for bpfaot_prog_test_run().
 *
 * The compiler rewrote the program's xdp_md / __sk_buff accesses to struct bpfaot_xdp_ctx /
 * bpfaot_skb_ctx (bpfaot_abi.h); here those structs get the values a test run in the
 * kernel gives, on the loopback device of the current network namespace:
 *   XDP:  a page: 256 bytes of headroom, the packet, 320 bytes of tailroom;
 *         data_meta == data, ingress_ifindex 1, rx queue 0.
 *   tc:   data at the Ethernet header, len = the frame's length; socket filters: data past
 *         the Ethernet header, len 14 bytes less. protocol and pkt_type as eth_type_trans()
 *         derives them against lo (address 00:00:00:00:00:00), ifindex 1, the rest 0.
 * As in the kernel, -EINVAL refuses XDP frames shorter than an Ethernet header and skb
 * frames with nothing past it.
 * Bytes the program writes into the packet are copied back into the caller's buffer.
 */
#include "rt.h"

#include <stdlib.h>
#include <string.h>

#define RT_ETH_HLEN 14
#define RT_XDP_HEADROOM 256 /* XDP_PACKET_HEADROOM */
#define RT_TAILROOM 320     /* SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) on 64-bit */
#define RT_XDP_FRAME 4096   /* the kernel's test run gives every XDP packet one page */
#define RT_XDP_FRAME_HDR 40 /* sizeof(struct xdp_frame): adjust_head keeps it free */
#define RT_XDP_METALEN_MAX 255 /* skb_shared_info.meta_len is a u8 (kernels before 6.x: 32) */
#define RT_LOOPBACK_IFINDEX 1

/* linux/if_packet.h and linux/if_ether.h values, spelled out to keep this file free of
 * kernel headers. */
#define RT_PACKET_HOST 0
#define RT_PACKET_MULTICAST 2
#define RT_PACKET_OTHERHOST 3
#define RT_ETH_P_802_3_MIN 0x0600
#define RT_ETH_P_802_3 0x0001
#define RT_ETH_P_802_2 0x0004

static uint32_t be16_as_stored(uint16_t host_value)
{
	/* the two bytes in network order, read as a little-endian u16 */
	return (uint32_t)(uint16_t)((host_value >> 8) | (host_value << 8));
}

/* skb->protocol and skb->pkt_type as eth_type_trans() sets them for the loopback device. */
static void eth_type_trans(const uint8_t *frame, uint32_t *protocol, uint32_t *pkt_type)
{
	static const uint8_t lo_addr[6];
	uint16_t proto = (uint16_t)(frame[12] << 8 | frame[13]);
	if (frame[0] & 1)
		*pkt_type = RT_PACKET_MULTICAST; /* lo's broadcast address is all zero */
	else if (memcmp(frame, lo_addr, 6))
		*pkt_type = RT_PACKET_OTHERHOST;
	else
		*pkt_type = RT_PACKET_HOST;
	if (proto >= RT_ETH_P_802_3_MIN)
		*protocol = be16_as_stored(proto);
	else if (frame[14] == 0xff && frame[15] == 0xff) /* raw 802.3 (Novell) */
		*protocol = be16_as_stored(RT_ETH_P_802_3);
	else
		*protocol = be16_as_stored(RT_ETH_P_802_2);
}

static int run_xdp(const struct bpfaot_prog *prog, uint8_t *data, size_t size, uint64_t *retval)
{
	/* One page as in the kernel (headroom, packet, tailroom reserved for skb_shared_info);
	 * bigger packets, which the kernel splits into fragments, get a bigger buffer. */
	size_t frame_size = RT_XDP_HEADROOM + size + RT_TAILROOM;
	if (frame_size < RT_XDP_FRAME)
		frame_size = RT_XDP_FRAME;
	uint8_t *buf = calloc(1, frame_size);
	if (!buf)
		return -ENOMEM;
	memcpy(buf + RT_XDP_HEADROOM, data, size);
	struct bpfaot_xdp_ctx ctx;
	memset(&ctx, 0, sizeof(ctx));
	ctx.data_hard_start = buf;
	ctx.data = buf + RT_XDP_HEADROOM;
	ctx.data_meta = ctx.data;
	ctx.data_end = buf + RT_XDP_HEADROOM + size;
	ctx.ingress_ifindex = RT_LOOPBACK_IFINDEX;
	ctx.frame_size = (uint32_t)(frame_size - RT_TAILROOM);
	int err = bpfaot_prog_run(prog, &ctx, sizeof(ctx), retval);
	size_t out = (size_t)((uint8_t *)ctx.data_end - (uint8_t *)ctx.data);
	if (!err)
		memcpy(data, ctx.data, out < size ? out : size);
	free(buf);
	return err;
}

static int run_skb(const struct bpfaot_prog *prog, uint8_t *data, size_t size, uint64_t *retval)
{
	/* tc programs see the frame from its L2 header, socket filters from L3 */
	bool l2 = prog->prog_type != 1; /* BPF_PROG_TYPE_SOCKET_FILTER */
	size_t headroom = RT_XDP_HEADROOM;
	uint8_t *buf = calloc(1, headroom + size + RT_TAILROOM);
	if (!buf)
		return -ENOMEM;
	uint8_t *frame = buf + headroom;
	memcpy(frame, data, size);
	struct bpfaot_skb_ctx ctx;
	memset(&ctx, 0, sizeof(ctx));
	eth_type_trans(frame, &ctx.protocol, &ctx.pkt_type);
	ctx.data = l2 ? frame : frame + RT_ETH_HLEN;
	ctx.data_meta = ctx.data;
	ctx.data_end = frame + size;
	ctx.len = (uint32_t)(l2 ? size : size - RT_ETH_HLEN);
	ctx.ifindex = RT_LOOPBACK_IFINDEX;
	int err = bpfaot_prog_run(prog, &ctx, sizeof(ctx), retval);
	if (!err)
		memcpy(data, frame, size);
	free(buf);
	return err;
}

int rt_test_run_packet(const struct bpfaot_prog *prog, void *data, size_t size, uint64_t *retval)
{
	if (size < RT_ETH_HLEN || size > UINT32_MAX - RT_XDP_HEADROOM - RT_TAILROOM)
		return -EINVAL;
	if (prog->ctx_kind == BPFAOT_CTX_XDP)
		return run_xdp(prog, data, size, retval);
	if (size == RT_ETH_HLEN)
		return -EINVAL;
	return run_skb(prog, data, size, retval);
}

/* ---------------------------------------------------------------------------------- */
/* Packet helpers, with the kernel's semantics (net/core/filter.c) on the context structs */

/* long bpf_skb_load_bytes(skb, offset, to, len): 0, or -EFAULT with to zeroed. */
uint64_t bpfaot_helper_skb_load_bytes(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r5;
	struct bpfaot_skb_ctx *skb = (struct bpfaot_skb_ctx *)(uintptr_t)r1;
	uint32_t offset = (uint32_t)r2, len = (uint32_t)r4;
	void *to = (void *)(uintptr_t)r3;
	uint64_t avail = (uint64_t)((uint8_t *)skb->data_end - (uint8_t *)skb->data);
	if (offset > INT32_MAX || (uint64_t)offset + len > avail) {
		memset(to, 0, len);
		return RT_ERR(-EFAULT);
	}
	memcpy(to, (uint8_t *)skb->data + offset, len);
	return 0;
}

#define RT_F_RECOMPUTE_CSUM (1u << 0)
#define RT_F_INVALIDATE_HASH (1u << 1)

/* long bpf_skb_store_bytes(skb, offset, from, len, flags): 0, -EINVAL (flags), -EFAULT. */
uint64_t bpfaot_helper_skb_store_bytes(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	struct bpfaot_skb_ctx *skb = (struct bpfaot_skb_ctx *)(uintptr_t)r1;
	uint32_t offset = (uint32_t)r2, len = (uint32_t)r4;
	if (r5 & ~(uint64_t)(RT_F_RECOMPUTE_CSUM | RT_F_INVALIDATE_HASH))
		return RT_ERR(-EINVAL);
	uint64_t avail = (uint64_t)((uint8_t *)skb->data_end - (uint8_t *)skb->data);
	if (offset > INT32_MAX || (uint64_t)offset + len > avail)
		return RT_ERR(-EFAULT);
	memmove((uint8_t *)skb->data + offset, (const void *)(uintptr_t)r3, len);
	if (r5 & RT_F_INVALIDATE_HASH)
		skb->hash = 0;
	return 0;
}

static uint8_t *xdp_frame_end(const struct bpfaot_xdp_ctx *xdp)
{
	return (uint8_t *)xdp->data_hard_start + RT_XDP_FRAME_HDR;
}

/* long bpf_xdp_adjust_head(xdp, delta): move data (and the metadata before it). */
uint64_t bpfaot_helper_xdp_adjust_head(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	struct bpfaot_xdp_ctx *xdp = (struct bpfaot_xdp_ctx *)(uintptr_t)r1;
	int32_t delta = (int32_t)r2;
	uint8_t *data = xdp->data, *meta = xdp->data_meta;
	size_t metalen = (size_t)(data - meta);
	uint8_t *moved = data + delta;
	if (moved < xdp_frame_end(xdp) + metalen || moved > (uint8_t *)xdp->data_end - RT_ETH_HLEN)
		return RT_ERR(-EINVAL);
	if (metalen)
		memmove(meta + delta, meta, metalen);
	xdp->data_meta = meta + delta;
	xdp->data = moved;
	return 0;
}

/* long bpf_xdp_adjust_meta(xdp, delta): metadata a multiple of 4 bytes, at most 252. */
uint64_t bpfaot_helper_xdp_adjust_meta(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	struct bpfaot_xdp_ctx *xdp = (struct bpfaot_xdp_ctx *)(uintptr_t)r1;
	uint8_t *meta = (uint8_t *)xdp->data_meta + (int32_t)r2;
	if (meta < xdp_frame_end(xdp) || meta > (uint8_t *)xdp->data)
		return RT_ERR(-EINVAL);
	size_t metalen = (size_t)((uint8_t *)xdp->data - meta);
	if ((metalen & 3) || metalen > RT_XDP_METALEN_MAX)
		return RT_ERR(-EACCES);
	xdp->data_meta = meta;
	return 0;
}

/* long bpf_xdp_adjust_tail(xdp, delta): grow (zero-filled) up to frame_size from
 * data_hard_start, or shrink down to an Ethernet header. */
uint64_t bpfaot_helper_xdp_adjust_tail(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	struct bpfaot_xdp_ctx *xdp = (struct bpfaot_xdp_ctx *)(uintptr_t)r1;
	int32_t delta = (int32_t)r2;
	uint8_t *end = (uint8_t *)xdp->data_end + delta;
	if (end > (uint8_t *)xdp->data_hard_start + xdp->frame_size || end < (uint8_t *)xdp->data + RT_ETH_HLEN)
		return RT_ERR(-EINVAL);
	if (delta > 0)
		memset(xdp->data_end, 0, (size_t)delta);
	xdp->data_end = end;
	return 0;
}

/* long bpf_skb_pull_data(skb, len): the runtime's packets are linear already; like the
 * kernel, -ENOMEM when len is more than the packet holds. */
uint64_t bpfaot_helper_skb_pull_data(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	const struct bpfaot_skb_ctx *skb = (const struct bpfaot_skb_ctx *)(uintptr_t)r1;
	uint32_t len = (uint32_t)r2;
	if (len > (uint64_t)((uint8_t *)skb->data_end - (uint8_t *)skb->data))
		return RT_ERR(-ENOMEM);
	return 0;
}

/* XDP packet bytes at offset from data: -EINVAL unless wholly inside the packet. */
static uint8_t *xdp_bytes(const struct bpfaot_xdp_ctx *xdp, uint64_t offset, uint64_t len)
{
	uint64_t avail = (uint64_t)((uint8_t *)xdp->data_end - (uint8_t *)xdp->data);
	uint32_t off32 = (uint32_t)offset, len32 = (uint32_t)len;
	if ((uint64_t)off32 + len32 > avail)
		return NULL;
	return (uint8_t *)xdp->data + off32;
}

/* u64 bpf_xdp_get_buff_len(xdp): the packet's length (there are no fragments) */
uint64_t bpfaot_helper_xdp_get_buff_len(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r2, (void)r3, (void)r4, (void)r5;
	const struct bpfaot_xdp_ctx *xdp = (const struct bpfaot_xdp_ctx *)(uintptr_t)r1;
	return (uint64_t)((uint8_t *)xdp->data_end - (uint8_t *)xdp->data);
}

/* long bpf_xdp_load_bytes(xdp, offset, buf, len) */
uint64_t bpfaot_helper_xdp_load_bytes(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r5;
	uint8_t *at = xdp_bytes((const struct bpfaot_xdp_ctx *)(uintptr_t)r1, r2, r4);
	if (!at)
		return RT_ERR(-EINVAL);
	memcpy((void *)(uintptr_t)r3, at, (uint32_t)r4);
	return 0;
}

/* long bpf_xdp_store_bytes(xdp, offset, buf, len) */
uint64_t bpfaot_helper_xdp_store_bytes(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r5;
	uint8_t *at = xdp_bytes((const struct bpfaot_xdp_ctx *)(uintptr_t)r1, r2, r4);
	if (!at)
		return RT_ERR(-EINVAL);
	memmove(at, (const void *)(uintptr_t)r3, (uint32_t)r4);
	return 0;
}
