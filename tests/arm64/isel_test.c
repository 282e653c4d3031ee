/* isel_test.c - what single BPF instructions become: the native code of one
 * instruction, disassembled with LLVM MC, against hand-written expectations. Checks the
 * shortest forms (immediates, constants, stack offsets) and the ISA corner cases. */
#include "a64.h"

#include <llvm-c/Disassembler.h>
#include <llvm-c/Target.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INSN(c, d, s, o, i) {.code = (c), .dst_reg = (d), .src_reg = (s), .off = (o), .imm = (i)}
#define ALU64_IMM(op, d, i) INSN(BPF_ALU64 | (op) | BPF_K, d, 0, 0, i)
#define ALU32_IMM(op, d, i) INSN(BPF_ALU | (op) | BPF_K, d, 0, 0, i)
#define ALU64_REG(op, d, s) INSN(BPF_ALU64 | (op) | BPF_X, d, s, 0, 0)
#define ALU32_REG(op, d, s) INSN(BPF_ALU | (op) | BPF_X, d, s, 0, 0)
#define LD_IMM64(d, v) INSN(BPF_LD | BPF_IMM | BPF_DW, d, 0, 0, (int32_t)(uint32_t)(v)), \
	INSN(0, 0, 0, 0, (int32_t)(uint32_t)((uint64_t)(v) >> 32))

struct isel_case {
	struct bpf_insn insn[2]; /* one instruction (second slot for ld_imm64) */
	const char *expected;     /* its code, one instruction per line */
};

