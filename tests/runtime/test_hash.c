/* Hash, per-CPU hash, LRU hash and LRU per-CPU hash maps against the kernel's semantics
 * (kernel/bpf/hashtab.c): flags, errors, full maps, iteration, eviction, threads. */
#include "rt.h"
#include "rt_test.h"

#include <linux/bpf.h>
#include <pthread.h>
#include <time.h>

static int count_keys(struct bpfaot_map *map, uint32_t *seen, uint32_t seen_size)
{
	uint32_t key, prev;
	int n = 0;
	const void *cur = NULL;
	while (bpfaot_map_get_next_key(map, cur, &key, 4) == 0) {
		if (key < seen_size)
			seen[key]++;
		prev = key;
		cur = &prev;
		if (++n > 100000)
			break;
	}
	return n;
}

static void test_hash_flags_and_errors(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, 4, 8, 3, NULL);
	uint32_t k = 10;
	uint64_t v = 1, out = 0;
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, &out, 8, 0), -ENOENT);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_EXIST), -ENOENT);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_NOEXIST), 0);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_NOEXIST), -EEXIST);
	v = 2;
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_EXIST), 0);
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, &out, 8, 0), 0);
	CHECK_EQ(out, 2);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, 3), -EINVAL);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_F_LOCK), -EINVAL);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 4, BPF_ANY), -EINVAL);
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 8, &out, 8, 0), -EINVAL);
	/* full: a new key is -E2BIG whatever the flags; existing keys still update */
	for (uint32_t i = 11; i < 13; i++)
		CHECK_EQ(bpfaot_map_update_elem(&m, &i, 4, &v, 8, BPF_ANY), 0);
	k = 99;
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_ANY), -E2BIG);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_NOEXIST), -E2BIG);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_EXIST), -ENOENT);
	CHECK_EQ((int64_t)H4(bpfaot_helper_map_update_elem, &m, &k, &v, BPF_ANY), -E2BIG);
	k = 11;
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_ANY), 0);
	/* delete frees room */
	CHECK_EQ(bpfaot_map_delete_elem(&m, &k, 4, 0), 0);
	CHECK_EQ(bpfaot_map_delete_elem(&m, &k, 4, 0), -ENOENT);
	CHECK_EQ((int64_t)H2(bpfaot_helper_map_delete_elem, &m, &k), -ENOENT);
	k = 99;
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_ANY), 0);
	/* program side: the pointer is the element's value, writes are visible */
	uint64_t *p = (uint64_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &m, &k);
	CHECK(p != NULL);
	if (p)
		*p = 1234;
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, &out, 8, 0), 0);
	CHECK_EQ(out, 1234);
	CHECK(((uintptr_t)p & 7) == 0);
	k = 5;
	CHECK(H2(bpfaot_helper_map_lookup_elem, &m, &k) == 0);
	bpfaot_map_free(&m);
}

static void test_hash_iteration(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, 4, 4, 100, NULL);
	uint32_t next;
	CHECK_EQ(bpfaot_map_get_next_key(&m, NULL, &next, 4), -ENOENT);
	for (uint32_t i = 0; i < 100; i++)
		CHECK_EQ(bpfaot_map_update_elem(&m, &i, 4, &i, 4, BPF_NOEXIST), 0);
	uint32_t seen[100] = {0};
	CHECK_EQ(count_keys(&m, seen, 100), 100);
	for (int i = 0; i < 100; i++)
		CHECK_EQ(seen[i], 1);
	/* an absent key restarts from the first */
	uint32_t first, absent = 1000;
	CHECK_EQ(bpfaot_map_get_next_key(&m, NULL, &first, 4), 0);
	CHECK_EQ(bpfaot_map_get_next_key(&m, &absent, &next, 4), 0);
	CHECK_EQ(next, first);
	CHECK_EQ(bpfaot_map_get_next_key(&m, &absent, &next, 2), -EINVAL);
	/* deleting while iterating, the usual host pattern */
	const void *cur = NULL;
	uint32_t key;
	while (bpfaot_map_get_next_key(&m, cur, &key, 4) == 0)
		CHECK_EQ(bpfaot_map_delete_elem(&m, &key, 4, 0), 0);
	CHECK_EQ(bpfaot_map_get_next_key(&m, NULL, &next, 4), -ENOENT);
	bpfaot_map_free(&m);
}

