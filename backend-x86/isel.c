/* isel.c - instruction selection: one BPF instruction -> x86-64 encoder calls.
 *
 * x86_emit_insn() sends the plain ALU instructions straight to the encoder and the rest
 * through emit_by_class(), one switch over the BPF instruction classes; each case calls a
 * small emit_* helper whose comment shows the code it produces. Semantics are RFC 9669's:
 * 32-bit operations zero-extend, division by zero gives 0, modulo by zero leaves the
 * dividend, INT_MIN / -1 does not trap, shift counts are masked.
 */
#include "x86.h"

#include "bpfaot_abi.h"
#include "diag.h"
#include "inline_lookup.h"
#include "jump_fusion.h"
#include "symbols.h"

#include <stdint.h>
#include <stdlib.h>

/* x86_emit_insn runs once per BPF instruction: only its plain ALU cases are inlined into
 * it, the other emitters are called, so that its hot path saves few registers. RARE also
 * moves the code out of the hot text. */
#define OUT_OF_LINE __attribute__((noinline))
#define RARE __attribute__((cold, noinline))

/* The cpu v4 load-acquire and store-release atomics (newer UAPI headers). */
#ifndef BPF_LOAD_ACQ
#define BPF_LOAD_ACQ 0x100
#endif
#ifndef BPF_STORE_REL
#define BPF_STORE_REL 0x110
#endif

const uint8_t x86_bpf_reg[16] = {
	RAX, /* r0: return value */
	RDI, /* r1-r5: the SysV argument registers, in order */
	RSI,
	RDX,
	RCX,
	R8,
	RBX, /* r6-r9: callee-saved */
	R13,
	R14,
	R15,
	RBP, /* r10: frame pointer */
	X86_NO_REG, X86_NO_REG, X86_NO_REG, X86_NO_REG, X86_NO_REG,
};

RARE static int insn_error(struct x86_ctx *x, uint32_t i, const char *what)
{
	diag_insn(x->in->module, x->in->prog, i, "%s (opcode 0x%02x)", what, x->in->prog->insns[i].code);
	return -1;
}

/* ---- branches ---- */

/* A BPF jump from instruction i by `off` slots. */
static int emit_branch(struct x86_ctx *x, enum x86_cc cc, uint32_t i, int64_t off)
{
	int64_t target = (int64_t)i + 1 + off;
	if (target < x->in->prog->subprogs[x->func].start || target >= x->func_end)
		return insn_error(x, i, "jump leaves its function");
	x86_record_jump(x, JUMP_INSN, cc, (uint32_t)target);
	return 0;
}

/* ---- ALU ---- */

/* Shift by a register: x86 takes the count in cl, and BPF r4 lives in rcx.
 *     mov r11, rcx ; mov rcx, src ; shl dst, cl ; mov rcx, r11
 * (dst == rcx: shift r11, which holds dst, and move the result back). The hardware masks
 * the count to 5 or 6 bits, as BPF requires. */
OUT_OF_LINE static void emit_shift_reg(struct prog_code *c, enum x86_shift op, bool is64, int dst, int src)
{
	if (src == RCX) {
		x86_shift_cl(c, op, is64, dst);
		return;
	}
	x86_alu_rr(c, X86_MOV, true, X86_TMP, RCX);
	x86_alu_rr(c, X86_MOV, true, RCX, src);
	x86_shift_cl(c, op, is64, dst == RCX ? X86_TMP : dst);
	x86_alu_rr(c, X86_MOV, true, RCX, X86_TMP);
}

/* Shift by an immediate, masked like a register count; a zero count still zero-extends
 * a 32-bit destination (mov dst32, dst32). */
static void emit_shift_imm(struct prog_code *c, enum x86_shift op, bool is64, int dst, int32_t imm)
{
	uint8_t count = (uint8_t)(imm & (is64 ? 63 : 31));
	if (count)
		x86_shift_ri(c, op, is64, dst, count);
	else if (!is64)
		x86_alu_rr(c, X86_MOV, false, dst, dst);
}

/* Division by zero: the quotient is 0, the remainder the dividend (zero-extended). */
static void emit_divisor_zero(struct prog_code *c, bool is64, bool is_mod, int dst)
{
	if (!is_mod)
		x86_alu_rr(c, X86_XOR, false, dst, dst);
	else if (!is64)
		x86_alu_rr(c, X86_MOV, false, dst, dst);
}

/* Signed division by -1: the quotient is -dst (INT_MIN stays INT_MIN), the remainder 0. */
static void emit_divisor_minus_one(struct prog_code *c, bool is64, bool is_mod, int dst)
{
	if (is_mod)
		x86_alu_rr(c, X86_XOR, false, dst, dst);
	else
		x86_unary(c, X86_NEG, is64, dst);
}