static const struct isel_case cases[] = {
	/* constants: fewest instructions */
	{{ALU64_IMM(BPF_MOV, 0, 0)}, "mov w7, #0"},
	{{ALU64_IMM(BPF_MOV, 0, -1)}, "mov x7, #-1"},
	{{ALU32_IMM(BPF_MOV, 0, -1)}, "mov w7, #-1"},
	{{ALU64_IMM(BPF_MOV, 1, 0x12345678)}, "mov w0, #22136\nmovk w0, #4660, lsl #16"},
	{{ALU64_IMM(BPF_MOV, 1, (int32_t)0x80000000)}, "mov x0, #-2147483648"},
	{{LD_IMM64(0, 0x00000000ffffffffull)}, "mov w7, #-1"},
	{{LD_IMM64(0, 0xffffffffffff1234ull)}, "mov x7, #-60876"},
	{{LD_IMM64(0, 0x5555555555555555ull)}, "mov x7, #6148914691236517205"},
	{{LD_IMM64(0, 0x0000123400000000ull)}, "mov x7, #20014547599360"},
	{{LD_IMM64(0, 0x123456789abcdef0ull)},
	 "mov x7, #57072\nmovk x7, #39612, lsl #16\nmovk x7, #22136, lsl #32\nmovk x7, #4660, lsl #48"},
	/* ALU immediates */
	{{ALU64_IMM(BPF_ADD, 1, -5)}, "sub x0, x0, #5"},
	{{ALU32_IMM(BPF_ADD, 1, 0x1000)}, "add w0, w0, #1, lsl #12"},
	{{ALU64_IMM(BPF_SUB, 1, 4095)}, "sub x0, x0, #4095"},
	{{ALU64_IMM(BPF_ADD, 1, 0x12345)}, "mov w10, #9029\nmovk w10, #1, lsl #16\nadd x0, x0, x10"},
	{{ALU64_IMM(BPF_AND, 1, 0xff)}, "and x0, x0, #0xff"},
	{{ALU64_IMM(BPF_AND, 1, -16)}, "and x0, x0, #0xfffffffffffffff0"},
	{{ALU32_IMM(BPF_OR, 1, (int32_t)0xf0f0f0f0)}, "orr w0, w0, #0xf0f0f0f0"},
	{{ALU64_IMM(BPF_XOR, 1, 5)}, "mov w10, #5\neor x0, x0, x10"},
	/* shifts: counts masked, a 32-bit shift by 0 still zero-extends */
	{{ALU32_IMM(BPF_LSH, 1, 33)}, "lsl w0, w0, #1"},
	{{ALU32_IMM(BPF_RSH, 1, 32)}, "mov w0, w0"},
	{{ALU64_IMM(BPF_ARSH, 1, -1)}, "asr x0, x0, #63"},
	{{ALU64_IMM(BPF_LSH, 1, 64)}, ""},
	{{ALU64_REG(BPF_LSH, 1, 2)}, "lsl x0, x0, x1"},
	/* division and modulo: the hardware already gives the RFC 9669 results */
	{{ALU64_REG(BPF_DIV, 1, 2)}, "udiv x0, x0, x1"},
	{{INSN(BPF_ALU | BPF_DIV | BPF_X, 1, 2, 1, 0)}, "sdiv w0, w0, w1"},
	{{ALU64_REG(BPF_MOD, 1, 2)}, "udiv x11, x0, x1\nmsub x0, x11, x1, x0"},
	{{INSN(BPF_ALU | BPF_MOD | BPF_K, 1, 0, 1, -3)}, "mov w10, #-3\nsdiv w11, w0, w10\nmsub w0, w11, w10, w0"},
	/* moves */
	{{ALU32_REG(BPF_MOV, 1, 2)}, "mov w0, w1"},
	{{INSN(BPF_ALU64 | BPF_MOV | BPF_X, 1, 2, 32, 0)}, "sxtw x0, w1"},
	{{INSN(BPF_ALU | BPF_MOV | BPF_X, 1, 2, 8, 0)}, "sxtb w0, w1"},
	{{ALU64_IMM(BPF_NEG, 6, 0)}, "neg x19, x19"},
	/* byte swaps */
	{{INSN(BPF_ALU | BPF_END | BPF_TO_BE, 1, 0, 0, 16)}, "rev16 w0, w0\nuxth w0, w0"},
	{{INSN(BPF_ALU | BPF_END | BPF_TO_LE, 1, 0, 0, 32)}, "mov w0, w0"},
	{{INSN(BPF_ALU | BPF_END | BPF_TO_LE, 1, 0, 0, 64)}, ""},
	{{INSN(BPF_ALU64 | BPF_END, 1, 0, 0, 64)}, "rev x0, x0"},
	/* memory: the shortest addressing form */
	{{INSN(BPF_LDX | BPF_MEM | BPF_DW, 0, 10, -8, 0)}, "ldur x7, [x25, #-8]"},
	{{INSN(BPF_LDX | BPF_MEM | BPF_W, 0, 1, 16, 0)}, "ldr w7, [x0, #16]"},
	{{INSN(BPF_LDX | BPF_MEMSX | BPF_H, 0, 1, 2, 0)}, "ldrsh x7, [x0, #2]"},
	{{INSN(BPF_STX | BPF_MEM | BPF_DW, 10, 1, -512, 0)}, "str x0, [sp]"},
	{{INSN(BPF_STX | BPF_MEM | BPF_B, 1, 2, -300, 0)}, "mov x11, #-300\nstrb w1, [x0, x11]"},
	{{INSN(BPF_ST | BPF_MEM | BPF_W, 10, 0, -4, 0)}, "stur wzr, [x25, #-4]"},
	{{INSN(BPF_ST | BPF_MEM | BPF_DW, 10, 0, -16, -2)}, "mov x10, #-2\nstur x10, [x25, #-16]"},
	/* conditional jumps to the next instruction (offset 4) */
	{{INSN(BPF_JMP | BPF_JNE | BPF_K, 1, 0, 0, -1)}, "cmn x0, #1\nb.ne #4"},
	{{INSN(BPF_JMP32 | BPF_JSGT | BPF_K, 1, 0, 0, 4096)}, "cmp w0, #1, lsl #12\nb.gt #4"},
	{{INSN(BPF_JMP | BPF_JSET | BPF_K, 1, 0, 0, 8)}, "tst x0, #0x8\nb.ne #4"},
	{{INSN(BPF_JMP | BPF_JLT | BPF_X, 1, 2, 0, 0)}, "cmp x0, x1\nb.lo #4"},
	{{INSN(BPF_JMP32 | BPF_JGE | BPF_K, 1, 0, 0, 0x12345)}, "mov w10, #9029\nmovk w10, #1, lsl #16\ncmp w0, w10\nb.hs #4"},
	/* helper calls: r1-r5 already in x0-x4; unknown ids through bpfaot_helper_call */
	{{INSN(BPF_JMP | BPF_CALL, 0, 0, 0, 1)}, "bl #0\nmov x7, x0"},
	{{INSN(BPF_JMP | BPF_CALL, 0, 0, 0, 1000)}, "mov w5, #1000\nbl #0\nmov x7, x0"},
};