static void test_hash_odd_sizes(void)
{
	/* 6-byte keys, 3-byte values: keys compare on all 6 bytes */
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, 6, 3, 4, NULL);
	unsigned char k1[6] = {1, 2, 3, 4, 5, 6}, k2[6] = {1, 2, 3, 4, 5, 7};
	unsigned char v1[3] = {9, 9, 9}, v2[3] = {8, 8, 8}, out[3];
	CHECK_EQ(bpfaot_map_update_elem(&m, k1, 6, v1, 3, BPF_ANY), 0);
	CHECK_EQ(bpfaot_map_update_elem(&m, k2, 6, v2, 3, BPF_ANY), 0);
	CHECK_EQ(bpfaot_map_lookup_elem(&m, k1, 6, out, 3, 0), 0);
	CHECK(memcmp(out, v1, 3) == 0);
	CHECK_EQ(bpfaot_map_lookup_elem(&m, k2, 6, out, 3, 0), 0);
	CHECK(memcmp(out, v2, 3) == 0);
	bpfaot_map_free(&m);
}

/* Every key size from 1 to 17 bytes (whole words and every tail of 1, 2 and 4-byte
 * pieces): keys that differ in any one byte are distinct, and iteration gives each key
 * back byte for byte. The bytes past key_size in the caller's buffer must not matter. */
static void check_key_size(uint32_t key_size)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, key_size, 8, 2 * key_size + 1, NULL);
	unsigned char key[24];
	for (uint32_t flip = 0; flip <= key_size; flip++) { /* flip == key_size: no flip */
		memset(key, 0x5a, sizeof(key));
		if (flip < key_size)
			key[flip] ^= 0x81;
		uint64_t v = flip;
		CHECK_EQ(bpfaot_map_update_elem(&m, key, key_size, &v, 8, BPF_NOEXIST), 0);
	}
	uint32_t seen = 0, steps = 0;
	unsigned char cur[24], next[24];
	for (const void *c = NULL;
	     steps++ <= key_size && bpfaot_map_get_next_key(&m, c, next, key_size) == 0; c = cur) {
		uint64_t v = 99;
		memcpy(cur, next, key_size);
		memset(cur + key_size, 0xee, sizeof(cur) - key_size); /* garbage past the key */
		CHECK_EQ(bpfaot_map_lookup_elem(&m, cur, key_size, &v, 8, 0), 0);
		for (uint32_t i = 0; i < key_size; i++)
			CHECK_EQ(cur[i], 0x5a ^ (i == v ? 0x81 : 0));
		seen |= v < 32 ? 1u << v : 0;
	}
	CHECK_EQ(seen, (2u << key_size) - 1);
	bpfaot_map_free(&m);
}

static void test_hash_key_sizes(void)
{
	for (uint32_t key_size = 1; key_size <= 17; key_size++)
		check_key_size(key_size);
}

