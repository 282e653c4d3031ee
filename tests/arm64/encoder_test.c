/* encoder_test.c - every AArch64 encoder function against LLVM MC's disassembler.
 *
 * Each case is an encoder call and the assembly text it must mean, written by hand from
 * the Arm ARM; LLVM MC (triple aarch64-linux-gnu, +lse) decodes the word and the texts
 * must match after collapsing whitespace. LLVM prints wide-move immediates in decimal
 * and logical immediates in hex; the expected texts follow it. */
#include "encoder.h"

#include <llvm-c/Disassembler.h>
#include <llvm-c/Target.h>
#include <stdio.h>
#include <string.h>

struct enc_case {
	uint32_t word;
	const char *text;
};

#define X true
#define W false

/* Built at run time: the encoders are functions, not constant expressions. */
static int check_cases(LLVMDisasmContextRef dis, const struct enc_case *cases, size_t n);

static int check_all(LLVMDisasmContextRef dis)
{
	const struct enc_case cases[] = {
		/* arithmetic */
		{a64_addsub_reg(A64_ADD, X, 0, 1, 2), "add x0, x1, x2"},
		{a64_addsub_reg(A64_SUB, W, 7, 7, 3), "sub w7, w7, w3"},
		{a64_addsub_reg(A64_SUBS, X, A64_ZR, 19, 20), "cmp x19, x20"},
		{a64_addsub_reg(A64_SUBS, W, A64_ZR, 0, 10), "cmp w0, w10"},
		{a64_addsub_reg(A64_ADDS, X, 1, 2, 3), "adds x1, x2, x3"},
		{a64_addsub_reg(A64_SUB, X, 7, A64_ZR, 7), "neg x7, x7"},
		{a64_addsub_imm(A64_ADD, X, 0, 0, 4095, false), "add x0, x0, #4095"},
		{a64_addsub_imm(A64_SUB, W, 3, 3, 1, true), "sub w3, w3, #1, lsl #12"},
		{a64_addsub_imm(A64_SUB, X, A64_SP, A64_SP, 512, false), "sub sp, sp, #512"},
		{a64_addsub_imm(A64_SUBS, W, A64_ZR, 2, 33, false), "cmp w2, #33"},
		{a64_addsub_imm(A64_ADDS, X, A64_ZR, 4, 1, false), "cmn x4, #1"},
		{a64_addsub_imm(A64_ADD, X, 26, A64_SP, 8, false), "add x26, sp, #8"},
		{a64_add_uxtw(12, 12, 2, 0), "add x12, x12, w2, uxtw"},
		{a64_add_lsl(7, 12, 11, 3), "add x7, x12, x11, lsl #3"},
		{a64_add_lsl(12, 12, 10, 63), "add x12, x12, x10, lsl #63"},
		{a64_add_lsl(0, 1, 2, 0), "add x0, x1, x2"},
		{a64_madd(X, 0, 1, 2, A64_ZR), "mul x0, x1, x2"},
		{a64_madd(X, 7, 11, 13, 12), "madd x7, x11, x13, x12"},
		{a64_madd(W, 7, 7, 10, A64_ZR), "mul w7, w7, w10"},
		{a64_msub(X, 7, 10, 1, 7), "msub x7, x10, x1, x7"},
		{a64_udiv(X, 7, 7, 1), "udiv x7, x7, x1"},
		{a64_sdiv(W, 10, 0, 1), "sdiv w10, w0, w1"},
		{a64_shiftv(A64_LSLV, X, 0, 0, 1), "lsl x0, x0, x1"},
		{a64_shiftv(A64_LSRV, W, 0, 0, 1), "lsr w0, w0, w1"},
		{a64_shiftv(A64_ASRV, X, 19, 19, 2), "asr x19, x19, x2"},
		/* logical */
		{a64_logic_reg(A64_AND, X, 0, 0, 1, false), "and x0, x0, x1"},
		{a64_logic_reg(A64_ORR, W, 0, 0, 1, false), "orr w0, w0, w1"},
		{a64_logic_reg(A64_EOR, X, 2, 2, 3, false), "eor x2, x2, x3"},
		{a64_logic_reg(A64_ANDS, X, A64_ZR, 0, 1, false), "tst x0, x1"},
		{a64_logic_reg(A64_ORR, X, 10, A64_ZR, 1, true), "mvn x10, x1"},
		{a64_logic_imm(A64_AND, X, 0, 0, 0xff), "and x0, x0, #0xff"},
		{a64_logic_imm(A64_ORR, W, 1, 1, 0xf0f0f0f0), "orr w1, w1, #0xf0f0f0f0"},
		{a64_logic_imm(A64_EOR, X, 2, 2, 0x8000000000000000ull), "eor x2, x2, #0x8000000000000000"},
		{a64_logic_imm(A64_ANDS, W, A64_ZR, 3, 0x1), "tst w3, #0x1"},
		{a64_logic_imm(A64_ORR, X, 7, A64_ZR, 0x5555555555555555ull), "mov x7, #6148914691236517205"},
		{a64_logic_imm(A64_AND, X, 1, 1, 0xfffffffffffffff0ull), "and x1, x1, #0xfffffffffffffff0"},
		{a64_logic_imm(A64_AND, X, 1, 1, 0xff0000000000000full), "and x1, x1, #0xff0000000000000f"},
		/* moves */
		{a64_movz(X, 7, 0x1234, 0), "mov x7, #4660"},
		{a64_movz(X, 7, 0x1234, 3), "mov x7, #1311673391471656960"},
		{a64_movz(W, 0, 0xffff, 1), "mov w0, #-65536"},
		{a64_movn(X, 7, 0, 0), "mov x7, #-1"},
		{a64_movn(W, 7, 0x1, 0), "mov w7, #-2"},
		{a64_movk(X, 7, 0xbeef, 2), "movk x7, #48879, lsl #32"},
		{a64_movk(W, 10, 0x8000, 1), "movk w10, #32768, lsl #16"},
		{a64_mov_reg(X, 7, 0), "mov x7, x0"},
		{a64_mov_reg(W, 7, 7), "mov w7, w7"},
		{a64_mov_sp(25, A64_SP), "mov x25, sp"},
		{a64_mov_sp(A64_SP, 25), "mov sp, x25"},
		/* bitfield */
		{a64_lsl_imm(X, 0, 0, 3), "lsl x0, x0, #3"},
		{a64_lsl_imm(W, 0, 0, 31), "lsl w0, w0, #31"},
		{a64_lsr_imm(X, 1, 1, 63), "lsr x1, x1, #63"},
		{a64_lsr_imm(W, 1, 1, 4), "lsr w1, w1, #4"},
		{a64_asr_imm(X, 2, 2, 1), "asr x2, x2, #1"},
		{a64_asr_imm(W, 2, 2, 31), "asr w2, w2, #31"},
		{a64_sxt(X, 0, 1, 8), "sxtb x0, w1"},
		{a64_sxt(X, 0, 1, 16), "sxth x0, w1"},
		{a64_sxt(X, 0, 1, 32), "sxtw x0, w1"},
		{a64_sxt(W, 0, 1, 8), "sxtb w0, w1"},
		{a64_sxt(W, 0, 1, 16), "sxth w0, w1"},
		{a64_uxt(0, 0, 8), "uxtb w0, w0"},
		{a64_uxt(0, 0, 16), "uxth w0, w0"},
		/* byte reversal */
		{a64_rev16(W, 3, 3), "rev16 w3, w3"},
		{a64_rev32(3, 3), "rev w3, w3"},
		{a64_rev64(3, 3), "rev x3, x3"},
		/* loads and stores */
		{a64_ldr_uimm(A64_X, false, 0, 1, 8), "ldr x0, [x1, #8]"},
		{a64_ldr_uimm(A64_W, false, 0, 1, 4092), "ldr w0, [x1, #4092]"},
		{a64_ldr_uimm(A64_H, false, 0, 1, 2), "ldrh w0, [x1, #2]"},
		{a64_ldr_uimm(A64_B, false, 0, 1, 4095), "ldrb w0, [x1, #4095]"},
		{a64_ldr_uimm(A64_B, true, 0, 1, 1), "ldrsb x0, [x1, #1]"},
		{a64_ldr_uimm(A64_H, true, 0, 1, 0), "ldrsh x0, [x1]"},
		{a64_ldr_uimm(A64_W, true, 0, 1, 4), "ldrsw x0, [x1, #4]"},
		{a64_str_uimm(A64_X, 7, 25, 0), "str x7, [x25]"},
		{a64_str_uimm(A64_W, 10, 26, 0), "str w10, [x26]"},
		{a64_str_uimm(A64_B, A64_ZR, 1, 3), "strb wzr, [x1, #3]"},
		{a64_ldur(A64_X, false, 1, 25, -8), "ldur x1, [x25, #-8]"},
		{a64_ldur(A64_W, true, 1, 25, -256), "ldursw x1, [x25, #-256]"},
		{a64_ldur(A64_H, false, 1, 2, 255), "ldurh w1, [x2, #255]"},
		{a64_stur(A64_X, 1, 25, -16), "stur x1, [x25, #-16]"},
		{a64_stur(A64_B, 1, 25, -1), "sturb w1, [x25, #-1]"},
		{a64_ldr_reg(A64_X, false, 0, 1, 11), "ldr x0, [x1, x11]"},
		{a64_ldr_reg(A64_H, true, 0, 1, 11), "ldrsh x0, [x1, x11]"},
		{a64_ldr_reg(A64_B, false, 0, 1, 11), "ldrb w0, [x1, x11]"},
		{a64_str_reg(A64_W, 3, 1, 11), "str w3, [x1, x11]"},
		{a64_ldr_uxtw_scaled(11, 11, 2), "ldr x11, [x11, w2, uxtw #3]"},
		{a64_ldr_lsl3(11, 11, 12), "ldr x11, [x11, x12, lsl #3]"},
		{a64_push_pair(A64_FP, A64_LR), "stp x29, x30, [sp, #-16]!"},
		{a64_pop_pair(19, 20), "ldp x19, x20, [sp], #16"},
		/* atomics */
		{a64_ldxr(X, 10, 11), "ldxr x10, [x11]"},
		{a64_ldxr(W, 10, 11), "ldxr w10, [x11]"},
		{a64_stxr(X, 12, 10, 11), "stxr w12, x10, [x11]"},
		{a64_stlxr(W, 12, 10, 11), "stlxr w12, w10, [x11]"},
		{a64_lse(A64_LDADD, X, false, 1, A64_ZR, 11), "stadd x1, [x11]"},
		{a64_lse(A64_LDADD, W, true, 1, 1, 11), "ldaddal w1, w1, [x11]"},
		{a64_lse(A64_LDCLR, X, true, 10, 2, 11), "ldclral x10, x2, [x11]"},
		{a64_lse(A64_LDEOR, W, false, 2, A64_ZR, 11), "steor w2, [x11]"},
		{a64_lse(A64_LDSET, X, true, 3, 3, 11), "ldsetal x3, x3, [x11]"},
		{a64_lse(A64_SWP, X, true, 4, 4, 11), "swpal x4, x4, [x11]"},
		{a64_lse(A64_SWP, W, true, 4, 4, 11), "swpal w4, w4, [x11]"},
		{a64_casal(X, 10, 1, 11), "casal x10, x1, [x11]"},
		{a64_casal(W, 10, 1, 11), "casal w10, w1, [x11]"},
		{a64_dmb_ish(), "dmb ish"},
		/* system register, conditional select */
		{a64_mrs_tpidr_el0(13), "mrs x13, TPIDR_EL0"},
		{a64_csel(X, 7, 7, A64_ZR, A64_LO), "csel x7, x7, xzr, lo"},
		{a64_csel(W, 1, 2, 3, A64_NE), "csel w1, w2, w3, ne"},
		/* branches (LLVM prints the byte offset) */
		{a64_b(8), "b #8"},
		{a64_b(-4), "b #-4"},
		{a64_bl(0), "bl #0"},
		{a64_bcond(A64_HS, 12), "b.hs #12"},
		{a64_bcond(A64_LE, -16), "b.le #-16"},
		{a64_cbz(X, 11, 20), "cbz x11, #20"},
		{a64_cbnz(W, 12, -12), "cbnz w12, #-12"},
		{a64_tbnz(10, 31, 24), "tbnz w10, #31, #24"},
		{a64_tbnz(3, 63, -8), "tbnz x3, #63, #-8"},
		{a64_tbnz(0, 0, 32764), "tbnz w0, #0, #32764"},
		{a64_br(11), "br x11"},
		{a64_blr(10), "blr x10"},
		{a64_ret(), "ret"},
		{a64_adrp(11, 0), "adrp x11, #0"},
		{a64_adr(7, 16), "adr x7, #16"},
		{a64_nop(), "nop"},
		{a64_brk(1), "brk #0x1"},
		{a64_patch_branch(a64_b(0), 64), "b #64"},
		{a64_patch_branch(a64_bcond(A64_NE, 0), -8), "b.ne #-8"},
		{a64_patch_branch(a64_cbz(W, 3, 0), 4), "cbz w3, #4"},
		{a64_patch_branch(a64_bl(0), -1024), "bl #-1024"},
		{a64_patch_branch(a64_adr(1, 0), 12), "adr x1, #12"},
		{a64_patch_branch(a64_tbnz(10, 31, 0), 40), "tbnz w10, #31, #40"},
		{a64_patch_branch(a64_tbnz(10, 33, 0), -32768), "tbnz x10, #33, #-32768"},
	};
	size_t n = sizeof(cases) / sizeof(cases[0]);
	return check_cases(dis, cases, n);
}