/* bpf_map_lookup_elem (call 1) with the analysis saying r1 holds `map`: inlined for arrays
 * and per-CPU arrays. Branch targets are byte offsets from the branch; adrp/add/ldr show
 * 0 where relocations go (STORAGE, then the GOT entry of bpfaot_tls_cpu_slot). */
struct lookup_case {
	struct map map;
	const char *expected;
};

#define LOOKUP(t, vs, n) \
	{.name = (char *)"m", .type = (t), .key_size = 4, .value_size = (vs), .max_entries = (n)}
#define ARRAY_HEAD "ldr w11, [x1]\n"
#define ARRAY_TAIL "adrp x7, #0\nadd x7, x7, #0\n"
/* The per-CPU sequence after the bound check; its branch offsets depend on how many
 * instructions the scaling takes: cbz and tbnz go to the helper call, b to the end. */
#define PERCPU_SLOT(to_call) "ldr x12, [x0, #40]\ncbz x12, #" #to_call "\nmrs x13, TPIDR_EL0\n" \
	"adrp x10, #0\nldr x10, [x10]\nldr w10, [x13, x10]\n"
#define PERCPU_OUT "b #20\nbl #0\nmov x7, x0\nb #8\nmov x7, xzr"

static const struct lookup_case lookup_cases[] = {
	/* arrays: element 8 = 1 << 3, a shift; 24, a multiply; bound in the immediate */
	{LOOKUP(BPF_MAP_TYPE_ARRAY, 8, 5),
	 ARRAY_HEAD "cmp w11, #5\n" ARRAY_TAIL "add x7, x7, x11, lsl #3\ncsel x7, x7, xzr, lo"},
	{LOOKUP(BPF_MAP_TYPE_ARRAY, 20, 5),
	 ARRAY_HEAD "cmp w11, #5\n" ARRAY_TAIL
	 "mov w12, #24\nmadd x7, x11, x12, x7\ncsel x7, x7, xzr, lo"},
	/* value_size 1 rounds up to 8; 4096 fits the shifted immediate, 5000 needs w10 */
	{LOOKUP(BPF_MAP_TYPE_ARRAY, 1, 4096),
	 ARRAY_HEAD "cmp w11, #1, lsl #12\n" ARRAY_TAIL "add x7, x7, x11, lsl #3\ncsel x7, x7, xzr, lo"},
	{LOOKUP(BPF_MAP_TYPE_ARRAY, 4096, 5000),
	 ARRAY_HEAD "mov w10, #5000\ncmp w11, w10\n" ARRAY_TAIL
	 "add x7, x7, x11, lsl #12\ncsel x7, x7, xzr, lo"},
	{LOOKUP(BPF_MAP_TYPE_ARRAY, 8, 0xffffffffu),
	 ARRAY_HEAD "mov w10, #-1\ncmp w11, w10\n" ARRAY_TAIL "add x7, x7, x11, lsl #3\ncsel x7, x7, xzr, lo"},
	/* per-CPU: stride BPFAOT_PERCPU_STRIDE(8, 3) = 64 = 1 << 6 and element 8 (17
	 * instructions: b.hs at 2 to mov x7, xzr at 16; cbz at 4 and tbnz at 9 to bl at 13;
	 * b at 12 to the end at 17) */
	{LOOKUP(BPF_MAP_TYPE_PERCPU_ARRAY, 8, 3),
	 "ldr w11, [x1]\ncmp w11, #3\nb.hs #56\n" PERCPU_SLOT(36) "tbnz w10, #31, #16\n"
	 "add x12, x12, x10, lsl #6\nadd x7, x12, x11, lsl #3\n" PERCPU_OUT},
	/* stride round_up(24 * 5, 64) = 128, element 24: a multiply (one more instruction
	 * between the checks and the helper call) */
	{LOOKUP(BPF_MAP_TYPE_PERCPU_ARRAY, 24, 5),
	 "ldr w11, [x1]\ncmp w11, #5\nb.hs #60\n" PERCPU_SLOT(40) "tbnz w10, #31, #20\n"
	 "add x12, x12, x10, lsl #7\nmov w13, #24\nmadd x7, x11, x13, x12\n" PERCPU_OUT},
	/* stride round_up(8 * 5000, 64) = 40000, not a power of two; bound 5000 in w10 */
	{LOOKUP(BPF_MAP_TYPE_PERCPU_ARRAY, 4, 5000),
	 "ldr w11, [x1]\nmov w10, #5000\ncmp w11, w10\nb.hs #60\n" PERCPU_SLOT(40)
	 "tbnz w10, #31, #20\nmov w13, #40000\nmadd x12, x10, x13, x12\nadd x7, x12, x11, lsl #3\n"
	 PERCPU_OUT},
	/* a stride beyond 32 bits: 8 * 2^31 bytes per slot = 1 << 34 */
	{LOOKUP(BPF_MAP_TYPE_PERCPU_ARRAY, 8, 0x80000000u),
	 "ldr w11, [x1]\nmov w10, #-2147483648\ncmp w11, w10\nb.hs #56\n" PERCPU_SLOT(36)
	 "tbnz w10, #31, #16\nadd x12, x12, x10, lsl #34\nadd x7, x12, x11, lsl #3\n" PERCPU_OUT},
	/* not inlined: other map types and shapes the runtime rejects go through the helper */
	{LOOKUP(BPF_MAP_TYPE_HASH, 8, 5), "bl #0\nmov x7, x0"},
	{{.name = (char *)"m", .type = BPF_MAP_TYPE_ARRAY, .key_size = 8, .value_size = 8, .max_entries = 5},
	 "bl #0\nmov x7, x0"},
	{LOOKUP(BPF_MAP_TYPE_PERCPU_ARRAY, 0, 5), "bl #0\nmov x7, x0"},
	{LOOKUP(BPF_MAP_TYPE_ARRAY, 8, 0), "bl #0\nmov x7, x0"},
};