static void test_lookup_and_delete(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, 4, 8, 2, NULL);
	uint32_t k = 1;
	uint64_t v = 77, out = 0;
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, &v, 8, BPF_ANY), 0);
	CHECK_EQ(bpfaot_map_lookup_and_delete_elem(&m, &k, 4, &out, 4, 0), -EINVAL);
	CHECK_EQ(bpfaot_map_lookup_and_delete_elem(&m, &k, 4, &out, 8, 1), -EINVAL);
	CHECK_EQ(bpfaot_map_lookup_and_delete_elem(&m, &k, 4, &out, 8, 0), 0);
	CHECK_EQ(out, 77);
	CHECK_EQ(bpfaot_map_lookup_and_delete_elem(&m, &k, 4, &out, 8, 0), -ENOENT);
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, &out, 8, 0), -ENOENT);
	struct bpfaot_map pm = MAP_INIT(BPF_MAP_TYPE_PERCPU_HASH, 4, 4, 2, NULL);
	int ncpu = bpfaot_num_possible_cpus();
	uint64_t *all = calloc((size_t)ncpu, 8), *got = calloc((size_t)ncpu, 8);
	for (int c = 0; c < ncpu; c++)
		all[c] = (uint64_t)c + 5;
	CHECK_EQ(bpfaot_map_update_elem(&pm, &k, 4, all, 8 * (size_t)ncpu, BPF_ANY), 0);
	CHECK_EQ(bpfaot_map_lookup_and_delete_elem(&pm, &k, 4, got, 8 * (size_t)ncpu, 0), 0);
	CHECK(memcmp(all, got, 8 * (size_t)ncpu) == 0);
	free(all);
	free(got);
	struct bpfaot_map array = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 8, 2, NULL);
	k = 0;
	CHECK_EQ(bpfaot_map_lookup_and_delete_elem(&array, &k, 4, &out, 8, 0), -EOPNOTSUPP);
	bpfaot_map_free(&m);
	bpfaot_map_free(&pm);
	bpfaot_map_free(&array);
}

static void test_percpu_hash(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_PERCPU_HASH, 4, 4, 8, NULL);
	int ncpu = bpfaot_num_possible_cpus();
	size_t host_size = 8 * (size_t)ncpu;
	uint64_t *all = calloc((size_t)ncpu, 8);
	uint32_t k = 1;
	for (int c = 0; c < ncpu; c++)
		all[c] = 50;
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, all, host_size, BPF_ANY), 0);
	CHECK_EQ(bpfaot_map_update_elem(&m, &k, 4, all, 8, BPF_ANY), -EINVAL);
	int cpu = bpfaot_cpu_current();
	/* program update of an existing element: its own CPU only */
	uint32_t v = 7;
	CHECK_EQ(H4(bpfaot_helper_map_update_elem, &m, &k, &v, BPF_EXIST), 0);
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, all, host_size, 0), 0);
	for (int c = 0; c < ncpu; c++)
		CHECK_EQ(all[c], c == cpu ? 7 : 50);
	/* program insert of a new element: the other CPUs' values are zeroed */
	k = 2;
	CHECK_EQ(H4(bpfaot_helper_map_update_elem, &m, &k, &v, BPF_NOEXIST), 0);
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, all, host_size, 0), 0);
	for (int c = 0; c < ncpu; c++)
		CHECK_EQ(all[c], c == cpu ? 7 : 0);
	uint32_t *p = (uint32_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &m, &k);
	CHECK(p && *p == 7);
	free(all);
	bpfaot_map_free(&m);
}

static void insert(struct bpfaot_map *m, uint32_t k, uint64_t flags, int expected)
{
	uint64_t v = k * 10;
	int err = bpfaot_map_update_elem(m, &k, 4, &v, 8, flags);
	if (err != expected)
		fprintf(stderr, "insert %u: %d, expected %d\n", k, err, expected);
	CHECK_EQ(err, expected);
}

static bool present(struct bpfaot_map *m, uint32_t k)
{
	uint64_t v;
	return bpfaot_map_lookup_elem(m, &k, 4, &v, 8, 0) == 0;
}

