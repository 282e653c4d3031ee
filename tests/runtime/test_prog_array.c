/* Prog arrays: both halves of a slot (descriptor, cached tail-call target), the owner
 * compatibility check, errors, and a stress test of readers loading the slots while a
 * writer rewrites the array. */
#include "rt_test.h"

#include <linux/bpf.h>
#include <pthread.h>
#include <time.h>

static uint64_t prog_a(void *ctx) { (void)ctx; return 0xa; }
static uint64_t prog_b(void *ctx) { (void)ctx; return 0xb; }
static uint64_t prog_c(void *ctx) { (void)ctx; return 0xc; }

#define ENTRY(f) ((const void *)(uintptr_t)(f))
#define XDP_PROG(name_, f, flags_)                                                         \
	{                                                                                  \
		.name = name_, .prog_type = BPF_PROG_TYPE_XDP,                             \
		.expected_attach_type = BPF_XDP, .flags = (flags_), .func = f,             \
		.tail_entry = ENTRY(f)                                                     \
	}

static struct bpfaot_prog progs[] = {
	XDP_PROG("a", prog_a, 0),
	XDP_PROG("b", prog_b, 0),
	XDP_PROG("c", prog_c, 0),
	XDP_PROG("frags", prog_c, BPFAOT_PROG_XDP_FRAGS),
	XDP_PROG("sleepable", prog_c, BPFAOT_PROG_SLEEPABLE),
	{.name = "tc", .prog_type = BPF_PROG_TYPE_SCHED_CLS, .func = prog_c,
	 .tail_entry = ENTRY(prog_c)},
	{.name = "xdp_devmap", .prog_type = BPF_PROG_TYPE_XDP,
	 .expected_attach_type = BPF_XDP_DEVMAP, .func = prog_c, .tail_entry = ENTRY(prog_c)},
};
#define A (&progs[0])
#define B (&progs[1])
#define C (&progs[2])

#define N 4
static void *jmp_slots[2 * N];
static struct bpfaot_map jmp = MAP_INIT(BPF_MAP_TYPE_PROG_ARRAY, 4, 4, N, jmp_slots);

static void test_update_sets_both_halves(void)
{
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 1, A), 0);
	CHECK(jmp_slots[1] == A);
	CHECK(jmp_slots[N + 1] == A->tail_entry);
	CHECK(bpfaot_prog_array_get(&jmp, 1) == A);
	/* the first program fixed the owner */
	CHECK_EQ(jmp.owner_prog_type, BPF_PROG_TYPE_XDP);
	CHECK_EQ(jmp.owner_attach_type, BPF_XDP);
	CHECK_EQ(jmp.owner_flags, 0);
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 1, B), 0); /* replace */
	CHECK(jmp_slots[1] == B && jmp_slots[N + 1] == B->tail_entry);
	CHECK_EQ(bpfaot_prog_array_delete(&jmp, 1), 0);
	CHECK(jmp_slots[1] == NULL && jmp_slots[N + 1] == NULL);
	CHECK_EQ(bpfaot_prog_array_delete(&jmp, 1), -ENOENT);
	CHECK(bpfaot_prog_array_get(&jmp, 1) == NULL);
}

static void test_compatibility(void)
{
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 0, &progs[3]), -EINVAL); /* xdp frags */
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 0, &progs[4]), -EINVAL); /* sleepable */
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 0, &progs[5]), -EINVAL); /* program type */
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 0, &progs[6]), -EINVAL); /* attach type */
	CHECK(jmp_slots[0] == NULL && jmp_slots[N] == NULL);               /* nothing written */
	/* an owner the compiler set statically (the programs that use the array) */
	void *slots[2] = {0};
	struct bpfaot_map tc_jmp = MAP_INIT(BPF_MAP_TYPE_PROG_ARRAY, 4, 4, 1, slots);
	tc_jmp.owner_prog_type = BPF_PROG_TYPE_SCHED_CLS;
	tc_jmp.owner_attach_type = 0;
	tc_jmp.owner_flags = 0;
	CHECK_EQ(bpfaot_prog_array_update(&tc_jmp, 0, A), -EINVAL);
	CHECK_EQ(bpfaot_prog_array_update(&tc_jmp, 0, &progs[5]), 0);
	/* a frags program may only join an array owned by frags programs */
	void *slots2[2] = {0};
	struct bpfaot_map frags_jmp = MAP_INIT(BPF_MAP_TYPE_PROG_ARRAY, 4, 4, 1, slots2);
	CHECK_EQ(bpfaot_prog_array_update(&frags_jmp, 0, &progs[3]), 0);
	CHECK_EQ(frags_jmp.owner_flags, BPFAOT_PROG_XDP_FRAGS);
	CHECK_EQ(bpfaot_prog_array_update(&frags_jmp, 0, A), -EINVAL);
	bpfaot_map_free(&tc_jmp);
	bpfaot_map_free(&frags_jmp);
}

