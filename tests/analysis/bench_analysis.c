/* bench_analysis.c - how long the analysis takes on a generated program of about
 * 100,000 instructions (a benchmark: it prints the time, it asserts nothing about it).
 *
 * The program is blocks of straight-line ALU work, stack spills and fills, forward
 * branches, map references, helper calls and tail calls (static, direct and dynamic),
 * plus small bounded loops, one loop around the whole body (so that the fixpoint has to
 * go round) and a few bpf-to-bpf calls into small subprograms.
 * Usage: bench_analysis [N_INSNS [N_SUBPROGRAMS]]: with N_SUBPROGRAMS, the chunks are
 * spread over that many static subprograms called from the entry instead. */
#include "analysis.h"
#include "testmod.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct gen {
	struct bpf_insn *insns;
	uint32_t n, cap;
};

static void emit(struct gen *g, struct bpf_insn insn)
{
	if (g->n == g->cap) {
		g->cap = g->cap ? 2 * g->cap : 1024;
		g->insns = realloc(g->insns, g->cap * sizeof(*g->insns));
	}
	g->insns[g->n++] = insn;
}

#define E(...) emit(g, __VA_ARGS__)

/* One chunk of about 40 instructions; i varies the shape. */
static void chunk(struct gen *g, uint32_t i)
{
	struct bpf_insn map[] = {LD_MAP(2, 0)}, other[] = {LD_MAP(2, 1)};
	E(LDX_MEM(BPF_W, 7, 6, (int16_t)(4 * (i % 8))));
	E(MOV64_IMM(8, (int32_t)i));
	for (int k = 0; k < 8; k++) {
		E(ALU64_REG(BPF_ADD, 8, 7));
		E(ALU64_IMM(BPF_XOR, 8, k));
	}
	E(STX_MEM(BPF_DW, 10, 8, -8 * (int16_t)(1 + i % 16)));
	E(LDX_MEM(BPF_DW, 9, 10, -8 * (int16_t)(1 + i % 16)));
	E(JMP_IMM(BPF_JGT, 9, 100, 4));           /* skip the next four */
	E(ALU64_IMM(BPF_MUL, 9, 3));
	E(ALU64_IMM(BPF_RSH, 9, 1));
	E(MOV64_IMM(0, 1));
	E(ALU64_REG(BPF_ADD, 9, 0));
	/* A tail call whose map and key depend on the chunk. */
	E(map[0]);
	E(map[1]);
	if (i % 3 == 0) {
		E(JMP_IMM(BPF_JEQ, 7, 0, 2));
		E(other[0]);
		E(other[1]);
	}
	E(STX_MEM(BPF_DW, 10, 2, -136));
	E(CALL_HELPER(5));
	E(LDX_MEM(BPF_DW, 2, 10, -136));
	E(MOV64_REG(1, 6));
	if (i % 2)
		E(MOV64_IMM(3, (int32_t)(i % 8)));
	else
		E(MOV64_REG(3, 9));
	E(TAIL_CALL());
	/* A small bounded loop. */
	E(MOV64_IMM(4, 4));
	E(ALU64_IMM(BPF_SUB, 4, 1));
	E(JMP_IMM(BPF_JNE, 4, 0, -2));
	for (int k = 0; k < 3; k++)
		E(ALU64_IMM(BPF_ADD, 9, k));
}

/* The same chunks spread over n_subs static subprograms, each called once from the
 * entry (to time the interprocedural part). */
static void generate_split(struct gen *g, uint32_t target, uint32_t n_subs)
{
	uint32_t *calls = calloc(n_subs, sizeof(*calls)), i = 0;
	E(MOV64_REG(6, 1));
	for (uint32_t k = 0; k < n_subs; k++) {
		E(MOV64_REG(1, 6));
		calls[k] = g->n;
		E(CALL_SUB(0));
	}
	E(MOV64_IMM(0, 0));
	E(EXIT());
	uint32_t per_sub = (target - g->n) / n_subs;
	for (uint32_t k = 0; k < n_subs; k++) {
		uint32_t start = g->n;
		g->insns[calls[k]].imm = (int32_t)(start - calls[k] - 1);
		E(MOV64_REG(6, 1));
		do /* at least one chunk (about 45 instructions) per subprogram */
			chunk(g, i++);
		while (g->n - start + 45 < per_sub);
		E(MOV64_IMM(0, 0));
		E(EXIT());
	}
	free(calls);
}

int main(int argc, char **argv)
{
	uint32_t target = argc > 1 ? (uint32_t)atoi(argv[1]) : 100000;
	uint32_t n_subs = argc > 2 ? (uint32_t)atoi(argv[2]) : 0;
	struct gen gen = {0}, *g = &gen;
	if (n_subs) {
		generate_split(g, target, n_subs);
		goto analyse;
	}
	E(MOV64_REG(6, 1));
	uint32_t i = 0;
	while (g->n < target - 18)
		chunk(g, i++);
	/* One loop around everything: every block is interpreted again until the states
	 * at its head stop changing. */
	E(JMP_IMM(BPF_JEQ, 9, 0, 1));
	E(INSN(BPF_JMP32 | BPF_JA, 0, 0, 0, -(int32_t)g->n)); /* gotol to insn 1 */
	/* Two small subprograms called from the end of the entry. */
	struct bpf_insn ld_map[] = {LD_MAP(2, 0)};
	E(MOV64_REG(1, 6));
	E(CALL_SUB(4)); /* sub A */
	E(MOV64_REG(1, 6));
	E(CALL_SUB(5)); /* sub B */
	E(MOV64_IMM(0, 0));
	E(EXIT());
	/* sub A */ E(ST_MEM(BPF_DW, 10, -16, 1));
	E(LDX_MEM(BPF_DW, 0, 10, -16));
	E(EXIT());
	/* sub B: a direct tail call */
	E(ld_map[0]);
	E(ld_map[1]);
	E(MOV64_IMM(3, 1));
	E(TAIL_CALL());
	E(MOV64_IMM(0, 0));
	E(EXIT());

analyse:;
	struct module *m = tm_new("bench.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 8);
	tm_add_map(m, "jt2", BPF_MAP_TYPE_PROG_ARRAY, 8);
	tm_add_prog(m, "bench", BPF_PROG_TYPE_SCHED_CLS, g->insns, g->n);
	struct prog_analysis an;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int rc = analysis_run(m, &an);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	printf("analysis of %u instructions in %u subprograms: %.1f ms (%s; %u tail-call sites, %u direct)\n",
	       g->n, m->progs[0].n_subprogs, ms, rc ? "rejected" : "accepted", rc ? 0 : an.n_tail_calls,
	       rc ? 0 : an.n_pokes);
	if (!rc)
		prog_analysis_free(&an);
	tm_free(m);
	free(g->insns);
	return rc ? 1 : 0;
}
