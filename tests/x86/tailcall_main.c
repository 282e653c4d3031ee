/* tailcall_main.c - runs tailcall.bpf.c compiled with --name tc and checks every
 * tail-call kind against the kernel's rules (see the comments in tailcall.bpf.c).
 * Expected values are derived by hand from those rules. */
#include "bpfaot.h"

#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

extern struct bpfaot_object tc__object;
extern struct bpfaot_map tc__map__chain;
extern uint64_t tc__map__bss__storage[]; /* runs, key, pick */
#define RUNS tc__map__bss__storage[0]
#define KEY tc__map__bss__storage[1]
#define PICK tc__map__bss__storage[2]

#define PROGS(X) X(self_loop) X(static_call) X(direct_call) X(direct_empty) X(wide_constant) \
	X(dynamic_call) X(from_sub) X(count_and_chain) X(leaf2) X(counted_chain)
#define DECLARE(name) uint64_t tc__##name(void *ctx);
PROGS(DECLARE)

static int failures;

static void check(const char *what, uint64_t (*prog)(void *), uint64_t key, uint64_t pick,
		  uint64_t want_r0, uint64_t want_runs)
{
	RUNS = 0;
	KEY = key;
	PICK = pick;
	uint64_t r0 = prog(NULL);
	bool ok = r0 == want_r0 && RUNS == want_runs;
	printf("%s %-44s r0 %" PRIu64 " runs %" PRIu64 "\n", ok ? "ok  " : "FAIL", what, r0, (uint64_t)RUNS);
	if (!ok) {
		printf("     expected r0 %" PRIu64 " runs %" PRIu64 "\n", want_r0, want_runs);
		failures++;
	}
}

int main(void)
{
	check("static: self loop stops after 33 tail calls", tc__self_loop, 0, 0, 34, 34);
	check("static: the budget is per invocation", tc__self_loop, 0, 0, 34, 34);
	check("static: key 1", tc__static_call, 1, 0, 100, 2);
	check("static: empty slot falls through", tc__static_call, 2, 0, 1, 1);
	check("static: key == max_entries falls through", tc__static_call, 8, 0, 1, 1);
	check("static: key 0xffffffff falls through", tc__static_call, 0xffffffffu, 0, 1, 1);
	check("static: only the low 32 bits of the key count", tc__static_call, 0x100000001ull, 0, 100, 2);
	check("static: 0x500000000 is key 0 (self loop)", tc__self_loop, 0x500000000ull, 0, 34, 34);
	check("direct: constant key 1", tc__direct_call, 0, 0, 100, 2);
	check("direct: empty slot falls through", tc__direct_empty, 0, 0, 7, 0);
	check("wide constant 0x100000001 is key 1", tc__wide_constant, 0, 0, 100, 1);
	check("dynamic: chain[1]", tc__dynamic_call, 0, 0, 100, 2);
	check("dynamic: other[1]", tc__dynamic_call, 0, 1, 200, 2);
	check("from a subprogram: r0 returns to its caller", tc__from_sub, 0, 0, 1300, 1);
	check("budget shared across bpf-to-bpf calls", tc__count_and_chain, 0, 0, 34, 34);
	check("chain to the limit counts 33 steps", tc__counted_chain, 0, 0, 33, 0);

	/* The host fills the empty slot, then empties it again. */
	struct bpfaot_prog *leaf2 = bpfaot_object_find_prog(&tc__object, "leaf2");
	int err = bpfaot_prog_array_update(&tc__map__chain, 2, leaf2);
	if (err) {
		printf("FAIL prog_array_update: %d\n", err);
		failures++;
	}
	check("direct: slot filled by the host", tc__direct_empty, 0, 0, 200, 1);
	check("static: slot filled by the host", tc__static_call, 2, 0, 200, 2);
	err = bpfaot_prog_array_delete(&tc__map__chain, 2);
	if (err) {
		printf("FAIL prog_array_delete: %d\n", err);
		failures++;
	}
	check("direct: slot emptied by the host", tc__direct_empty, 0, 0, 7, 0);
	uint64_t r0 = 0;
	err = bpfaot_prog_run(bpfaot_object_find_prog(&tc__object, "direct_call"), NULL, 0, &r0);
	printf("%s run through the descriptor                   r0 %" PRIu64 "\n", !err && r0 == 100 ? "ok  " : "FAIL", r0);
	if (err || r0 != 100)
		failures++;
	printf("%d failed\n", failures);
	return failures ? 1 : 0;
}
