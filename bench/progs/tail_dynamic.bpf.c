/* tail_dynamic: the same 33-hop chain, the prog array chosen at run time between two maps
 * (the verifier's "poisoned" map pointer: bounds and target read from the map). */
#include "bench.h"

BENCH_PROG_DECL(tail_dynamic);
BENCH_PROG_ARRAY(chain_a, 1, [0] = PROG_REF(tail_dynamic));
BENCH_PROG_ARRAY(chain_b, 1, [0] = PROG_REF(tail_dynamic));

static volatile __u32 map_select;

/* Counts the programs run, for the results check (34 per invocation). */
static volatile __u32 runs;

BENCH_PROG(tail_dynamic)(struct __sk_buff *skb)
{
	runs++;
	void *map = map_select ? (void *)&chain_b : (void *)&chain_a;
	/* One call site for both maps: keep clang from duplicating the call per map. */
	__asm__ volatile("" : "+r"(map));
	bpf_tail_call(skb, map, 0);
	return runs;
}
