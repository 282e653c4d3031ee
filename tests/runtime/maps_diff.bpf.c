// SPDX-License-Identifier: MIT
/* maps_diff.bpf.c - map helpers seen from a program: update flags and errors, full maps,
 * delete, lookup through the returned pointer, per-CPU values. maps_diff.c runs it in the
 * kernel (BPF_PROG_TEST_RUN) and compiled by bpfaot and compares `out` and every map. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define MAP(name_, type_, max_, value_)                                                    \
	struct {                                                                           \
		__uint(type, type_);                                                       \
		__uint(max_entries, max_);                                                 \
		__type(key, __u32);                                                        \
		__type(value, value_);                                                     \
	} name_ SEC(".maps")

MAP(out, BPF_MAP_TYPE_ARRAY, 64, __s64);
MAP(hash, BPF_MAP_TYPE_HASH, 4, __u64);
MAP(array, BPF_MAP_TYPE_ARRAY, 4, __u32);
MAP(pcpu_array, BPF_MAP_TYPE_PERCPU_ARRAY, 2, __u64);
MAP(pcpu_hash, BPF_MAP_TYPE_PERCPU_HASH, 3, __u64);

static __u32 slot;

static __always_inline void put(__s64 v)
{
	__u32 i = slot++;
	__s64 *p = bpf_map_lookup_elem(&out, &i);
	if (p)
		*p = v;
}

static __always_inline void update(void *map, __u32 key, __u64 value, __u64 flags)
{
	put(bpf_map_update_elem(map, &key, &value, flags));
}

static __always_inline void delete(void *map, __u32 key)
{
	put(bpf_map_delete_elem(map, &key));
}

static __always_inline __u64 *lookup(void *map, __u32 key)
{
	__u64 *p = bpf_map_lookup_elem(map, &key);
	put(p != 0);
	return p;
}

SEC("raw_tp/t")
int ops(void *ctx)
{
	__u64 *p;

	slot = 0;
	/* hash: flags, full map, delete */
	update(&hash, 1, 10, BPF_EXIST);
	update(&hash, 1, 10, BPF_NOEXIST);
	update(&hash, 1, 11, BPF_NOEXIST);
	update(&hash, 1, 12, BPF_EXIST);
	update(&hash, 2, 20, BPF_ANY);
	update(&hash, 3, 30, BPF_ANY);
	update(&hash, 4, 40, BPF_ANY);
	update(&hash, 5, 50, BPF_ANY);
	update(&hash, 5, 50, BPF_NOEXIST);
	update(&hash, 4, 41, BPF_ANY);
	update(&hash, 4, 42, 3);
	delete(&hash, 3);
	delete(&hash, 3);
	update(&hash, 5, 50, BPF_NOEXIST);
	p = lookup(&hash, 2);
	if (p)
		*p += 5;
	lookup(&hash, 3);
	/* array: every element exists */
	update(&array, 0, 7, BPF_NOEXIST);
	update(&array, 0, 7, BPF_EXIST);
	update(&array, 4, 7, BPF_ANY);
	update(&array, 1, 8, 4);
	delete(&array, 1);
	lookup(&array, 4);
	p = lookup(&array, 3);
	if (p)
		*(__u32 *)p = 33;
	/* per-CPU: this CPU's value */
	update(&pcpu_array, 1, 100, BPF_ANY);
	p = lookup(&pcpu_array, 1);
	if (p)
		*p += 1;
	update(&pcpu_array, 2, 1, BPF_ANY);
	update(&pcpu_hash, 9, 90, BPF_NOEXIST);
	update(&pcpu_hash, 9, 91, BPF_NOEXIST);
	update(&pcpu_hash, 8, 80, BPF_ANY);
	update(&pcpu_hash, 7, 70, BPF_ANY);
	update(&pcpu_hash, 6, 60, BPF_ANY);
	delete(&pcpu_hash, 8);
	p = lookup(&pcpu_hash, 9);
	if (p)
		*p *= 2;
	put(slot);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
