/* kernel_diff.c - differential test against the kernel on generated programs.
 *
 * Generates XDP programs (fixed seed) with constants, 32- and 64-bit arithmetic (cpu v4's
 * movsx, sdiv, smod and bswap too), ldsx, atomics, may_goto, gotol, branches of every
 * kind (64- and 32-bit, against constants and registers),
 * bounded loops, spills and fills, helper calls (one overwriting a stack slot that held
 * a constant), tail calls through two prog arrays, and
 * in one program of two a static subprogram that tail-calls with the key its one or two
 * callers pass and may store a new key into the caller's stack through a pointer (with
 * BTF function info, which the kernel requires then), loads each into
 * the kernel and runs the analysis on the same instructions. Fails when the kernel
 * accepts a program the analysis rejects (the analysis must accept everything the kernel
 * does), or when both accept and the x86-64 JIT made a different number of tail calls
 * indirect than the analysis classified static or dynamic. Skips (77) where programs
 * cannot be loaded. Usage: kernel_diff [N_PROGRAMS [SEED]]. */
#include "analysis.h"
#include "diag.h"
#include "kernel_version.h"
#include "testmod.h"

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static uint64_t rng_state = 0x243f6a8885a308d3ull;

static uint32_t rnd(uint32_t n)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state % n);
}

struct gen {
	struct bpf_insn insns[512];
	uint32_t n;
	uint32_t sub_start; /* 0: no subprogram */
	uint8_t written;  /* stack slots -8 ... -64 written (bit k: r10 - 8 (k + 1)) */
};

static void emit(struct gen *g, struct bpf_insn insn)
{
	g->insns[g->n++] = insn;
}

static void emit_map(struct gen *g, uint8_t reg, uint32_t map)
{
	struct bpf_insn ld[] = {LD_MAP(reg, map)};
	emit(g, ld[0]);
	emit(g, ld[1]);
}

static uint8_t work_reg(void)
{
	return (uint8_t)(7 + rnd(3));
}

