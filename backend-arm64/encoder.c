/* encoder.c - AArch64 instruction words. Each function places its operands into the
 * fixed fields of one encoding class; the base constants are the class's opcode bits
 * with every operand field zero. */
#include "encoder.h"

#include "util.h"

#define SF(sf) ((uint32_t)((sf) ? 1u : 0u) << 31)
#define RD(r) ((uint32_t)(r) & 31)
#define RN(r) (((uint32_t)(r) & 31) << 5)
#define RM(r) (((uint32_t)(r) & 31) << 16)
#define RA(r) (((uint32_t)(r) & 31) << 10)
#define RT2(r) (((uint32_t)(r) & 31) << 10)

/* ---- arithmetic ---- */

static const uint32_t addsub_reg_base[] = {
	[A64_ADD] = 0x0b000000, [A64_ADDS] = 0x2b000000,
	[A64_SUB] = 0x4b000000, [A64_SUBS] = 0x6b000000,
};

static const uint32_t addsub_imm_base[] = {
	[A64_ADD] = 0x11000000, [A64_ADDS] = 0x31000000,
	[A64_SUB] = 0x51000000, [A64_SUBS] = 0x71000000,
};

uint32_t a64_addsub_reg(enum a64_addsub op, bool sf, int rd, int rn, int rm)
{
	return addsub_reg_base[op] | SF(sf) | RM(rm) | RN(rn) | RD(rd);
}

uint32_t a64_addsub_imm(enum a64_addsub op, bool sf, int rd, int rn, uint32_t imm12, bool lsl12)
{
	return addsub_imm_base[op] | SF(sf) | (lsl12 ? 1u << 22 : 0) | (imm12 & 0xfff) << 10 |
	       RN(rn) | RD(rd);
}

/* ADD (extended register), option 010 = UXTW. */
uint32_t a64_add_uxtw(int rd, int rn, int rm, unsigned shift)
{
	return 0x8b200000 | RM(rm) | 2u << 13 | (shift & 7) << 10 | RN(rn) | RD(rd);
}

uint32_t a64_add_lsl(int rd, int rn, int rm, unsigned shift)
{
	return 0x8b000000 | RM(rm) | (shift & 63) << 10 | RN(rn) | RD(rd);
}

uint32_t a64_madd(bool sf, int rd, int rn, int rm, int ra)
{
	return 0x1b000000 | SF(sf) | RM(rm) | RA(ra) | RN(rn) | RD(rd);
}

uint32_t a64_msub(bool sf, int rd, int rn, int rm, int ra)
{
	return 0x1b008000 | SF(sf) | RM(rm) | RA(ra) | RN(rn) | RD(rd);
}

/* Data-processing (2 source): opcode in bits 10-15. */
static uint32_t dp2(bool sf, uint32_t opcode, int rd, int rn, int rm)
{
	return 0x1ac00000 | SF(sf) | RM(rm) | opcode << 10 | RN(rn) | RD(rd);
}

uint32_t a64_udiv(bool sf, int rd, int rn, int rm) { return dp2(sf, 0x02, rd, rn, rm); }
uint32_t a64_sdiv(bool sf, int rd, int rn, int rm) { return dp2(sf, 0x03, rd, rn, rm); }

uint32_t a64_shiftv(enum a64_shift_op op, bool sf, int rd, int rn, int rm)
{
	return dp2(sf, 0x08 + (uint32_t)op, rd, rn, rm);
}

/* ---- logical ---- */

static const uint32_t logic_reg_base[] = {
	[A64_AND] = 0x0a000000, [A64_ORR] = 0x2a000000,
	[A64_EOR] = 0x4a000000, [A64_ANDS] = 0x6a000000,
};

static const uint32_t logic_imm_base[] = {
	[A64_AND] = 0x12000000, [A64_ORR] = 0x32000000,
	[A64_EOR] = 0x52000000, [A64_ANDS] = 0x72000000,
};

uint32_t a64_logic_reg(enum a64_logic op, bool sf, int rd, int rn, int rm, bool invert)
{
	return logic_reg_base[op] | SF(sf) | (invert ? 1u << 21 : 0) | RM(rm) | RN(rn) | RD(rd);
}

static uint64_t ones(unsigned n)
{
	return n >= 64 ? ~0ull : (1ull << n) - 1;
}