/* A conditional jump over one instruction: {ja +0 (or ja +1: the skipped instruction is a
 * jump target too); jump; insn; exit}, the code of the jump and the instruction. Registers:
 * r0 = x7, r1-r3 = x0-x2, r6 = x19. The simple ALU operations become compute into x11,
 * compare, csel on the inverted condition; anything else keeps its branch. */
struct fused_case {
	struct bpf_insn jump, insn;
	bool landed; /* the program's first instruction jumps to `insn` */
	const char *expected;
};

#define JMP_IMM(op, d, i) INSN(BPF_JMP | (op) | BPF_K, d, 0, 1, i)
#define JMP_REG(op, d, s) INSN(BPF_JMP | (op) | BPF_X, d, s, 1, 0)
#define JMP32_IMM(op, d, i) INSN(BPF_JMP32 | (op) | BPF_K, d, 0, 1, i)
#define JMP32_REG(op, d, s) INSN(BPF_JMP32 | (op) | BPF_X, d, s, 1, 0)

static const struct fused_case fused_cases[] = {
	/* a bitwise CRC step: 32-bit xor with a constant that goes through x10, jset */
	{JMP_IMM(BPF_JSET, 1, 1), ALU32_IMM(BPF_XOR, 0, (int32_t)0xedb88320), false,
	 "mov w10, #33568\nmovk w10, #60856, lsl #16\neor w11, w7, w10\ntst x0, #0x1\n"
	 "csel x7, x11, x7, eq"},
	/* 64-bit, register source; jset with a register */
	{JMP_IMM(BPF_JEQ, 1, 0), ALU64_REG(BPF_ADD, 0, 2), false, "add x11, x7, x1\ncmp x0, #0\ncsel x7, x11, x7, ne"},
	{JMP_REG(BPF_JSET, 1, 2), ALU32_REG(BPF_AND, 1, 2), false, "and w11, w0, w1\ntst x0, x1\ncsel x0, x11, x0, eq"},
	/* mov K: 32-bit zero-extends, 64-bit sign-extends; mov X 32-bit zero-extends */
	{JMP32_IMM(BPF_JSGT, 1, 5), ALU32_IMM(BPF_MOV, 0, -1), false, "mov w11, #-1\ncmp w0, #5\ncsel x7, x11, x7, le"},
	{JMP_REG(BPF_JSLT, 1, 2), ALU64_IMM(BPF_MOV, 0, -2), false, "mov x11, #-2\ncmp x0, x1\ncsel x7, x11, x7, ge"},
	{JMP_REG(BPF_JGT, 1, 2), ALU32_REG(BPF_MOV, 6, 1), false, "mov w11, w0\ncmp x0, x1\ncsel x19, x11, x19, ls"},
	{JMP32_REG(BPF_JSGE, 1, 3), ALU64_REG(BPF_MOV, 6, 1), false, "mov x11, x0\ncmp w0, w2\ncsel x19, x11, x19, lt"},
	/* shifts by K masked; a count of 0 still moves (and a 32-bit one zero-extends) */
	{JMP32_IMM(BPF_JLT, 1, 7), ALU64_IMM(BPF_LSH, 6, 65), false, "lsl x11, x19, #1\ncmp w0, #7\ncsel x19, x11, x19, hs"},
	{JMP_REG(BPF_JNE, 1, 2), ALU32_IMM(BPF_RSH, 0, 32), false, "mov w11, w7\ncmp x0, x1\ncsel x7, x11, x7, eq"},
	{JMP_IMM(BPF_JLE, 1, 9), ALU64_IMM(BPF_ARSH, 0, 64), false, "mov x11, x7\ncmp x0, #9\ncsel x7, x11, x7, hi"},
	{JMP32_IMM(BPF_JSLE, 2, -3), ALU32_IMM(BPF_ARSH, 0, 31), false, "asr w11, w7, #31\ncmn w1, #3\ncsel x7, x11, x7, gt"},
	/* mul by K, neg, sub of a negative K */
	{JMP_IMM(BPF_JGE, 1, 4096), ALU32_IMM(BPF_MUL, 0, 3), false,
	 "mov w10, #3\nmul w11, w7, w10\ncmp x0, #1, lsl #12\ncsel x7, x11, x7, lo"},
	{JMP_IMM(BPF_JEQ, 1, -1), ALU64_IMM(BPF_NEG, 0, 0), false, "neg x11, x7\ncmn x0, #1\ncsel x7, x11, x7, ne"},
	{JMP_IMM(BPF_JNE, 0, 0), ALU32_IMM(BPF_SUB, 0, -5), false, "add w11, w7, #5\ncmp x7, #0\ncsel x7, x11, x7, eq"},
	/* both the ALU constant and the compare's go through x10; x11 outlives them */
	{JMP32_IMM(BPF_JGE, 1, 0x12345), ALU64_IMM(BPF_OR, 0, 0x12345), false,
	 "mov w10, #9029\nmovk w10, #1, lsl #16\norr x11, x7, x10\n"
	 "mov w10, #9029\nmovk w10, #1, lsl #16\ncmp w0, w10\ncsel x7, x11, x7, lo"},
	{JMP_IMM(BPF_JSET, 1, 0x12345), ALU64_IMM(BPF_AND, 0, 0xff), false,
	 "and x11, x7, #0xff\nmov w10, #9029\nmovk w10, #1, lsl #16\ntst x0, x10\ncsel x7, x11, x7, eq"},
	/* stays a branch: another jump lands on the instruction; not a simple operation */
	{JMP_IMM(BPF_JEQ, 1, 0), ALU64_IMM(BPF_XOR, 0, 1), true, "cmp x0, #0\nb.eq #8\neor x7, x7, #0x1"},
	{JMP_IMM(BPF_JEQ, 1, 0), ALU64_REG(BPF_DIV, 0, 1), false, "cmp x0, #0\nb.eq #8\nudiv x7, x7, x0"},
	{JMP_IMM(BPF_JEQ, 1, 0), ALU64_REG(BPF_LSH, 0, 1), false, "cmp x0, #0\nb.eq #8\nlsl x7, x7, x0"},
	{JMP_IMM(BPF_JEQ, 1, 0), INSN(BPF_ALU64 | BPF_MOV | BPF_X, 0, 1, 8, 0), false,
	 "cmp x0, #0\nb.eq #8\nsxtb x7, w0"},
	{JMP_IMM(BPF_JEQ, 1, 0), INSN(BPF_ALU | BPF_END | BPF_TO_LE, 0, 0, 0, 32), false,
	 "cmp x0, #0\nb.eq #8\nmov w7, w7"},
};