/* One small piece of straight-line code or a forward branch over such a piece. */
static void piece(struct gen *g, int depth)
{
	uint8_t r = work_reg(), s = work_reg();
	int16_t slot = (int16_t)(-8 * (1 + (int)rnd(8)));
	switch (rnd(17)) {
	case 0: emit(g, ALU64_IMM(BPF_ADD, r, (int32_t)rnd(5))); break;
	case 1: emit(g, ALU64_IMM(BPF_AND, r, (int32_t)rnd(8))); break;
	case 2: emit(g, INSN(BPF_ALU | BPF_ADD | BPF_K, r, 0, 0, (int32_t)rnd(3) - 1)); break;
	case 3: emit(g, MOV64_REG(r, s)); break;
	case 4: emit(g, MOV64_IMM(r, (int32_t)rnd(6))); break;
	case 5:
		emit(g, STX_MEM(BPF_DW, 10, r, slot));
		g->written |= (uint8_t)(1u << (-slot / 8 - 1));
		break;
	case 6:
		if (g->written & (1u << (-slot / 8 - 1)))
			emit(g, LDX_MEM(BPF_DW, r, 10, slot));
		break;
	case 7:
		emit(g, CALL_HELPER(BPF_FUNC_get_prandom_u32));
		emit(g, MOV64_REG(r, 0));
		emit(g, ALU64_IMM(BPF_AND, r, 7));
		break;
	case 11: /* a helper overwrites a slot that held a constant: bpf_xdp_load_bytes (189) */
		emit(g, ST_MEM(BPF_DW, 10, slot, (int32_t)rnd(3)));
		g->written |= (uint8_t)(1u << (-slot / 8 - 1));
		emit(g, MOV64_REG(1, 6));
		emit(g, MOV64_IMM(2, 0));
		emit(g, MOV64_REG(3, 10));
		emit(g, ALU64_IMM(BPF_ADD, 3, slot));
		emit(g, MOV64_IMM(4, 8));
		emit(g, CALL_HELPER(189));
		break;
	case 12: /* cpu v4 arithmetic the folding must get right: movsx, sdiv, smod, bswap */
		switch (rnd(5)) {
		case 0: emit(g, INSN(BPF_ALU64 | BPF_MOV | BPF_X, r, s, (int16_t)(8 << rnd(3)), 0)); break;
		case 1: emit(g, INSN(BPF_ALU64 | BPF_DIV | BPF_K, r, 0, 1, (int32_t)rnd(5) - 2 ? (int32_t)rnd(3) + 1 : -1)); break;
		case 2: emit(g, INSN(BPF_ALU | BPF_MOD | BPF_K, r, 0, 1, -3)); break;
		case 3: emit(g, INSN(BPF_ALU64 | BPF_END | BPF_TO_LE, r, 0, 0, 16 << rnd(3))); break;
		default: emit(g, INSN(BPF_ALU | BPF_END | BPF_TO_BE, r, 0, 0, 16 << rnd(2))); break;
		}
		break;
	case 13: /* sign-extending and atomic stack accesses, may_goto, gotol */
		if (g->written & (1u << (-slot / 8 - 1))) {
			emit(g, INSN(BPF_LDX | BPF_MEMSX | BPF_W, r, 10, slot, 0));
			emit(g, INSN(BPF_STX | BPF_ATOMIC | BPF_DW, 10, s, slot, BPF_ADD));
		}
		emit(g, INSN(BPF_JMP | BPF_JCOND, 0, 0, 0, 0));
		emit(g, INSN(BPF_JMP32 | BPF_JA, 0, 0, 0, 0));
		break;
	case 9: /* a bounded loop */
		emit(g, MOV64_IMM(r, 1 + (int32_t)rnd(3)));
		emit(g, ALU64_IMM(BPF_SUB, r, 1));
		emit(g, JMP_IMM(BPF_JNE, r, 0, -2));
		break;
	case 10: /* a 32-bit compare */
		emit(g, INSN(BPF_JMP32 | BPF_JEQ | BPF_K, r, 0, 1, (int32_t)rnd(3)));
		emit(g, MOV64_IMM(s, (int32_t)rnd(3)));
		break;
	case 8: {
		struct bpf_insn ld[] = {LD_IMM64(r, (uint64_t)rnd(3) << 32 | rnd(3))};
		emit(g, ld[0]);
		emit(g, ld[1]);
		break;
	}
	default:
		if (depth < 2) {
			uint32_t at = g->n;
			static const uint8_t ops[] = {BPF_JEQ, BPF_JNE, BPF_JGT, BPF_JGE, BPF_JLT, BPF_JLE,
						      BPF_JSET, BPF_JSGT, BPF_JSGE, BPF_JSLT, BPF_JSLE};
			uint8_t cls = rnd(3) ? BPF_JMP : BPF_JMP32;
			if (rnd(4))
				emit(g, INSN(cls | ops[rnd(sizeof(ops))] | BPF_K, r, 0, 0, (int32_t)rnd(9) - 2));
			else
				emit(g, INSN(cls | ops[rnd(sizeof(ops))] | BPF_X, r, s, 0, 0));
			uint8_t saved = g->written;
			for (uint32_t k = 1 + rnd(3); k > 0; k--)
				piece(g, depth + 1);
			g->insns[at].off = (int16_t)(g->n - at - 1);
			g->written = saved; /* slots written on one path only are not known written */
		}
	}
}

/* A tail call: the map in r2 directly, through a spill, or chosen by a branch; the key
 * a constant (sometimes out of range, sometimes 64-bit) or a working register. */
static void tail_call(struct gen *g)
{
	uint8_t r = work_reg();
	switch (rnd(4)) {
	case 0: emit_map(g, 2, rnd(2)); break;
	case 1:
		emit_map(g, 2, rnd(2));
		emit(g, STX_MEM(BPF_DW, 10, 2, -72));
		emit(g, CALL_HELPER(BPF_FUNC_get_prandom_u32));
		emit(g, LDX_MEM(BPF_DW, 2, 10, -72));
		break;
	default:
		emit_map(g, 2, 0);
		emit(g, JMP_IMM(BPF_JEQ, r, (int32_t)rnd(3), 2));
		emit_map(g, 2, rnd(2));
	}
	switch (rnd(4)) {
	case 0: emit(g, MOV64_IMM(3, (int32_t)rnd(6))); break;
	case 1: {
		struct bpf_insn ld[] = {LD_IMM64(3, ((uint64_t)rnd(2) << 32) | rnd(3))};
		emit(g, ld[0]);
		emit(g, ld[1]);
		break;
	}
	default: emit(g, MOV64_REG(3, r));
	}
	emit(g, MOV64_REG(1, 6));
	emit(g, TAIL_CALL());
}

/* The body of a function: r6 the context, r7-r9 set, pieces and tail calls. */
static void body(struct gen *g, uint32_t max_pieces)
{
	g->written = 0;
	for (uint8_t r = 7; r <= 9; r++)
		emit(g, MOV64_IMM(r, (int32_t)rnd(4)));
	for (uint32_t k = 1 + rnd(max_pieces); k > 0; k--) {
		for (uint32_t j = rnd(4); j > 0; j--)
			piece(g, 0);
		if (rnd(2))
			tail_call(g);
	}
}

