/* empty: the fixed cost of running a program on each engine (subtracted from the rest). */
#include "bench.h"

BENCH_PROG(empty)(struct __sk_buff *skb)
{
	(void)skb;
	return 0;
}
