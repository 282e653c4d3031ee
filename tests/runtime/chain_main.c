/* chain_main.c - end to end: chain.bpf.c compiled by clang and `bpfaot compile --name
 * chain`, linked with libbpfaot. First the outcomes for fixed prog array contents (derived
 * by hand from the table in chain.bpf.c), then threads running the chain — directly as C
 * functions and through bpfaot_prog_run — while a writer thread rewrites both prog
 * arrays: every result must be a valid outcome and no program may see another
 * invocation's per-CPU scratch state (0xbad). */
#include "rt_test.h"

#include <linux/bpf.h>
#include <pthread.h>
#include <time.h>

extern struct bpfaot_object chain__object;
uint64_t chain__entry(void *ctx);

static struct bpfaot_map *jmp, *jmp2, *reached;
static struct bpfaot_prog *entry, *stage_a, *stage_b, *stage_c;

static uint64_t run_direct(uint64_t token)
{
	return chain__entry(&token);
}

static void test_fixed_contents(void)
{
	CHECK_EQ(jmp->owner_prog_type, BPF_PROG_TYPE_RAW_TRACEPOINT);
	CHECK(bpfaot_prog_array_get(jmp, 0) == stage_a);
	CHECK(bpfaot_prog_array_get(jmp, 1) == stage_b);
	CHECK(bpfaot_prog_array_get(jmp2, 1) == stage_b);
	CHECK_EQ(run_direct(2), 0x2003); /* entry, a, b */
	CHECK_EQ(bpfaot_prog_array_update(jmp, 0, stage_c), 0);
	CHECK_EQ(run_direct(3), 0x2003); /* odd: c through jmp */
	CHECK_EQ(run_direct(4), 0x2003); /* even: c through jmp2 */
	CHECK_EQ(bpfaot_prog_array_delete(jmp2, 1), 0);
	CHECK_EQ(run_direct(4), 0x3002);
	CHECK_EQ(run_direct(5), 0x2003);
	CHECK_EQ(bpfaot_prog_array_delete(jmp, 1), 0);
	CHECK_EQ(run_direct(5), 0x3002);
	CHECK_EQ(bpfaot_prog_array_update(jmp, 0, stage_a), 0);
	CHECK_EQ(run_direct(5), 0x1002);
	CHECK_EQ(bpfaot_prog_array_delete(jmp, 0), 0);
	CHECK_EQ(run_direct(5), 0xdead);
	/* through the descriptor, with the RAW protocol's r2 */
	uint64_t token = 6, r0 = 0;
	CHECK_EQ(bpfaot_prog_array_update(jmp, 0, stage_a), 0);
	CHECK_EQ(bpfaot_prog_array_update(jmp, 1, stage_b), 0);
	CHECK_EQ(bpfaot_prog_array_update(jmp2, 1, stage_b), 0);
	CHECK_EQ(bpfaot_prog_run(entry, &token, sizeof(token), &r0), 0);
	CHECK_EQ(r0, 0x2003);
	/* the object's programs all have the owner's type: entry fits too (a loop
	 * would then run into the tail-call limit, so it is put back at once) */
	CHECK_EQ(bpfaot_prog_array_update(jmp, 3, entry), 0);
	CHECK_EQ(bpfaot_prog_array_delete(jmp, 3), 0);
}

static int stop;

struct runner {
	bool through_descriptor;
	uint64_t id;
	uint64_t outcome[4]; /* 0xdead, 0x1002, 0x3002, 0x2003 */
	uint64_t invalid;
};

static void *runner(void *arg)
{
	struct runner *r = arg;
	for (uint64_t i = 0; !__atomic_load_n(&stop, __ATOMIC_RELAXED); i++) {
		uint64_t token = r->id << 40 | i, r0 = 0;
		if (r->through_descriptor)
			bpfaot_prog_run(entry, &token, sizeof(token), &r0);
		else
			r0 = chain__entry(&token);
		switch (r0) {
		case 0xdead: r->outcome[0]++; break;
		case 0x1002: r->outcome[1]++; break;
		case 0x3002: r->outcome[2]++; break;
		case 0x2003: r->outcome[3]++; break;
		default: r->invalid++; break;
		}
	}
	return NULL;
}

