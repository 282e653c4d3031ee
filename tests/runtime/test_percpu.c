/* CPU slots: every thread that runs a program owns a slot no other thread has, for the
 * whole invocation; per-CPU maps are isolated between threads; the tail-call scratch
 * pattern (a one-element per-CPU array shared by the programs of one chain) works with
 * more threads than slots; slots come back when threads exit or release them. */
#include "rt_test.h"

#include <linux/bpf.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#define NR_CPUS 4

static pthread_barrier_t barrier;
static int slot_of[NR_CPUS];

static void *take_slot(void *arg)
{
	int i = (int)(intptr_t)arg;
	slot_of[i] = (int)bpfaot_helper_get_smp_processor_id(0, 0, 0, 0, 0);
	/* the slot does not change while the thread owns it */
	for (int j = 0; j < 100; j++)
		if ((int)bpfaot_helper_get_smp_processor_id(0, 0, 0, 0, 0) != slot_of[i])
			slot_of[i] = -100;
	pthread_barrier_wait(&barrier); /* all hold their slot at once */
	return NULL;
}

static void test_distinct_slots_and_release_at_exit(void)
{
	for (int round = 0; round < 3; round++) { /* would block if exits did not release */
		pthread_t t[NR_CPUS];
		pthread_barrier_init(&barrier, NULL, NR_CPUS);
		for (int i = 0; i < NR_CPUS; i++)
			pthread_create(&t[i], NULL, take_slot, (void *)(intptr_t)i);
		for (int i = 0; i < NR_CPUS; i++)
			pthread_join(t[i], NULL);
		pthread_barrier_destroy(&barrier);
		int mask = 0;
		for (int i = 0; i < NR_CPUS; i++) {
			CHECK(slot_of[i] >= 0 && slot_of[i] < NR_CPUS);
			if (slot_of[i] >= 0 && slot_of[i] < NR_CPUS)
				mask |= 1 << slot_of[i];
		}
		CHECK_EQ(mask, (1 << NR_CPUS) - 1);
	}
}

static void test_set_nr_cpus(void)
{
	CHECK_EQ(bpfaot_num_possible_cpus(), NR_CPUS);
	CHECK_EQ(bpfaot_set_nr_cpus(NR_CPUS), 0);
	CHECK_EQ(bpfaot_set_nr_cpus(NR_CPUS + 1), -EBUSY);
	CHECK_EQ(bpfaot_set_nr_cpus(0), -EINVAL);
	CHECK_EQ(bpfaot_set_nr_cpus(BPFAOT_MAX_CPUS + 1), -EINVAL);
}

/* Per-CPU counters incremented without atomics: correct only if no two threads ever share
 * a slot (and ThreadSanitizer would see the race). */
static struct bpfaot_map counters = MAP_INIT(BPF_MAP_TYPE_PERCPU_ARRAY, 4, 8, 1, NULL);
#define INCREMENTS 20000

static uint64_t count_prog(void *ctx)
{
	(void)ctx;
	uint32_t key = 0;
	uint64_t *c = (uint64_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &counters, &key);
	if (!c)
		return 1;
	uint64_t v = *c;
	if (v % 64 == 0)
		sched_yield(); /* invite another thread onto "this CPU" */
	*c = v + 1;
	return 0;
}

static const struct bpfaot_prog count_desc = {.name = "count", .func = count_prog};

static void *count_worker(void *arg)
{
	(void)arg;
	uint64_t r0, failures = 0;
	for (int i = 0; i < INCREMENTS; i++)
		if (bpfaot_prog_run(&count_desc, NULL, 0, &r0) != 0 || r0 != 0)
			failures++;
	return (void *)(uintptr_t)failures;
}

static void test_percpu_isolation_more_threads_than_slots(void)
{
	enum { THREADS = 3 * NR_CPUS };
	pthread_t t[THREADS];
	for (int i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, count_worker, NULL);
	for (int i = 0; i < THREADS; i++) {
		void *failures;
		pthread_join(t[i], &failures);
		CHECK(failures == NULL);
	}
	uint64_t all[NR_CPUS];
	uint32_t key = 0;
	CHECK_EQ(bpfaot_map_lookup_elem(&counters, &key, 4, all, sizeof(all), 0), 0);
	uint64_t sum = 0;
	for (int c = 0; c < NR_CPUS; c++)
		sum += all[c];
	CHECK_EQ(sum, (uint64_t)THREADS * INCREMENTS);
}

