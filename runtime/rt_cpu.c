/* rt_cpu.c - CPU slots: what "the current CPU" means for a program running in userspace.
 *
 * A thread may migrate between CPUs and several threads may run on one CPU, so
 * sched_getcpu() cannot give per-CPU maps the kernel's guarantee (one program at a time per
 * CPU, the same CPU for a whole invocation). Instead there are nr_cpus slots; a thread
 * acquires a free one on its first per-CPU access and owns it until it exits (a pthread key
 * destructor), calls bpfaot_cpu_release(), or the bpfaot_prog_run() that acquired it returns.
 * When every slot is owned, a thread that needs one waits for a release.
 */
#include "rt.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define RT_MIN_DEFAULT_SLOTS 64

static pthread_mutex_t cpu_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cpu_released = PTHREAD_COND_INITIALIZER;
static int nr_cpus;          /* 0 until fixed; then read with acquire loads */
static unsigned char *owned; /* owned[slot] != 0: some thread has it */
static pthread_key_t owner_key;
static bool waited_warning;

/* Initial-exec, so that the inlined per-CPU array lookups of compiled code read it with
 * one load through the GOT (bpfaot_abi.h). */
__thread int bpfaot_tls_cpu_slot __attribute__((tls_model("initial-exec"))) = -1;

static void release_at_thread_exit(void *unused)
{
	(void)unused;
	bpfaot_cpu_release();
}

static int default_nr_cpus(void)
{
	const char *env = getenv("BPFAOT_NR_CPUS");
	if (env && *env) {
		char *end;
		long n = strtol(env, &end, 10);
		if (*end == '\0' && n >= 1 && n <= BPFAOT_MAX_CPUS)
			return (int)n;
		fprintf(stderr, "bpfaot: ignoring BPFAOT_NR_CPUS=%s (not in 1..%d)\n", env,
			BPFAOT_MAX_CPUS);
	}
	/* At least RT_MIN_DEFAULT_SLOTS, so that a thread pool larger than the machine rarely
	 * has a thread wait for a slot; slots are handed out lowest first, so ids stay small
	 * while few threads run programs. */
	long n = sysconf(_SC_NPROCESSORS_CONF);
	if (n < RT_MIN_DEFAULT_SLOTS)
		n = RT_MIN_DEFAULT_SLOTS;
	return n > BPFAOT_MAX_CPUS ? BPFAOT_MAX_CPUS : (int)n;
}

/* Fix the slot count (called with cpu_lock held). */
static int fix_nr_cpus_locked(int n)
{
	unsigned char *table = calloc((size_t)n, 1);
	if (!table)
		return -ENOMEM;
	if (pthread_key_create(&owner_key, release_at_thread_exit) != 0) {
		free(table);
		return -ENOMEM;
	}
	owned = table;
	__atomic_store_n(&nr_cpus, n, __ATOMIC_RELEASE);
	return 0;
}

int bpfaot_num_possible_cpus(void)
{
	int n = __atomic_load_n(&nr_cpus, __ATOMIC_ACQUIRE);
	if (n)
		return n;
	pthread_mutex_lock(&cpu_lock);
	if (!nr_cpus && fix_nr_cpus_locked(default_nr_cpus()) != 0) {
		pthread_mutex_unlock(&cpu_lock);
		fprintf(stderr, "bpfaot: out of memory for CPU slots\n");
		abort();
	}
	n = nr_cpus;
	pthread_mutex_unlock(&cpu_lock);
	return n;
}

int bpfaot_set_nr_cpus(int n)
{
	if (n < 1 || n > BPFAOT_MAX_CPUS)
		return -EINVAL;
	pthread_mutex_lock(&cpu_lock);
	int err = 0;
	if (nr_cpus)
		err = nr_cpus == n ? 0 : -EBUSY;
	else
		err = fix_nr_cpus_locked(n);
	pthread_mutex_unlock(&cpu_lock);
	return err;
}

/* Wait for a release; after a second without one, say once why a thread may hang. */
static void wait_for_release(int n)
{
	struct timespec deadline;
	clock_gettime(CLOCK_REALTIME, &deadline);
	deadline.tv_sec += 1;
	if (pthread_cond_timedwait(&cpu_released, &cpu_lock, &deadline) == ETIMEDOUT &&
	    !waited_warning) {
		waited_warning = true;
		fprintf(stderr,
			"bpfaot: all %d CPU slots have been owned by other threads for a second; "
			"waiting (see BPFAOT_NR_CPUS in docs/runtime.md)\n",
			n);
	}
}

static int acquire_slot(void)
{
	int n = bpfaot_num_possible_cpus();
	pthread_mutex_lock(&cpu_lock);
	for (;;) {
		for (int i = 0; i < n; i++) {
			if (!owned[i]) {
				owned[i] = 1;
				pthread_mutex_unlock(&cpu_lock);
				bpfaot_tls_cpu_slot = i;
				pthread_setspecific(owner_key, &bpfaot_tls_cpu_slot);
				return i;
			}
		}
		wait_for_release(n);
	}
}

int rt_cpu_current(void)
{
	int slot = bpfaot_tls_cpu_slot;
	return slot >= 0 ? slot : acquire_slot();
}

bool rt_cpu_owned(void)
{
	return bpfaot_tls_cpu_slot >= 0;
}

int bpfaot_cpu_current(void)
{
	return rt_cpu_current();
}

void bpfaot_cpu_release(void)
{
	int slot = bpfaot_tls_cpu_slot;
	if (slot < 0)
		return;
	bpfaot_tls_cpu_slot = -1;
	pthread_setspecific(owner_key, NULL);
	pthread_mutex_lock(&cpu_lock);
	owned[slot] = 0;
	pthread_cond_signal(&cpu_released);
	pthread_mutex_unlock(&cpu_lock);
}
