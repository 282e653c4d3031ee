/* encoder.h - AArch64 instruction encoder: pure functions from operands to one 32-bit
 * instruction word (Arm ARM, "A64 Instruction Set Encoding"). Nothing here knows BPF.
 *
 * Conventions: `sf` is true for the 64-bit (X) form, false for the 32-bit (W) form.
 * Register 31 means SP or XZR/WZR depending on the instruction, as in the ISA; the
 * names A64_SP and A64_ZR say which one the caller means. Branch offsets are in bytes
 * from the branch itself and must be multiples of 4 and in range (callers check).
 * tests/arm64/encoder_test.c checks every function against LLVM MC's disassembler.
 */
#ifndef BPFAOT_A64_ENCODER_H
#define BPFAOT_A64_ENCODER_H

#include <stdbool.h>
#include <stdint.h>

#define A64_SP 31
#define A64_ZR 31
#define A64_FP 29
#define A64_LR 30

enum a64_cond {
	A64_EQ = 0, A64_NE = 1, A64_HS = 2, A64_LO = 3, A64_MI = 4, A64_PL = 5,
	A64_VS = 6, A64_VC = 7, A64_HI = 8, A64_LS = 9, A64_GE = 10, A64_LT = 11,
	A64_GT = 12, A64_LE = 13, A64_AL = 14,
};

/* Access size of loads and stores: the `size` field (log2 of the bytes). */
enum a64_size { A64_B = 0, A64_H = 1, A64_W = 2, A64_X = 3 };

enum a64_addsub { A64_ADD, A64_ADDS, A64_SUB, A64_SUBS };
enum a64_logic { A64_AND, A64_ORR, A64_EOR, A64_ANDS };
enum a64_shift_op { A64_LSLV, A64_LSRV, A64_ASRV };
/* LSE atomic memory operations (LDADD, LDCLR, LDEOR, LDSET) and SWP. */
enum a64_lse_op { A64_LDADD = 0, A64_LDCLR = 1, A64_LDEOR = 2, A64_LDSET = 3, A64_SWP = 8 };

/* Arithmetic. */
uint32_t a64_addsub_reg(enum a64_addsub op, bool sf, int rd, int rn, int rm);
/* imm12, optionally shifted left by 12 (lsl12). Rd/Rn 31 = SP (ADDS/SUBS Rd 31 = ZR). */
uint32_t a64_addsub_imm(enum a64_addsub op, bool sf, int rd, int rn, uint32_t imm12, bool lsl12);
/* add Rd, Rn, Wm, uxtw #shift (extended register, shift 0..4). */
uint32_t a64_add_uxtw(int rd, int rn, int rm, unsigned shift);
/* add Xd, Xn, Xm, lsl #shift (shifted register, shift 0..63). */
uint32_t a64_add_lsl(int rd, int rn, int rm, unsigned shift);
uint32_t a64_madd(bool sf, int rd, int rn, int rm, int ra);
uint32_t a64_msub(bool sf, int rd, int rn, int rm, int ra);
uint32_t a64_udiv(bool sf, int rd, int rn, int rm);
uint32_t a64_sdiv(bool sf, int rd, int rn, int rm);
uint32_t a64_shiftv(enum a64_shift_op op, bool sf, int rd, int rn, int rm);

/* Logical (shifted register, no shift); invert = BIC/ORN/EON/BICS. */
uint32_t a64_logic_reg(enum a64_logic op, bool sf, int rd, int rn, int rm, bool invert);
/* The N:immr:imms field of a logical immediate for `value` in a `sf`-sized register,
 * or false when the value has no such encoding (0, all ones, not a rotated run). */
bool a64_logic_imm_field(uint64_t value, bool sf, uint32_t *field);
/* Logical immediate; the caller has checked the value with a64_logic_imm_field. */
uint32_t a64_logic_imm(enum a64_logic op, bool sf, int rd, int rn, uint64_t value);

/* Move wide: MOVZ, MOVN, MOVK of imm16 at bit position 16 * hw. */
uint32_t a64_movz(bool sf, int rd, uint16_t imm16, unsigned hw);
uint32_t a64_movn(bool sf, int rd, uint16_t imm16, unsigned hw);
uint32_t a64_movk(bool sf, int rd, uint16_t imm16, unsigned hw);
/* mov Rd, Rm (ORR with the zero register); 32-bit form zero-extends. */
uint32_t a64_mov_reg(bool sf, int rd, int rm);
/* mov between SP and a register (ADD #0). */
uint32_t a64_mov_sp(int rd, int rn);