static uint64_t rotate_right(uint64_t v, unsigned r, unsigned size)
{
	if (r == 0)
		return v;
	return ((v >> r) | (v << (size - r))) & ones(size);
}

/* A logical immediate is an element of 2, 4, ..., 64 bits replicated across the
 * register; the element is a run of 1..size-1 ones rotated right by immr. */
bool a64_logic_imm_field(uint64_t value, bool sf, uint32_t *field)
{
	if (!sf)
		value = (value & 0xffffffffull) | value << 32;
	if (value == 0 || value == ~0ull)
		return false;
	unsigned size = 64;
	while (size > 2) {
		unsigned half = size / 2;
		if ((value & ones(half)) != ((value >> half) & ones(half)))
			break;
		size = half;
	}
	uint64_t elt = value & ones(size);
	unsigned n_ones = bit_count(elt);
	for (unsigned immr = 0; immr < size; immr++) {
		if (rotate_right(ones(n_ones), immr, size) != elt)
			continue;
		uint32_t imms = ((~(size - 1) << 1) | (n_ones - 1)) & 0x3f;
		uint32_t n = size == 64;
		*field = n << 12 | immr << 6 | imms;
		return true;
	}
	return false;
}

uint32_t a64_logic_imm(enum a64_logic op, bool sf, int rd, int rn, uint64_t value)
{
	uint32_t field = 0;
	a64_logic_imm_field(value, sf, &field);
	return logic_imm_base[op] | SF(sf) | field << 10 | RN(rn) | RD(rd);
}

/* ---- moves ---- */

static uint32_t move_wide(uint32_t base, bool sf, int rd, uint16_t imm16, unsigned hw)
{
	return base | SF(sf) | (hw & 3) << 21 | (uint32_t)imm16 << 5 | RD(rd);
}

uint32_t a64_movn(bool sf, int rd, uint16_t imm16, unsigned hw) { return move_wide(0x12800000, sf, rd, imm16, hw); }
uint32_t a64_movz(bool sf, int rd, uint16_t imm16, unsigned hw) { return move_wide(0x52800000, sf, rd, imm16, hw); }
uint32_t a64_movk(bool sf, int rd, uint16_t imm16, unsigned hw) { return move_wide(0x72800000, sf, rd, imm16, hw); }

uint32_t a64_mov_reg(bool sf, int rd, int rm)
{
	return a64_logic_reg(A64_ORR, sf, rd, A64_ZR, rm, false);
}

uint32_t a64_mov_sp(int rd, int rn)
{
	return a64_addsub_imm(A64_ADD, true, rd, rn, 0, false);
}

/* ---- bitfield ---- */

/* 64-bit bitfield forms set both sf and N. */
static uint32_t bitfield(uint32_t base, bool sf, int rd, int rn, unsigned immr, unsigned imms)
{
	return base | SF(sf) | (sf ? 1u << 22 : 0) | (immr & 0x3f) << 16 | (imms & 0x3f) << 10 |
	       RN(rn) | RD(rd);
}

uint32_t a64_ubfm(bool sf, int rd, int rn, unsigned immr, unsigned imms) { return bitfield(0x53000000, sf, rd, rn, immr, imms); }
uint32_t a64_sbfm(bool sf, int rd, int rn, unsigned immr, unsigned imms) { return bitfield(0x13000000, sf, rd, rn, immr, imms); }

uint32_t a64_lsl_imm(bool sf, int rd, int rn, unsigned shift)
{
	unsigned width = sf ? 64 : 32;
	return a64_ubfm(sf, rd, rn, (width - shift) % width, width - 1 - shift);
}

uint32_t a64_lsr_imm(bool sf, int rd, int rn, unsigned shift)
{
	return a64_ubfm(sf, rd, rn, shift, sf ? 63 : 31);
}

uint32_t a64_asr_imm(bool sf, int rd, int rn, unsigned shift)
{
	return a64_sbfm(sf, rd, rn, shift, sf ? 63 : 31);
}

uint32_t a64_sxt(bool sf, int rd, int rn, unsigned bits)
{
	return a64_sbfm(sf, rd, rn, 0, bits - 1);
}

uint32_t a64_uxt(int rd, int rn, unsigned bits)
{
	return a64_ubfm(false, rd, rn, 0, bits - 1);
}

/* ---- byte reversal (data-processing, 1 source) ---- */