/* div/mod by an immediate: the special divisors are known at compile time. */
OUT_OF_LINE static void emit_divmod_imm(struct prog_code *c, bool is64, bool is_mod, bool is_signed, int dst,
			    int32_t imm)
{
	if (imm == 0) {
		emit_divisor_zero(c, is64, is_mod, dst);
	} else if (is_signed && imm == -1) {
		emit_divisor_minus_one(c, is64, is_mod, dst);
	} else {
		x86_mov_imm(c, is64, X86_TMP, is64 ? (uint64_t)(int64_t)imm : (uint32_t)imm);
		x86_divide(c, is64, is_mod, is_signed, dst, X86_TMP);
	}
}

/* div/mod by a register (copied to r11 first when it is rax or rdx, which div uses):
 *     test src, src ; je .Lzero
 *     cmp src, -1   ; je .Lminus_one        ; signed only
 *     <x86_divide>
 *     jmp .Ldone
 *   .Lzero:      <emit_divisor_zero>  [jmp .Ldone]
 *   .Lminus_one: <emit_divisor_minus_one>
 *   .Ldone: */
OUT_OF_LINE static void emit_divmod_reg(struct prog_code *c, bool is64, bool is_mod, bool is_signed, int dst,
			    int src)
{
	int divisor = src;
	if (src == RAX || src == RDX) {
		x86_alu_rr(c, X86_MOV, true, X86_TMP, src);
		divisor = X86_TMP;
	}
	x86_alu_rr(c, X86_TEST, is64, divisor, divisor);
	size_t to_zero = x86_jcc_forward(c, CC_E);
	size_t to_minus_one = 0;
	if (is_signed) {
		x86_alu_ri(c, X86_CMP, is64, divisor, -1);
		to_minus_one = x86_jcc_forward(c, CC_E);
	}
	x86_divide(c, is64, is_mod, is_signed, dst, divisor);
	bool zero_is_noop = is_mod && is64;
	size_t done[2];
	int n_done = 0;
	if (is_signed || !zero_is_noop)
		done[n_done++] = x86_jcc_forward(c, CC_ALWAYS);
	x86_patch_forward(c, to_zero);
	emit_divisor_zero(c, is64, is_mod, dst);
	if (is_signed) {
		done[n_done++] = x86_jcc_forward(c, CC_ALWAYS);
		x86_patch_forward(c, to_minus_one);
		emit_divisor_minus_one(c, is64, is_mod, dst);
	}
	for (int k = 0; k < n_done; k++)
		x86_patch_forward(c, done[k]);
}

/* Byte swaps. to_le on a little-endian machine only truncates:
 *   le16: movzx dst32, dst16   le32: mov dst32, dst32   le64: nothing
 *   be16: ror dst16, 8 ; movzx dst32, dst16   be32: bswap dst32   be64: bswap dst */
RARE static int emit_endian(struct x86_ctx *x, uint32_t i, bool swap, int dst, int32_t bits)
{
	struct prog_code *c = x->code;
	switch (bits) {
	case 16:
		if (swap)
			x86_ror16_8(c, dst);
		x86_movzx_rr(c, 2, dst, dst);
		return 0;
	case 32:
		if (swap)
			x86_bswap(c, false, dst);
		else
			x86_alu_rr(c, X86_MOV, false, dst, dst);
		return 0;
	case 64:
		if (swap)
			x86_bswap(c, true, dst);
		return 0;
	}
	return insn_error(x, i, "byte swap of an unsupported width");
}

/* movsx with off 8/16/32 (cpu v4); the plain mov is emit_plain_alu's. */
static int emit_movsx(struct x86_ctx *x, uint32_t i, bool is64, int dst, int src, int16_t off)
{
	struct prog_code *c = x->code;
	switch (off) {
	case 8:
	case 16:
		x86_movsx_rr(c, is64, off / 8, dst, src);
		return 0;
	case 32:
		if (is64) {
			x86_movsx_rr(c, true, 4, dst, src);
			return 0;
		}
		break;
	}
	return insn_error(x, i, "unsupported mov variant (address space casts are not supported)");
}

static enum x86_alu alu_op(uint8_t op)
{
	switch (op) {
	case BPF_ADD: return X86_ADD;
	case BPF_SUB: return X86_SUB;
	case BPF_OR: return X86_OR;
	case BPF_AND: return X86_AND;
	default: return X86_XOR;
	}
}

static enum x86_shift shift_op(uint8_t op)
{
	return op == BPF_LSH ? X86_SHL : op == BPF_RSH ? X86_SHR : X86_SAR;
}

/* The ALU forms that are one x86 instruction on the destination (those of
 * jump_fusion_alu_ok: mov without sign extension; add, sub, or, and, xor; mul, shifts and
 * neg by an immediate), written into native register dst; false for every other form.
 * Inline: it is x86_emit_insn's fast path, emit_alu's first step and what the cmov fusion
 * computes into r11. */