static void test_lru_eviction(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_LRU_HASH, 4, 8, 4, NULL);
	for (uint32_t k = 0; k < 4; k++)
		insert(&m, k, BPF_NOEXIST, 0);
	/* programs use 1, 2, 3: 0 is the least recently used */
	for (uint32_t k = 1; k < 4; k++)
		CHECK(H2(bpfaot_helper_map_lookup_elem, &m, &k) != 0);
	insert(&m, 4, BPF_NOEXIST, 0); /* full: evicts instead of -E2BIG */
	CHECK(!present(&m, 0));
	for (uint32_t k = 1; k < 5; k++)
		CHECK(present(&m, k));
	/* 1, 2, 3 have been used since 4 came in, 4 has not */
	insert(&m, 5, BPF_ANY, 0);
	CHECK(!present(&m, 4));
	CHECK(present(&m, 1) && present(&m, 2) && present(&m, 3) && present(&m, 5));
	insert(&m, 5, BPF_NOEXIST, -EEXIST);
	insert(&m, 6, BPF_EXIST, -ENOENT);
	uint32_t seen[8] = {0};
	CHECK_EQ(count_keys(&m, seen, 8), 4);
	bpfaot_map_free(&m);
}

static void test_lru_host_lookup_does_not_count(void)
{
	/* as the kernel's map_lookup_elem_sys_only: the host reading a key is not a use */
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_LRU_HASH, 4, 8, 2, NULL);
	insert(&m, 0, BPF_ANY, 0);
	insert(&m, 1, BPF_ANY, 0);
	CHECK(present(&m, 0));
	insert(&m, 2, BPF_ANY, 0);
	CHECK(!present(&m, 0));
	CHECK(present(&m, 1) && present(&m, 2));
	uint32_t k = 1;
	CHECK_EQ(bpfaot_map_delete_elem(&m, &k, 4, 0), 0);
	insert(&m, 3, BPF_ANY, 0); /* a free element: nothing evicted */
	CHECK(present(&m, 2) && present(&m, 3));
	bpfaot_map_free(&m);
}

static void test_lru_percpu(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_LRU_PERCPU_HASH, 4, 8, 2, NULL);
	int ncpu = bpfaot_num_possible_cpus();
	uint64_t *all = calloc((size_t)ncpu, 8);
	uint64_t v = 3;
	for (uint32_t k = 0; k < 3; k++)
		CHECK_EQ(H4(bpfaot_helper_map_update_elem, &m, &k, &v, BPF_ANY), 0);
	uint32_t k = 0;
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, all, 8 * (size_t)ncpu, 0), -ENOENT);
	k = 2;
	CHECK_EQ(bpfaot_map_lookup_elem(&m, &k, 4, all, 8 * (size_t)ncpu, 0), 0);
	uint64_t sum = 0;
	for (int c = 0; c < ncpu; c++)
		sum += all[c];
	CHECK_EQ(sum, 3);
	free(all);
	bpfaot_map_free(&m);
}

/* Threads hammering one map: each owns a key range, inserts, updates, deletes, and at
 * the end the map holds exactly what every thread left. */
#define THREADS 4
#define KEYS_PER_THREAD 200

struct worker {
	struct bpfaot_map *map;
	uint32_t base;
	int errors;
};

static void *hash_worker(void *arg)
{
	struct worker *w = arg;
	for (int round = 0; round < 50; round++) {
		for (uint32_t i = 0; i < KEYS_PER_THREAD; i++) {
			uint32_t k = w->base + i;
			uint64_t v = k;
			if (H4(bpfaot_helper_map_update_elem, w->map, &k, &v, BPF_ANY) != 0)
				w->errors++;
			uint64_t *p = (uint64_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem,
								  w->map, &k);
			if (!p || *p != k)
				w->errors++;
		}
		for (uint32_t i = 0; i < KEYS_PER_THREAD; i += 2) {
			uint32_t k = w->base + i;
			if (bpfaot_map_delete_elem(w->map, &k, 4, 0) != 0)
				w->errors++;
		}
	}
	return NULL;
}