static LLVMDisasmContextRef dis;

/* Bytes [from, to) of `code`, disassembled, one instruction per line. */
static char *disassemble(const struct prog_code *code, uint32_t from, uint32_t to)
{
	char *text = calloc(1, 4096);
	for (uint32_t off = from; off < to; off += 4) {
		char raw[128] = "";
		LLVMDisasmInstruction(dis, code->bytes + off, 4, 0, raw, sizeof(raw));
		char *t = raw;
		while (*t == ' ' || *t == '\t')
			t++;
		size_t len = strlen(text);
		if (len)
			text[len++] = '\n';
		for (; *t && len < 4000; t++) {
			if (*t == '\t') {
				if (len && text[len - 1] != ' ')
					text[len++] = ' ';
			} else {
				text[len++] = *t;
			}
		}
		text[len] = 0;
	}
	return text;
}

/* The code of the instruction in {ja +0; insn; exit}, one disassembled instruction per line;
 * with `map`, the analysis says r1 holds it at the instruction. */
static char *compile_one(const struct isel_case *k, const struct map *map)
{
	struct bpf_insn insns[5];
	bool wide = k->insn[0].code == (BPF_LD | BPF_IMM | BPF_DW);
	uint32_t n = 0;
	insns[n++] = (struct bpf_insn)INSN(BPF_JMP | BPF_JA, 0, 0, 0, 0); /* marks the body start */
	insns[n++] = k->insn[0];
	if (wide)
		insns[n++] = k->insn[1];
	insns[n++] = (struct bpf_insn)INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
	struct subprog sub = {.name = (char *)"main", .start = 0};
	struct prog p = {.name = (char *)"t", .insns = insns, .n_insns = n, .subprogs = &sub, .n_subprogs = 1};
	struct module m = {.path = (char *)"isel_test", .name = (char *)"t", .progs = &p, .n_progs = 1,
			   .maps = (struct map *)map, .n_maps = map ? 1 : 0};
	struct subprog_frame frame = {.stack_depth = 512, .frame_size = 512};
	int32_t call_map[5] = {-1, map ? 0 : -1, -1, -1, -1};
	struct prog_analysis an = {.frames = &frame, .call_map = call_map};
	struct codegen_input in = {.module = &m, .prog = &p, .analysis = &an, .obj_name = "t"};
	struct prog_code code = {0};
	if (a64_compile(&in, &code, false))
		return strdup("<does not compile>");
	/* the code of insn 1 (after `ja +0` at 0), up to the next instruction */
	char *text = disassemble(&code, code.insn_offset[1], code.insn_offset[wide ? 3 : 2]);
	code_free(&code);
	return text;
}