/* The entry, and in one program of two a static subprogram that the entry calls once
 * or twice with a key in r2, which it uses for a tail call, and a pointer to the entry's
 * slot r10-16 in r3, through which it may store a new key; after the calls the entry
 * tail-calls with the key in that slot. */
static void generate(struct gen *g)
{
	g->n = 0;
	bool sub = rnd(2), sub_stores = rnd(2);
	uint32_t calls[2], n_calls = 0;
	emit(g, MOV64_REG(6, 1));
	body(g, 5);
	if (sub)
		emit(g, ST_MEM(BPF_DW, 10, -16, (int32_t)rnd(3)));
	for (uint32_t k = sub ? 1 + rnd(2) : 0; k > 0; k--) {
		emit(g, MOV64_REG(1, 6));
		emit(g, MOV64_IMM(2, (int32_t)rnd(3)));
		emit(g, MOV64_REG(3, 10));
		emit(g, ALU64_IMM(BPF_ADD, 3, -16));
		calls[n_calls++] = g->n;
		emit(g, CALL_SUB(0));
		emit(g, MOV64_REG(7, 0));
	}
	if (sub) {
		emit(g, LDX_MEM(BPF_DW, 3, 10, -16));
		emit_map(g, 2, rnd(2));
		emit(g, MOV64_REG(1, 6));
		emit(g, TAIL_CALL());
	}
	emit(g, MOV64_IMM(0, 2));
	emit(g, EXIT());
	g->sub_start = 0;
	if (!sub)
		return;
	uint32_t start = g->n;
	g->sub_start = start;
	for (uint32_t k = 0; k < n_calls; k++)
		g->insns[calls[k]].imm = (int32_t)(start - calls[k] - 1);
	emit(g, MOV64_REG(6, 1));
	if (sub_stores)
		emit(g, ST_MEM(BPF_DW, 3, 0, (int32_t)rnd(3)));
	emit(g, MOV64_REG(3, 2));
	emit_map(g, 2, rnd(2));
	emit(g, TAIL_CALL());
	body(g, 2);
	emit(g, MOV64_IMM(0, 1));
	emit(g, EXIT());
}

static int indirect_in_jit(int fd)
{
	struct bpf_prog_info info;
	uint32_t len = sizeof(info);
	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(fd, &info, &len))
		return -1;
	uint32_t size = info.jited_prog_len;
	uint8_t *image = calloc(1, size + 1);
	memset(&info, 0, sizeof(info));
	info.jited_prog_len = size;
	info.jited_prog_insns = (uint64_t)(uintptr_t)image;
	len = sizeof(info);
	int n = bpf_obj_get_info_by_fd(fd, &info, &len) ? -1 : 0;
	for (uint32_t i = 0; n >= 0 && i + 4 <= size; i++)
		n += image[i] == 0x89 && image[i + 1] == 0xd2 && image[i + 2] == 0x39 && image[i + 3] == 0x56;
	free(image);
	return n;
}

/* The kernel wants BTF function info for programs whose subprograms make tail calls:
 * "main" (global) and "sub" (static), both int f(void). Returns the BTF fd. */
static struct btf *btf;

static int load_func_btf(uint32_t *main_id, uint32_t *sub_id)
{
	btf = btf__new_empty();
	int int_id = btf__add_int(btf, "int", 4, BTF_INT_SIGNED);
	int proto = btf__add_func_proto(btf, int_id);
	*main_id = (uint32_t)btf__add_func(btf, "main", BTF_FUNC_GLOBAL, proto);
	*sub_id = (uint32_t)btf__add_func(btf, "sub", BTF_FUNC_STATIC, proto);
	if (btf__load_into_kernel(btf))
		return -1;
	return btf__fd(btf); /* kept open for the whole run; btf__free closes it */
}