static void test_hash_threads(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, 4, 8, THREADS * KEYS_PER_THREAD, NULL);
	pthread_t t[THREADS];
	struct worker w[THREADS];
	for (int i = 0; i < THREADS; i++) {
		w[i] = (struct worker){&m, (uint32_t)i * KEYS_PER_THREAD, 0};
		pthread_create(&t[i], NULL, hash_worker, &w[i]);
	}
	for (int i = 0; i < THREADS; i++) {
		pthread_join(t[i], NULL);
		CHECK_EQ(w[i].errors, 0);
	}
	uint32_t seen[THREADS * KEYS_PER_THREAD] = {0};
	CHECK_EQ(count_keys(&m, seen, THREADS * KEYS_PER_THREAD), THREADS * KEYS_PER_THREAD / 2);
	for (uint32_t k = 0; k < THREADS * KEYS_PER_THREAD; k++)
		CHECK_EQ(seen[k], k % 2);
	bpfaot_map_free(&m);
}

static void *lru_worker(void *arg)
{
	struct worker *w = arg;
	uint32_t x = w->base * 2654435761u + 1;
	for (int i = 0; i < 20000; i++) {
		x = x * 1103515245u + 12345u;
		uint32_t k = (x >> 8) % 512;
		uint64_t v = k;
		if (H4(bpfaot_helper_map_update_elem, w->map, &k, &v, BPF_ANY) != 0)
			w->errors++;
		H2(bpfaot_helper_map_lookup_elem, w->map, &k);
		if (i % 7 == 0)
			bpfaot_map_delete_elem(w->map, &k, 4, 0);
	}
	return NULL;
}

static void test_lru_threads(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_LRU_HASH, 4, 8, 64, NULL);
	pthread_t t[THREADS];
	struct worker w[THREADS];
	for (int i = 0; i < THREADS; i++) {
		w[i] = (struct worker){&m, (uint32_t)i + 1, 0};
		pthread_create(&t[i], NULL, lru_worker, &w[i]);
	}
	int errors = 0;
	for (int i = 0; i < THREADS; i++) {
		pthread_join(t[i], NULL);
		errors += w[i].errors;
	}
	/* An update may fail with -ENOMEM when every candidate is locked by another thread
	 * (the kernel's LRU may fail too); it must stay rare. */
	CHECK(errors < 20000 * THREADS / 100);
	uint32_t seen[512] = {0};
	int n = count_keys(&m, seen, 512);
	CHECK(n > 0 && n <= 64);
	for (int k = 0; k < 512; k++)
		CHECK(seen[k] <= 1);
	printf("     lru threads: %d of %d updates failed, %d keys left\n", errors,
	       20000 * THREADS, n);
	bpfaot_map_free(&m);
}

/* The bucket distribution of the key hash, seen through the longest chain: 1024 keys in
 * 1024 buckets, as a random function would spread them (expected longest about 5-6). */
static void fill_and_check_chains(uint32_t key_size, uint64_t stride)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_HASH, key_size, 8, 1024, NULL);
	for (uint64_t i = 0; i < 1024; i++) {
		uint64_t key[2] = {i * stride, 0};
		CHECK_EQ(bpfaot_map_update_elem(&m, key, key_size, &i, 8, BPF_NOEXIST), 0);
	}
	uint32_t longest = rt_hash_longest_chain(&m);
	CHECK(longest <= 9);
	printf("     key size %u, stride %llu: longest chain %u\n", key_size,
	       (unsigned long long)stride, longest);
	bpfaot_map_free(&m);
}

static void test_hash_distribution(void)
{
	fill_and_check_chains(8, 1);
	fill_and_check_chains(8, 1024);
	fill_and_check_chains(8, 1ull << 32);
	fill_and_check_chains(4, 4096);
	fill_and_check_chains(12, 1);
}

/* Lockless lookups racing writers. Stable keys are inserted first and never touched: every
 * lookup must find them with their value. Churn keys are inserted, updated, deleted and
 * reinserted by writers (each owning half of them, so that it can predict every return
 * code and value); a lookup of one may find it or not, but a pointer it returns must be an
 * element's value (checked after the run: elements never move). The map is as small as
 * the keys, so every insert reuses a deleted element. At the end the map holds exactly
 * what the writers left. */