/* The code of the jump and the instruction it skips; jump_target as the analysis
 * publishes it (1 where a jump lands). */
static char *compile_fused(const struct fused_case *k)
{
	struct bpf_insn insns[4] = {
		INSN(BPF_JMP | BPF_JA, 0, 0, k->landed ? 1 : 0, 0), k->jump, k->insn,
		INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0),
	};
	uint8_t jump_target[4] = {0};
	jump_target[1 + insns[0].off] = 1;
	jump_target[2 + insns[1].off] = 1;
	struct subprog sub = {.name = (char *)"main", .start = 0};
	struct prog p = {.name = (char *)"t", .insns = insns, .n_insns = 4, .subprogs = &sub, .n_subprogs = 1};
	struct module m = {.path = (char *)"isel_test", .name = (char *)"t", .progs = &p, .n_progs = 1};
	struct subprog_frame frame = {.stack_depth = 512, .frame_size = 512};
	int32_t call_map[4] = {-1, -1, -1, -1};
	struct prog_analysis an = {.frames = &frame, .call_map = call_map, .jump_target = jump_target};
	struct codegen_input in = {.module = &m, .prog = &p, .analysis = &an, .obj_name = "t"};
	struct prog_code code = {0};
	if (a64_compile(&in, &code, false))
		return strdup("<does not compile>");
	char *text = disassemble(&code, code.insn_offset[1], code.insn_offset[3]);
	code_free(&code);
	return text;
}

