/* tailcall_stress.c - two threads run tail-call chains while a third rewrites the prog
 * array under them (tailcall.bpf.c compiled with --name tc). Every result must be one of
 * the valid outcomes: a chain to the limit always counts 33 steps (its slot is never
 * touched, and its counter is per invocation), and a call through the slot being
 * rewritten reaches leaf (100), leaf2 (200) or falls through (1). Meant to run under
 * ThreadSanitizer too (a -Db_sanitize=thread build). BPFAOT_STRESS_SECONDS: duration. */
#include "bpfaot.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

extern struct bpfaot_object tc__object;
extern struct bpfaot_map tc__map__chain;
extern uint64_t tc__map__bss__storage[]; /* runs, key, pick */
uint64_t tc__counted_chain(void *ctx);
uint64_t tc__static_call(void *ctx);
uint64_t tc__direct_call(void *ctx);

static atomic_bool stop;
static atomic_long bad, runs;

static void *runner(void *arg)
{
	(void)arg;
	while (!atomic_load(&stop)) {
		uint64_t chain = tc__counted_chain(NULL);
		uint64_t by_static = tc__static_call(NULL); /* key 1, set before the threads */
		uint64_t by_direct = tc__direct_call(NULL);
		if (chain != 33)
			atomic_fetch_add(&bad, 1);
		if (by_static != 100 && by_static != 200 && by_static != 1)
			atomic_fetch_add(&bad, 1);
		if (by_direct != 100 && by_direct != 200 && by_direct != 1)
			atomic_fetch_add(&bad, 1);
		atomic_fetch_add(&runs, 1);
	}
	bpfaot_cpu_release();
	return NULL;
}

static void *rewriter(void *arg)
{
	(void)arg;
	struct bpfaot_prog *leaf = bpfaot_object_find_prog(&tc__object, "leaf");
	struct bpfaot_prog *leaf2 = bpfaot_object_find_prog(&tc__object, "leaf2");
	for (unsigned i = 0; !atomic_load(&stop); i++) {
		int err = i % 3 == 2 ? bpfaot_prog_array_delete(&tc__map__chain, 1)
				     : bpfaot_prog_array_update(&tc__map__chain, 1, i % 3 ? leaf2 : leaf);
		if (err)
			atomic_fetch_add(&bad, 1);
	}
	return NULL;
}

int main(void)
{
	const char *env = getenv("BPFAOT_STRESS_SECONDS");
	double seconds = env ? atof(env) : 2.0;
	tc__map__bss__storage[1] = 1; /* static_call's key */
	pthread_t threads[3];
	pthread_create(&threads[0], NULL, runner, NULL);
	pthread_create(&threads[1], NULL, runner, NULL);
	pthread_create(&threads[2], NULL, rewriter, NULL);
	struct timespec t = {(time_t)seconds, (long)((seconds - (time_t)seconds) * 1e9)};
	nanosleep(&t, NULL);
	atomic_store(&stop, true);
	for (int i = 0; i < 3; i++)
		pthread_join(threads[i], NULL);
	printf("%ld rounds, %ld invalid outcomes\n", atomic_load(&runs), atomic_load(&bad));
	return atomic_load(&bad) || !atomic_load(&runs) ? 1 : 0;
}
