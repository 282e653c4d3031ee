/* tail_static: the same 33-hop chain, but the index is a run-time value (a writable global
 * the verifier cannot know), the prog array still statically known. */
#include "bench.h"

BENCH_PROG_DECL(tail_static);
BENCH_PROG_ARRAY(chain, 1, [0] = PROG_REF(tail_static));

static volatile __u32 hop_index;

BENCH_PROG(tail_static)(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &chain, hop_index);
	return 1;
}