static void *writer(void *arg)
{
	uint64_t *writes = arg;
	uint32_t x = 7;
	while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
		x ^= x << 13; /* xorshift32: the choices below must not be correlated */
		x ^= x >> 17;
		x ^= x << 5;
		switch (x % 5) {
		case 0: bpfaot_prog_array_update(jmp, 0, (x >> 16) & 1 ? stage_a : stage_c); break;
		case 1: bpfaot_prog_array_delete(jmp, 0); break;
		case 2: bpfaot_prog_array_update(jmp, 1, stage_b); break;
		case 3: bpfaot_prog_array_delete(jmp, 1); break;
		default:
			if ((x >> 16) & 1)
				bpfaot_prog_array_update(jmp2, 1, stage_b);
			else
				bpfaot_prog_array_delete(jmp2, 1);
		}
		(*writes)++;
	}
	return NULL;
}

static double stress_seconds(void)
{
	const char *env = getenv("BPFAOT_STRESS_SECONDS");
	return env ? atof(env) : 1.0;
}

static void stress(int n_runners, bool through_descriptor)
{
	pthread_t t[16], w;
	struct runner r[16];
	uint64_t writes = 0;
	__atomic_store_n(&stop, 0, __ATOMIC_RELAXED);
	for (int i = 0; i < n_runners; i++) {
		r[i] = (struct runner){.through_descriptor = through_descriptor, .id = (uint64_t)i + 1};
		pthread_create(&t[i], NULL, runner, &r[i]);
	}
	pthread_create(&w, NULL, writer, &writes);
	double s = stress_seconds();
	struct timespec ts = {(time_t)s, (long)((s - (time_t)s) * 1e9)};
	nanosleep(&ts, NULL);
	__atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
	pthread_join(w, NULL);
	uint64_t total = 0, seen[4] = {0};
	for (int i = 0; i < n_runners; i++) {
		pthread_join(t[i], NULL);
		CHECK_EQ(r[i].invalid, 0);
		uint64_t n = r[i].invalid;
		for (int k = 0; k < 4; k++)
			n += r[i].outcome[k];
		total += n;
		printf("     %s runner %d: %llu runs: dead %llu, a %llu, c %llu, b %llu, invalid %llu\n",
		       through_descriptor ? "prog_run" : "direct", i, (unsigned long long)n,
		       (unsigned long long)r[i].outcome[0], (unsigned long long)r[i].outcome[1],
		       (unsigned long long)r[i].outcome[2], (unsigned long long)r[i].outcome[3],
		       (unsigned long long)r[i].invalid);
		for (int k = 0; k < 4; k++)
			seen[k] += r[i].outcome[k];
	}
	/* test_fixed_contents takes every path deterministically; here the writer must at
	 * least have changed what the runners saw (which paths, depends on scheduling) */
	int distinct = 0;
	for (int k = 0; k < 4; k++)
		distinct += seen[k] > 0;
	CHECK(distinct >= 2);
	printf("     writer: %llu prog array writes in %.1f s\n", (unsigned long long)writes, s);
	CHECK(total > 0);
}

static uint64_t reached_count(uint32_t stage)
{
	uint64_t v = 0;
	bpfaot_map_lookup_elem(reached, &stage, 4, &v, 8, 0);
	return v;
}

static void test_two_direct_runners_and_a_writer(void)
{
	uint64_t before = reached_count(0);
	stress(2, false);
	CHECK(reached_count(0) > before);
}

static void test_more_runners_than_cpu_slots(void)
{
	stress(6, true); /* 4 slots: runs take turns */
}

int main(void)
{
	CHECK_EQ(bpfaot_set_nr_cpus(4), 0);
	CHECK_EQ(bpfaot_object_open(&chain__object), 0);
	jmp = bpfaot_object_find_map(&chain__object, "jmp");
	jmp2 = bpfaot_object_find_map(&chain__object, "jmp2");
	reached = bpfaot_object_find_map(&chain__object, "reached");
	entry = bpfaot_object_find_prog(&chain__object, "entry");
	stage_a = bpfaot_object_find_prog(&chain__object, "stage_a");
	stage_b = bpfaot_object_find_prog(&chain__object, "stage_b");
	stage_c = bpfaot_object_find_prog(&chain__object, "stage_c");
	if (!jmp || !jmp2 || !reached || !entry || !stage_a || !stage_b || !stage_c) {
		fprintf(stderr, "chain object: missing maps or programs\n");
		return 1;
	}
	RUN(test_fixed_contents);
	RUN(test_two_direct_runners_and_a_writer);
	RUN(test_more_runners_than_cpu_slots);
	return TEST_EXIT();
}
