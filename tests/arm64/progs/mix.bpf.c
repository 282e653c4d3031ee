/* mix.bpf.c - a bit of everything, run on both targets and compared: maps of several
 * kinds from BPF, global data, atomics on map values and globals (32 and 64 bits, with
 * and without fetch), signed loads, byte swaps, division corner cases, bpf-to-bpf calls
 * that use the stack. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 64);
	__type(key, __u32);
	__type(value, __u64);
} squares SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} stats SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} scratch SEC(".maps");

__u64 total;
__u32 total32;
__s64 results[16];
volatile __s8 small = -5;
volatile __s16 medium = -300;
volatile __s32 large = -70000;
volatile __s64 divisor;

static __attribute__((noinline)) __u64 fill(__u32 n)
{
	__u64 buf[8] = {};
	for (__u32 i = 0; i < 8 && i < n; i++)
		buf[i] = (__u64)i * i;
	for (__u32 i = 0; i < n && i < 64; i++) {
		__u64 v = buf[i & 7] + i;
		bpf_map_update_elem(&squares, &i, &v, BPF_ANY);
	}
	return buf[n & 7];
}

static __attribute__((noinline)) __u64 sum(__u32 n)
{
	__u64 s = 0;
	for (__u32 i = 0; i < n && i < 64; i++) {
		__u64 *v = bpf_map_lookup_elem(&squares, &i);
		if (v)
			s += *v;
	}
	return s;
}

SEC("raw_tp/mix")
int mix(void *ctx)
{
	__u32 k0 = 0, k1 = 1, k2 = 2;
	__u64 r = fill(20);
	results[0] = sum(20);
	results[1] = r;
	__u64 *st = bpf_map_lookup_elem(&stats, &k1);
	if (st) {
		__sync_fetch_and_add(st, 7);
		results[2] = __sync_fetch_and_or(st, 0x100);
		__sync_fetch_and_and(st, 0xff0f);
		__sync_fetch_and_xor(st, 3);
		results[3] = __sync_val_compare_and_swap(st, 0x104, 42);
		results[4] = __sync_lock_test_and_set(st, 9);
	}
	__u64 *sc = bpf_map_lookup_elem(&scratch, &k0);
	if (sc)
		*sc += 5;
	__sync_fetch_and_add(&total, 1000);
	__sync_fetch_and_add(&total32, 3);
	results[5] = __sync_fetch_and_sub(&total32, 1);
	results[6] = small + medium + large;
	results[7] = bpf_htons((__u16)medium) | (__u64)bpf_htonl((__u32)large) << 16;
	results[8] = bpf_cpu_to_be64(0x0102030405060708ull);
	__s64 d = divisor; /* 0: division gives 0, modulo leaves the dividend */
	results[9] = (__u64)large / (__u64)d + (__u64)large % (__u64)d;
	results[10] = (__s64)large >> 3;
	results[11] = ((__u32)large) >> 29;
	bpf_map_delete_elem(&squares, &k2);
	return (int)(results[0] ^ results[2]);
}

char LICENSE[] SEC("license") = "GPL";