/* Bitfield moves and their aliases. */
uint32_t a64_ubfm(bool sf, int rd, int rn, unsigned immr, unsigned imms);
uint32_t a64_sbfm(bool sf, int rd, int rn, unsigned immr, unsigned imms);
uint32_t a64_lsl_imm(bool sf, int rd, int rn, unsigned shift);
uint32_t a64_lsr_imm(bool sf, int rd, int rn, unsigned shift);
uint32_t a64_asr_imm(bool sf, int rd, int rn, unsigned shift);
/* Sign-extend the low `bits` (8, 16, 32) of Wn into Rd. */
uint32_t a64_sxt(bool sf, int rd, int rn, unsigned bits);
/* Zero-extend the low `bits` (8, 16) of Wn into Wd (and so into Xd). */
uint32_t a64_uxt(int rd, int rn, unsigned bits);

/* Byte reversal: REV16 Wd, REV Wd (32-bit), REV Xd (64-bit). */
uint32_t a64_rev16(bool sf, int rd, int rn);
uint32_t a64_rev32(int rd, int rn); /* rev Wd, Wn */
uint32_t a64_rev64(int rd, int rn); /* rev Xd, Xn */

/* Loads and stores. `sign` loads sign-extend into an X register (LDRSB/LDRSH/LDRSW). */
uint32_t a64_ldr_uimm(enum a64_size size, bool sign, int rt, int rn, uint32_t offset);
uint32_t a64_str_uimm(enum a64_size size, int rt, int rn, uint32_t offset);
/* Unscaled signed 9-bit offset: LDUR/STUR. */
uint32_t a64_ldur(enum a64_size size, bool sign, int rt, int rn, int32_t offset);
uint32_t a64_stur(enum a64_size size, int rt, int rn, int32_t offset);
/* Register offset [Xn, Xm] (no shift), or [Xn, Wm, uxtw #size] when scaled_uxtw. */
uint32_t a64_ldr_reg(enum a64_size size, bool sign, int rt, int rn, int rm);
uint32_t a64_str_reg(enum a64_size size, int rt, int rn, int rm);
uint32_t a64_ldr_uxtw_scaled(int rt, int rn, int wm); /* ldr Xt, [Xn, Wm, uxtw #3] */
uint32_t a64_ldr_lsl3(int rt, int rn, int xm);        /* ldr Xt, [Xn, Xm, lsl #3] */
/* stp Xa, Xb, [SP, #-16]!  and  ldp Xa, Xb, [SP], #16 */
uint32_t a64_push_pair(int ra, int rb);
uint32_t a64_pop_pair(int ra, int rb);

/* Exclusive and LSE atomics; sf selects W or X data. */
uint32_t a64_ldxr(bool sf, int rt, int rn);
uint32_t a64_stxr(bool sf, int rs, int rt, int rn);
uint32_t a64_stlxr(bool sf, int rs, int rt, int rn);
/* LDADD/LDCLR/LDEOR/LDSET/SWP: acquire+release (the AL forms) when `al`. */
uint32_t a64_lse(enum a64_lse_op op, bool sf, bool al, int rs, int rt, int rn);
uint32_t a64_casal(bool sf, int rs, int rt, int rn);
uint32_t a64_dmb_ish(void);
/* mrs Xt, tpidr_el0: the thread pointer (TLS). */
uint32_t a64_mrs_tpidr_el0(int rt);
/* csel Rd, Rn, Rm, cond: Rd = cond ? Rn : Rm. */
uint32_t a64_csel(bool sf, int rd, int rn, int rm, enum a64_cond cond);

/* Branches; offsets in bytes from the branch. */
uint32_t a64_b(int32_t offset);
uint32_t a64_bl(int32_t offset);
uint32_t a64_bcond(enum a64_cond cond, int32_t offset);
uint32_t a64_cbz(bool sf, int rt, int32_t offset);
uint32_t a64_cbnz(bool sf, int rt, int32_t offset);
/* tbnz Rt, #bit, offset (bit 0..63; W register for bits below 32); +-32 KiB. */
uint32_t a64_tbnz(int rt, unsigned bit, int32_t offset);
uint32_t a64_br(int rn);
uint32_t a64_blr(int rn);
uint32_t a64_ret(void);
uint32_t a64_adrp(int rd, int32_t pages);
uint32_t a64_adr(int rd, int32_t offset);
uint32_t a64_nop(void);
uint32_t a64_brk(uint16_t imm);

/* Retarget an already encoded B/BL (imm26), B.cond/CBZ/CBNZ (imm19), TBZ/TBNZ (imm14) or
 * ADR (imm21). */
uint32_t a64_patch_branch(uint32_t insn, int32_t offset);
bool a64_branch_in_range(uint32_t insn, int32_t offset);

#endif
