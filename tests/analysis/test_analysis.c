/* test_analysis.c - the analysis on hand-built programs: every verdict and every
 * diagnostic. Expected values are derived by hand in the comments next to each case. */
#include "analysis.h"
#include "diag.h"
#include "testmod.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures;

#define CHECK(cond)                                                                       \
	do {                                                                              \
		if (!(cond)) {                                                            \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
			failures++;                                                       \
		}                                                                         \
	} while (0)

#define N(a) ((uint32_t)(sizeof(a) / sizeof((a)[0])))

struct result {
	int rc;
	char err[1024]; /* what the analysis printed on stderr */
	struct prog_analysis an[4];
};

/* Run the analysis with stderr captured into r->err. */
static void analyse(struct module *m, struct result *r)
{
	memset(r, 0, sizeof(*r));
	fflush(stderr);
	int saved = dup(2);
	FILE *tmp = tmpfile();
	dup2(fileno(tmp), 2);
	r->rc = analysis_run(m, r->an);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	size_t n = fread(r->err, 1, sizeof(r->err) - 1, tmp);
	r->err[n] = 0;
	fclose(tmp);
	if (r->rc && !r->err[0]) {
		fprintf(stderr, "analysis failed without a diagnostic\n");
		failures++;
	}
}

static void result_free(struct module *m, struct result *r)
{
	for (uint32_t i = 0; i < m->n_progs; i++)
		prog_analysis_free(&r->an[i]);
}

static void check_site(const struct tail_call_site *t, uint32_t insn, enum tail_call_kind kind,
		       uint32_t map, bool key_known, uint64_t key, int32_t poke, uint32_t imm, int line)
{
	if (!t) {
		fprintf(stderr, "%s:%d: no tail-call site\n", __FILE__, line);
		failures++;
		return;
	}
	if (t->insn != insn || t->kind != kind || t->map != map || t->key_known != key_known ||
	    (key_known && t->key != key) || t->poke != poke || t->imm != imm) {
		fprintf(stderr,
			"%s:%d: site: got insn %u kind %d map %u key_known %d key %llu poke %d imm 0x%x\n",
			__FILE__, line, t->insn, t->kind, t->map, t->key_known, (unsigned long long)t->key,
			t->poke, t->imm);
		failures++;
	}
}
#define SITE(t, ...) check_site(t, __VA_ARGS__, __LINE__)

static void check_rewritten(const struct prog *p, uint32_t insn, uint32_t imm)
{
	CHECK(p->insns[insn].code == (BPF_JMP | BPF_TAIL_CALL));
	CHECK(p->insns[insn].imm == (int32_t)imm);
	CHECK(p->insns[insn].src_reg == 0 && p->insns[insn].dst_reg == 0 && p->insns[insn].off == 0);
}

/* ---- verdicts ---------------------------------------------------------------------- */

