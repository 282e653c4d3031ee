/* atomics.bpf.c - atomic operations on global data (a map value): add, or, and, xor with
 * fetch, xchg, cmpxchg that succeeds and one that fails, 32-bit fetch-add and cmpxchg,
 * and an add whose result is unused (no fetch). One struct, so that every clang lays
 * .data out the same way. Input: ctx[0] = 3 in the case. */
#include "e2e.h"

struct {
	u64 x, y, z;
	u32 w, v;
} g = { 100, 0xff00, 5, 7, 0x10 };

SEC("raw_tp") int atomics(u64 *ctx)
{
	u64 d = ctx[0];
	u64 old1 = __sync_fetch_and_add(&g.x, d);
	u64 old2 = __sync_fetch_and_or(&g.y, 0x0f);
	u64 old3 = __sync_fetch_and_and(&g.y, 0xf0f);
	u64 old4 = __sync_fetch_and_xor(&g.z, 0xff);
	u64 old5 = __sync_lock_test_and_set(&g.x, 42);
	u64 old6 = __sync_val_compare_and_swap(&g.z, 0xfa, 9);
	u64 old7 = __sync_val_compare_and_swap(&g.z, 0xfa, 11);
	u32 old8 = __sync_fetch_and_add(&g.w, 1);
	u32 old9 = __sync_val_compare_and_swap(&g.v, 0x10, 0x20);

	__sync_fetch_and_add(&g.v, 1);
	return old1 + old2 + old3 + old4 + old5 + old6 + old7 + old8 + old9;
}
