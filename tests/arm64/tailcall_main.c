/* tailcall_main.c - tail calls under qemu: the expected numbers come from DESIGN.md's
 * semantics (at most 33 successful tail calls per invocation, so at most 34 programs
 * run; out-of-range keys and empty slots fall through without counting; the key is the
 * low 32 bits of r3; the budget is shared across bpf-to-bpf calls; a tail call from a
 * subprogram returns to that subprogram's caller). */
#include "bpfaot_abi.h"
#include "tailcall_progs.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N 4
void *t__map__jmp__storage[2 * N];
struct bpfaot_map t__map__jmp = {.type = 3, .key_size = 4, .value_size = 4, .max_entries = N,
				 .storage = t__map__jmp__storage};

#define BIG 5000
void *t__map__big__storage[2 * BIG];
struct bpfaot_map t__map__big = {.type = 3, .key_size = 4, .value_size = 4, .max_entries = BIG,
				 .storage = t__map__big__storage};

#define PAGE 8192
void *t__map__page__storage[2 * PAGE];
struct bpfaot_map t__map__page = {.type = 3, .key_size = 4, .value_size = 4, .max_entries = PAGE,
				  .storage = t__map__page__storage};

static unsigned runs;

uint64_t bpfaot_helper_get_prandom_u32(void);
uint64_t bpfaot_helper_get_prandom_u32(void)
{
	return ++runs;
}

static void set_slot(unsigned i, uint64_t (*prog)(void *), unsigned tail_entry)
{
	t__map__jmp__storage[i] = (void *)prog; /* stands in for the descriptor */
	t__map__jmp__storage[N + i] = prog ? (char *)prog + tail_entry : NULL;
}

static void clear_slots(void)
{
	memset(t__map__jmp__storage, 0, sizeof(t__map__jmp__storage));
}

static int failures;

static void expect(const char *what, uint64_t r0, uint64_t want_r0, unsigned want_runs)
{
	bool ok = r0 == want_r0 && runs == want_runs;
	printf("%s %s: r0 = %llu (want %llu), programs run = %u (want %u)\n", ok ? "ok  " : "FAIL",
	       what, (unsigned long long)r0, (unsigned long long)want_r0, runs, want_runs);
	failures += !ok;
}

static void run_self(const char *what, uint64_t (*prog)(void *), uint64_t key, unsigned want_runs)
{
	runs = 0;
	uint64_t ctx = key;
	expect(what, prog(&ctx), 7, want_runs);
}

#define SLOT(i, name) set_slot(i, t__##name, TAIL_ENTRY_##name)

int main(void)
{
	clear_slots();
	SLOT(0, self_static);
	run_self("static: chain to the limit", t__self_static, 0, 34);
	run_self("static: a second invocation gets a fresh budget", t__self_static, 0, 34);
	run_self("static: key = N is out of range", t__self_static, N, 1);
	run_self("static: key 0xffffffff is out of range", t__self_static, 0xffffffff, 1);
	run_self("static: only the low 32 bits of the key count", t__self_static, 1ull << 32, 34);
	run_self("static: empty slot falls through", t__self_static, 1, 1);

	clear_slots();
	SLOT(0, self_dynamic);
	run_self("dynamic: chain to the limit", t__self_dynamic, 0, 34);
	run_self("dynamic: key = N is out of range", t__self_dynamic, N, 1);
	run_self("dynamic: only the low 32 bits of the key count", t__self_dynamic, 5ull << 32, 34);
	run_self("dynamic: empty slot falls through", t__self_dynamic, 2, 1);

	clear_slots();
	run_self("direct: empty slot falls through", t__self_direct, 0, 1);
	SLOT(0, self_direct);
	run_self("direct: chain to the limit", t__self_direct, 0, 34);

	t__map__big__storage[BIG - 1] = (void *)t__self_big;
	t__map__big__storage[2 * BIG - 1] = (char *)t__self_big + TAIL_ENTRY_self_big;
	run_self("static, N = 5000: key N - 1", t__self_big, BIG - 1, 34);
	run_self("static, N = 5000: key N is out of range", t__self_big, BIG, 1);
	run_self("static, N = 5000: empty slot", t__self_big, 4096, 1);

	t__map__page__storage[PAGE - 1] = (void *)t__self_page;
	t__map__page__storage[2 * PAGE - 1] = (char *)t__self_page + TAIL_ENTRY_self_page;
	run_self("static, N = 8192: key N - 1", t__self_page, PAGE - 1, 34);
	run_self("static, N = 8192: key N is out of range", t__self_page, PAGE, 1);

	clear_slots();
	runs = 0;
	expect("subprogram: empty slot, sub returns 50, caller adds r6", t__outer(NULL), 1050, 0);
	SLOT(2, ret100);
	expect("subprogram: the target returns to the subprogram's caller, r6 kept",
	       t__outer(NULL), 1100, 0);

	clear_slots();
	SLOT(3, chain);
	runs = 0;
	expect("budget shared across bpf-to-bpf calls", t__twice(NULL), 0, 33);
	runs = 0;
	expect("... and reset for the next invocation", t__twice(NULL), 0, 33);

	printf("%s\n", failures ? "FAILED" : "all passed");
	return failures ? 1 : 0;
}
