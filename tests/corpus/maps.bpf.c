// SPDX-License-Identifier: MIT
/* maps.bpf.c - every supported map kind and global data in .data, .rodata, .bss and
 * named .data.* / .rodata.* sections, used from several programs. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	__u64 packets;
	__u64 bytes;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, struct pair);
} array_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} scratch SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, struct pair);
	__uint(map_flags, BPF_F_NO_PREALLOC);
} hash_map SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_HASH);
	__uint(max_entries, 64);
	__uint(key_size, 8);
	__uint(value_size, 16);
} percpu_hash SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_HASH);
	__uint(max_entries, 128);
	__type(key, __u32);
	__type(value, __u32);
} lru SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_LRU_PERCPU_HASH);
	__uint(max_entries, 32);
	__type(key, __u16);
	__type(value, __u64);
} lru_percpu SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, __u32);
} progs SEC(".maps");

__u64 counter = 7;                                  /* .data */
const volatile __u32 limit = 100;                   /* .rodata */
__u64 zeroed[4];                                    /* .bss */
__u32 tagged SEC(".data.tagged") = 0x1234;          /* .data.tagged */
const char banner[8] SEC(".rodata.banner") = "bpfaot"; /* .rodata.banner */

static __noinline __u64 account(__u32 slot, __u64 len)
{
	struct pair *p = bpf_map_lookup_elem(&array_map, &slot);
	if (!p)
		return 0;
	p->packets++;
	p->bytes += len;
	return p->packets;
}

SEC("socket")
int count_socket(struct __sk_buff *skb)
{
	__u32 zero = 0;
	__u64 *s = bpf_map_lookup_elem(&scratch, &zero);
	if (s)
		*s += skb->len;
	__u64 key = skb->protocol;
	struct pair init = {1, skb->len};
	bpf_map_update_elem(&hash_map, &key, &init, BPF_NOEXIST);
	counter++;
	zeroed[skb->len & 3]++;
	if (skb->len > limit)
		return 0;
	return (int)account(skb->ifindex & 15, skb->len);
}

SEC("tc")
int classify(struct __sk_buff *skb)
{
	__u64 key = skb->mark;
	__u64 value[2] = {skb->len, tagged};
	bpf_map_update_elem(&percpu_hash, &key, value, BPF_ANY);
	__u32 k32 = skb->hash;
	bpf_map_update_elem(&lru, &k32, &k32, BPF_ANY);
	__u16 k16 = (__u16)skb->vlan_tci;
	__u64 one = 1;
	bpf_map_update_elem(&lru_percpu, &k16, &one, BPF_ANY);
	bpf_tail_call(skb, &progs, skb->queue_mapping & 1);
	return banner[skb->len & 7];
}

SEC("xdp")
int report(struct xdp_md *ctx)
{
	__u64 *rec = bpf_ringbuf_reserve(&events, sizeof(*rec), 0);
	if (!rec)
		return XDP_PASS;
	*rec = account(0, ctx->data_end - ctx->data);
	bpf_ringbuf_submit(rec, 0);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "Dual MIT/GPL";
