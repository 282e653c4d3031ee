/* percpu_link_main.c - runs tests/e2e/percpulookup.bpf.c (compiled with --name pl) on two
 * threads and checks where its per-CPU writes land, slot by slot, and how often the
 * program fell back to bpfaot_helper_map_lookup_elem (percpu_link_wrap.c counts the
 * calls). Linked every way percpu_link.sh knows, so the inlined lookups' TLS reference to
 * the CPU slot is resolved by each linker in each kind of output.
 *
 * Expected values, from the program (k = ctx[0], j = ctx[1]: podd[k].b += k + 1,
 * ppow2[k] += k + 0x10, podd[j].c += 7, ppow2[j] += 0x100), RUNS runs per thread:
 *   main thread (first slot), k = 1, j = 2: podd[1].b = 2 RUNS, ppow2[1] = 0x11 RUNS,
 *                                          podd[2].c = 7 RUNS, ppow2[2] = 0x100 RUNS
 *   second thread (while main owns its slot), k = 0, j = 2: podd[0].b = RUNS,
 *                                          ppow2[0] = 0x10 RUNS, podd[2].c and ppow2[2] as above
 * Helper calls: the main thread's first run finds both maps' storage NULL (2 calls, which
 * create the maps and acquire its slot); the second thread's first lookup finds its slot
 * -1 (1 call, acquiring it); every other lookup is inlined: 3 in all. */
#include "bpfaot.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define RUNS 10
#define SLOTS 4

extern struct bpfaot_object pl__object;
uint64_t pl__lookup_keys(void *ctx);
unsigned long percpu_link_helper_calls(void);

static int failures;
static int thread_slot = -1;

static void run(uint64_t k, uint64_t j)
{
	uint64_t ctx[2] = {k, j};
	for (int i = 0; i < RUNS; i++) {
		uint64_t r0 = pl__lookup_keys(ctx);
		if (r0 != 0) {
			printf("FAIL run (k %" PRIu64 ", j %" PRIu64 "): r0 0x%" PRIx64 "\n", k, j, r0);
			failures++;
		}
	}
}

static void *second_thread(void *unused)
{
	(void)unused;
	run(0, 2);
	thread_slot = bpfaot_cpu_current();
	return NULL;
}

/* value[slot] of a per-CPU map's element `key`, at byte offset `off` of the value. */
static uint64_t percpu_value(const char *map_name, uint32_t key, size_t elem, size_t off, int slot)
{
	uint8_t values[SLOTS * 24];
	struct bpfaot_map *map = bpfaot_object_find_map(&pl__object, map_name);
	if (!map || bpfaot_map_lookup_elem(map, &key, sizeof(key), values, elem * SLOTS, 0) != 0) {
		printf("FAIL lookup of %s[%u] from the host\n", map_name, key);
		failures++;
		return 0;
	}
	uint64_t v;
	memcpy(&v, values + (size_t)slot * elem + off, sizeof(v));
	return v;
}

static void expect(const char *what, uint64_t got, uint64_t want)
{
	printf("%s: 0x%" PRIx64 "\n", what, got);
	if (got != want) {
		printf("FAIL %s: want 0x%" PRIx64 "\n", what, want);
		failures++;
	}
}

int main(void)
{
	if (bpfaot_set_nr_cpus(SLOTS) != 0) {
		printf("FAIL bpfaot_set_nr_cpus\n");
		return 1;
	}
	run(1, 2);
	int main_slot = bpfaot_cpu_current();
	pthread_t t;
	if (pthread_create(&t, NULL, second_thread, NULL) != 0 || pthread_join(t, NULL) != 0) {
		printf("FAIL pthread\n");
		return 1;
	}
	printf("slots: main %d, second thread %d\n", main_slot, thread_slot);
	if (main_slot == thread_slot || main_slot < 0 || thread_slot < 0) {
		printf("FAIL the threads must own different slots\n");
		return 1;
	}
	int m = main_slot, s = thread_slot;
	expect("main podd[1].b", percpu_value("podd", 1, 24, 8, m), 2 * RUNS);
	expect("main ppow2[1]", percpu_value("ppow2", 1, 8, 0, m), 0x11 * RUNS);
	expect("main podd[2].c", percpu_value("podd", 2, 24, 16, m), 7 * RUNS);
	expect("main ppow2[2]", percpu_value("ppow2", 2, 8, 0, m), 0x100 * RUNS);
	expect("main podd[0].b", percpu_value("podd", 0, 24, 8, m), 0);
	expect("second podd[0].b", percpu_value("podd", 0, 24, 8, s), RUNS);
	expect("second ppow2[0]", percpu_value("ppow2", 0, 8, 0, s), 0x10 * RUNS);
	expect("second podd[2].c", percpu_value("podd", 2, 24, 16, s), 7 * RUNS);
	expect("second ppow2[2]", percpu_value("ppow2", 2, 8, 0, s), 0x100 * RUNS);
	expect("second ppow2[1]", percpu_value("ppow2", 1, 8, 0, s), 0);
	expect("helper calls", percpu_link_helper_calls(), 3);
	return failures ? 1 : 0;
}