/* The tail-call documentation's pattern: the first program of a chain leaves state in a
 * one-element per-CPU array, the program it tail-calls reads it back. */
static struct bpfaot_map scratch = MAP_INIT(BPF_MAP_TYPE_PERCPU_ARRAY, 4, 16, 1, NULL);

static uint64_t chain_second(void *ctx)
{
	(void)ctx;
	uint32_t key = 0;
	uint64_t *s = (uint64_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &scratch, &key);
	return s && s[1] == ~s[0] ? s[0] : 0;
}

static uint64_t chain_first(void *ctx)
{
	uint32_t key = 0;
	uint64_t *s = (uint64_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &scratch, &key);
	if (!s)
		return 0;
	s[0] = (uint64_t)(uintptr_t)ctx;
	sched_yield();
	s[1] = ~s[0];
	sched_yield();
	return chain_second(ctx); /* stands in for the tail call */
}

static const struct bpfaot_prog chain_desc = {.name = "chain", .func = chain_first};

static void *chain_worker(void *arg)
{
	uintptr_t wrong = 0;
	for (uintptr_t i = 1; i <= 2000; i++) {
		uint64_t r0 = 0;
		uintptr_t token = ((uintptr_t)arg << 32) | i;
		bpfaot_prog_run(&chain_desc, (void *)token, 0, &r0);
		if (r0 != token)
			wrong++;
	}
	return (void *)wrong;
}

static void test_scratch_pattern_many_threads(void)
{
	enum { THREADS = 16 };
	pthread_t t[THREADS];
	for (uintptr_t i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, chain_worker, (void *)(i + 1));
	for (int i = 0; i < THREADS; i++) {
		void *wrong;
		pthread_join(t[i], &wrong);
		CHECK(wrong == NULL);
	}
}

/* Threads that call programs directly keep their slot; one more thread waits for a slot
 * until one of them gives it back. */
static pthread_barrier_t holders_ready;
static pthread_mutex_t release_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t release_cond = PTHREAD_COND_INITIALIZER;
static int release_now;
static int late_slot = -1;
static int late_done;

static void *holder(void *arg)
{
	int *slot = arg;
	*slot = bpfaot_cpu_current();
	pthread_barrier_wait(&holders_ready);
	pthread_mutex_lock(&release_lock);
	while (!release_now)
		pthread_cond_wait(&release_cond, &release_lock);
	pthread_mutex_unlock(&release_lock);
	bpfaot_cpu_release();
	return NULL;
}

static void *late_thread(void *arg)
{
	(void)arg;
	int slot = bpfaot_cpu_current(); /* waits */
	__atomic_store_n(&late_slot, slot, __ATOMIC_RELEASE);
	__atomic_store_n(&late_done, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void test_waiting_for_a_slot(void)
{
	pthread_t h[NR_CPUS], late;
	int slots[NR_CPUS];
	pthread_barrier_init(&holders_ready, NULL, NR_CPUS + 1);
	for (int i = 0; i < NR_CPUS; i++)
		pthread_create(&h[i], NULL, holder, &slots[i]);
	pthread_barrier_wait(&holders_ready);
	pthread_create(&late, NULL, late_thread, NULL);
	usleep(100 * 1000);
	CHECK_EQ(__atomic_load_n(&late_done, __ATOMIC_ACQUIRE), 0);
	pthread_mutex_lock(&release_lock);
	release_now = 1;
	pthread_cond_broadcast(&release_cond);
	pthread_mutex_unlock(&release_lock);
	for (int i = 0; i < NR_CPUS; i++)
		pthread_join(h[i], NULL);
	pthread_join(late, NULL);
	CHECK_EQ(late_done, 1);
	CHECK(late_slot >= 0 && late_slot < NR_CPUS);
	pthread_barrier_destroy(&holders_ready);
}

static void test_lookup_percpu_elem(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_PERCPU_HASH, 4, 8, 2, NULL);
	uint64_t all[NR_CPUS] = {10, 11, 12, 13};
	uint32_t key = 5;
	CHECK_EQ(bpfaot_map_update_elem(&m, &key, 4, all, sizeof(all), BPF_ANY), 0);
	for (uint64_t c = 0; c < NR_CPUS; c++) {
		uint64_t *p = (uint64_t *)(uintptr_t)H3(bpfaot_helper_map_lookup_percpu_elem, &m,
							 &key, c);
		CHECK(p && *p == 10 + c);
	}
	CHECK(H3(bpfaot_helper_map_lookup_percpu_elem, &m, &key, NR_CPUS) == 0);
	uint32_t absent = 6;
	CHECK(H3(bpfaot_helper_map_lookup_percpu_elem, &m, &absent, 0) == 0);
	CHECK(H3(bpfaot_helper_map_lookup_percpu_elem, &scratch, &absent, 0) == 0); /* index */
	uint32_t zero = 0;
	CHECK(H3(bpfaot_helper_map_lookup_percpu_elem, &counters, &zero, 3) != 0);
	uint64_t array_storage[1];
	struct bpfaot_map plain = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 8, 1, array_storage);
	CHECK(H3(bpfaot_helper_map_lookup_percpu_elem, &plain, &zero, 0) == 0);
	bpfaot_map_free(&m);
	bpfaot_map_free(&plain);
}