#define STABLE_KEYS 64
#define CHURN_KEYS 128
#define STRESS_READERS 2
#define STRESS_WRITERS 2
#define RECORDED 8192

struct stress_key {
	uint64_t id;
	uint32_t check; /* used by 12-byte keys: the tail word's path */
	uint32_t unused;
};

static struct stress_key stress_key(uint64_t id)
{
	return (struct stress_key){id, (uint32_t)~id, 0};
}

static uint64_t stable_value(uint64_t id)
{
	return id * 3 + 1;
}

struct stress_reader {
	struct bpfaot_map *map;
	const int *stop;
	uint32_t seed;
	uint64_t lookups, stable_missed, stable_wrong, churn_found;
	const void *seen[RECORDED];
};

static void *stress_read(void *arg)
{
	struct stress_reader *r = arg;
	uint32_t x = r->seed;
	while (!__atomic_load_n(r->stop, __ATOMIC_RELAXED)) {
		x = x * 1103515245u + 12345u;
		uint64_t id = (x >> 8) % (STABLE_KEYS + CHURN_KEYS);
		struct stress_key k = stress_key(id);
		const uint64_t *p = (const uint64_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem,
								      r->map, &k);
		r->lookups++;
		if (id < STABLE_KEYS && !p)
			r->stable_missed++;
		else if (id < STABLE_KEYS && *p != stable_value(id))
			r->stable_wrong++;
		else if (p)
			r->seen[r->churn_found++ % RECORDED] = p;
	}
	return NULL;
}

struct stress_writer {
	struct bpfaot_map *map;
	const int *stop;
	uint32_t parity, seed;
	uint64_t ops, wrong;
	bool present[CHURN_KEYS];
	uint64_t value[CHURN_KEYS];
};

static void expect(struct stress_writer *w, long long got, long long want)
{
	if (got != want)
		w->wrong++;
}

/* One random operation on churn key j, its result checked against the writer's model. */
static void stress_write_one(struct stress_writer *w, uint32_t j, uint32_t op)
{
	struct stress_key k = stress_key(STABLE_KEYS + j);
	uint64_t v = (uint64_t)j << 32 | (w->ops & 0xffffffff), out = 0;
	bool was = w->present[j];
	switch (op) {
	case 0:
		expect(w, (int64_t)H4(bpfaot_helper_map_update_elem, w->map, &k, &v, BPF_NOEXIST),
		       was ? -EEXIST : 0);
		break;
	case 1:
		expect(w, (int64_t)H4(bpfaot_helper_map_update_elem, w->map, &k, &v, BPF_EXIST),
		       was ? 0 : -ENOENT);
		break;
	case 2:
		expect(w, (int64_t)H4(bpfaot_helper_map_update_elem, w->map, &k, &v, BPF_ANY), 0);
		break;
	case 3:
		expect(w, bpfaot_map_delete_elem(w->map, &k, w->map->key_size, 0),
		       was ? 0 : -ENOENT);
		break;
	default:
		expect(w, bpfaot_map_lookup_and_delete_elem(w->map, &k, w->map->key_size, &out, 8,
							    0),
		       was ? 0 : -ENOENT);
		if (was)
			expect(w, (long long)out, (long long)w->value[j]);
		break;
	}
	bool inserted = op == 2 || (op == 0 && !was);
	bool updated = inserted || (op == 1 && was);
	if (updated)
		w->value[j] = v;
	w->present[j] = op >= 3 ? false : was || inserted;
}

static void *stress_write(void *arg)
{
	struct stress_writer *w = arg;
	uint32_t x = w->seed;
	while (!__atomic_load_n(w->stop, __ATOMIC_RELAXED)) {
		x = x * 1103515245u + 12345u;
		uint32_t j = ((x >> 8) % (CHURN_KEYS / STRESS_WRITERS)) * STRESS_WRITERS + w->parity;
		stress_write_one(w, j, (x >> 24) % 5);
		w->ops++;
	}
	return NULL;
}