static uint32_t dp1(bool sf, uint32_t opcode, int rd, int rn)
{
	return 0x5ac00000 | SF(sf) | opcode << 10 | RN(rn) | RD(rd);
}

uint32_t a64_rev16(bool sf, int rd, int rn) { return dp1(sf, 1, rd, rn); }
uint32_t a64_rev32(int rd, int rn) { return dp1(false, 2, rd, rn); }
uint32_t a64_rev64(int rd, int rn) { return dp1(true, 3, rd, rn); }

/* ---- loads and stores ---- */

/* opc: 00 store, 01 load, 10 load signed into X. LDRSW is size 10 with opc 10. */
static uint32_t ld_opc(bool sign) { return sign ? 2u : 1u; }

uint32_t a64_ldr_uimm(enum a64_size size, bool sign, int rt, int rn, uint32_t offset)
{
	return 0x39000000 | (uint32_t)size << 30 | ld_opc(sign) << 22 |
	       ((offset >> size) & 0xfff) << 10 | RN(rn) | RD(rt);
}

uint32_t a64_str_uimm(enum a64_size size, int rt, int rn, uint32_t offset)
{
	return 0x39000000 | (uint32_t)size << 30 | ((offset >> size) & 0xfff) << 10 | RN(rn) | RD(rt);
}

uint32_t a64_ldur(enum a64_size size, bool sign, int rt, int rn, int32_t offset)
{
	return 0x38000000 | (uint32_t)size << 30 | ld_opc(sign) << 22 |
	       ((uint32_t)offset & 0x1ff) << 12 | RN(rn) | RD(rt);
}

uint32_t a64_stur(enum a64_size size, int rt, int rn, int32_t offset)
{
	return 0x38000000 | (uint32_t)size << 30 | ((uint32_t)offset & 0x1ff) << 12 | RN(rn) | RD(rt);
}

/* Register offset: option 011 (LSL/UXTX), S = 0. */
uint32_t a64_ldr_reg(enum a64_size size, bool sign, int rt, int rn, int rm)
{
	return 0x38206800 | (uint32_t)size << 30 | ld_opc(sign) << 22 | RM(rm) | RN(rn) | RD(rt);
}

uint32_t a64_str_reg(enum a64_size size, int rt, int rn, int rm)
{
	return 0x38206800 | (uint32_t)size << 30 | RM(rm) | RN(rn) | RD(rt);
}

/* ldr Xt, [Xn, Wm, uxtw #3]: option 010, S = 1. */
uint32_t a64_ldr_uxtw_scaled(int rt, int rn, int wm)
{
	return 0xf8605800 | RM(wm) | RN(rn) | RD(rt);
}

/* ldr Xt, [Xn, Xm, lsl #3]: option 011, S = 1. */
uint32_t a64_ldr_lsl3(int rt, int rn, int xm)
{
	return 0xf8607800 | RM(xm) | RN(rn) | RD(rt);
}

/* STP pre-index / LDP post-index, 64-bit, imm7 scaled by 8. */
uint32_t a64_push_pair(int ra, int rb)
{
	return 0xa9800000 | (uint32_t)(-2 & 0x7f) << 15 | RT2(rb) | RN(A64_SP) | RD(ra);
}

uint32_t a64_pop_pair(int ra, int rb)
{
	return 0xa8c00000 | 2u << 15 | RT2(rb) | RN(A64_SP) | RD(ra);
}

/* ---- atomics ---- */

/* Exclusives: size in bit 30 (W 10, X 11), Rs = 11111 and Rt2 = 11111 for loads. */
uint32_t a64_ldxr(bool sf, int rt, int rn)
{
	return 0x885f7c00 | (sf ? 1u << 30 : 0) | RN(rn) | RD(rt);
}

uint32_t a64_stxr(bool sf, int rs, int rt, int rn)
{
	return 0x88007c00 | (sf ? 1u << 30 : 0) | RM(rs) | RN(rn) | RD(rt);
}

uint32_t a64_stlxr(bool sf, int rs, int rt, int rn)
{
	return 0x8800fc00 | (sf ? 1u << 30 : 0) | RM(rs) | RN(rn) | RD(rt);
}

/* LSE: size 111 0 00 A R 1 Rs o3 opc 00 Rn Rt; SWP is o3 = 1, opc = 000. */
uint32_t a64_lse(enum a64_lse_op op, bool sf, bool al, int rs, int rt, int rn)
{
	uint32_t size = sf ? 3 : 2;
	return 0x38200000 | size << 30 | (al ? 3u << 22 : 0) | RM(rs) | ((uint32_t)op & 8) << 12 |
	       ((uint32_t)op & 7) << 12 | RN(rn) | RD(rt);
}

