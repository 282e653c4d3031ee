/* Lazy creation of map state: threads that use a fresh map for the first time at the same
 * instant must end up sharing one state (a lost race that kept its own state would lose
 * that thread's elements). Many rounds, each on a fresh map. */
#include "rt_test.h"

#include <linux/bpf.h>
#include <pthread.h>

#define THREADS 8
#define ROUNDS 200

static pthread_barrier_t start;
static struct bpfaot_map *current;

static void *first_use(void *arg)
{
	uint32_t key = (uint32_t)(uintptr_t)arg;
	uint64_t value = key + 1000;
	pthread_barrier_wait(&start);
	if (current->type == BPF_MAP_TYPE_RINGBUF)
		H4(bpfaot_helper_ringbuf_output, current, &value, 8, 0);
	else
		H4(bpfaot_helper_map_update_elem, current, &key, &value, BPF_ANY);
	return NULL;
}

static int count_records(void *ctx, void *data, size_t size)
{
	(void)data, (void)size;
	(*(int *)ctx)++;
	return 0;
}

static void race(struct bpfaot_map *m)
{
	current = m;
	pthread_t t[THREADS];
	for (uintptr_t i = 0; i < THREADS; i++)
		pthread_create(&t[i], NULL, first_use, (void *)i);
	for (int i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
}

static void test_hash_first_use(void)
{
	for (int round = 0; round < ROUNDS; round++) {
		struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, 4, 8, THREADS, NULL);
		race(&m);
		for (uint32_t k = 0; k < THREADS; k++) {
			uint64_t v = 0;
			CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, &v, 8, 0), 0);
			CHECK_EQ(v, k + 1000);
		}
		bpfaot_map_free(&m);
		if (test_failures)
			return;
	}
}

static void test_array_without_storage_first_use(void)
{
	for (int round = 0; round < ROUNDS; round++) {
		struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 8, THREADS, NULL);
		race(&m);
		for (uint32_t k = 0; k < THREADS; k++) {
			uint64_t v = 0;
			CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, &v, 8, 0), 0);
			CHECK_EQ(v, k + 1000);
		}
		bpfaot_map_free(&m);
		if (test_failures)
			return;
	}
}

static void test_ringbuf_first_use(void)
{
	for (int round = 0; round < ROUNDS / 4; round++) {
		struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, 4096, NULL);
		race(&m);
		int n = 0;
		CHECK_EQ(bpfaot_ringbuf_consume(&m, count_records, &n), THREADS);
		CHECK_EQ(n, THREADS);
		bpfaot_map_free(&m);
		if (test_failures)
			return;
	}
}

int main(void)
{
	pthread_barrier_init(&start, NULL, THREADS);
	RUN(test_hash_first_use);
	RUN(test_array_without_storage_first_use);
	RUN(test_ringbuf_first_use);
	pthread_barrier_destroy(&start);
	return TEST_EXIT();
}
