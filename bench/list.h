/* list.h - the benchmarks: BENCH(name, packet kind, tail-call hops). Each name is a
 * source progs/NAME.bpf.c whose entry program is also called NAME. `empty` comes first:
 * it is every engine's fixed cost. */
BENCH(empty, PKT_RANDOM, 0)
BENCH(arith, PKT_RANDOM, 0)
BENCH(bytehash, PKT_RANDOM, 0)
BENCH(crc32, PKT_RANDOM, 0)
BENCH(parse, PKT_FLOWS, 0)
BENCH(arraymap, PKT_RANDOM, 0)
BENCH(hashmap, PKT_RANDOM, 0)
BENCH(percpu, PKT_RANDOM, 0)
BENCH(calls, PKT_RANDOM, 0)
BENCH(alu32, PKT_RANDOM, 0)
BENCH(muldiv64, PKT_RANDOM, 0)
BENCH(memops, PKT_RANDOM, 0)
BENCH(tail_direct, PKT_RANDOM, 33)
BENCH(tail_static, PKT_RANDOM, 33)
BENCH(tail_dynamic, PKT_RANDOM, 33)