/* Key loaded from the context: unknown, so one map and no constant = static, imm 0. */
static void test_static(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LDX_MEM(BPF_W, 3, 1, 0), LD_MAP(2, 0), MOV64_REG(1, 6),
		TAIL_CALL(), /* 5 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	CHECK(r.an[0].n_used_maps == 1 && r.an[0].used_maps[0] == 0);
	CHECK(r.an[0].n_tail_calls == 1 && r.an[0].n_pokes == 0);
	SITE(&r.an[0].tail_calls[0], 5, TAIL_CALL_STATIC, 0, false, 0, -1, 0x0);
	check_rewritten(&m->progs[0], 5, 0);
	CHECK(r.an[0].has_tail_calls && !r.an[0].has_subprog_calls);
	result_free(m, &r);
	tm_free(m);
}

/* r3 = 1 < max_entries 4 on the only path: direct, poke 0, imm = (0 + 1) << 16. */
static void test_direct(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), MOV64_IMM(3, 1), LD_MAP(2, 0), MOV64_REG(1, 6),
		TAIL_CALL(), /* 5 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	SITE(&r.an[0].tail_calls[0], 5, TAIL_CALL_DIRECT, 0, true, 1, 0, 0x00010000);
	CHECK(r.an[0].n_pokes == 1 && r.an[0].pokes[0].insn == 5 && r.an[0].pokes[0].map == 0 &&
	      r.an[0].pokes[0].key == 1);
	check_rewritten(&m->progs[0], 5, 0x00010000);
	result_free(m, &r);
	tm_free(m);
}

/* The map is chosen by a branch: b (module map 1) is referenced first (insn 3) so it is
 * used_maps[0], a is used_maps[1]. Poisoned: dynamic, bits 0-7 = lowest slot 0, bit 8 set:
 * imm 0x100; the key 1 is still reported. */
static void test_dynamic(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "a", BPF_MAP_TYPE_PROG_ARRAY, 4);
	tm_add_map(m, "b", BPF_MAP_TYPE_PROG_ARRAY, 8);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LDX_MEM(BPF_W, 7, 1, 0), JMP_IMM(BPF_JEQ, 7, 0, 3), LD_MAP(2, 1),
		JA(2), /* 5 */ LD_MAP(2, 0), /* 6 */ MOV64_REG(1, 6), /* 8 */ MOV64_IMM(3, 1),
		TAIL_CALL(), /* 10 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	CHECK(r.an[0].n_used_maps == 2 && r.an[0].used_maps[0] == 1 && r.an[0].used_maps[1] == 0);
	SITE(&r.an[0].tail_calls[0], 10, TAIL_CALL_DYNAMIC, 1, true, 1, -1, 0x00000100);
	check_rewritten(&m->progs[0], 10, 0x100);
	result_free(m, &r);
	tm_free(m);
}

/* max_entries 4: key 4 is out of range (static); 0x100000001 has low 32 bits 1 but is out
 * of range as a 64-bit value (static, key reported in full); 3 is direct (poke 0); and
 * w3 = w3 on 0x100000001 leaves 1: direct (poke 1). */
static void test_key_range(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LD_MAP(2, 0), MOV64_REG(1, 6), MOV64_IMM(3, 4),
		TAIL_CALL(), /* 5 */
		LD_MAP(2, 0), MOV64_REG(1, 6), LD_IMM64(3, 0x100000001ull),
		TAIL_CALL(), /* 11 */
		LD_MAP(2, 0), MOV64_REG(1, 6), MOV64_IMM(3, 3),
		TAIL_CALL(), /* 16 */
		LD_MAP(2, 0), MOV64_REG(1, 6), LD_IMM64(3, 0x100000001ull),
		INSN(BPF_ALU | BPF_MOV | BPF_X, 3, 3, 0, 0), /* 22 */
		TAIL_CALL(), /* 23 */
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	CHECK(r.an[0].n_tail_calls == 4 && r.an[0].n_pokes == 2);
	SITE(&r.an[0].tail_calls[0], 5, TAIL_CALL_STATIC, 0, true, 4, -1, 0);
	SITE(&r.an[0].tail_calls[1], 11, TAIL_CALL_STATIC, 0, true, 0x100000001ull, -1, 0);
	SITE(&r.an[0].tail_calls[2], 16, TAIL_CALL_DIRECT, 0, true, 3, 0, 0x00010000);
	SITE(&r.an[0].tail_calls[3], 23, TAIL_CALL_DIRECT, 0, true, 1, 1, 0x00020000);
	result_free(m, &r);
	tm_free(m);
}

/* r3 is 1 on one path and 2 on the other: the key is poisoned, the map is not: static. */
static void test_poisoned_key(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LDX_MEM(BPF_W, 7, 1, 0), MOV64_IMM(3, 1), JMP_IMM(BPF_JEQ, 7, 0, 1),
		MOV64_IMM(3, 2), /* 4 */ LD_MAP(2, 0), MOV64_REG(1, 6), TAIL_CALL(), /* 8 */
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	SITE(&r.an[0].tail_calls[0], 8, TAIL_CALL_STATIC, 0, false, 0, -1, 0);
	result_free(m, &r);
	tm_free(m);
}

/* The map pointer is spilled to r10-8, a helper call clobbers r1-r5, the fill brings it
 * back: direct with key 0. The entry's stack: 8 bytes, a 16-byte frame. */
static void test_spill_fill(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LD_MAP(2, 0), STX_MEM(BPF_DW, 10, 2, -8), CALL_HELPER(5),
		LDX_MEM(BPF_DW, 2, 10, -8), /* 5 */ MOV64_REG(1, 6), MOV64_IMM(3, 0), TAIL_CALL(), /* 8 */
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	SITE(&r.an[0].tail_calls[0], 8, TAIL_CALL_DIRECT, 0, true, 0, 0, 0x00010000);
	CHECK(r.an[0].frames[0].stack_depth == 8 && r.an[0].frames[0].frame_size == 16);
	CHECK(r.an[0].max_chain_depth == 16);
	result_free(m, &r);
	tm_free(m);
}

/* Partial constant stores: the key is written as two u32 halves and read back as u64. */
static void test_partial_slot(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), ST_MEM(BPF_W, 10, -8, 2), ST_MEM(BPF_W, 10, -4, 0),
		LDX_MEM(BPF_DW, 3, 10, -8), LD_MAP(2, 0), /* 4 */ MOV64_REG(1, 6), TAIL_CALL(), /* 7 */
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	SITE(&r.an[0].tail_calls[0], 7, TAIL_CALL_DIRECT, 0, true, 2, 0, 0x00010000);
	result_free(m, &r);
	tm_free(m);
}

/* A helper given a stack buffer (bpf_probe_read(r10-8, 8, ...)) may write it: the key
 * stored there before is unknown afterwards (static), the map pointer spilled next to
 * it at r10-16 is not touched (not poisoned). */