static void test_prog_run_lease(void)
{
	/* a thread that owned no slot before bpfaot_prog_run owns none after it */
	bpfaot_cpu_release();
	uint64_t r0;
	CHECK_EQ(bpfaot_prog_run(&count_desc, NULL, 0, &r0), 0);
	/* and one that owned a slot keeps it */
	int slot = bpfaot_cpu_current();
	CHECK_EQ(bpfaot_prog_run(&count_desc, NULL, 0, &r0), 0);
	CHECK_EQ(bpfaot_cpu_current(), slot);
	bpfaot_cpu_release();
	CHECK_EQ(bpfaot_prog_run(NULL, NULL, 0, &r0), -EINVAL);
}

/* The contract inlined lookups rely on (bpfaot_abi.h): map->storage is NULL until the map
 * exists, then the base of the slots' values with BPFAOT_PERCPU_STRIDE between slots, and
 * NULL again once freed; bpfaot_tls_cpu_slot is the thread's slot or -1. */
static void test_inline_contract(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_PERCPU_ARRAY, 4, 12, 5, NULL);
	bpfaot_cpu_release();
	CHECK_EQ(bpfaot_tls_cpu_slot, -1);
	CHECK(m.storage == NULL);
	uint32_t key = 3;
	char *mine = (char *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &m, &key);
	int slot = bpfaot_tls_cpu_slot;
	CHECK(slot >= 0 && slot < NR_CPUS && slot == bpfaot_cpu_current());
	CHECK_EQ(BPFAOT_PERCPU_STRIDE(12, 5), 128); /* 5 values of 16 bytes, in whole lines */
	CHECK(m.storage && mine == (char *)m.storage + slot * 128 + 3 * 16);
	uint64_t all[NR_CPUS * 2] = {0};
	all[2 * 2] = 77; /* slot 2's value */
	CHECK_EQ(bpfaot_map_update_elem(&m, &key, 4, all, sizeof(all), BPF_ANY), 0);
	CHECK_EQ(*(uint64_t *)((char *)m.storage + 2 * 128 + 3 * 16), 77);
	bpfaot_map_free(&m);
	CHECK(m.storage == NULL);
	bpfaot_cpu_release();
	CHECK_EQ(bpfaot_tls_cpu_slot, -1);
}

int main(void)
{
	CHECK_EQ(bpfaot_set_nr_cpus(NR_CPUS), 0); /* before any per-CPU use */
	RUN(test_set_nr_cpus);
	RUN(test_distinct_slots_and_release_at_exit);
	RUN(test_percpu_isolation_more_threads_than_slots);
	RUN(test_scratch_pattern_many_threads);
	RUN(test_waiting_for_a_slot);
	RUN(test_lookup_percpu_elem);
	RUN(test_prog_run_lease);
	RUN(test_inline_contract);
	return TEST_EXIT();
}
