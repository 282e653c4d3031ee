/* test_fuzz.c - the analysis never crashes on bad input: random instruction streams
 * (biased towards real opcodes, registers and small offsets), and conformance programs
 * with random bytes flipped. Fixed seed, so a failure reproduces; run it under ASan and
 * UBSan. It asserts only that analysis_run returns 0 or -1 and prints at most one line. */
#include "analysis.h"
#include "diag.h"
#include "testmod.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint32_t rnd(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)rng_state;
}

static const uint8_t common_codes[] = {
	0xb7, 0xbf, 0x07, 0x0f, 0x04, 0x0c, 0x87, 0xdc, 0xd4, 0xd7, 0x37, 0x3f, 0x97, 0x9f,
	0x61, 0x69, 0x71, 0x79, 0x81, 0x89, 0x91, 0x62, 0x6a, 0x72, 0x7a, 0x63, 0x6b, 0x73, 0x7b,
	0xc3, 0xdb, 0x18, 0x05, 0x06, 0x15, 0x1d, 0x25, 0x2d, 0x55, 0x5d, 0x16, 0x1e, 0x85, 0x8d,
	0x95, 0xe5, 0x20, 0x28, 0x30, 0x40,
};

static struct bpf_insn random_insn(uint32_t n)
{
	struct bpf_insn insn = {0};
	uint32_t r = rnd();
	insn.code = r % 8 ? common_codes[rnd() % sizeof(common_codes)] : (uint8_t)rnd();
	insn.dst_reg = rnd() % 4 ? rnd() % 11 : rnd() % 16;
	insn.src_reg = rnd() % 4 ? rnd() % 11 : rnd() % 16;
	if (insn.code == 0x85 && rnd() % 3 == 0)
		insn.src_reg = BPF_PSEUDO_CALL;
	if (insn.code == 0x85 && rnd() % 3 == 0)
		insn.imm = HELPER_TAIL_CALL;
	else if (insn.code == 0x18 && rnd() % 2)
		insn.src_reg = 1 + rnd() % 2, insn.imm = (int32_t)(rnd() % 3);
	else
		insn.imm = rnd() % 4 ? (int32_t)(rnd() % 16) - 8 : (int32_t)rnd();
	insn.off = rnd() % 4 ? (int16_t)((int)(rnd() % (2 * n + 2)) - (int)n) : (int16_t)rnd();
	if ((insn.code & 0x07) <= 0x03 && rnd() % 2) /* memory: stack offsets */
		insn.off = (int16_t)(-8 * (int)(rnd() % 70));
	return insn;
}

/* A program that is mostly valid, to get past the structural checks: registers set
 * first, forward jumps only, calls followed by re-initialised arguments, exit at the end;
 * then one random mutation in three. */
static uint32_t valid_program(struct bpf_insn *insns, uint32_t cap)
{
	uint32_t n = 0;
	for (uint8_t r = 0; r <= 9; r++)
		insns[n++] = r == 1 ? MOV64_REG(6, 1) : MOV64_IMM(r, (int32_t)(rnd() % 8));
	insns[1] = MOV64_REG(7, 1);
	uint32_t body = 8 + rnd() % (cap - 24);
	while (n < body) {
		uint8_t r = 1 + rnd() % 9, s = rnd() % 10;
		int16_t slot = (int16_t)(-8 * (1 + (int)(rnd() % 8)));
		switch (rnd() % 10) {
		case 0: insns[n++] = ALU64_IMM(BPF_ADD, r, (int32_t)(rnd() % 5)); break;
		case 1: insns[n++] = ALU64_REG(BPF_XOR, r, s); break;
		case 2: insns[n++] = STX_MEM(BPF_DW, 10, s, slot); break;
		case 3: insns[n++] = LDX_MEM(BPF_DW, r, 10, slot); break;
		case 4: {
			uint32_t left = body - n;
			insns[n++] = JMP_IMM(BPF_JGT, r, (int32_t)(rnd() % 4), (int16_t)(rnd() % left));
			break;
		}
		case 5: {
			struct bpf_insn ld[] = {LD_MAP(r, rnd() % 3)};
			insns[n++] = ld[0];
			insns[n++] = ld[1];
			break;
		}
		case 6:
			insns[n++] = MOV64_REG(2, r);
			insns[n++] = MOV64_REG(1, 6);
			insns[n++] = MOV64_IMM(3, (int32_t)(rnd() % 6));
			insns[n++] = TAIL_CALL();
			for (uint8_t a = 1; a <= 5; a++)
				insns[n++] = MOV64_IMM(a, 0);
			break;
		case 7: insns[n++] = ST_MEM(BPF_W, 10, slot, (int32_t)(rnd() % 4)); break;
		case 8: insns[n++] = MOV64_REG(r, 10); insns[n++] = ALU64_IMM(BPF_ADD, r, slot); break;
		default: insns[n++] = MOV64_REG(r, s); break;
		}
	}
	insns[n++] = MOV64_IMM(0, 0);
	insns[n++] = (struct bpf_insn){.code = BPF_JMP | BPF_EXIT};
	if (rnd() % 3 == 0)
		insns[rnd() % n] = random_insn(n);
	return n;
}

static void run_one(struct module *m)
{
	struct prog_analysis an[2];
	unsigned before = diag_count();
	int rc = analysis_run(m, an);
	unsigned printed = diag_count() - before;
	if ((rc != 0 && rc != -1) || (rc == -1 && printed != 1) || (rc == 0 && printed != 0)) {
		fprintf(stdout, "FAIL: rc %d after %u diagnostics\n", rc, printed);
		exit(1);
	}
	for (uint32_t i = 0; i < m->n_progs; i++)
		prog_analysis_free(&an[i]);
}

static struct module *new_module(void)
{
	struct module *m = tm_new("fuzz.o");
	tm_add_map(m, "jt", BPF_MAP_TYPE_PROG_ARRAY, 4);
	tm_add_map(m, "arr", BPF_MAP_TYPE_ARRAY, 1);
	tm_add_map(m, "jt2", BPF_MAP_TYPE_PROG_ARRAY, 2);
	return m;
}

int main(int argc, char **argv)
{
	int iterations = argc > 1 ? atoi(argv[1]) : 20000;
	/* Diagnostics are expected: send them to /dev/null. */
	if (!freopen("/dev/null", "w", stderr))
		return 2;
	int accepted = 0;
	for (int it = 0; it < iterations; it++) {
		struct bpf_insn insns[1024];
		uint32_t n;
		if (it % 2) {
			n = valid_program(insns, it % 64 == 1 ? 900 : 96); /* now and then a long one */
		} else {
			n = 1 + rnd() % 48;
			for (uint32_t i = 0; i < n; i++)
				insns[i] = random_insn(n);
			if (rnd() % 2)
				insns[n - 1] = (struct bpf_insn){.code = BPF_JMP | BPF_EXIT};
		}
		struct module *m = new_module();
		tm_add_prog(m, "fuzz", rnd() % 2 ? BPF_PROG_TYPE_XDP : BPF_PROG_TYPE_UNSPEC, insns, n);
		unsigned before = diag_count();
		run_one(m);
		accepted += diag_count() == before;
		tm_free(m);
	}
	printf("fuzz: %d programs, %d accepted, no crash\n", iterations, accepted);
	return 0;
}