static void test_helper_writes_stack(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LD_MAP(2, 0), STX_MEM(BPF_DW, 10, 2, -16), ST_MEM(BPF_DW, 10, -8, 2),
		/* 4 */ MOV64_REG(1, 10), ALU64_IMM(BPF_ADD, 1, -8), MOV64_IMM(2, 8), MOV64_IMM(3, 0),
		CALL_HELPER(BPF_FUNC_probe_read), /* 9 */ LDX_MEM(BPF_DW, 2, 10, -16),
		LDX_MEM(BPF_DW, 3, 10, -8), MOV64_REG(1, 6), TAIL_CALL(), /* 13 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_KPROBE, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	SITE(&r.an[0].tail_calls[0], 13, TAIL_CALL_STATIC, 0, false, 0, -1, 0);
	result_free(m, &r);
	tm_free(m);
}

/* A static subprogram tail-calls with the key its callers pass in r2. Program "two"
 * calls it with 2 and with 3: the join is unknown, static. Program "one" calls it with 2
 * only: direct, key 2. Both use the same prog array. */
static void test_static_subprog(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn two[] = {
		MOV64_REG(6, 1), MOV64_IMM(2, 2), CALL_SUB(5), MOV64_REG(1, 6), MOV64_IMM(2, 3),
		CALL_SUB(2), /* 5 */ MOV64_IMM(0, 0), EXIT(),
		/* sub@8 */ MOV64_REG(3, 2), LD_MAP(2, 0), TAIL_CALL(), /* 11 */ MOV64_IMM(0, 0), EXIT(),
	};
	struct bpf_insn one[] = {
		MOV64_REG(6, 1), MOV64_IMM(2, 2), CALL_SUB(2), MOV64_IMM(0, 0), EXIT(),
		/* sub@5 */ MOV64_REG(3, 2), LD_MAP(2, 0), TAIL_CALL(), /* 8 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "two", BPF_PROG_TYPE_SCHED_CLS, two, N(two));
	tm_add_prog(m, "one", BPF_PROG_TYPE_SCHED_CLS, one, N(one));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	SITE(&r.an[0].tail_calls[0], 11, TAIL_CALL_STATIC, 0, false, 0, -1, 0);
	SITE(&r.an[1].tail_calls[0], 8, TAIL_CALL_DIRECT, 0, true, 2, 0, 0x00010000);
	CHECK(r.an[0].has_subprog_calls && r.an[1].has_subprog_calls);
	CHECK(r.an[0].frames[1].call_depth == 2);
	result_free(m, &r);
	tm_free(m);
}

/* The entry keeps key 1 at r10-16 and passes a pointer to it; the subprogram stores 2
 * there. "always": on every path, so the slot holds 2 afterwards: direct, key 2.
 * "sometimes": on one path only, the slot holds 1 or 2: static. */
static void test_callee_writes_caller_slot(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn always[] = {
		MOV64_REG(6, 1), ST_MEM(BPF_DW, 10, -16, 1), MOV64_REG(3, 10), ALU64_IMM(BPF_ADD, 3, -16),
		CALL_SUB(7), /* 5 */ LDX_MEM(BPF_DW, 3, 10, -16), LD_MAP(2, 0), MOV64_REG(1, 6),
		TAIL_CALL(), /* 10 */ MOV64_IMM(0, 0), EXIT(),
		/* sub@12 */ ST_MEM(BPF_DW, 3, 0, 2), MOV64_IMM(0, 0), EXIT(),
	};
	struct bpf_insn sometimes[] = {
		MOV64_REG(6, 1), ST_MEM(BPF_DW, 10, -16, 1), MOV64_REG(3, 10), ALU64_IMM(BPF_ADD, 3, -16),
		CALL_SUB(7), /* 5 */ LDX_MEM(BPF_DW, 3, 10, -16), LD_MAP(2, 0), MOV64_REG(1, 6),
		TAIL_CALL(), /* 10 */ MOV64_IMM(0, 0), EXIT(),
		/* sub@12 */ MOV64_IMM(0, 0), JMP_IMM(BPF_JEQ, 1, 0, 1), ST_MEM(BPF_DW, 3, 0, 2), EXIT(),
	};
	tm_add_prog(m, "always", BPF_PROG_TYPE_XDP, always, N(always));
	tm_add_prog(m, "sometimes", BPF_PROG_TYPE_XDP, sometimes, N(sometimes));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	SITE(&r.an[0].tail_calls[0], 9, TAIL_CALL_DIRECT, 0, true, 2, 0, 0x00010000);
	SITE(&r.an[1].tail_calls[0], 9, TAIL_CALL_STATIC, 0, false, 0, -1, 0);
	result_free(m, &r);
	tm_free(m);
}

/* A struct on the caller's stack, passed by pointer: the subprogram loads the map
 * pointer and the key from it (the caller's frame as it was at the call): direct, key 3.
 * And one holding a pointer to the caller's key, through which the subprogram stores 2:
 * direct, key 2. */
static void test_callee_reads_caller_struct(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn reads[] = {
		MOV64_REG(6, 1), LD_MAP(2, 0), STX_MEM(BPF_DW, 10, 2, -16), ST_MEM(BPF_DW, 10, -8, 3),
		/* 5 */ MOV64_REG(2, 10), ALU64_IMM(BPF_ADD, 2, -16), MOV64_REG(1, 6), CALL_SUB(2),
		/* 9 */ MOV64_IMM(0, 0), EXIT(),
		/* sub@11 */ MOV64_REG(4, 2), LDX_MEM(BPF_DW, 2, 4, 0), LDX_MEM(BPF_DW, 3, 4, 8),
		TAIL_CALL(), /* 14 */ MOV64_IMM(0, 0), EXIT(),
	};
	struct bpf_insn writes[] = {
		MOV64_REG(6, 1), ST_MEM(BPF_DW, 10, -8, 1), MOV64_REG(3, 10), ALU64_IMM(BPF_ADD, 3, -8),
		STX_MEM(BPF_DW, 10, 3, -16), MOV64_REG(2, 10), ALU64_IMM(BPF_ADD, 2, -16),
		CALL_SUB(7), /* 8 */ LDX_MEM(BPF_DW, 3, 10, -8), LD_MAP(2, 0), MOV64_REG(1, 6),
		TAIL_CALL(), /* 12 */ MOV64_IMM(0, 0), EXIT(),
		/* sub@15 */ LDX_MEM(BPF_DW, 4, 2, 0), ST_MEM(BPF_DW, 4, 0, 2), MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "reads", BPF_PROG_TYPE_XDP, reads, N(reads));
	tm_add_prog(m, "writes", BPF_PROG_TYPE_XDP, writes, N(writes));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	SITE(&r.an[0].tail_calls[0], 14, TAIL_CALL_DIRECT, 0, true, 3, 0, 0x00010000);
	SITE(&r.an[1].tail_calls[0], 12, TAIL_CALL_DIRECT, 0, true, 2, 0, 0x00010000);
	result_free(m, &r);
	tm_free(m);
}

/* The same, but the subprogram is global: checked on its own, its r2 is unknown: static. */
static void test_global_subprog(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn one[] = {
		MOV64_REG(6, 1), MOV64_IMM(2, 2), CALL_SUB(2), MOV64_IMM(0, 0), EXIT(),
		/* sub@5 */ MOV64_REG(3, 2), LD_MAP(2, 0), TAIL_CALL(), /* 8 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_set_global(tm_add_prog(m, "one", BPF_PROG_TYPE_SCHED_CLS, one, N(one)), 5);
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	SITE(&r.an[0].tail_calls[0], 8, TAIL_CALL_STATIC, 0, false, 0, -1, 0);
	result_free(m, &r);
	tm_free(m);
}

/* used_maps in order of first reference, global data included: .data (module map 0) at
 * insn 1, jt2 (map 2) at insn 4, jt1 (map 1) at insn 8 -> used_maps = [0, 2, 1].
 * Site 7: jt2, key unknown: static, slot 1: imm 0x1. Site 12: jt1 key 1 < 4: direct,
 * slot 2, poke 0: imm 0x10002. */
static void test_two_arrays(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, ".data", BPF_MAP_TYPE_ARRAY, 1);
	tm_add_map(m, "jt1", BPF_MAP_TYPE_PROG_ARRAY, 4);
	tm_add_map(m, "jt2", BPF_MAP_TYPE_PROG_ARRAY, 2);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LD_MAP_VALUE(7, 0, 0), LDX_MEM(BPF_W, 3, 7, 0), LD_MAP(2, 2),
		MOV64_REG(1, 6), /* 6 */ TAIL_CALL(), /* 7 */ LD_MAP(2, 1), MOV64_REG(1, 6),
		MOV64_IMM(3, 1), TAIL_CALL(), /* 12 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	CHECK(r.an[0].n_used_maps == 3 && r.an[0].used_maps[0] == 0 && r.an[0].used_maps[1] == 2 &&
	      r.an[0].used_maps[2] == 1);
	SITE(&r.an[0].tail_calls[0], 7, TAIL_CALL_STATIC, 2, false, 0, -1, 0x1);
	SITE(&r.an[0].tail_calls[1], 12, TAIL_CALL_DIRECT, 1, true, 1, 0, 0x00010002);
	result_free(m, &r);
	tm_free(m);
}

/* Entry: 24 bytes (r10-24) -> frame 32. sub@4: a pointer to r10-12 and a 4-byte store
 * there -> 12, rounded up to 16, frame 16. Chain: 32 + 16 = 48 over 2 frames. */
static void test_stack_chain(void)
{
	struct module *m = tm_new("t.o");
	struct bpf_insn insns[] = {
		ST_MEM(BPF_DW, 10, -24, 0), CALL_SUB(2), MOV64_IMM(0, 0), EXIT(),
		/* sub@4 */ MOV64_REG(1, 10), ALU64_IMM(BPF_ADD, 1, -12), ST_MEM(BPF_W, 1, 0, 1),
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	const struct subprog_frame *f = r.an[0].frames;
	CHECK(f[0].stack_depth == 24 && f[0].frame_size == 32 && f[0].chain_depth == 32 && f[0].call_depth == 1);
	CHECK(f[1].stack_depth == 16 && f[1].frame_size == 16 && f[1].chain_depth == 48 && f[1].call_depth == 2);
	CHECK(r.an[0].max_chain_depth == 48);
	result_free(m, &r);
	tm_free(m);
}

/* Stack depth through pointers of unknown offset: r10 plus an index, then an access at
 * -64 from it (depth 64, the index counted as non-negative); a pointer that is r10-8 or
 * r10-16 depending on a branch, then an access at -8 from it (depth 16 + 8 = 24). */
static void test_stack_variable_offset(void)
{
	struct module *m = tm_new("t.o");
	struct bpf_insn indexed[] = {
		LDX_MEM(BPF_W, 2, 1, 0), ALU64_IMM(BPF_AND, 2, 7), MOV64_REG(1, 10),
		ALU64_REG(BPF_ADD, 1, 2), ST_MEM(BPF_B, 1, -64, 1), MOV64_IMM(0, 0), EXIT(),
	};
	struct bpf_insn joined[] = {
		LDX_MEM(BPF_W, 2, 1, 0), MOV64_REG(1, 10), ALU64_IMM(BPF_ADD, 1, -8),
		JMP_IMM(BPF_JEQ, 2, 0, 1), ALU64_IMM(BPF_ADD, 1, -8), /* 5 */ ST_MEM(BPF_DW, 1, -8, 0),
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "indexed", BPF_PROG_TYPE_XDP, indexed, N(indexed));
	tm_add_prog(m, "joined", BPF_PROG_TYPE_XDP, joined, N(joined));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	CHECK(r.an[0].frames[0].stack_depth == 64 && r.an[0].frames[0].frame_size == 64);
	CHECK(r.an[1].frames[0].stack_depth == 24 && r.an[1].frames[0].frame_size == 32);
	result_free(m, &r);
	tm_free(m);
}

/* A pointer walking down the stack in a loop (r1 -= 8 until the counter runs out): the
 * interpretation settles, and the depth counts the first 8 bytes (the kernel would
 * bound the walk; the depth through a pointer of unknown offset starts from its base). */
static void test_pointer_loop_terminates(void)
{
	struct module *m = tm_new("t.o");
	struct bpf_insn insns[] = {
		MOV64_REG(1, 10), LDX_MEM(BPF_B, 2, 1, -1), /* 2 */ ALU64_IMM(BPF_ADD, 1, -8),
		ST_MEM(BPF_DW, 1, 0, 0), ALU64_IMM(BPF_SUB, 2, 1), JMP_IMM(BPF_JNE, 2, 0, -4),
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	result_free(m, &r);
	tm_free(m);
}

/* Constant folding through alu32/alu64 and a branch decided by constants: r3 = ((7 * 3)
 * - 1) >> 3 = 2 (64-bit), then w3 += 0xffffffff wraps to 1 (32-bit); the branch on r3 != 1
 * is never taken, so the only path reaching the site has key 1: direct. (Not division:
 * the kernel never computes quotients, so neither do we; see folded_key in
 * progs/verdicts.bpf.c.) */
static void test_folding(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), MOV64_IMM(3, 7), ALU64_IMM(BPF_MUL, 3, 3), ALU64_IMM(BPF_SUB, 3, 1),
		ALU64_IMM(BPF_RSH, 3, 3), INSN(BPF_ALU | BPF_ADD | BPF_K, 3, 0, 0, -1), /* 5 */
		JMP_IMM(BPF_JNE, 3, 1, 6), LD_MAP(2, 0), MOV64_REG(1, 6), TAIL_CALL(), /* 10 */
		MOV64_IMM(0, 0), EXIT(), /* 13 */ MOV64_IMM(3, 3), JA(-8),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_SCHED_CLS, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	SITE(&r.an[0].tail_calls[0], 10, TAIL_CALL_DIRECT, 0, true, 1, 0, 0x00010000);
	result_free(m, &r);
	tm_free(m);
}

/* "if r3 != 2 goto out": past it r3 is 2 (as the kernel knows too): direct, key 2. */
static void test_equality_refines(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LDX_MEM(BPF_W, 3, 1, 0), JMP_IMM(BPF_JNE, 3, 2, 4), LD_MAP(2, 0),
		MOV64_REG(1, 6), TAIL_CALL(), /* 6 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	SITE(&r.an[0].tail_calls[0], 6, TAIL_CALL_DIRECT, 0, true, 2, 0, 0x00010000);
	result_free(m, &r);
	tm_free(m);
}

/* Known bits decide a branch the kernel decides too: r3 & 6 is never 3, so the path that
 * loads an array map into r2 never reaches the tail call (no diagnostic): static. And a
 * byte load is below 256: "if r4 > 255" is never taken. */
static void test_known_bits(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	tm_add_map(m, "arr", BPF_MAP_TYPE_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LDX_MEM(BPF_W, 3, 1, 0), ALU64_IMM(BPF_AND, 3, 6), LD_MAP(2, 0),
		/* 5 */ JMP_IMM(BPF_JNE, 3, 3, 2), LD_MAP(2, 1), /* 8 */ LDX_MEM(BPF_B, 4, 6, 0),
		JMP_IMM(BPF_JGT, 4, 255, 2), MOV64_REG(1, 6), TAIL_CALL(), /* 12 */ MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	SITE(&r.an[0].tail_calls[0], 11, TAIL_CALL_STATIC, 0, false, 0, -1, 0);
	result_free(m, &r);
	tm_free(m);
}

/* ---- diagnostics ------------------------------------------------------------------- */

static void expect_error(const char *name, const struct bpf_insn *insns, uint32_t n, uint32_t type,
			 const char *want)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	tm_add_map(m, "arr", BPF_MAP_TYPE_ARRAY, 4);
	tm_add_prog(m, "p", type, insns, n);
	struct result r;
	analyse(m, &r);
	if (r.rc != -1 || strcmp(r.err, want)) {
		fprintf(stderr, "%s: want rc -1 and\n  %s  got rc %d and\n  %s", name, want, r.rc, r.err);
		failures++;
	}
	result_free(m, &r);
	tm_free(m);
}
#define EXPECT_ERROR(name, type, want, ...)                                                 \
	do {                                                                                \
		struct bpf_insn insns_[] = {__VA_ARGS__};                                   \
		expect_error(name, insns_, N(insns_), type, want);                          \
	} while (0)

static void test_diagnostics(void)
{
	EXPECT_ERROR("unreachable", BPF_PROG_TYPE_XDP,
		     "t.c:102: prog p insn 2: unreachable instruction\n",
		     MOV64_IMM(0, 0), EXIT(), MOV64_IMM(0, 1), EXIT());
	EXPECT_ERROR("jump out of range", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: jump out of range (to insn 7)\n",
		     MOV64_IMM(0, 0), JMP_IMM(BPF_JEQ, 0, 0, 5), EXIT());
	EXPECT_ERROR("jump backwards out of range", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: jump out of range (to insn -2)\n",
		     MOV64_IMM(0, 0), JMP_IMM(BPF_JEQ, 0, 0, -4), EXIT());
	EXPECT_ERROR("jump into ld_imm64", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: jump into the middle of ld_imm64 at insn 2\n",
		     MOV64_IMM(0, 0), JMP_IMM(BPF_JEQ, 0, 0, 1), LD_IMM64(1, 5), EXIT());
	EXPECT_ERROR("fall off the end", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: falls off the end of the program (the last instruction "
		     "is not exit or ja)\n",
		     MOV64_IMM(0, 0), MOV64_IMM(0, 1));
	EXPECT_ERROR("fall off a subprogram", BPF_PROG_TYPE_XDP,
		     "t.c:104: prog p insn 4: falls off the end of subprogram p (the last instruction "
		     "is not exit or ja)\n",
		     CALL_SUB(4), EXIT(), MOV64_IMM(0, 0), EXIT(), JMP_IMM(BPF_JEQ, 0, 0, -3),
		     /* sub@5 */ MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("uninitialised register", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: read of uninitialised register r5\n",
		     MOV64_REG(0, 5), EXIT());
	EXPECT_ERROR("uninitialised r0 at exit", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: read of uninitialised register r0\n",
		     MOV64_IMM(1, 0), EXIT());
	/* Set on neither path of a branch (set on one path only is accepted: test_accepts). */
	EXPECT_ERROR("uninitialised on both paths", BPF_PROG_TYPE_XDP,
		     "t.c:103: prog p insn 3: read of uninitialised register r4\n",
		     LDX_MEM(BPF_W, 0, 1, 0), JMP_IMM(BPF_JEQ, 0, 0, 1), MOV64_IMM(3, 1),
		     MOV64_REG(0, 4), EXIT());
	EXPECT_ERROR("argument clobbered by a call", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: read of uninitialised register r1\n",
		     CALL_HELPER(5), MOV64_REG(0, 1), EXIT());
	EXPECT_ERROR("r2 is not the length outside the raw layout", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: read of uninitialised register r2\n",
		     MOV64_REG(0, 2), EXIT());
	EXPECT_ERROR("r10 write", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: write to r10 (the frame pointer is read-only)\n",
		     MOV64_IMM(10, 0), MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("r10 load", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: write to r10 (the frame pointer is read-only)\n",
		     LDX_MEM(BPF_DW, 10, 1, 0), MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("unknown opcode", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: unknown opcode 0xf7\n",
		     INSN(0xf7, 0, 0, 0, 0), MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("internal tail-call opcode", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: unknown opcode 0xf5\n",
		     INSN(0xf5, 0, 0, 0, 0), MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("unused field", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: opcode 0xb7: unused field src must be zero (is 1)\n",
		     INSN(BPF_ALU64 | BPF_MOV | BPF_K, 0, 1, 0, 0), EXIT());
	EXPECT_ERROR("tail call through an array", BPF_PROG_TYPE_XDP,
		     "t.c:105: prog p insn 5: tail call: r2 is map arr of type array, not a prog array\n",
		     MOV64_REG(6, 1), LD_MAP(2, 1), MOV64_IMM(3, 0), MOV64_REG(1, 6), TAIL_CALL(),
		     MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("tail call through a number", BPF_PROG_TYPE_XDP,
		     "t.c:103: prog p insn 3: tail call: r2 is not a prog array map (it is a scalar)\n",
		     MOV64_IMM(2, 0), MOV64_IMM(3, 0), MOV64_IMM(4, 0), TAIL_CALL(), MOV64_IMM(0, 0),
		     EXIT());
	EXPECT_ERROR("tail call through a map on one path", BPF_PROG_TYPE_XDP,
		     "t.c:108: prog p insn 8: tail call: r2 may hold a map that is not a prog array\n",
		     LDX_MEM(BPF_W, 3, 1, 0), LD_MAP(2, 0), JMP_IMM(BPF_JEQ, 3, 0, 2), LD_MAP(2, 1),
		     /* 6 */ MOV64_IMM(3, 0), MOV64_IMM(3, 1), TAIL_CALL(), MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("stack beyond 512", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: stack access at r10-520 (8 bytes) is outside the 512-byte "
		     "frame\n",
		     ST_MEM(BPF_DW, 10, -520, 0), MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("stack above r10", BPF_PROG_TYPE_XDP,
		     "t.c:100: prog p insn 0: stack access at r10-4 (8 bytes) is outside the 512-byte "
		     "frame\n",
		     ST_MEM(BPF_DW, 10, -4, 0), MOV64_IMM(0, 0), EXIT());
	/* 512 + 16 over two frames. */
	EXPECT_ERROR("combined stack", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: combined stack of 2 frames is 528 bytes (limit 512)\n",
		     ST_MEM(BPF_DW, 10, -512, 0), CALL_SUB(2), MOV64_IMM(0, 0), EXIT(),
		     /* sub@4 */ ST_MEM(BPF_DW, 10, -8, 0), MOV64_IMM(0, 0), EXIT());
	/* The entry's 256 bytes are above a subprogram with a tail call. */
	EXPECT_ERROR("256 bytes above a tail call", BPF_PROG_TYPE_XDP,
		     "t.c:102: prog p insn 2: subprogram sub@5 makes tail calls but is called with 256 "
		     "bytes of stack in use (must be below 256)\n",
		     ST_MEM(BPF_DW, 10, -256, 0), MOV64_REG(6, 1), CALL_SUB(2), MOV64_IMM(0, 0), EXIT(),
		     /* sub@5 */ LD_MAP(2, 0), MOV64_IMM(3, 0), TAIL_CALL(), MOV64_IMM(0, 0), EXIT());
	/* Nine frames: the entry and sub@2 ... sub@16, each calling the next; the call in
	 * sub@14 (the eighth frame) makes the ninth. */
	EXPECT_ERROR("nine frames", BPF_PROG_TYPE_XDP,
		     "t.c:114: prog p insn 14: call chain of 9 frames is too deep (limit 8)\n",
		     CALL_SUB(1), EXIT(), /* 2 */ CALL_SUB(1), EXIT(), /* 4 */ CALL_SUB(1), EXIT(),
		     /* 6 */ CALL_SUB(1), EXIT(), /* 8 */ CALL_SUB(1), EXIT(), /* 10 */ CALL_SUB(1),
		     EXIT(), /* 12 */ CALL_SUB(1), EXIT(), /* 14 */ CALL_SUB(1), EXIT(),
		     /* 16 */ CALL_SUB(1), EXIT(), /* 18 */ MOV64_IMM(0, 0), EXIT());
	EXPECT_ERROR("recursion", BPF_PROG_TYPE_XDP,
		     "t.c:105: prog p insn 5: unbounded recursion: sub@3 calls sub@3\n",
		     MOV64_IMM(1, 0), CALL_SUB(1), EXIT(), /* sub@3 */ MOV64_IMM(0, 0),
		     JMP_IMM(BPF_JEQ, 1, 0, 1), CALL_SUB(-3), EXIT());
	EXPECT_ERROR("infinite loop", BPF_PROG_TYPE_XDP,
		     "t.c:102: prog p insn 2: infinite loop: no path from here to exit\n",
		     MOV64_IMM(0, 0), JMP_IMM(BPF_JEQ, 0, 1, 1), JA(-1), EXIT());
}

/* The rarer structural errors: an ld_imm64 cut off by the end of the program, a jump
 * from one subprogram into another, a call to an instruction that starts no
 * subprogram, an empty program. */
static void test_more_structure(void)
{
	EXPECT_ERROR("ld_imm64 cut off", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: ld_imm64 is missing its second slot\n",
		     MOV64_IMM(0, 0), INSN(BPF_LD | BPF_IMM | BPF_DW, 1, 0, 0, 0));
	EXPECT_ERROR("jump into another subprogram", BPF_PROG_TYPE_XDP,
		     "t.c:101: prog p insn 1: jump out of range (to insn 4, outside subprogram p)\n",
		     MOV64_IMM(0, 0), JMP_IMM(BPF_JEQ, 0, 0, 2), CALL_SUB(1), EXIT(),
		     /* sub@4 */ MOV64_IMM(0, 0), EXIT());

	struct bpf_insn insns[] = {MOV64_IMM(0, 0), CALL_SUB(1), EXIT(), /* 3 */ MOV64_IMM(0, 0), EXIT()};
	struct module *m = tm_new("t.o");
	struct prog *p = tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	p->n_subprogs = 1; /* forget sub@3 */
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == -1);
	CHECK(!strcmp(r.err, "t.c:101: prog p insn 1: call to insn 3, which does not start a subprogram\n"));
	p->n_subprogs = 2;
	result_free(m, &r);
	tm_free(m);

	m = tm_new("t.o");
	tm_add_prog(m, "empty", BPF_PROG_TYPE_XDP, insns, 0);
	analyse(m, &r);
	CHECK(r.rc == -1);
	CHECK(!strcmp(r.err, "t.o: prog empty: the program has no instructions\n"));
	result_free(m, &r);
	tm_free(m);
}

/* Two programs of different types share a prog array; a statically placed member of
 * another type; a sleepable member next to non-sleepable users. */
static void test_compat(void)
{
	struct bpf_insn user[] = {
		MOV64_REG(6, 1), LD_MAP(2, 0), MOV64_IMM(3, 0), MOV64_REG(1, 6), TAIL_CALL(),
		MOV64_IMM(0, 0), EXIT(),
	};
	struct bpf_insn plain[] = {MOV64_IMM(0, 0), EXIT()};
	struct result r;

	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	tm_add_prog(m, "a", BPF_PROG_TYPE_SCHED_CLS, user, N(user));
	tm_add_prog(m, "b", BPF_PROG_TYPE_XDP, user, N(user));
	analyse(m, &r);
	CHECK(r.rc == -1);
	CHECK(!strcmp(r.err, "t.c:101: prog a insn 1: prog array jt: user b (type 6, attach type 0, "
			     "not sleepable) is not compatible with a (type 3, attach type 0, not "
			     "sleepable)\n"));
	result_free(m, &r);
	tm_free(m);

	m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 2);
	m->maps[0].prog_init = malloc(2 * sizeof(int32_t));
	m->maps[0].prog_init[0] = -1;
	m->maps[0].prog_init[1] = 1;
	tm_add_prog(m, "a", BPF_PROG_TYPE_SCHED_CLS, user, N(user));
	tm_add_prog(m, "t", BPF_PROG_TYPE_SCHED_CLS, plain, N(plain))->sleepable = true;
	analyse(m, &r);
	CHECK(r.rc == -1);
	CHECK(!strcmp(r.err, "t.c:101: prog a insn 1: prog array jt: member t (type 3, attach type 0, "
			     "sleepable) is not compatible with a (type 3, attach type 0, not "
			     "sleepable)\n"));
	result_free(m, &r);
	/* The same member, not sleepable: fine. */
	tm_free(m);

	m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 2);
	m->maps[0].prog_init = malloc(2 * sizeof(int32_t));
	m->maps[0].prog_init[0] = 1;
	m->maps[0].prog_init[1] = 0;
	tm_add_prog(m, "a", BPF_PROG_TYPE_SCHED_CLS, user, N(user));
	tm_add_prog(m, "t", BPF_PROG_TYPE_SCHED_CLS, plain, N(plain));
	analyse(m, &r);
	CHECK(r.rc == 0 && r.err[0] == 0);
	result_free(m, &r);
	tm_free(m);
}

/* r3 is set only when r1 <= 5 and read only when r1 <= 5: the kernel, following each
 * path, accepts it; the join at insn 3 sees r3 set on one path only, which is accepted. */
static void test_correlated_branches(void)
{
	struct module *m = tm_new("t.o");
	struct bpf_insn insns[] = {
		LDX_MEM(BPF_W, 1, 1, 0), MOV64_IMM(0, 0), JMP_IMM(BPF_JGT, 1, 5, 1), MOV64_IMM(3, 1),
		/* 4 */ JMP_IMM(BPF_JGT, 1, 5, 1), MOV64_REG(0, 3), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	result_free(m, &r);
	tm_free(m);
}

/* The kernel's own boundary case: 240 bytes above a subprogram with a tail call is
 * fine (256 is not: test_diagnostics). */
static void test_tail_call_stack_240(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		ST_MEM(BPF_DW, 10, -240, 0), MOV64_REG(6, 1), CALL_SUB(2), MOV64_IMM(0, 0), EXIT(),
		/* sub@5 */ LD_MAP(2, 0), MOV64_IMM(3, 0), TAIL_CALL(), MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	CHECK(r.an[0].frames[0].frame_size == 240 && r.an[0].frames[1].chain_depth == 240);
	SITE(&r.an[0].tail_calls[0], 8, TAIL_CALL_DIRECT, 0, true, 0, 0, 0x00010000);
	result_free(m, &r);
	tm_free(m);
}

/* r2 is a prog array on one path and a number on the other: where the kernel accepts
 * such a program only the map path reaches the call; nothing is fixed: dynamic. */
static void test_map_or_number(void)
{
	struct module *m = tm_new("t.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	struct bpf_insn insns[] = {
		MOV64_REG(6, 1), LDX_MEM(BPF_W, 7, 1, 0), MOV64_IMM(2, 0), JMP_IMM(BPF_JEQ, 7, 0, 2),
		LD_MAP(2, 0), /* 6 */ MOV64_REG(1, 6), MOV64_IMM(3, 1), TAIL_CALL(), /* 8 */
		MOV64_IMM(0, 0), EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	SITE(&r.an[0].tail_calls[0], 8, TAIL_CALL_DYNAMIC, 0, true, 1, -1, 0x00000100);
	result_free(m, &r);
	tm_free(m);
}

/* Things the kernel accepts that must pass: callx, may_goto, cpu v4 instructions, a loop,
 * a helper with an id we do not know. */
static void test_accepts(void)
{
	struct module *m = tm_new("t.o");
	struct bpf_insn insns[] = {
		MOV64_IMM(2, 5), INSN(BPF_JMP | BPF_CALL | BPF_X, 2, 0, 0, 0), /* callx r2 */
		CALL_HELPER(100000), MOV64_IMM(1, 10),
		/* 4: loop */ ALU64_IMM(BPF_SUB, 1, 1), INSN(BPF_JMP | BPF_JCOND, 0, 0, 1, 0),
		JMP_IMM(BPF_JNE, 1, 0, -3), /* 7 */
		INSN(BPF_ALU64 | BPF_MOV | BPF_X, 0, 1, 32, 0), /* movsx */
		INSN(BPF_ALU64 | BPF_DIV | BPF_K, 0, 0, 1, -3), /* sdiv */
		INSN(BPF_ALU64 | BPF_END | BPF_TO_LE, 0, 0, 0, 16), /* bswap16 */
		INSN(BPF_JMP32 | BPF_JA, 0, 0, 0, 0), /* gotol +0 */
		ST_MEM(BPF_DW, 10, -8, 7), INSN(BPF_LDX | BPF_MEMSX | BPF_W, 3, 10, -8, 0),
		MOV64_IMM(4, 1), INSN(BPF_STX | BPF_ATOMIC | BPF_DW, 10, 4, -8, BPF_ADD | BPF_FETCH),
		EXIT(),
	};
	tm_add_prog(m, "p", BPF_PROG_TYPE_XDP, insns, N(insns));
	struct result r;
	analyse(m, &r);
	CHECK(r.rc == 0);
	if (r.rc)
		fprintf(stderr, "  %s", r.err);
	if (r.rc)
		fprintf(stderr, "%s", r.err);
	result_free(m, &r);
	tm_free(m);
}

int main(void)
{
	test_static();
	test_direct();
	test_dynamic();
	test_key_range();
	test_poisoned_key();
	test_spill_fill();
	test_partial_slot();
	test_helper_writes_stack();
	test_static_subprog();
	test_global_subprog();
	test_callee_writes_caller_slot();
	test_callee_reads_caller_struct();
	test_two_arrays();
	test_stack_chain();
	test_folding();
	test_equality_refines();
	test_known_bits();
	test_stack_variable_offset();
	test_pointer_loop_terminates();
	test_diagnostics();
	test_compat();
	test_more_structure();
	test_accepts();
	test_correlated_branches();
	test_tail_call_stack_240();
	test_map_or_number();
	if (failures)
		fprintf(stderr, "%d check(s) failed\n", failures);
	else
		printf("all analysis unit tests passed\n");
	return failures ? 1 : 0;
}
