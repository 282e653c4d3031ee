/* bench_runtime.c - nanoseconds per runtime operation, as compiled programs call them
 * (`meson test -C build --benchmark --suite runtime`; not a pass/fail test). */
#include "rt_test.h"

#include <linux/bpf.h>
#include <pthread.h>
#include <time.h>

#define ITERS 2000000

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

#define BENCH(label, ...)                                                                  \
	do {                                                                               \
		double t0_ = now_ns();                                                     \
		for (uint32_t i = 0; i < ITERS; i++) {                                     \
			__VA_ARGS__;                                                            \
		}                                                                          \
		printf("%-40s %7.1f ns\n", label, (now_ns() - t0_) / ITERS);               \
	} while (0)

static uint64_t array_storage[1024];
static struct bpfaot_map array = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 8, 1024, array_storage);
static struct bpfaot_map pcpu = MAP_INIT(BPF_MAP_TYPE_PERCPU_ARRAY, 4, 8, 1024, NULL);
static struct bpfaot_map hash = MAP_INIT(BPF_MAP_TYPE_HASH, 4, 8, 1024, NULL);
static struct bpfaot_map lru = MAP_INIT(BPF_MAP_TYPE_LRU_HASH, 4, 8, 1024, NULL);
static struct bpfaot_map rb = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, 1 << 20, NULL);
static volatile uint64_t sink;

static int drop(void *ctx, void *data, size_t size)
{
	(void)ctx, (void)data, (void)size;
	return 0;
}

static void *hash_reader(void *arg)
{
	double *ns = arg;
	uint32_t x = (uint32_t)(uintptr_t)ns; /* each thread its own key sequence */
	double t0 = now_ns();
	for (uint32_t i = 0; i < ITERS; i++) {
		x = x * 1103515245u + 12345u;
		uint32_t k = (x >> 8) & 1023;
		sink += H2(bpfaot_helper_map_lookup_elem, &hash, &k);
	}
	*ns = (now_ns() - t0) / ITERS;
	return NULL;
}

int main(void)
{
	for (uint32_t k = 0; k < 1024; k++) {
		uint64_t v = k;
		H4(bpfaot_helper_map_update_elem, &hash, &k, &v, BPF_ANY);
		H4(bpfaot_helper_map_update_elem, &lru, &k, &v, BPF_ANY);
	}
	BENCH("array lookup (helper)", uint32_t k = i & 1023;
	      sink += H2(bpfaot_helper_map_lookup_elem, &array, &k));
	BENCH("percpu array lookup (helper)", uint32_t k = i & 1023;
	      sink += H2(bpfaot_helper_map_lookup_elem, &pcpu, &k));
	BENCH("hash lookup, 1024 keys (helper)", uint32_t k = i & 1023;
	      sink += H2(bpfaot_helper_map_lookup_elem, &hash, &k));
	BENCH("hash update existing (helper)", uint32_t k = i & 1023; uint64_t v = i;
	      sink += H4(bpfaot_helper_map_update_elem, &hash, &k, &v, BPF_ANY));
	BENCH("hash delete + insert (helper)", uint32_t k = i & 1023; uint64_t v = i;
	      H2(bpfaot_helper_map_delete_elem, &hash, &k);
	      sink += H4(bpfaot_helper_map_update_elem, &hash, &k, &v, BPF_NOEXIST));
	BENCH("lru lookup (helper)", uint32_t k = i & 1023;
	      sink += H2(bpfaot_helper_map_lookup_elem, &lru, &k));
	BENCH("lru insert evicting (helper)", uint32_t k = 1024 + i; uint64_t v = i;
	      sink += H4(bpfaot_helper_map_update_elem, &lru, &k, &v, BPF_ANY));
	BENCH("ringbuf output 16 B + consume 1/64", uint64_t rec[2] = {i, i};
	      sink += H4(bpfaot_helper_ringbuf_output, &rb, rec, 16, BPF_RB_NO_WAKEUP);
	      if ((i & 63) == 63) bpfaot_ringbuf_consume(&rb, drop, NULL));
	BENCH("ktime_get_ns", sink += bpfaot_helper_ktime_get_ns(0, 0, 0, 0, 0));
	BENCH("get_prandom_u32", sink += bpfaot_helper_get_prandom_u32(0, 0, 0, 0, 0));
	BENCH("get_smp_processor_id", sink += bpfaot_helper_get_smp_processor_id(0, 0, 0, 0, 0));
	double one = 0, two[2] = {0, 0};
	hash_reader(&one);
	pthread_t t[2];
	for (int i = 0; i < 2; i++)
		pthread_create(&t[i], NULL, hash_reader, &two[i]);
	for (int i = 0; i < 2; i++)
		pthread_join(t[i], NULL);
	printf("%-40s %7.1f ns (1 thread %.1f ns)\n", "hash lookup, 2 threads at once",
	       (two[0] + two[1]) / 2, one);
	return 0;
}