/* Collapse runs of blanks to one space and trim. */
static void normalize(const char *in, char *out, size_t n)
{
	size_t j = 0;
	bool blank = true;
	for (; *in && j + 1 < n; in++) {
		if (*in == ' ' || *in == '\t') {
			if (!blank)
				out[j++] = ' ';
			blank = true;
			continue;
		}
		out[j++] = *in;
		blank = false;
	}
	while (j > 0 && out[j - 1] == ' ')
		j--;
	out[j] = 0;
}

static int check_cases(LLVMDisasmContextRef dis, const struct enc_case *cases, size_t n)
{
	int failed = 0;
	for (size_t i = 0; i < n; i++) {
		uint8_t bytes[4] = {cases[i].word, cases[i].word >> 8, cases[i].word >> 16,
				    cases[i].word >> 24};
		char raw[128] = "", got[128];
		size_t len = LLVMDisasmInstruction(dis, bytes, 4, 0, raw, sizeof(raw));
		normalize(len == 4 ? raw : "<invalid>", got, sizeof(got));
		if (strcmp(got, cases[i].text)) {
			printf("FAIL case %zu: 0x%08x is \"%s\", expected \"%s\"\n", i, cases[i].word,
			       got, cases[i].text);
			failed++;
		}
	}
	printf("%zu encodings checked, %d failed\n", n, failed);
	return failed;
}

static bool logic_imm_rejects(void)
{
	static const struct { uint64_t v; bool sf; } bad[] = {
		{0, true}, {~0ull, true}, {0, false}, {0xffffffff, false}, {0x5, true},
		{0x1234, true}, {0xff00ff00ff00ff01ull, true},
	};
	uint32_t f;
	bool ok = true;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (a64_logic_imm_field(bad[i].v, bad[i].sf, &f)) {
			printf("FAIL logic imm 0x%llx (sf=%d) must not be encodable\n",
			       (unsigned long long)bad[i].v, bad[i].sf);
			ok = false;
		}
	}
	return ok;
}

int main(void)
{
	LLVMInitializeAArch64TargetInfo();
	LLVMInitializeAArch64TargetMC();
	LLVMInitializeAArch64Disassembler();
	LLVMDisasmContextRef dis =
		LLVMCreateDisasmCPUFeatures("aarch64-linux-gnu", "generic", "+lse", NULL, 0, NULL, NULL);
	if (!dis) {
		printf("cannot create the LLVM MC disassembler for aarch64\n");
		return 1;
	}
	int failed = check_all(dis);
	if (!logic_imm_rejects())
		failed++;
	LLVMDisasmDispose(dis);
	return failed ? 1 : 0;
}