int main(void)
{
	LLVMInitializeAArch64TargetInfo();
	LLVMInitializeAArch64TargetMC();
	LLVMInitializeAArch64Disassembler();
	dis = LLVMCreateDisasmCPUFeatures("aarch64-linux-gnu", "generic", "+lse", NULL, 0, NULL, NULL);
	if (!dis)
		return 1;
	int failed = 0;
	size_t n = sizeof(cases) / sizeof(cases[0]);
	for (size_t i = 0; i < n; i++) {
		char *got = compile_one(&cases[i], NULL);
		if (strcmp(got, cases[i].expected)) {
			printf("FAIL case %zu (opcode 0x%02x imm %d):\n--- got\n%s\n--- expected\n%s\n", i,
			       cases[i].insn[0].code, cases[i].insn[0].imm, got, cases[i].expected);
			failed++;
		}
		free(got);
	}
	size_t n_lookups = sizeof(lookup_cases) / sizeof(lookup_cases[0]);
	const struct isel_case lookup = {{INSN(BPF_JMP | BPF_CALL, 0, 0, 0, BPF_FUNC_map_lookup_elem)}, ""};
	for (size_t i = 0; i < n_lookups; i++) {
		const struct lookup_case *l = &lookup_cases[i];
		char *got = compile_one(&lookup, &l->map);
		if (strcmp(got, l->expected)) {
			printf("FAIL lookup case %zu (type %u, value_size %u, max_entries %u):\n--- got\n%s\n"
			       "--- expected\n%s\n",
			       i, l->map.type, l->map.value_size, l->map.max_entries, got, l->expected);
			failed++;
		}
		free(got);
	}
	n += n_lookups;
	size_t n_fused = sizeof(fused_cases) / sizeof(fused_cases[0]);
	for (size_t i = 0; i < n_fused; i++) {
		const struct fused_case *f = &fused_cases[i];
		char *got = compile_fused(f);
		if (strcmp(got, f->expected)) {
			printf("FAIL fused case %zu (jump 0x%02x, insn 0x%02x imm %d):\n--- got\n%s\n"
			       "--- expected\n%s\n",
			       i, f->jump.code, f->insn.code, f->insn.imm, got, f->expected);
			failed++;
		}
		free(got);
	}
	n += n_fused;
	LLVMDisasmDispose(dis);
	printf("%zu instructions checked, %d failed\n", n, failed);
	return failed ? 1 : 0;
}
