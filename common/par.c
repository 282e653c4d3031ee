/* par.c - per-item work on a few threads; see par.h. */
#include "par.h"

#include "diag.h"
#include "util.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#define PAR_DEFAULT_MAX 8  /* threads without BPFAOT_THREADS */
#define PAR_FORCED_MAX 64  /* threads with it */

struct par_job {
	par_fn fn;
	void *ctx;
	uint32_t n;
	struct diag_capture *diags; /* per item */
	atomic_uint_fast32_t next;  /* next item to take */
	atomic_uint_fast32_t first_failed; /* lowest failed item so far, n if none */
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

static void note_failure(struct par_job *job, uint32_t i)
{
	uint_fast32_t seen = atomic_load(&job->first_failed);
	while (i < seen && !atomic_compare_exchange_weak(&job->first_failed, &seen, i))
		;
}

/* Items are taken in increasing order, so once one is past a failure all later are too. */
static void *work(void *arg)
{
	struct par_job *job = arg;
	for (;;) {
		uint32_t i = (uint32_t)atomic_fetch_add(&job->next, 1);
		if (i >= job->n || i > atomic_load(&job->first_failed))
			break;
		diag_capture_begin(&job->diags[i]);
		int err = job->fn(job->ctx, i);
		diag_capture_end();
		if (err)
			note_failure(job, i);
	}
	return NULL;
}

static int run_sequential(uint32_t n, par_fn fn, void *ctx)
{
	for (uint32_t i = 0; i < n; i++)
		if (fn(ctx, i))
			return -1;
	return 0;
}

/* Every item up to the first failure ran (see work()); print their diagnostics in order. */
static int finish(struct par_job *job)
{
	uint32_t last = (uint32_t)atomic_load(&job->first_failed);
	for (uint32_t i = 0; i < job->n; i++) {
		if (i <= last)
			diag_capture_flush(&job->diags[i]);
		else
			sb_free(&job->diags[i].text);
	}
	free(job->diags);
	return last < job->n ? -1 : 0;
}

int par_for(uint32_t n, par_fn fn, void *ctx)
{
	unsigned threads = par_threads(n);
	if (threads <= 1)
		return run_sequential(n, fn, ctx);
	struct par_job job = {.fn = fn, .ctx = ctx, .n = n};
	job.diags = xcalloc(n, sizeof(*job.diags));
	atomic_init(&job.next, 0);
	atomic_init(&job.first_failed, n);
	pthread_t *tids = xcalloc(threads - 1, sizeof(*tids));
	unsigned started = 0;
	while (started < threads - 1 && !pthread_create(&tids[started], NULL, work, &job))
		started++;
	work(&job);
	for (unsigned k = 0; k < started; k++)
		pthread_join(tids[k], NULL);
	free(tids);
	return finish(&job);
}