static inline __attribute__((always_inline)) bool emit_plain_alu(struct prog_code *c,
								 const struct bpf_insn *insn, int dst)
{
	bool is64 = BPF_CLASS(insn->code) == BPF_ALU64;
	bool reg = BPF_SRC(insn->code) == BPF_X;
	uint8_t op = BPF_OP(insn->code);
	int src = x86_bpf_reg[insn->src_reg];
	int32_t imm = insn->imm;
	switch (op) {
	case BPF_ADD:
	case BPF_SUB:
	case BPF_OR:
	case BPF_AND:
	case BPF_XOR:
		if (reg)
			x86_alu_rr(c, alu_op(op), is64, dst, src);
		else
			x86_alu_ri(c, alu_op(op), is64, dst, imm);
		return true;
	case BPF_MOV:
		if (!reg)
			x86_mov_imm(c, is64, dst, is64 ? (uint64_t)(int64_t)imm : (uint32_t)imm);
		else if (insn->off != 0)
			return false; /* movsx */
		else if (!is64 || dst != src)
			x86_alu_rr(c, X86_MOV, is64, dst, src);
		return true;
	case BPF_MUL:
		if (reg)
			return false;
		x86_imul_rri(c, is64, dst, dst, imm);
		return true;
	case BPF_LSH:
	case BPF_RSH:
	case BPF_ARSH:
		if (reg)
			return false;
		emit_shift_imm(c, shift_op(op), is64, dst, imm);
		return true;
	case BPF_NEG:
		x86_unary(c, X86_NEG, is64, dst);
		return true;
	default:
		return false;
	}
}

static int emit_alu(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	struct prog_code *c = x->code;
	bool is64 = BPF_CLASS(insn->code) == BPF_ALU64;
	bool reg = BPF_SRC(insn->code) == BPF_X;
	uint8_t op = BPF_OP(insn->code);
	int dst = x86_bpf_reg[insn->dst_reg], src = x86_bpf_reg[insn->src_reg];
	int32_t imm = insn->imm;
	if (emit_plain_alu(c, insn, dst))
		return 0;
	switch (op) { /* what is left: register forms, movsx, division, byte swap */
	case BPF_MOV:
		return emit_movsx(x, i, is64, dst, src, insn->off);
	case BPF_MUL:
		x86_imul_rr(c, is64, dst, src);
		return 0;
	case BPF_DIV:
	case BPF_MOD:
		if (insn->off != 0 && insn->off != 1)
			return insn_error(x, i, "division with an unknown offset");
		if (reg)
			emit_divmod_reg(c, is64, op == BPF_MOD, insn->off == 1, dst, src);
		else
			emit_divmod_imm(c, is64, op == BPF_MOD, insn->off == 1, dst, imm);
		return 0;
	case BPF_LSH:
	case BPF_RSH:
	case BPF_ARSH:
		emit_shift_reg(c, shift_op(op), is64, dst, src);
		return 0;
	case BPF_END:
		/* ALU: to_le (K) or to_be (X); ALU64: unconditional bswap (cpu v4). */
		return emit_endian(x, i, is64 || reg, dst, imm);
	}
	return insn_error(x, i, "unknown ALU operation");
}

/* ---- memory ---- */

static int size_bytes(uint8_t code)
{
	switch (BPF_SIZE(code)) {
	case BPF_B: return 1;
	case BPF_H: return 2;
	case BPF_W: return 4;
	default: return 8;
	}
}

/* dst = *(size *)(src + off): movzx / mov / movsx */
static int emit_ldx(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	int dst = x86_bpf_reg[insn->dst_reg], src = x86_bpf_reg[insn->src_reg];
	if (BPF_MODE(insn->code) == BPF_MEM)
		x86_load(x->code, size_bytes(insn->code), dst, src, insn->off);
	else if (BPF_MODE(insn->code) == BPF_MEMSX && BPF_SIZE(insn->code) != BPF_DW)
		x86_load_sx(x->code, size_bytes(insn->code), dst, src, insn->off);
	else
		return insn_error(x, i, "unsupported load mode");
	return 0;
}

/* *(size *)(dst + off) = imm */
static int emit_st(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	if (BPF_MODE(insn->code) != BPF_MEM)
		return insn_error(x, i, "unsupported store mode");
	x86_store_imm(x->code, size_bytes(insn->code), x86_bpf_reg[insn->dst_reg], insn->off, insn->imm);
	return 0;
}

/* src = atomic_fetch_op(dst + off, src) for or/and/xor, with a cmpxchg loop on rax:
 *     mov r10, rax                  ; r0 is cmpxchg's comparand: save it
 *     mov rax, [dst + off]
 *   .Lretry:
 *     mov r11, rax
 *     op r11, src
 *     lock cmpxchg [dst + off], r11
 *     jne .Lretry
 *     mov src, rax                  ; the old value
 *     mov rax, r10
 * (a dst or src that is r0 itself is read from r10). */
