/* par.c - per-item work on a few threads; see par.h. */
#include "par.h"

#include "diag.h"
#include "util.h"

#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#define PAR_DEFAULT_MAX 8  /* threads without BPFAOT_THREADS */
#define PAR_FORCED_MAX 64  /* threads with it */

struct par_job {
	const struct par_pipeline *pl;
	struct diag_capture *diags; /* per stage, then per item */
	atomic_uint_fast32_t next;  /* next item to take */
	atomic_uint_fast32_t first_failed[PAR_MAX_STAGES]; /* lowest failed item, n if none */
};

static unsigned forced_threads(void)
{
	const char *s = getenv("BPFAOT_THREADS");
	if (!s || !*s)
		return 0;
	char *end;
	unsigned long v = strtoul(s, &end, 10);
	if (*end || v == 0)
		return 0;
	return v > PAR_FORCED_MAX ? PAR_FORCED_MAX : (unsigned)v;
}

/* The CPUs this process may run on (a process pinned to one CPU gains nothing from
 * threads), else the online ones. */
static unsigned usable_cpus(void)
{
	cpu_set_t set;
	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return (unsigned)CPU_COUNT(&set);
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	return online < 1 ? 1 : (unsigned)online;
}

unsigned par_threads(uint32_t n)
{
	unsigned t = forced_threads();
	if (!t) {
		t = usable_cpus();
		t = t > PAR_DEFAULT_MAX ? PAR_DEFAULT_MAX : t;
	}
	return n < t ? (n ? n : 1) : t;
}

static void note_failure(struct par_job *job, unsigned stage, uint32_t i)
{
	atomic_uint_fast32_t *first = &job->first_failed[stage];
	uint_fast32_t seen = atomic_load(first);
	while (i < seen && !atomic_compare_exchange_weak(first, &seen, i))
		;
}

/* Whether the sequential order would run stage s of item i, as far as is known yet: not
 * after a failure in an earlier stage, nor after an earlier item's failure in this one. */
static bool stage_needed(struct par_job *job, uint32_t i, unsigned s)
{
	for (unsigned t = 0; t < s; t++)
		if (atomic_load(&job->first_failed[t]) < job->pl->n)
			return false;
	return i <= atomic_load(&job->first_failed[s]);
}

static void *work(void *arg)
{
	struct par_job *job = arg;
	const struct par_pipeline *pl = job->pl;
	for (;;) {
		uint32_t i = (uint32_t)atomic_fetch_add(&job->next, 1);
		if (i >= pl->n)
			break;
		for (unsigned s = 0; s < pl->n_stages && stage_needed(job, i, s); s++) {
			diag_capture_begin(&job->diags[s * pl->n + i]);
			int err = pl->fn(pl->ctx, i, s);
			diag_capture_end();
			if (err) {
				note_failure(job, s, i);
				break;
			}
		}
	}
	return NULL;
}

/* Prints the diagnostics of stages [from, to) in the sequential order; -1 if one failed. */
static int report(struct par_job *job, unsigned from, unsigned to)
{
	uint32_t n = job->pl->n;
	for (unsigned s = from; s < to; s++) {
		uint32_t last = (uint32_t)atomic_load(&job->first_failed[s]);
		for (uint32_t i = 0; i < n && i <= last; i++)
			diag_capture_flush(&job->diags[s * n + i]);
		if (last < n)
			return -1;
	}
	return 0;
}

/* Where the worker threads start: a new thread tends to be queued on its creator's CPU,
 * which stays busy with work(), until the scheduler's next balancing moves it: measured
 * here, the second thread often started 1-4 ms late, most of a large compile. So workers
 * start on the other CPUs the process may use, and get the whole set back once running
 * (worker_main). Returns false where there are no other CPUs to name. */
static bool start_elsewhere(pthread_attr_t *attr, cpu_set_t *allowed)
{
	int here = sched_getcpu();
	if (here < 0 || sched_getaffinity(0, sizeof(*allowed), allowed) || !CPU_ISSET(here, allowed) ||
	    CPU_COUNT(allowed) < 2)
		return false;
	cpu_set_t others = *allowed;
	CPU_CLR(here, &others);
	return pthread_attr_setaffinity_np(attr, sizeof(others), &others) == 0;
}

struct worker_start {
	struct par_job *job;
	const cpu_set_t *allowed; /* to restore, or NULL */
};

static void *worker_main(void *arg)
{
	struct worker_start *w = arg;
	if (w->allowed)
		pthread_setaffinity_np(pthread_self(), sizeof(*w->allowed), w->allowed);
	return work(w->job);
}

static void run_threads(struct par_job *job, unsigned threads)
{
	pthread_t *tids = xcalloc(threads, sizeof(*tids));
	pthread_attr_t attr;
	cpu_set_t allowed;
	bool attr_ok = pthread_attr_init(&attr) == 0;
	struct worker_start w = {job, attr_ok && start_elsewhere(&attr, &allowed) ? &allowed : NULL};
	unsigned started = 0;
	while (started + 1 < threads &&
	       !pthread_create(&tids[started], attr_ok ? &attr : NULL, worker_main, &w))
		started++;
	if (attr_ok)
		pthread_attr_destroy(&attr);
	work(job);
	for (unsigned k = 0; k < started; k++)
		pthread_join(tids[k], NULL);
	free(tids);
}

int par_run_pipeline(const struct par_pipeline *pl)
{
	struct par_job job = {.pl = pl};
	job.diags = xcalloc((size_t)pl->n * pl->n_stages, sizeof(*job.diags));
	atomic_init(&job.next, 0);
	for (unsigned s = 0; s < PAR_MAX_STAGES; s++)
		atomic_init(&job.first_failed[s], pl->n);
	run_threads(&job, par_threads(pl->n));
	unsigned gate = pl->gate ? pl->gate_before : 0;
	int ret = report(&job, 0, gate);
	if (ret == 0 && gate && pl->gate(pl->ctx))
		ret = -1;
	if (ret == 0)
		ret = report(&job, gate, pl->n_stages);
	for (size_t k = 0; k < (size_t)pl->n * pl->n_stages; k++)
		sb_free(&job.diags[k].text); /* those not reported */
	free(job.diags);
	return ret;
}

struct one_stage {
	par_fn fn;
	void *ctx;
};

static int run_one_stage(void *ctx, uint32_t i, unsigned stage)
{
	(void)stage;
	struct one_stage *o = ctx;
	return o->fn(o->ctx, i);
}

int par_for(uint32_t n, par_fn fn, void *ctx)
{
	struct one_stage o = {fn, ctx};
	struct par_pipeline pl = {.n = n, .n_stages = 1, .fn = run_one_stage, .ctx = &o};
	return par_run_pipeline(&pl);
}
