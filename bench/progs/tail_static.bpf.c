/* tail_static: the same 33-hop chain, but the index is a run-time value (a writable global
 * the verifier cannot know), the prog array still statically known. */
#include "bench.h"

BENCH_PROG_DECL(tail_static);
BENCH_PROG_ARRAY(chain, 1, [0] = PROG_REF(tail_static));

static volatile __u32 hop_index;

/* Counts the programs run, for the results check (34 per invocation). */
static volatile __u32 runs;

BENCH_PROG(tail_static)(struct __sk_buff *skb)
{
	runs++;
	bpf_tail_call(skb, &chain, hop_index);
	return runs;
}