static void emit_atomic_fetch_loop(struct prog_code *c, enum x86_alu op, bool is64, int dst,
				   int16_t off, int src)
{
	int base = dst == RAX ? X86_AUX : dst;
	int operand = src == RAX ? X86_AUX : src;
	x86_alu_rr(c, X86_MOV, true, X86_AUX, RAX);
	x86_load(c, is64 ? 8 : 4, RAX, base, off);
	size_t retry = c->size;
	x86_alu_rr(c, X86_MOV, true, X86_TMP, RAX);
	x86_alu_rr(c, op, is64, X86_TMP, operand);
	x86_lock_cmpxchg(c, is64, base, off, X86_TMP);
	x86_jcc(c, CC_NE, (int32_t)retry - (int32_t)(c->size + 2), true);
	if (src != RAX) {
		x86_alu_rr(c, X86_MOV, is64, src, RAX);
		x86_alu_rr(c, X86_MOV, true, RAX, X86_AUX);
	}
}

RARE static int emit_atomic(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	struct prog_code *c = x->code;
	int dst = x86_bpf_reg[insn->dst_reg], src = x86_bpf_reg[insn->src_reg];
	bool is64 = BPF_SIZE(insn->code) == BPF_DW;
	bool sized = is64 || BPF_SIZE(insn->code) == BPF_W;
	switch (insn->imm) {
	case BPF_LOAD_ACQ: /* x86 loads are acquire loads */
		x86_load(c, size_bytes(insn->code), dst, src, insn->off);
		return 0;
	case BPF_STORE_REL: /* and stores are release stores */
		x86_store(c, size_bytes(insn->code), dst, insn->off, src);
		return 0;
	}
	if (!sized)
		return insn_error(x, i, "atomic operation of an unsupported size");
	switch (insn->imm) {
	case BPF_ADD:
	case BPF_OR:
	case BPF_AND:
	case BPF_XOR:
		x86_lock_alu(c, alu_op((uint8_t)insn->imm), is64, dst, insn->off, src);
		return 0;
	case BPF_ADD | BPF_FETCH:
		x86_lock_xadd(c, is64, dst, insn->off, src);
		return 0;
	case BPF_OR | BPF_FETCH:
	case BPF_AND | BPF_FETCH:
	case BPF_XOR | BPF_FETCH:
		emit_atomic_fetch_loop(c, alu_op((uint8_t)(insn->imm & ~BPF_FETCH)), is64, dst, insn->off, src);
		return 0;
	case BPF_XCHG:
		x86_xchg(c, is64, dst, insn->off, src);
		return 0;
	case BPF_CMPXCHG:
		/* lock cmpxchg [dst + off], src ; r0 gets the old value, zero-extended */
		x86_lock_cmpxchg(c, is64, dst, insn->off, src);
		if (!is64)
			x86_alu_rr(c, X86_MOV, false, RAX, RAX);
		return 0;
	}
	return insn_error(x, i, "unknown atomic operation");
}

static int emit_stx(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	if (BPF_MODE(insn->code) == BPF_ATOMIC)
		return emit_atomic(x, i);
	if (BPF_MODE(insn->code) != BPF_MEM)
		return insn_error(x, i, "unsupported store mode");
	x86_store(x->code, size_bytes(insn->code), x86_bpf_reg[insn->dst_reg], insn->off,
		  x86_bpf_reg[insn->src_reg]);
	return 0;
}

/* ld_imm64: a constant, the address of a map (lea of OBJ__map__MAP), or the address of a
 * map's value (lea of OBJ__map__MAP__storage + offset). */
OUT_OF_LINE static int emit_ld_imm64(struct x86_ctx *x, uint32_t i)
{
	const struct codegen_input *in = x->in;
	const struct bpf_insn *insn = &in->prog->insns[i];
	int dst = x86_bpf_reg[insn->dst_reg];
	if (insn->code != (BPF_LD | BPF_IMM | BPF_DW))
		return insn_error(x, i, "legacy packet access (ld_abs/ld_ind) is not supported");
	if (i + 1 >= in->prog->n_insns)
		return insn_error(x, i, "ld_imm64 without its second half");
	switch (insn->src_reg) {
	case 0:
		x86_mov_imm(x->code, true, dst, insn_ld_imm64_value(insn));
		return 1; /* and the second half */
	case BPF_PSEUDO_MAP_FD:
	case BPF_PSEUDO_MAP_IDX:
	case BPF_PSEUDO_MAP_VALUE:
	case BPF_PSEUDO_MAP_IDX_VALUE:
		break;
	default:
		return insn_error(x, i, "unsupported ld_imm64 kind (BTF ids and function addresses are not supported)");
	}
	if (insn->imm < 0 || (uint32_t)insn->imm >= in->module->n_maps)
		return insn_error(x, i, "ld_imm64 names a map that does not exist");
	const struct map *map = &in->module->maps[insn->imm];
	char *symbol;
	int64_t addend = 0;
	if (insn->src_reg == BPF_PSEUDO_MAP_FD || insn->src_reg == BPF_PSEUDO_MAP_IDX) {
		symbol = sym_map(in->obj_name, map);
	} else {
		if (map->type != BPF_MAP_TYPE_ARRAY)
			return insn_error(x, i, "ld_imm64 of a value of a map that has no static storage");
		symbol = sym_map_storage(in->obj_name, map);
		addend = (uint32_t)insn[1].imm;
	}
	x86_lea_rip(x->code, dst, symbol, addend);
	free(symbol);
	return 1;
}

