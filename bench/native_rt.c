/* native_rt.c - what the native build of the benchmarks links against in place of the
 * kernel's maps and helpers: a hash map (open addressing, linear probing) and the
 * tail-call count. */
#define BENCH_NATIVE 1
#include "bench.h"

#include <errno.h>
#include <string.h>

__u32 nat_tail_cnt;

static __u32 nat_hash_bytes(const unsigned char *key, __u32 size)
{
	__u64 h = 0x9e3779b97f4a7c15ull ^ size;
	for (__u32 i = 0; i < size; i += 8) {
		__u64 w = 0;
		memcpy(&w, key + i, size - i < 8 ? size - i : 8);
		h = (h ^ w) * 0xff51afd7ed558ccdull;
		h ^= h >> 32;
	}
	return (__u32)h;
}

/* The slot where `key` is, or else the first empty slot of its probe sequence. */
static unsigned char *nat_hash_find(struct nat_hash *h, const void *key, __u32 hash)
{
	for (__u32 i = hash & h->mask;; i = (i + 1) & h->mask) {
		unsigned char *slot = h->slots + (size_t)i * h->slot_size;
		__u32 state;
		memcpy(&state, slot, sizeof(state));
		if (state == 0 || memcmp(slot + 8, key, h->key_size) == 0)
			return slot;
	}
}

void *nat_hash_lookup(struct nat_hash *h, const void *key)
{
	unsigned char *slot = nat_hash_find(h, key, nat_hash_bytes(key, h->key_size));
	if (slot[0] == 0)
		return NULL;
	return slot + 8 + NAT_ROUND8(h->key_size);
}

long nat_hash_update(struct nat_hash *h, const void *key, const void *value, __u64 flags)
{
	unsigned char *slot = nat_hash_find(h, key, nat_hash_bytes(key, h->key_size));
	if (slot[0]) {
		if (flags == BPF_NOEXIST)
			return -EEXIST;
	} else {
		if (flags == BPF_EXIST)
			return -ENOENT;
		if (h->count >= h->max_entries)
			return -E2BIG;
		h->count++;
		slot[0] = 1;
		memcpy(slot + 8, key, h->key_size);
	}
	memcpy(slot + 8 + NAT_ROUND8(h->key_size), value, h->value_size);
	return 0;
}