uint32_t a64_casal(bool sf, int rs, int rt, int rn)
{
	return 0x88e0fc00 | (sf ? 1u << 30 : 0) | RM(rs) | RN(rn) | RD(rt);
}

uint32_t a64_dmb_ish(void) { return 0xd5033bbf; }

/* MRS Xt, TPIDR_EL0: op0 3, op1 3, CRn 13, CRm 0, op2 2. */
uint32_t a64_mrs_tpidr_el0(int rt) { return 0xd53bd040 | RD(rt); }

uint32_t a64_csel(bool sf, int rd, int rn, int rm, enum a64_cond cond)
{
	return 0x1a800000 | SF(sf) | RM(rm) | (uint32_t)cond << 12 | RN(rn) | RD(rd);
}

/* ---- branches ---- */

uint32_t a64_b(int32_t offset) { return 0x14000000 | ((uint32_t)(offset >> 2) & 0x3ffffff); }
uint32_t a64_bl(int32_t offset) { return 0x94000000 | ((uint32_t)(offset >> 2) & 0x3ffffff); }

static uint32_t imm19(int32_t offset) { return ((uint32_t)(offset >> 2) & 0x7ffff) << 5; }

uint32_t a64_bcond(enum a64_cond cond, int32_t offset) { return 0x54000000 | imm19(offset) | (uint32_t)cond; }
uint32_t a64_cbz(bool sf, int rt, int32_t offset) { return 0x34000000 | SF(sf) | imm19(offset) | RD(rt); }
uint32_t a64_cbnz(bool sf, int rt, int32_t offset) { return 0x35000000 | SF(sf) | imm19(offset) | RD(rt); }
/* TBNZ: the bit number's high bit (b5) in bit 31, its low bits (b40) in 19-23, imm14. */
static uint32_t imm14(int32_t offset) { return ((uint32_t)(offset >> 2) & 0x3fff) << 5; }

uint32_t a64_tbnz(int rt, unsigned bit, int32_t offset)
{
	return 0x37000000 | (bit & 32) << 26 | (bit & 31) << 19 | imm14(offset) | RD(rt);
}

uint32_t a64_br(int rn) { return 0xd61f0000 | RN(rn); }
uint32_t a64_blr(int rn) { return 0xd63f0000 | RN(rn); }
uint32_t a64_ret(void) { return 0xd65f03c0; }

/* ADR/ADRP: immlo in bits 29-30, immhi in bits 5-23. */
static uint32_t adr_imm(int32_t imm)
{
	return ((uint32_t)imm & 3) << 29 | (((uint32_t)imm >> 2) & 0x7ffff) << 5;
}

uint32_t a64_adrp(int rd, int32_t pages) { return 0x90000000 | adr_imm(pages) | RD(rd); }
uint32_t a64_adr(int rd, int32_t offset) { return 0x10000000 | adr_imm(offset) | RD(rd); }
uint32_t a64_nop(void) { return 0xd503201f; }
uint32_t a64_brk(uint16_t imm) { return 0xd4200000 | (uint32_t)imm << 5; }

static bool is_imm26_branch(uint32_t insn) { return (insn & 0x7c000000) == 0x14000000; }
static bool is_adr(uint32_t insn) { return (insn & 0x9f000000) == 0x10000000; }
static bool is_test_branch(uint32_t insn) { return (insn & 0x7e000000) == 0x36000000; }

uint32_t a64_patch_branch(uint32_t insn, int32_t offset)
{
	if (is_imm26_branch(insn))
		return (insn & 0xfc000000) | ((uint32_t)(offset >> 2) & 0x3ffffff);
	if (is_adr(insn))
		return (insn & 0x9f00001f) | adr_imm(offset);
	if (is_test_branch(insn))
		return (insn & 0xfff8001f) | imm14(offset);
	return (insn & 0xff00001f) | imm19(offset);
}

bool a64_branch_in_range(uint32_t insn, int32_t offset)
{
	int32_t limit = is_imm26_branch(insn) ? 1 << 27 : is_test_branch(insn) ? 1 << 15 : 1 << 20;
	return offset >= -limit && offset < limit;
}