/* ---- jumps and calls ---- */

static enum x86_cc jump_cc(uint8_t op)
{
	switch (op) {
	case BPF_JEQ: return CC_E;
	case BPF_JGT: return CC_A;
	case BPF_JGE: return CC_AE;
	case BPF_JLT: return CC_B;
	case BPF_JLE: return CC_BE;
	case BPF_JSGT: return CC_G;
	case BPF_JSGE: return CC_GE;
	case BPF_JSLT: return CC_L;
	case BPF_JSLE: return CC_LE;
	default: return CC_NE; /* JNE, JSET */
	}
}

/* The flags of a conditional jump: cmp (test for jset; test dst, dst against 0). */
static void emit_jump_compare(struct prog_code *c, const struct bpf_insn *insn)
{
	bool is64 = BPF_CLASS(insn->code) == BPF_JMP;
	uint8_t op = BPF_OP(insn->code);
	int dst = x86_bpf_reg[insn->dst_reg];
	if (BPF_SRC(insn->code) == BPF_X)
		x86_alu_rr(c, op == BPF_JSET ? X86_TEST : X86_CMP, is64, dst, x86_bpf_reg[insn->src_reg]);
	else if (op == BPF_JSET)
		x86_alu_ri(c, X86_TEST, is64, dst, insn->imm);
	else if (insn->imm == 0)
		x86_alu_rr(c, X86_TEST, is64, dst, dst); /* same flags as cmp dst, 0 */
	else
		x86_alu_ri(c, X86_CMP, is64, dst, insn->imm);
}

/* r11 = what the ALU instruction would leave in its destination (jump_fusion_alu_ok). */
static void emit_alu_into_tmp(struct prog_code *c, const struct bpf_insn *insn)
{
	if (BPF_OP(insn->code) != BPF_MOV)
		x86_alu_rr(c, X86_MOV, true, X86_TMP, x86_bpf_reg[insn->dst_reg]);
	emit_plain_alu(c, insn, X86_TMP); /* a plain form: jump_fusion_alu_ok */
}

/* Whether `insn` is a goto, with its offset (it may be the 32-bit gotol). */
static bool goto_offset(const struct bpf_insn *insn, int64_t *off)
{
	if (insn->code == (BPF_JMP | BPF_JA))
		*off = insn->off;
	else if (insn->code == (BPF_JMP32 | BPF_JA))
		*off = insn->imm;
	else
		return false;
	return true;
}

/* if (dst OP src/imm) goto off: the compare + jcc. A jump over one ALU instruction
 * becomes a conditional move instead (the instruction's result computed into r11 first,
 * then taken unless the jump would have been):
 *     if w3 == 0 goto +1 ; w0 ^= K   =>   mov r11, rax ; xor r11d, K ; test edx, edx ;
 *                                          cmovne rax, r11
 * A data-dependent branch, such as a bitwise CRC's, mispredicts about half the time; the
 * move costs two instructions on either path. The 64-bit cmov leaves the upper half alone
 * when the jump is taken, as BPF does; a 32-bit operation zero-extends r11 itself. */
static int emit_cond_jump(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	enum x86_cc cc = jump_cc(BPF_OP(insn->code));
	const struct bpf_insn *next = jump_skips_one(x->in, i);
	if (next && jump_fusion_alu_ok(next)) {
		emit_alu_into_tmp(x->code, next);
		emit_jump_compare(x->code, insn);
		x86_cmov(x->code, (enum x86_cc)(cc ^ 1), true, x86_bpf_reg[next->dst_reg], X86_TMP);
		return 1; /* the next instruction too */
	}
	emit_jump_compare(x->code, insn);
	/* if cond goto +1; goto L  =>  if !cond goto L (clang's rotated loops end so) */
	int64_t goto_off;
	if (next && goto_offset(next, &goto_off))
		return emit_branch(x, (enum x86_cc)(cc ^ 1), i, 1 + goto_off) ? -1 : 1;
	return emit_branch(x, cc, i, insn->off);
}