static double stress_seconds(double fallback)
{
	const char *env = getenv("BPFAOT_STRESS_SECONDS");
	return env ? atof(env) : fallback;
}

static void run_for(double seconds)
{
	struct timespec ts = {(time_t)seconds, (long)((seconds - (time_t)seconds) * 1e9)};
	nanosleep(&ts, NULL);
}

/* After the run: the stable keys and exactly the churn keys the writers left, with their
 * values; every recorded pointer an element's value. */
static void check_stress_result(struct bpfaot_map *m, struct stress_writer *w,
				struct stress_reader *r)
{
	int expected_keys = STABLE_KEYS;
	for (uint32_t j = 0; j < CHURN_KEYS; j++) {
		struct stress_writer *owner = &w[j % STRESS_WRITERS];
		struct stress_key k = stress_key(STABLE_KEYS + j);
		uint64_t out = 0;
		int err = bpfaot_map_lookup_elem(m, &k, m->key_size, &out, 8, 0);
		CHECK_EQ(err, owner->present[j] ? 0 : -ENOENT);
		if (owner->present[j]) {
			CHECK_EQ(out, owner->value[j]);
			expected_keys++;
		}
	}
	struct stress_key cur, next;
	int n = 0;
	for (const void *c = NULL; bpfaot_map_get_next_key(m, c, &next, m->key_size) == 0;
	     c = &cur, n++)
		cur = next;
	CHECK_EQ(n, expected_keys);
	for (int i = 0; i < STRESS_READERS; i++) {
		uint64_t recorded = r[i].churn_found < RECORDED ? r[i].churn_found : RECORDED;
		for (uint64_t s = 0; s < recorded; s++)
			if (!rt_hash_is_element_value(m, r[i].seen[s]))
				test_failures++, fprintf(stderr, "lookup returned %p\n", r[i].seen[s]);
	}
}

static void stress_map(uint32_t type, uint32_t key_size, double seconds)
{
	struct bpfaot_map m = MAP_INIT(type, key_size, 8, STABLE_KEYS + CHURN_KEYS, NULL);
	for (uint64_t id = 0; id < STABLE_KEYS; id++) {
		struct stress_key k = stress_key(id);
		uint64_t v = stable_value(id);
		CHECK_EQ(bpfaot_map_update_elem(&m, &k, key_size, &v, 8, BPF_NOEXIST), 0);
	}
	int stop = 0;
	static struct stress_reader r[STRESS_READERS];
	static struct stress_writer w[STRESS_WRITERS];
	pthread_t rt[STRESS_READERS], wt[STRESS_WRITERS];
	for (uint32_t i = 0; i < STRESS_READERS; i++) {
		r[i] = (struct stress_reader){.map = &m, .stop = &stop, .seed = 7 + i};
		pthread_create(&rt[i], NULL, stress_read, &r[i]);
	}
	for (uint32_t i = 0; i < STRESS_WRITERS; i++) {
		w[i] = (struct stress_writer){.map = &m, .stop = &stop, .parity = i, .seed = 99 + i};
		pthread_create(&wt[i], NULL, stress_write, &w[i]);
	}
	run_for(seconds);
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	uint64_t lookups = 0, found = 0, ops = 0;
	for (int i = 0; i < STRESS_READERS; i++) {
		pthread_join(rt[i], NULL);
		CHECK_EQ(r[i].stable_missed, 0);
		CHECK_EQ(r[i].stable_wrong, 0);
		CHECK(r[i].lookups > 0);
		lookups += r[i].lookups, found += r[i].churn_found;
	}
	for (int i = 0; i < STRESS_WRITERS; i++) {
		pthread_join(wt[i], NULL);
		CHECK_EQ(w[i].wrong, 0);
		CHECK(w[i].ops > 0);
		ops += w[i].ops;
	}
	check_stress_result(&m, w, r);
	printf("     %s, %u-byte keys: %llu lookups (%llu found churning keys), %llu writes\n",
	       bpfaot_map_type_name(type), key_size, (unsigned long long)lookups,
	       (unsigned long long)found, (unsigned long long)ops);
	bpfaot_map_free(&m);
}

