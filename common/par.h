/* par.h - independent per-item work (one item per program) on a few threads.
 *
 * par_for(n, fn, ctx) calls fn(ctx, i) for every i in [0, n), on up to par_threads(n)
 * threads (the calling thread is one of them), and returns when all calls are done. What
 * the caller sees is what calling fn(ctx, 0), fn(ctx, 1), ... in order and stopping at
 * the first failure would give: the diagnostics of every item up to and including the
 * first failing one (in item order) are printed in item order, those of later items are
 * dropped, and the result is -1 if any item failed. Items after a failed one may or may not
 * run; fn must only write what belongs to item i.
 *
 * Threads: BPFAOT_THREADS=N in the environment forces N (1: everything on the calling
 * thread, exactly the sequential code path); otherwise the CPUs the process may run on
 * (its affinity mask), at most 8; never more than n.
 */
#ifndef BPFAOT_PAR_H
#define BPFAOT_PAR_H

#include <stdint.h>

typedef int (*par_fn)(void *ctx, uint32_t i);

int par_for(uint32_t n, par_fn fn, void *ctx);
unsigned par_threads(uint32_t n);

#endif