/* The array or per-CPU array map that r1 always holds at helper call i, with the runtime's
 * element size; NULL when the lookup must go through the helper. The shape conditions are
 * shared with arm64 (codegen/inline_lookup.h); x86 adds that a per-CPU slot stride must fit
 * an imul immediate. */
static const struct map *inline_array_map(struct x86_ctx *x, uint32_t i, uint32_t *elem_size)
{
	const struct map *map = inline_lookup_array(x->in, i, elem_size);
	if (map && map->type == BPF_MAP_TYPE_PERCPU_ARRAY &&
	    BPFAOT_PERCPU_STRIDE(map->value_size, map->max_entries) > INT32_MAX)
		return NULL;
	return map;
}

/* rax = the u32 key at [rsi]; jumps to the returned forward jump when it is out of range. */
static size_t emit_array_index(struct prog_code *c, const struct map *map)
{
	int key = x86_bpf_reg[BPF_REG_2], r0 = x86_bpf_reg[BPF_REG_0];
	x86_load(c, 4, r0, key, 0);
	x86_alu_ri(c, X86_CMP, false, r0, (int32_t)map->max_entries);
	return x86_jcc_forward(c, CC_AE);
}

/* reg *= factor (64-bit, factor in 1..INT32_MAX): a shift for powers of two. */
static void emit_scale(struct prog_code *c, int reg, uint32_t factor)
{
	if ((factor & (factor - 1)) == 0)
		x86_shift_ri(c, X86_SHL, true, reg, (uint8_t)__builtin_ctz(factor));
	else
		x86_imul_rri(c, true, reg, reg, (int32_t)factor);
}

/* bpf_map_lookup_elem on a static array map, inlined as the kernel does
 * (array_map_gen_lookup); r1-r5 are dead after a call, so rdi serves as scratch:
 *     mov eax, [rsi]                 ; the u32 key
 *     cmp eax, MAX_ENTRIES
 *     jae null
 *     shl rax, log2(ELEM)            ; imul rax, rax, ELEM when not a power of two
 *     lea rdi, [rip + STORAGE]
 *     add rax, rdi
 *     jmp done
 * null: xor eax, eax
 * done: */
RARE static void emit_array_lookup(struct x86_ctx *x, const struct map *map, uint32_t elem_size)
{
	struct prog_code *c = x->code;
	int r0 = x86_bpf_reg[BPF_REG_0], scratch = x86_bpf_reg[BPF_REG_1];
	size_t to_null = emit_array_index(c, map);
	emit_scale(c, r0, elem_size);
	char *storage = sym_map_storage(x->in->obj_name, map);
	x86_lea_rip(c, scratch, storage, 0);
	free(storage);
	x86_alu_rr(c, X86_ADD, true, r0, scratch);
	size_t to_done = x86_jcc_forward(c, CC_ALWAYS);
	x86_patch_forward(c, to_null);
	x86_alu_rr(c, X86_XOR, false, r0, r0);
	x86_patch_forward(c, to_done);
}

/* The same on a per-CPU array, with the layout of runtime/bpfaot_abi.h: the values' base
 * is in the map header once the runtime has created the map, the thread's slot in the TLS
 * int BPFAOT_SYM_TLS_CPU_SLOT once it owns one. Until both are there the helper runs
 * (it creates the map and acquires a slot); r1 and r2 stay intact for it, so rdx and rcx
 * (r3, r4) are the scratch registers:
 *     mov eax, [rsi]
 *     cmp eax, MAX_ENTRIES
 *     jae null
 *     mov rdx, [rip + MAP + 40]      ; map->storage
 *     test rdx, rdx
 *     jz slow
 *     mov rcx, [rip + SLOT@GOTTPOFF]
 *     mov ecx, fs:[rcx]
 *     test ecx, ecx
 *     js slow                        ; -1: no slot yet
 *     imul rcx, rcx, STRIDE          ; shl rcx, log2(STRIDE) for a power of two
 *     add rdx, rcx
 *     shl rax, log2(ELEM)            ; or imul
 *     add rax, rdx
 *     jmp done
 * slow: call bpfaot_helper_map_lookup_elem
 *     jmp done
 * null: xor eax, eax
 * done: */
