/* maps.bpf.c - array, per-CPU array, hash, per-CPU hash and LRU hash maps used from BPF,
 * with the kernel's error codes for update flags, full maps and bad indices.
 * Input: raw_tp context, u64 words. Derivations in cases.txt. */
#include "e2e.h"

U64_MAP(arr, BPF_MAP_TYPE_ARRAY, 4);
U64_MAP(pcpu, BPF_MAP_TYPE_PERCPU_ARRAY, 2);
U64_MAP(h, BPF_MAP_TYPE_HASH, 4);
U64_MAP(ph, BPF_MAP_TYPE_PERCPU_HASH, 4);
U64_MAP(lru, BPF_MAP_TYPE_LRU_HASH, 16);
U64_MAP(lru_pc, BPF_MAP_TYPE_LRU_PERCPU_HASH, 16);

/* Error codes as positive bytes, so that several fit in one 32-bit r0 (the kernel's test
 * run returns only the low 32 bits of r0). */
static __always_inline u32 errbyte(long err, int shift)
{
	return (u32)(-err & 0xff) << shift;
}

/* map[k] = v with BPF_NOEXIST. */
static __always_inline long insert(void *map, u32 k, u64 v)
{
	return bpf_map_update_elem(map, &k, &v, BPF_NOEXIST);
}

/* ctx[0] = a, ctx[1] = b: arr[1] += a, arr[2] = a * b. */
SEC("raw_tp") int array_ops(u64 *ctx)
{
	u32 k1 = 1, k2 = 2, k7 = 7;
	u64 a = ctx[0], b = ctx[1], ab = a * b;
	u64 *v = bpf_map_lookup_elem(&arr, &k1);

	if (!v)
		return 0xdead;
	*v += a;
	bpf_map_update_elem(&arr, &k2, &ab, BPF_ANY);
	long e_noexist = bpf_map_update_elem(&arr, &k2, &ab, BPF_NOEXIST);
	long e_range = bpf_map_update_elem(&arr, &k7, &ab, BPF_ANY);
	long e_delete = bpf_map_delete_elem(&arr, &k1);
	u32 missing = bpf_map_lookup_elem(&arr, &k7) == NULL;

	return errbyte(e_noexist, 0) | errbyte(e_range, 8) | errbyte(e_delete, 16) |
	       missing << 24;
}

/* pcpu[0] += a through a lookup, pcpu[1] = b through an update; returns pcpu[0] on
 * this CPU plus 0x100 when the update returned 0. */
SEC("raw_tp") int percpu_array_ops(u64 *ctx)
{
	u32 k0 = 0, k1 = 1;
	u64 b = ctx[1];
	u64 *v = bpf_map_lookup_elem(&pcpu, &k0);

	if (!v)
		return 0xdead;
	*v += ctx[0];
	long e = bpf_map_update_elem(&pcpu, &k1, &b, BPF_ANY);
	return *v + (e == 0 ? 0x100 : 0);
}

/* h (max 4): keys 1..4 = k * m, then the error cases, then key 5 once there is room. */
SEC("raw_tp") int hash_ops(u64 *ctx)
{
	u64 m = ctx[0];

	/* written out: a loop whose counter lives on the stack (its address is taken)
	 * is an "infinite loop" to the verifier */
	if (insert(&h, 1, m) || insert(&h, 2, 2 * m) || insert(&h, 3, 3 * m) ||
	    insert(&h, 4, 4 * m))
		return 0xdead;
	u64 v5 = 5 * m, v222 = 222;
	u32 k1 = 1, k2 = 2, k3 = 3, k5 = 5, k9 = 9;
	long e_full = bpf_map_update_elem(&h, &k5, &v5, BPF_ANY);
	long e_exists = bpf_map_update_elem(&h, &k1, &v222, BPF_NOEXIST);
	long e_absent = bpf_map_update_elem(&h, &k9, &v222, BPF_EXIST);
	if (bpf_map_update_elem(&h, &k2, &v222, BPF_EXIST))
		return 0xdead2;
	if (bpf_map_delete_elem(&h, &k3))
		return 0xdead3;
	long e_deleted = bpf_map_delete_elem(&h, &k3);
	if (bpf_map_update_elem(&h, &k5, &v5, BPF_NOEXIST))
		return 0xdead5;
	return errbyte(e_full, 0) | errbyte(e_exists, 8) | errbyte(e_absent, 16) |
	       errbyte(e_deleted, 24);
}

/* ph: key 1 = m, key 2 = 2m, then key 1 += 5 through a lookup; returns key 1's value. */
SEC("raw_tp") int percpu_hash_ops(u64 *ctx)
{
	u64 m = ctx[0], m2 = 2 * m;
	u32 k1 = 1, k2 = 2;

	bpf_map_update_elem(&ph, &k1, &m, BPF_ANY);
	bpf_map_update_elem(&ph, &k2, &m2, BPF_ANY);
	u64 *v = bpf_map_lookup_elem(&ph, &k1);
	if (!v)
		return 0xdead;
	*v += 5;
	return *v;
}

/* lru: keys 1..3 = 100 + k, NOEXIST on key 1 fails, key 2 deleted; lru_pc: key 7 = m.
 * Returns lru[3] + (the NOEXIST error << 16). */
SEC("raw_tp") int lru_ops(u64 *ctx)
{
	u64 m = ctx[0];

	if (insert(&lru, 1, 101) || insert(&lru, 2, 102) || insert(&lru, 3, 103))
		return 0xdead;
	u32 k1 = 1, k2 = 2, k3 = 3, k7 = 7;
	u64 x = 9;
	long e_exists = bpf_map_update_elem(&lru, &k1, &x, BPF_NOEXIST);
	bpf_map_delete_elem(&lru, &k2);
	bpf_map_update_elem(&lru_pc, &k7, &m, BPF_ANY);
	u64 *v = bpf_map_lookup_elem(&lru, &k3);
	if (!v)
		return 0xdead3;
	return *v + errbyte(e_exists, 16);
}