static void test_errors(void)
{
	CHECK_EQ(bpfaot_prog_array_update(&jmp, N, A), -E2BIG);
	CHECK_EQ(bpfaot_prog_array_delete(&jmp, N), -E2BIG);
	CHECK(bpfaot_prog_array_get(&jmp, N) == NULL);
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 0, NULL), -EINVAL);
	CHECK_EQ(bpfaot_prog_array_update(NULL, 0, A), -EINVAL);
	struct bpfaot_map array = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 4, 4, NULL);
	CHECK_EQ(bpfaot_prog_array_update(&array, 0, A), -EINVAL);
	CHECK_EQ(bpfaot_prog_array_delete(&array, 0), -EINVAL);
	/* the generic map API */
	uint32_t key = 2, next, value = 0;
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 2, C), 0);
	CHECK_EQ(bpfaot_map_lookup_elem(&jmp, &key, 4, &value, 4, 0), -EOPNOTSUPP);
	CHECK_EQ(bpfaot_map_update_elem(&jmp, &key, 4, &value, 4, 0), -EOPNOTSUPP);
	CHECK_EQ(bpfaot_map_get_next_key(&jmp, &key, &next, 4), 0);
	CHECK_EQ(next, 3);
	CHECK_EQ(bpfaot_map_delete_elem(&jmp, &key, 4, 0), 0);
	CHECK_EQ(bpfaot_map_delete_elem(&jmp, &key, 4, 0), -ENOENT);
	key = N;
	CHECK_EQ(bpfaot_map_delete_elem(&jmp, &key, 4, 0), -E2BIG);
	/* programs cannot update or look up prog arrays */
	CHECK(H2(bpfaot_helper_map_lookup_elem, &jmp, &key) == 0);
	CHECK_EQ((int64_t)H4(bpfaot_helper_map_update_elem, &jmp, &key, &value, 0), -EINVAL);
	bpfaot_map_free(&array);
}

static void test_storage_allocated_when_absent(void)
{
	struct bpfaot_map m = MAP_INIT(BPF_MAP_TYPE_PROG_ARRAY, 4, 4, 3, NULL);
	CHECK_EQ(bpfaot_prog_array_update(&m, 2, A), 0);
	void **slots = m.storage;
	CHECK(slots != NULL);
	if (slots)
		CHECK(slots[2] == A && slots[3 + 2] == A->tail_entry);
	bpfaot_map_free(&m);
}

/* Readers do what compiled tail calls do: load one half of a slot once, use it. */
static int stop;

struct reader {
	uint64_t calls, empty, invalid;
};

static bool valid_target(const void *t)
{
	return t == A->tail_entry || t == B->tail_entry || t == C->tail_entry;
}

static void *reader(void *arg)
{
	struct reader *r = arg;
	void **slots = jmp.storage;
	uint32_t i = 0;
	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
		i = (i + 1) % N;
		/* static tail call: the cached target */
		const void *target = __atomic_load_n(&slots[N + i], __ATOMIC_ACQUIRE);
		if (!target) {
			r->empty++;
		} else if (!valid_target(target)) {
			r->invalid++;
		} else {
			uint64_t (*f)(void *) = (uint64_t(*)(void *))(uintptr_t)target;
			uint64_t ret = f(NULL);
			if (ret != 0xa && ret != 0xb && ret != 0xc)
				r->invalid++;
			r->calls++;
		}
		/* dynamic tail call: the descriptor, then its entry */
		const struct bpfaot_prog *p = __atomic_load_n(&slots[i], __ATOMIC_ACQUIRE);
		if (p && p != A && p != B && p != C)
			r->invalid++;
		else if (p && !valid_target(p->tail_entry))
			r->invalid++;
	}
	return NULL;
}

static void *writer(void *arg)
{
	uint64_t *updates = arg;
	struct bpfaot_prog *choice[] = {A, B, C};
	uint32_t x = 1;
	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
		x = x * 1103515245u + 12345u;
		uint32_t index = (x >> 8) % N;
		uint32_t what = (x >> 16) % 4;
		if (what == 3)
			bpfaot_prog_array_delete(&jmp, index);
		else if (bpfaot_prog_array_update(&jmp, index, choice[what]) != 0)
			(*updates) |= 1ull << 63; /* must not fail */
		(*updates)++;
	}
	return NULL;
}

static void test_stress_readers_and_writer(void)
{
	double seconds = 1.0;
	const char *env = getenv("BPFAOT_STRESS_SECONDS");
	if (env)
		seconds = atof(env);
	pthread_t r[2], w;
	struct reader stats[2] = {{0}};
	uint64_t updates = 0;
	for (int i = 0; i < 2; i++)
		pthread_create(&r[i], NULL, reader, &stats[i]);
	pthread_create(&w, NULL, writer, &updates);
	struct timespec ts = {(time_t)seconds, (long)((seconds - (time_t)seconds) * 1e9)};
	nanosleep(&ts, NULL);
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	for (int i = 0; i < 2; i++)
		pthread_join(r[i], NULL);
	pthread_join(w, NULL);
	CHECK((updates >> 63) == 0);
	for (int i = 0; i < 2; i++) {
		CHECK_EQ(stats[i].invalid, 0);
		CHECK(stats[i].calls > 0);
		printf("     reader %d: %llu calls, %llu empty slots, %llu invalid\n", i,
		       (unsigned long long)stats[i].calls, (unsigned long long)stats[i].empty,
		       (unsigned long long)stats[i].invalid);
	}
	printf("     writer: %llu updates in %.1f s\n", (unsigned long long)updates, seconds);
	/* at rest, both halves agree everywhere */
	for (uint32_t i = 0; i < N; i++) {
		const struct bpfaot_prog *p = jmp_slots[i];
		CHECK(jmp_slots[N + i] == (p ? p->tail_entry : NULL));
	}
}

int main(void)
{
	RUN(test_update_sets_both_halves);
	RUN(test_compatibility);
	RUN(test_errors);
	RUN(test_storage_allocated_when_absent);
	RUN(test_stress_readers_and_writer);
	return TEST_EXIT();
}