RARE static void emit_percpu_array_lookup(struct x86_ctx *x, const struct map *map, uint32_t elem_size)
{
	struct prog_code *c = x->code;
	int r0 = x86_bpf_reg[BPF_REG_0], base = x86_bpf_reg[BPF_REG_3], slot = x86_bpf_reg[BPF_REG_4];
	size_t to_null = emit_array_index(c, map);
	char *header = sym_map(x->in->obj_name, map);
	x86_load_rip(c, base, header, BPFAOT_MAP_OFF_STORAGE);
	free(header);
	x86_alu_rr(c, X86_TEST, true, base, base);
	size_t no_storage = x86_jcc_forward(c, CC_E);
	x86_load_gottpoff(c, slot, BPFAOT_SYM_TLS_CPU_SLOT);
	x86_load32_fs(c, slot, slot);
	x86_alu_rr(c, X86_TEST, false, slot, slot);
	size_t no_slot = x86_jcc_forward(c, CC_S);
	emit_scale(c, slot, (uint32_t)BPFAOT_PERCPU_STRIDE(map->value_size, map->max_entries));
	x86_alu_rr(c, X86_ADD, true, base, slot);
	emit_scale(c, r0, elem_size);
	x86_alu_rr(c, X86_ADD, true, r0, base);
	size_t fast_done = x86_jcc_forward(c, CC_ALWAYS);
	x86_patch_forward(c, no_storage);
	x86_patch_forward(c, no_slot);
	x86_call_symbol(c, helper_symbol(BPF_FUNC_map_lookup_elem));
	size_t slow_done = x86_jcc_forward(c, CC_ALWAYS);
	x86_patch_forward(c, to_null);
	x86_alu_rr(c, X86_XOR, false, r0, r0);
	x86_patch_forward(c, fast_done);
	x86_patch_forward(c, slow_done);
}

/* A helper: a direct native call, arguments already in place. An id the runtime does not
 * implement goes through the generic entry with the id as sixth argument:
 *     mov r9, ID ; call bpfaot_helper_call */
OUT_OF_LINE static int emit_helper_call(struct x86_ctx *x, uint32_t i)
{
	int32_t id = x->in->prog->insns[i].imm;
	if (id == HELPER_TAIL_CALL)
		return insn_error(x, i, "tail call that the analysis did not classify");
	uint32_t elem_size;
	const struct map *array = id == BPF_FUNC_map_lookup_elem ? inline_array_map(x, i, &elem_size) : NULL;
	if (array && array->type == BPF_MAP_TYPE_PERCPU_ARRAY) {
		emit_percpu_array_lookup(x, array, elem_size);
		return 0;
	}
	if (array) {
		emit_array_lookup(x, array, elem_size);
		return 0;
	}
	const char *symbol = helper_symbol(id);
	if (!symbol) {
		x86_mov_imm(x->code, true, X86_TMP2, (uint64_t)(int64_t)id);
		symbol = HELPER_CALL_GENERIC;
	}
	x86_call_symbol(x->code, symbol);
	return 0;
}

/* callx reg: the register holds a helper id. */
RARE static int emit_callx(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	x86_alu_rr(x->code, X86_MOV, true, X86_TMP2, x86_bpf_reg[insn->dst_reg]);
	x86_call_symbol(x->code, HELPER_CALL_GENERIC);
	return 0;
}

/* bpf-to-bpf call: call rel32 to the callee's prologue. */
OUT_OF_LINE static int emit_subprog_call(struct x86_ctx *x, uint32_t i)
{
	const struct prog *p = x->in->prog;
	int64_t target = (int64_t)i + 1 + p->insns[i].imm;
	for (uint32_t f = 0; f < p->n_subprogs; f++) {
		if (p->subprogs[f].start != target)
			continue;
		x86_record_jump(x, JUMP_CALL, CC_ALWAYS, f);
		return 0;
	}
	return insn_error(x, i, "call to an instruction that starts no subprogram");
}

/* may_goto: take the jump once this frame's loop budget is spent.
 *     mov r11, [rbp + SLOT]
 *     sub r11, 1            ; borrows when the budget is 0
 *     jb TARGET
 *     mov [rbp + SLOT], r11 */
RARE static int emit_may_goto(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	struct prog_code *c = x->code;
	int32_t slot = x->frames[x->func].may_goto_slot;
	if (insn->src_reg != 0)
		return insn_error(x, i, "unknown conditional pseudo-jump");
	x86_load(c, 8, X86_TMP, RBP, slot);
	x86_alu_ri(c, X86_SUB, true, X86_TMP, 1);
	if (emit_branch(x, CC_B, i, insn->off))
		return -1;
	x86_store(c, 8, RBP, slot, X86_TMP);
	return 0;
}

OUT_OF_LINE static int emit_jmp(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	bool is64 = BPF_CLASS(insn->code) == BPF_JMP;
	switch (BPF_OP(insn->code)) {
	case BPF_JA:
		return emit_branch(x, CC_ALWAYS, i, is64 ? insn->off : insn->imm);
	case BPF_EXIT:
		if (!is64)
			break;
		/* The function's last instruction falls into the epilogue. */
		x86_record_jump(x, i + 1 == x->func_end ? JUMP_FALLTHROUGH : JUMP_EPILOGUE, CC_ALWAYS,
				x->func);
		return 0;
	case BPF_CALL:
		if (!is64)
			break;
		if (BPF_SRC(insn->code) == BPF_X)
			return emit_callx(x, i);
		if (insn->src_reg == 0)
			return emit_helper_call(x, i);
		if (insn->src_reg == BPF_PSEUDO_CALL)
			return emit_subprog_call(x, i);
		return insn_error(x, i, "kfunc calls are not supported");
	case BPF_TAIL_CALL:
		if (!is64)
			break;
		return x86_emit_tail_call(x, i);
	case BPF_JCOND:
		if (!is64)
			break;
		return emit_may_goto(x, i);
	default:
		return emit_cond_jump(x, i);
	}
	return insn_error(x, i, "unknown jump");
}