int main(int argc, char **argv)
{
	int count = argc > 1 ? atoi(argv[1]) : 3000;
	if (argc > 2) /* another seed, to look further */
		rng_state ^= strtoull(argv[2], NULL, 0) * 0x9e3779b97f4a7c15ull;
#if !defined(__x86_64__)
	printf("SKIP: not x86-64\n");
	return 77;
#endif
	int maps[2] = {bpf_map_create(BPF_MAP_TYPE_PROG_ARRAY, NULL, 4, 4, 4, NULL),
		       bpf_map_create(BPF_MAP_TYPE_PROG_ARRAY, NULL, 4, 4, 2, NULL)};
	if (maps[0] < 0 || maps[1] < 0) {
		printf("SKIP: cannot create BPF maps here (needs root or CAP_BPF)\n");
		return 77;
	}
	static char log[1 << 16];
	uint32_t main_id, sub_id;
	int btf_fd = load_func_btf(&main_id, &sub_id);
	if (btf_fd < 0) {
		printf("SKIP: cannot load BTF into the kernel\n");
		return 77;
	}
	int imprecise = 0, both = 0, kernel_only = 0, ours_only = 0, neither = 0, failures = 0;
	struct gen g;
	for (int it = 0; it < count; it++) {
		generate(&g);
		/* The kernel gets map fds; the analysis map indices. */
		struct bpf_insn kinsns[512];
		memcpy(kinsns, g.insns, g.n * sizeof(*kinsns));
		for (uint32_t i = 0; i < g.n; i++)
			if (insn_is_ld_imm64(&kinsns[i]) && kinsns[i].src_reg == BPF_PSEUDO_MAP_FD)
				kinsns[i].imm = maps[kinsns[i].imm];
		struct bpf_func_info funcs[2] = {{0, main_id}, {g.sub_start, sub_id}};
		LIBBPF_OPTS(bpf_prog_load_opts, opts, .log_buf = log, .log_size = sizeof(log), .log_level = 1,
			    .prog_btf_fd = (uint32_t)btf_fd, .func_info = funcs,
			    .func_info_rec_size = sizeof(funcs[0]), .func_info_cnt = g.sub_start ? 2 : 1);
		int fd = bpf_prog_load(BPF_PROG_TYPE_XDP, NULL, "GPL", kinsns, g.n, &opts);

		struct module *m = tm_new("gen.o");
		tm_add_map(m, "jt4", BPF_MAP_TYPE_PROG_ARRAY, 4);
		tm_add_map(m, "jt2", BPF_MAP_TYPE_PROG_ARRAY, 2);
		tm_add_prog(m, "gen", BPF_PROG_TYPE_XDP, g.insns, g.n);
		struct prog_analysis an;
		int rc = analysis_run(m, &an);
		if (fd >= 0 && rc == 0) {
			both++;
			uint32_t ours = 0;
			for (uint32_t k = 0; k < an.n_tail_calls; k++)
				ours += an.tail_calls[k].kind != TAIL_CALL_DIRECT;
			int kernel = indirect_in_jit(fd);
			if (kernel != (int)ours && getenv("KDIFF_DUMP")) {
				for (uint32_t i = 0; i < g.n; i++)
					printf("  %3u: %02x %u %u %d %d\n", i, g.insns[i].code, g.insns[i].dst_reg,
					       g.insns[i].src_reg, g.insns[i].off, g.insns[i].imm);
				for (uint32_t k = 0; k < an.n_tail_calls; k++)
					printf("  site %u kind %d key_known %d key %llu\n", an.tail_calls[k].insn,
					       an.tail_calls[k].kind, an.tail_calls[k].key_known,
					       (unsigned long long)an.tail_calls[k].key);
			}
			if (kernel > (int)ours) {
				printf("FAIL program %d: indirect tail calls: analysis %u, kernel %d\n", it, ours, kernel);
				failures++;
			} else if (kernel != (int)ours) {
				printf("less precise than the kernel, program %d: indirect tail calls: analysis %u, "
				       "kernel %d\n", it, ours, kernel);
				imprecise++;
			}
		} else if (fd >= 0) {
			printf("FAIL program %d: the kernel accepts it, the analysis rejects it (above)\n", it);
			kernel_only++;
			failures++;
		} else if (rc == 0) {
			if (getenv("KDIFF_DUMP") && ours_only < 3) {
				const char *end = log + strlen(log);
				const char *from = end - (end - log > 300 ? 300 : end - log);
				printf("kernel rejects program %d:\n%s\n", it, from);
			}
			ours_only++;
		} else {
			neither++;
		}
		if (rc == 0)
			prog_analysis_free(&an);
		if (fd >= 0)
			close(fd);
		tm_free(m);
	}
	btf__free(btf);
	close(maps[0]);
	close(maps[1]);
	printf("%d programs: both accept %d, only the kernel %d, only the analysis %d, neither %d; "
	       "%d less precise; %d failures\n", count, both, kernel_only, ours_only, neither, imprecise,
	       failures);
	char release[128] = "?";
	if (failures && !kernel_is_checked_version(release, sizeof(release))) {
		printf("SKIP: kernel %s is older than %d.%d, which these results were checked "
		       "against; it may know fewer constants\n", release, CHECKED_KERNEL_MAJOR,
		       CHECKED_KERNEL_MINOR);
		return 77;
	}
	return failures ? 1 : 0;
}
