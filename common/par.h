/* par.h - independent per-item work (one item per program) on a few threads.
 *
 * par_pipeline() takes every item through stages 0, 1, ... in order (for the compiler:
 * context rewriting, analysis, code generation of one program), items on several threads
 * at once, so that a program goes through all its stages while its data is in the cache
 * and the threads are started once. What the caller sees is what the sequential, stage by
 * stage order would give: stage 0 for items 0, 1, ..., then stage 1 for every item, ...,
 * stopping at the first failure. That is, the diagnostics of every (stage, item) up to and
 * including the first failing one, in that order, and -1 if one failed. Between two stages
 * the caller may put a gate: a check over all items (run once, on the calling thread,
 * after the stages before it have all succeeded) whose failure stops the rest.
 *
 * Work for a stage after a failed one (of any item) may or may not run, and its results
 * are not reported; fn must only write what belongs to item i. Items are independent: an
 * item's stage may run before another item's earlier stage.
 *
 * par_for(n, fn, ctx) is the pipeline of one stage.
 *
 * Threads: BPFAOT_THREADS=N in the environment forces N (1: everything on the calling
 * thread); otherwise the CPUs the process may run on (its affinity mask), at most 8;
 * never more than n.
 */
#ifndef BPFAOT_PAR_H
#define BPFAOT_PAR_H

#include <stdint.h>

#define PAR_MAX_STAGES 4

typedef int (*par_fn)(void *ctx, uint32_t i);
typedef int (*par_stage_fn)(void *ctx, uint32_t i, unsigned stage);

struct par_pipeline {
	uint32_t n;         /* items */
	unsigned n_stages;  /* at most PAR_MAX_STAGES */
	par_stage_fn fn;
	void *ctx;
	unsigned gate_before; /* stage that gate must pass before (0: no gate) */
	int (*gate)(void *ctx);
};

int par_run_pipeline(const struct par_pipeline *pl);
int par_for(uint32_t n, par_fn fn, void *ctx);
unsigned par_threads(uint32_t n);

#endif