/* Everything but the commonest instructions: one emitter per instruction class. */
OUT_OF_LINE static int emit_by_class(struct x86_ctx *x, uint32_t i)
{
	switch (BPF_CLASS(x->in->prog->insns[i].code)) {
	case BPF_ALU:
	case BPF_ALU64:
		return emit_alu(x, i);
	case BPF_LDX:
		return emit_ldx(x, i);
	case BPF_ST:
		return emit_st(x, i);
	case BPF_STX:
		return emit_stx(x, i);
	case BPF_LD:
		return emit_ld_imm64(x, i);
	case BPF_JMP:
	case BPF_JMP32:
		return emit_jmp(x, i);
	}
	return insn_error(x, i, "unknown instruction class");
}

/* The plain register and immediate ALU operations, most of any program, go straight to
 * the encoder; every other opcode through emit_by_class. The cases below are
 * emit_plain_alu's for their opcodes, dispatched by a table of the whole opcode: one jump
 * table rather than a tree of compares (emit_plain_alu inlined here measured 10% slower). */
enum fast_kind { BY_CLASS, ALU_RR, ALU_RI, MOV_RR, SHIFT_RI, MUL_RI };

#define BOTH_WIDTHS(op, kind) [BPF_ALU64 | (op)] = (kind), [BPF_ALU | (op)] = (kind)
static const uint8_t fast_kind[256] = {
	BOTH_WIDTHS(BPF_ADD | BPF_X, ALU_RR),
	BOTH_WIDTHS(BPF_SUB | BPF_X, ALU_RR),
	BOTH_WIDTHS(BPF_OR | BPF_X, ALU_RR),
	BOTH_WIDTHS(BPF_AND | BPF_X, ALU_RR),
	BOTH_WIDTHS(BPF_XOR | BPF_X, ALU_RR),
	BOTH_WIDTHS(BPF_ADD | BPF_K, ALU_RI),
	BOTH_WIDTHS(BPF_SUB | BPF_K, ALU_RI),
	BOTH_WIDTHS(BPF_OR | BPF_K, ALU_RI),
	BOTH_WIDTHS(BPF_AND | BPF_K, ALU_RI),
	BOTH_WIDTHS(BPF_XOR | BPF_K, ALU_RI),
	BOTH_WIDTHS(BPF_MOV | BPF_X, MOV_RR),
	BOTH_WIDTHS(BPF_LSH | BPF_K, SHIFT_RI),
	BOTH_WIDTHS(BPF_RSH | BPF_K, SHIFT_RI),
	BOTH_WIDTHS(BPF_ARSH | BPF_K, SHIFT_RI),
	BOTH_WIDTHS(BPF_MUL | BPF_K, MUL_RI),
};
#undef BOTH_WIDTHS

/* Asked per case below rather than once: nothing then lives across the encoder call, and
 * the function saves no registers. */
static bool alu64(uint8_t code)
{
	return BPF_CLASS(code) == BPF_ALU64;
}

int x86_emit_insn(struct x86_ctx *x, uint32_t i)
{
	const struct bpf_insn *insn = &x->in->prog->insns[i];
	int dst = x86_bpf_reg[insn->dst_reg], src = x86_bpf_reg[insn->src_reg];
	if ((dst | src) == X86_NO_REG) /* either is: the native registers are below 16 */
		return insn_error(x, i, "invalid register");
	struct prog_code *c = x->code;
	uint8_t code = insn->code;
	switch ((enum fast_kind)fast_kind[code]) {
	case ALU_RR:
		x86_alu_rr(c, alu_op(BPF_OP(code)), alu64(code), dst, src);
		return 0;
	case ALU_RI:
		x86_alu_ri(c, alu_op(BPF_OP(code)), alu64(code), dst, insn->imm);
		return 0;
	case MOV_RR:
		if (insn->off != 0)
			break; /* movsx */
		if (!alu64(code) || dst != src)
			x86_alu_rr(c, X86_MOV, alu64(code), dst, src);
		return 0;
	case SHIFT_RI:
		emit_shift_imm(c, shift_op(BPF_OP(code)), alu64(code), dst, insn->imm);
		return 0;
	case MUL_RI:
		x86_imul_rri(c, alu64(code), dst, dst, insn->imm);
		return 0;
	case BY_CLASS:
		break;
	}
	return emit_by_class(x, i);
}
