/* tail_direct: a chain of 33 tail calls with a constant index into a statically known prog
 * array (the kernel patches these to direct jumps). The program calls itself; the 34th
 * attempt fails on the tail-call limit and the program returns the number of programs run
 * so far (34 per invocation). */
#include "bench.h"

BENCH_PROG_DECL(tail_direct);
BENCH_PROG_ARRAY(chain, 1, [0] = PROG_REF(tail_direct));

/* Counts the programs run, for the results check (34 per invocation). */
static volatile __u32 runs;

BENCH_PROG(tail_direct)(struct __sk_buff *skb)
{
	runs++;
	bpf_tail_call(skb, &chain, 0);
	return runs;
}
