/* percpulookup.bpf.c - bpf_map_lookup_elem on per-CPU array maps with a key only known at
 * run time: the lookups that the backends inline (runtime/bpfaot_abi.h). Each run looks
 * every map up twice: under `bpfaot run` the first lookup of a run may take the helper
 * (creating the map, acquiring the thread's CPU slot), the second then takes the inlined
 * path. The element size 24 is not a power of two, 8 is. Derivations in cases.txt. */
#include "e2e.h"

struct triple {
	u64 a, b, c;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 5);
	__type(key, u32);
	__type(value, struct triple);
} podd SEC(".maps");

U64_MAP(ppow2, BPF_MAP_TYPE_PERCPU_ARRAY, 3);

/* k = (u32)ctx[0], j = (u32)ctx[1]: podd[k].b += k + 1, ppow2[k] += k + 0x10, then
 * podd[j].c += 7, ppow2[j] += 0x100, all through the returned pointers; r0 has bit 0, 1,
 * 2, 3 set when the respective lookup returned NULL. */
SEC("raw_tp") int lookup_keys(u64 *ctx)
{
	u32 k = (u32)ctx[0], j = (u32)ctx[1];
	u32 missing = 0;
	struct triple *t = bpf_map_lookup_elem(&podd, &k);
	u64 *v = bpf_map_lookup_elem(&ppow2, &k);

	if (t)
		t->b += k + 1;
	else
		missing |= 1;
	if (v)
		*v += k + 0x10;
	else
		missing |= 2;
	t = bpf_map_lookup_elem(&podd, &j);
	v = bpf_map_lookup_elem(&ppow2, &j);
	if (t)
		t->c += 7;
	else
		missing |= 4;
	if (v)
		*v += 0x100;
	else
		missing |= 8;
	return missing;
}
