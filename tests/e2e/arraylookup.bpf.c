/* arraylookup.bpf.c - bpf_map_lookup_elem on array maps with a key only known at run time:
 * the lookups that the x86-64 backend inlines (one map on every path). The element size
 * 24 is not a power of two (imul), 8 is (shift). Derivations in cases.txt. */
#include "e2e.h"

struct triple {
	u64 a, b, c;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 5);
	__type(key, u32);
	__type(value, struct triple);
} odd SEC(".maps");

U64_MAP(pow2, BPF_MAP_TYPE_ARRAY, 3);

/* k = (u32)ctx[0]: odd[k].b = k + 1 and pow2[k] = k + 0x10 through the returned pointers;
 * r0 = 1 when the lookup in odd returned NULL, | 2 when the one in pow2 did. */
SEC("raw_tp") int lookup_key(u64 *ctx)
{
	u32 k = (u32)ctx[0];
	u32 missing = 0;
	struct triple *t = bpf_map_lookup_elem(&odd, &k);
	u64 *v = bpf_map_lookup_elem(&pow2, &k);

	if (t)
		t->b = k + 1;
	else
		missing |= 1;
	if (v)
		*v = k + 0x10;
	else
		missing |= 2;
	return missing;
}