static void test_lockless_lookup_stress(void)
{
	double seconds = stress_seconds(1.0) / 2;
	stress_map(BPF_MAP_TYPE_HASH, 8, seconds);
	stress_map(BPF_MAP_TYPE_LRU_HASH, 12, seconds);
}

/* Queue and stack maps from a program (helpers 87-89); the host side is compared with
 * the kernel in kernel_diff.c. */
static void test_queue_and_stack_helpers(void)
{
	struct bpfaot_map q = MAP_INIT(BPF_MAP_TYPE_QUEUE, 0, 8, 2, NULL);
	struct bpfaot_map s = MAP_INIT(BPF_MAP_TYPE_STACK, 0, 8, 2, NULL);
	uint64_t v = 0;
	CHECK_EQ((int64_t)H2(bpfaot_helper_map_pop_elem, &q, &v), -ENOENT);
	for (uint64_t i = 1; i <= 3; i++) {
		v = i;
		int64_t want = i <= 2 ? 0 : -E2BIG; /* full after two */
		CHECK_EQ((int64_t)H3(bpfaot_helper_map_push_elem, &q, &v, 0), want);
		CHECK_EQ((int64_t)H3(bpfaot_helper_map_push_elem, &s, &v, 0), want);
	}
	v = 4;
	CHECK_EQ((int64_t)H3(bpfaot_helper_map_push_elem, &q, &v, BPF_NOEXIST), -EINVAL);
	CHECK_EQ(H3(bpfaot_helper_map_push_elem, &q, &v, BPF_EXIST), 0); /* drops 1 */
	CHECK_EQ(H3(bpfaot_helper_map_push_elem, &s, &v, BPF_EXIST), 0); /* drops 1 */
	CHECK_EQ(H2(bpfaot_helper_map_peek_elem, &q, &v), 0);
	CHECK_EQ(v, 2);
	CHECK_EQ(H2(bpfaot_helper_map_pop_elem, &q, &v), 0);
	CHECK_EQ(v, 2);
	CHECK_EQ(H2(bpfaot_helper_map_pop_elem, &q, &v), 0);
	CHECK_EQ(v, 4);
	CHECK_EQ(H2(bpfaot_helper_map_pop_elem, &s, &v), 0);
	CHECK_EQ(v, 4);
	CHECK_EQ(H2(bpfaot_helper_map_pop_elem, &s, &v), 0);
	CHECK_EQ(v, 2);
	CHECK_EQ((int64_t)H2(bpfaot_helper_map_peek_elem, &s, &v), -ENOENT);
	/* a hash map is not a queue */
	struct bpfaot_map h = MAP_INIT(BPF_MAP_TYPE_HASH, 4, 8, 2, NULL);
	CHECK_EQ((int64_t)H3(bpfaot_helper_map_push_elem, &h, &v, 0), -EINVAL);
	CHECK(strcmp(bpfaot_map_type_name(BPF_MAP_TYPE_QUEUE), "queue") == 0);
	bpfaot_map_free(&q);
	bpfaot_map_free(&s);
	bpfaot_map_free(&h);
}

int main(void)
{
	RUN(test_hash_flags_and_errors);
	RUN(test_hash_iteration);
	RUN(test_hash_odd_sizes);
	RUN(test_hash_key_sizes);
	RUN(test_lookup_and_delete);
	RUN(test_percpu_hash);
	RUN(test_lru_eviction);
	RUN(test_lru_host_lookup_does_not_count);
	RUN(test_lru_percpu);
	RUN(test_queue_and_stack_helpers);
	RUN(test_hash_threads);
	RUN(test_lru_threads);
	RUN(test_hash_distribution);
	RUN(test_lockless_lookup_stress);
	return TEST_EXIT();
}
