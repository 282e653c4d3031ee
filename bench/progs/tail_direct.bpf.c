/* tail_direct: a chain of 33 tail calls with a constant index into a statically known prog
 * array (the kernel patches these to direct jumps). The program calls itself; the 34th
 * attempt fails on the tail-call limit and the program returns 1. */
#include "bench.h"

BENCH_PROG_DECL(tail_direct);
BENCH_PROG_ARRAY(chain, 1, [0] = PROG_REF(tail_direct));

BENCH_PROG(tail_direct)(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &chain, 0);
	return 1;
}
