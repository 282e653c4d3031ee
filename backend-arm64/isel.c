/* isel.c - instruction selection: one switch over BPF opcodes, tiny emit_* helpers.
 *
 * One pass over the program; branches to later instructions and to subprograms are
 * recorded as fixups and patched once every offset is known. Semantics are RFC 9669's;
 * where AArch64 already agrees (udiv/sdiv by zero give 0 and msub then leaves the
 * dividend for modulo, INT_MIN / -1 gives INT_MIN and its remainder 0, register shift
 * counts are taken modulo the width, W-register results zero-extend) no extra code is
 * emitted.
 */
#include "a64.h"

#include "bpfaot_abi.h"
#include "diag.h"
#include "inline_lookup.h"
#include "jump_fusion.h"
#include "symbols.h"
#include "util.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

static const int bpf_to_a64[MAX_BPF_REG] = {
	A64_R0, 0, 1, 2, 3, 4, 19, 20, 21, 22, A64_BPF_FP,
};

int a64_reg(int bpf_reg)
{
	return bpf_to_a64[bpf_reg];
}

/* ---- emission primitives ---- */

void a64_emit(struct a64_ctx *c, uint32_t word)
{
	code_emit32(c->code, word);
}

uint32_t a64_here(const struct a64_ctx *c)
{
	return (uint32_t)c->code->size;
}

void a64_emit_fixup(struct a64_ctx *c, uint32_t word, enum a64_fixup_kind kind, uint32_t target)
{
	struct a64_fixup f = {a64_here(c), kind, target, c->insn};
	VEC_PUSH(c->fixups, c->n_fixups, c->cap_fixups, f);
	a64_emit(c, word);
}

uint32_t a64_emit_forward(struct a64_ctx *c, uint32_t word)
{
	uint32_t at = a64_here(c);
	a64_emit(c, word);
	return at;
}

static uint32_t read_word(const struct a64_ctx *c, uint32_t at)
{
	const uint8_t *b = c->code->bytes + at;
	return b[0] | b[1] << 8 | b[2] << 16 | (uint32_t)b[3] << 24;
}

void a64_bind_forward(struct a64_ctx *c, uint32_t at)
{
	uint32_t word = read_word(c, at);
	code_patch32(c->code, at, a64_patch_branch(word, (int32_t)(a64_here(c) - at)));
}

void a64_emit_call_symbol(struct a64_ctx *c, const char *symbol)
{
	code_add_reloc(c->code, a64_here(c), R_AARCH64_CALL26, symbol, 0);
	a64_emit(c, a64_bl(0));
}

void a64_emit_adr_symbol(struct a64_ctx *c, int rd, const char *symbol, int64_t addend)
{
	code_add_reloc(c->code, a64_here(c), R_AARCH64_ADR_PREL_PG_HI21, symbol, addend);
	a64_emit(c, a64_adrp(rd, 0));
	code_add_reloc(c->code, a64_here(c), R_AARCH64_ADD_ABS_LO12_NC, symbol, addend);
	a64_emit(c, a64_addsub_imm(A64_ADD, true, rd, rd, 0, false));
}

uint32_t a64_frame_alloc(const struct a64_ctx *c, uint32_t sub)
{
	const struct prog_analysis *an = c->in->analysis;
	uint32_t frame = an && an->frames ? an->frames[sub].frame_size : MAX_STACK;
	frame = (frame + 15) & ~15u;
	return frame + (c->frames[sub].may_goto ? 16 : 0);
}

/* ---- constants ---- */

static uint16_t chunk(uint64_t v, unsigned i)
{
	return (uint16_t)(v >> (16 * i));
}

static unsigned count_chunks(uint64_t v, unsigned n, uint16_t what)
{
	unsigned k = 0;
	for (unsigned i = 0; i < n; i++)
		k += chunk(v, i) == what;
	return k;
}

/* movz/movk from zero, or movn/movk from all ones: whichever leaves fewer chunks to set;
 * a single ORR with a logical immediate when that beats both. A 64-bit value whose upper
 * half is zero is built in the W register (writes zero-extend). */
void a64_emit_mov_imm(struct a64_ctx *c, bool sf, int rd, uint64_t value)
{
	if (!sf)
		value = (uint32_t)value;
	if (sf && value >> 32 == 0)
		sf = false;
	unsigned n = sf ? 4 : 2;
	unsigned zeros = count_chunks(value, n, 0), ffffs = count_chunks(value, n, 0xffff);
	unsigned cost = n - (zeros > ffffs ? zeros : ffffs);
	uint32_t field;
	if (cost > 1 && a64_logic_imm_field(value, sf, &field)) {
		a64_emit(c, a64_logic_imm(A64_ORR, sf, rd, A64_ZR, value));
		return;
	}
	bool inverted = ffffs > zeros;
	uint16_t skip = inverted ? 0xffff : 0;
	bool first = true;
	for (unsigned i = 0; i < n; i++) {
		uint16_t part = chunk(value, i);
		if (part == skip)
			continue;
		if (first)
			a64_emit(c, inverted ? a64_movn(sf, rd, (uint16_t)~part, i) : a64_movz(sf, rd, part, i));
		else
			a64_emit(c, a64_movk(sf, rd, part, i));
		first = false;
	}
	if (first) /* every chunk was `skip`: 0 or all ones */
		a64_emit(c, inverted ? a64_movn(sf, rd, 0, 0) : a64_movz(sf, rd, 0, 0));
}

/* ---- ALU ---- */

static bool is_alu64(const struct bpf_insn *insn)
{
	return BPF_CLASS(insn->code) == BPF_ALU64;
}

/* The immediate as the operation sees it: sign-extended to 64 bits, or its 32 bits. */
static uint64_t alu_imm(const struct bpf_insn *insn)
{
	return is_alu64(insn) ? (uint64_t)(int64_t)insn->imm : (uint32_t)insn->imm;
}

/* rd = rn +/- value, with an immediate form where one exists. */
static void emit_addsub_imm(struct a64_ctx *c, bool sf, bool sub, int rd, int rn, int64_t value)
{
	if (value < 0 && value > INT64_MIN) {
		value = -value;
		sub = !sub;
	}
	enum a64_addsub op = sub ? A64_SUB : A64_ADD;
	if (value >= 0 && value < 4096) {
		a64_emit(c, a64_addsub_imm(op, sf, rd, rn, (uint32_t)value, false));
	} else if (value >= 0 && value < (1 << 24) && (value & 0xfff) == 0) {
		a64_emit(c, a64_addsub_imm(op, sf, rd, rn, (uint32_t)(value >> 12), true));
	} else {
		a64_emit_mov_imm(c, sf, A64_TMP, (uint64_t)value);
		a64_emit(c, a64_addsub_reg(op, sf, rd, rn, A64_TMP));
	}
}

static void emit_div(struct a64_ctx *c, bool sf, bool is_signed, int rd, int rn, int rm)
{
	a64_emit(c, is_signed ? a64_sdiv(sf, rd, rn, rm) : a64_udiv(sf, rd, rn, rm));
}

/* rd = rn % src: rn - (rn / src) * src; with src = 0 the quotient is 0. */
static void emit_mod(struct a64_ctx *c, bool sf, bool is_signed, int rd, int rn, int src)
{
	emit_div(c, sf, is_signed, A64_TMP2, rn, src);
	a64_emit(c, a64_msub(sf, rd, A64_TMP2, src, rn));
}

static const enum a64_logic logic_of[] = {
	[BPF_OR >> 4] = A64_ORR, [BPF_AND >> 4] = A64_AND, [BPF_XOR >> 4] = A64_EOR,
};

static const enum a64_shift_op shift_of[] = {
	[BPF_LSH >> 4] = A64_LSLV, [BPF_RSH >> 4] = A64_LSRV, [BPF_ARSH >> 4] = A64_ASRV,
};

/* movsx: off = 8, 16 or 32 (32 only for alu64). */
static int emit_movsx(struct a64_ctx *c, bool sf, int dst, int src, int16_t off)
{
	if (off != 8 && off != 16 && !(sf && off == 32)) {
		diag_insn(c->in->module, c->in->prog, c->insn, "movsx with bad offset %d", off);
		return -1;
	}
	a64_emit(c, a64_sxt(sf, dst, src, (unsigned)off));
	return 0;
}

/* An ALU operation with a register operand: rd = rn op src, where rn is the BPF
 * destination's register and rd is that register too, except when a conditional jump
 * computes the result aside (emit_cond_jump). */
static int emit_alu_reg(struct a64_ctx *c, const struct bpf_insn *insn, int rd, int rn, int src)
{
	bool sf = is_alu64(insn);
	bool is_signed = insn->off == 1;
	uint8_t op = BPF_OP(insn->code);
	switch (op) {
	case BPF_ADD: a64_emit(c, a64_addsub_reg(A64_ADD, sf, rd, rn, src)); return 0;
	case BPF_SUB: a64_emit(c, a64_addsub_reg(A64_SUB, sf, rd, rn, src)); return 0;
	case BPF_MUL: a64_emit(c, a64_madd(sf, rd, rn, src, A64_ZR)); return 0;
	case BPF_DIV: emit_div(c, sf, is_signed, rd, rn, src); return 0;
	case BPF_MOD: emit_mod(c, sf, is_signed, rd, rn, src); return 0;
	case BPF_OR:
	case BPF_AND:
	case BPF_XOR: a64_emit(c, a64_logic_reg(logic_of[op >> 4], sf, rd, rn, src, false)); return 0;
	case BPF_LSH:
	case BPF_RSH:
	case BPF_ARSH: a64_emit(c, a64_shiftv(shift_of[op >> 4], sf, rd, rn, src)); return 0;
	case BPF_NEG: a64_emit(c, a64_addsub_reg(A64_SUB, sf, rd, A64_ZR, rn)); return 0;
	case BPF_MOV:
		if (insn->off)
			return emit_movsx(c, sf, rd, src, insn->off);
		a64_emit(c, a64_mov_reg(sf, rd, src));
		return 0;
	}
	diag_insn(c->in->module, c->in->prog, c->insn, "unknown ALU opcode 0x%02x", insn->code);
	return -1;
}

/* rd = rn shifted by a constant: the count is masked like a register count (RFC 9669);
 * a zero count still zero-extends a 32-bit result (and still moves rn into another rd). */
static void emit_shift_imm(struct a64_ctx *c, uint8_t op, bool sf, int rd, int rn, uint32_t imm)
{
	unsigned count = imm & (sf ? 63 : 31);
	if (count == 0) {
		if (!sf || rd != rn)
			a64_emit(c, a64_mov_reg(sf, rd, rn));
		return;
	}
	if (op == BPF_LSH)
		a64_emit(c, a64_lsl_imm(sf, rd, rn, count));
	else if (op == BPF_RSH)
		a64_emit(c, a64_lsr_imm(sf, rd, rn, count));
	else
		a64_emit(c, a64_asr_imm(sf, rd, rn, count));
}

static void emit_logic_imm(struct a64_ctx *c, uint8_t op, bool sf, int rd, int rn, uint64_t value)
{
	uint32_t field;
	if (a64_logic_imm_field(value, sf, &field)) {
		a64_emit(c, a64_logic_imm(logic_of[op >> 4], sf, rd, rn, value));
		return;
	}
	a64_emit_mov_imm(c, sf, A64_TMP, value);
	a64_emit(c, a64_logic_reg(logic_of[op >> 4], sf, rd, rn, A64_TMP, false));
}

/* An ALU operation with the instruction's immediate: rd = rn op imm (rd = rn but in
 * emit_cond_jump, as for emit_alu_reg). The constants that need a register go to x10. */
static int emit_alu_imm(struct a64_ctx *c, const struct bpf_insn *insn, int rd, int rn)
{
	bool sf = is_alu64(insn);
	uint64_t value = alu_imm(insn);
	uint8_t op = BPF_OP(insn->code);
	switch (op) {
	case BPF_ADD: emit_addsub_imm(c, sf, false, rd, rn, insn->imm); return 0;
	case BPF_SUB: emit_addsub_imm(c, sf, true, rd, rn, insn->imm); return 0;
	case BPF_OR:
	case BPF_AND:
	case BPF_XOR: emit_logic_imm(c, op, sf, rd, rn, value); return 0;
	case BPF_LSH:
	case BPF_RSH:
	case BPF_ARSH: emit_shift_imm(c, op, sf, rd, rn, (uint32_t)insn->imm); return 0;
	case BPF_NEG: a64_emit(c, a64_addsub_reg(A64_SUB, sf, rd, A64_ZR, rn)); return 0;
	case BPF_MOV:
		if (insn->off) {
			diag_insn(c->in->module, c->in->prog, c->insn, "movsx needs a register source");
			return -1;
		}
		a64_emit_mov_imm(c, sf, rd, value);
		return 0;
	case BPF_MUL:
	case BPF_DIV:
	case BPF_MOD:
		a64_emit_mov_imm(c, sf, A64_TMP, value);
		return emit_alu_reg(c, insn, rd, rn, A64_TMP);
	}
	diag_insn(c->in->module, c->in->prog, c->insn, "unknown ALU opcode 0x%02x", insn->code);
	return -1;
}

/* Byte swaps: to_le is a truncation on this little-endian target; to_be and the
 * unconditional bswap (alu64) reverse the bytes. */
static int emit_endian(struct a64_ctx *c, const struct bpf_insn *insn, int dst)
{
	bool swap = is_alu64(insn) || BPF_SRC(insn->code) == BPF_TO_BE;
	switch (insn->imm) {
	case 16:
		if (swap)
			a64_emit(c, a64_rev16(false, dst, dst));
		a64_emit(c, a64_uxt(dst, dst, 16));
		return 0;
	case 32:
		a64_emit(c, swap ? a64_rev32(dst, dst) : a64_mov_reg(false, dst, dst));
		return 0;
	case 64:
		if (swap)
			a64_emit(c, a64_rev64(dst, dst));
		return 0;
	}
	diag_insn(c->in->module, c->in->prog, c->insn, "byte swap of %d bits", insn->imm);
	return -1;
}

static int emit_alu(struct a64_ctx *c, const struct bpf_insn *insn)
{
	int dst = a64_reg(insn->dst_reg);
	if (BPF_OP(insn->code) == BPF_END)
		return emit_endian(c, insn, dst);
	if (BPF_SRC(insn->code) == BPF_X)
		return emit_alu_reg(c, insn, dst, dst, a64_reg(insn->src_reg));
	return emit_alu_imm(c, insn, dst, dst);
}

/* ---- memory ---- */

static const enum a64_size size_of[] = {
	[BPF_B >> 3] = A64_B, [BPF_H >> 3] = A64_H, [BPF_W >> 3] = A64_W, [BPF_DW >> 3] = A64_X,
};

static enum a64_size mem_size(uint8_t code)
{
	return size_of[BPF_SIZE(code) >> 3];
}

/* Load or store rt at [base + off] in the shortest form: scaled unsigned offset,
 * unscaled 9-bit offset, an SP-relative offset for the BPF frame, else x11 = off. */
static void emit_mem(struct a64_ctx *c, bool load, enum a64_size size, bool sign, int rt,
		     int base, int32_t off)
{
	int32_t align = 1 << size;
	if (off >= 0 && off % align == 0 && off / align < 4096) {
		a64_emit(c, load ? a64_ldr_uimm(size, sign, rt, base, (uint32_t)off)
				 : a64_str_uimm(size, rt, base, (uint32_t)off));
		return;
	}
	if (off >= -256 && off < 256) {
		a64_emit(c, load ? a64_ldur(size, sign, rt, base, off) : a64_stur(size, rt, base, off));
		return;
	}
	if (base == A64_BPF_FP) {
		int32_t from_sp = (int32_t)a64_frame_alloc(c, c->sub) + off;
		if (from_sp >= 0 && from_sp % align == 0 && from_sp / align < 4096) {
			a64_emit(c, load ? a64_ldr_uimm(size, sign, rt, A64_SP, (uint32_t)from_sp)
					 : a64_str_uimm(size, rt, A64_SP, (uint32_t)from_sp));
			return;
		}
	}
	a64_emit_mov_imm(c, true, A64_TMP2, (uint64_t)(int64_t)off);
	a64_emit(c, load ? a64_ldr_reg(size, sign, rt, base, A64_TMP2)
			 : a64_str_reg(size, rt, base, A64_TMP2));
}

static void emit_ldx(struct a64_ctx *c, const struct bpf_insn *insn)
{
	bool sign = BPF_MODE(insn->code) == BPF_MEMSX;
	emit_mem(c, true, mem_size(insn->code), sign, a64_reg(insn->dst_reg),
		 a64_reg(insn->src_reg), insn->off);
}

static void emit_st_imm(struct a64_ctx *c, const struct bpf_insn *insn)
{
	enum a64_size size = mem_size(insn->code);
	int src = A64_ZR;
	if (insn->imm) {
		a64_emit_mov_imm(c, size == A64_X, A64_TMP, (uint64_t)(int64_t)insn->imm);
		src = A64_TMP;
	}
	emit_mem(c, false, size, false, src, a64_reg(insn->dst_reg), insn->off);
}

static void emit_stx(struct a64_ctx *c, const struct bpf_insn *insn)
{
	emit_mem(c, false, mem_size(insn->code), false, a64_reg(insn->src_reg),
		 a64_reg(insn->dst_reg), insn->off);
}

/* ---- atomics ---- */

/* x11 = dst + off: the address every atomic instruction needs in a register. */
static int atomic_address(struct a64_ctx *c, const struct bpf_insn *insn)
{
	int dst = a64_reg(insn->dst_reg);
	if (insn->off == 0)
		return dst;
	emit_addsub_imm(c, true, false, A64_TMP2, dst, insn->off);
	return A64_TMP2;
}

/* LSE: one instruction per operation; AND is LDCLR of the complement. The fetch forms
 * are fully ordered (the AL variants), as the kernel's JIT emits them. */
static void emit_atomic_lse(struct a64_ctx *c, const struct bpf_insn *insn, int addr)
{
	bool sf = BPF_SIZE(insn->code) == BPF_DW;
	int src = a64_reg(insn->src_reg);
	int32_t op = insn->imm;
	bool fetch = op & BPF_FETCH;
	if (op == BPF_CMPXCHG) {
		a64_emit(c, a64_mov_reg(sf, A64_TMP, A64_R0));
		a64_emit(c, a64_casal(sf, A64_TMP, src, addr));
		a64_emit(c, a64_mov_reg(sf, A64_R0, A64_TMP));
		return;
	}
	if (op == BPF_XCHG) {
		a64_emit(c, a64_lse(A64_SWP, sf, true, src, src, addr));
		return;
	}
	enum a64_lse_op lse_op = A64_LDADD;
	int value = src;
	switch (op & ~BPF_FETCH) {
	case BPF_ADD: lse_op = A64_LDADD; break;
	case BPF_OR: lse_op = A64_LDSET; break;
	case BPF_XOR: lse_op = A64_LDEOR; break;
	case BPF_AND:
		lse_op = A64_LDCLR;
		a64_emit(c, a64_logic_reg(A64_ORR, sf, A64_TMP, A64_ZR, src, true));
		value = A64_TMP;
		break;
	}
	a64_emit(c, a64_lse(lse_op, sf, fetch, value, fetch ? src : A64_ZR, addr));
}

/* Exclusive load/store loop (ARMv8.0):
 *   loop: ldxr  x10, [addr]
 *         <op>  x12, x10, src
 *         stxr  w13, x12, [addr]      (stlxr + dmb ish for the fetch forms)
 *         cbnz  w13, loop
 * cmpxchg leaves the loop when the loaded value differs from r0. */
static void emit_atomic_llsc(struct a64_ctx *c, const struct bpf_insn *insn, int addr)
{
	bool sf = BPF_SIZE(insn->code) == BPF_DW;
	int src = a64_reg(insn->src_reg);
	int32_t op = insn->imm;
	bool fetch = op & BPF_FETCH;
	uint32_t loop = a64_here(c);
	uint32_t differs = 0;
	a64_emit(c, a64_ldxr(sf, A64_TMP, addr));
	int stored = A64_TMP3;
	switch (op & ~BPF_FETCH) {
	case BPF_ADD: a64_emit(c, a64_addsub_reg(A64_ADD, sf, A64_TMP3, A64_TMP, src)); break;
	case BPF_OR: a64_emit(c, a64_logic_reg(A64_ORR, sf, A64_TMP3, A64_TMP, src, false)); break;
	case BPF_AND: a64_emit(c, a64_logic_reg(A64_AND, sf, A64_TMP3, A64_TMP, src, false)); break;
	case BPF_XOR: a64_emit(c, a64_logic_reg(A64_EOR, sf, A64_TMP3, A64_TMP, src, false)); break;
	case BPF_XCHG & ~BPF_FETCH: stored = src; break;
	case BPF_CMPXCHG & ~BPF_FETCH:
		a64_emit(c, a64_addsub_reg(A64_SUBS, sf, A64_ZR, A64_TMP, A64_R0));
		differs = a64_emit_forward(c, a64_bcond(A64_NE, 0));
		stored = src;
		break;
	}
	a64_emit(c, fetch ? a64_stlxr(sf, A64_TMP4, stored, addr) : a64_stxr(sf, A64_TMP4, stored, addr));
	a64_emit(c, a64_cbnz(false, A64_TMP4, (int32_t)(loop - a64_here(c))));
	if (fetch)
		a64_emit(c, a64_dmb_ish());
	if (differs)
		a64_bind_forward(c, differs);
	if (op == BPF_CMPXCHG)
		a64_emit(c, a64_mov_reg(sf, A64_R0, A64_TMP));
	else if (fetch)
		a64_emit(c, a64_mov_reg(sf, src, A64_TMP));
}

static int emit_atomic(struct a64_ctx *c, const struct bpf_insn *insn)
{
	int32_t op = insn->imm;
	switch (op) {
	case BPF_ADD: case BPF_OR: case BPF_AND: case BPF_XOR:
	case BPF_ADD | BPF_FETCH: case BPF_OR | BPF_FETCH:
	case BPF_AND | BPF_FETCH: case BPF_XOR | BPF_FETCH:
	case BPF_XCHG: case BPF_CMPXCHG:
		break;
	default:
		diag_insn(c->in->module, c->in->prog, c->insn, "atomic operation 0x%x not supported",
			  (unsigned)op);
		return -1;
	}
	if (BPF_SIZE(insn->code) != BPF_W && BPF_SIZE(insn->code) != BPF_DW) {
		diag_insn(c->in->module, c->in->prog, c->insn, "atomic operation on %s bytes",
			  BPF_SIZE(insn->code) == BPF_B ? "1" : "2");
		return -1;
	}
	int addr = atomic_address(c, insn);
	if (c->lse)
		emit_atomic_lse(c, insn, addr);
	else
		emit_atomic_llsc(c, insn, addr);
	return 0;
}

/* ---- ld_imm64 ---- */

static int emit_ld_imm64(struct a64_ctx *c, const struct bpf_insn *insn)
{
	int dst = a64_reg(insn->dst_reg);
	const struct module *m = c->in->module;
	switch (insn->src_reg) {
	case 0:
		a64_emit_mov_imm(c, true, dst, insn_ld_imm64_value(insn));
		return 0;
	case BPF_PSEUDO_MAP_FD:
	case BPF_PSEUDO_MAP_IDX:
	case BPF_PSEUDO_MAP_VALUE:
	case BPF_PSEUDO_MAP_IDX_VALUE: {
		if ((uint32_t)insn->imm >= m->n_maps) {
			diag_insn(m, c->in->prog, c->insn, "ld_imm64 of map %d, which does not exist",
				  insn->imm);
			return -1;
		}
		const struct map *map = &m->maps[insn->imm];
		bool value = insn->src_reg == BPF_PSEUDO_MAP_VALUE ||
			     insn->src_reg == BPF_PSEUDO_MAP_IDX_VALUE;
		char *sym = value ? sym_map_storage(c->in->obj_name, map) : sym_map(c->in->obj_name, map);
		a64_emit_adr_symbol(c, dst, sym, value ? (uint32_t)insn[1].imm : 0);
		free(sym);
		return 0;
	}
	case BPF_PSEUDO_FUNC: {
		uint32_t target = c->insn + 1 + (uint32_t)insn->imm;
		a64_emit_fixup(c, a64_adr(dst, 0), A64_FIX_SUBPROG, prog_subprog_of(c->in->prog, target));
		return 0;
	}
	}
	diag_insn(m, c->in->prog, c->insn, "ld_imm64 with src_reg %d not supported", insn->src_reg);
	return -1;
}

/* ---- jumps and calls ---- */

static bool is_last_of_subprog(const struct a64_ctx *c, uint32_t i)
{
	const struct prog *p = c->in->prog;
	return i + 1 == p->n_insns || prog_subprog_of(p, i + 1) != c->sub;
}

static const enum a64_cond cond_of[] = {
	[BPF_JEQ >> 4] = A64_EQ,  [BPF_JGT >> 4] = A64_HI,  [BPF_JGE >> 4] = A64_HS,
	[BPF_JSET >> 4] = A64_NE, [BPF_JNE >> 4] = A64_NE,  [BPF_JSGT >> 4] = A64_GT,
	[BPF_JSGE >> 4] = A64_GE, [BPF_JLT >> 4] = A64_LO,  [BPF_JLE >> 4] = A64_LS,
	[BPF_JSLT >> 4] = A64_LT, [BPF_JSLE >> 4] = A64_LE,
};

/* Set the flags for `reg <cond> value`: cmp/cmn with a 12-bit immediate (possibly
 * shifted), tst with a logical immediate, else the value in x10. */
static void emit_compare_imm(struct a64_ctx *c, bool sf, bool test, int reg, int64_t value)
{
	uint32_t field;
	if (test) {
		if (a64_logic_imm_field((uint64_t)value, sf, &field)) {
			a64_emit(c, a64_logic_imm(A64_ANDS, sf, A64_ZR, reg, (uint64_t)value));
			return;
		}
	} else {
		enum a64_addsub op = value < 0 ? A64_ADDS : A64_SUBS;
		int64_t mag = value < 0 ? -value : value;
		if (mag < 4096) {
			a64_emit(c, a64_addsub_imm(op, sf, A64_ZR, reg, (uint32_t)mag, false));
			return;
		}
		if (mag < (1 << 24) && (mag & 0xfff) == 0) {
			a64_emit(c, a64_addsub_imm(op, sf, A64_ZR, reg, (uint32_t)(mag >> 12), true));
			return;
		}
	}
	a64_emit_mov_imm(c, sf, A64_TMP, (uint64_t)value);
	if (test)
		a64_emit(c, a64_logic_reg(A64_ANDS, sf, A64_ZR, reg, A64_TMP, false));
	else
		a64_emit(c, a64_addsub_reg(A64_SUBS, sf, A64_ZR, reg, A64_TMP));
}

/* The flags of a conditional jump: cmp (tst for jset), the immediate through x10 when
 * it has no immediate form. */
static void emit_jump_compare(struct a64_ctx *c, const struct bpf_insn *insn)
{
	bool sf = BPF_CLASS(insn->code) == BPF_JMP;
	bool test = BPF_OP(insn->code) == BPF_JSET;
	int dst = a64_reg(insn->dst_reg);
	if (BPF_SRC(insn->code) == BPF_X) {
		int src = a64_reg(insn->src_reg);
		a64_emit(c, test ? a64_logic_reg(A64_ANDS, sf, A64_ZR, dst, src, false)
				 : a64_addsub_reg(A64_SUBS, sf, A64_ZR, dst, src));
	} else {
		emit_compare_imm(c, sf, test, dst, insn->imm);
	}
}

/* if (dst OP src/imm) goto off: the compare + b.cond. A jump over one ALU instruction
 * becomes a csel instead, as on x86 (a cmov there): the instruction's result computed
 * into x11 first, then taken unless the jump would have been:
 *     if w3 == 0 goto +1 ; w7 ^= K   =>   eor  w11, w7, #K
 *                                          cmp  w2, #0
 *                                          csel x7, x11, x7, ne
 * A data-dependent branch, such as a bitwise CRC's, mispredicts about half the time. The
 * 64-bit csel leaves the destination whole when the jump is taken; a 32-bit operation
 * has zero-extended x11 itself. x11, not x10: the ALU operation and emit_compare_imm put
 * constants without an immediate form in x10, and the ALU result must outlive the
 * compare. None of these instructions but the compare writes the flags. */
static int emit_cond_jump(struct a64_ctx *c, const struct bpf_insn *insn)
{
	enum a64_cond cond = cond_of[BPF_OP(insn->code) >> 4];
	const struct bpf_insn *alu = jump_skips_one(c->in, c->insn);
	if (alu && jump_fusion_alu_ok(alu)) {
		int dst = a64_reg(alu->dst_reg);
		int err = BPF_SRC(alu->code) == BPF_X
				  ? emit_alu_reg(c, alu, A64_TMP2, dst, a64_reg(alu->src_reg))
				  : emit_alu_imm(c, alu, A64_TMP2, dst);
		if (err)
			return -1;
		emit_jump_compare(c, insn);
		/* every cond_of value has an inverse: cond ^ 1 */
		a64_emit(c, a64_csel(true, dst, A64_TMP2, dst, (enum a64_cond)(cond ^ 1)));
		c->fused_next = true;
		return 0;
	}
	emit_jump_compare(c, insn);
	a64_emit_fixup(c, a64_bcond(cond, 0), A64_FIX_INSN, c->insn + 1 + (uint32_t)(int32_t)insn->off);
	return 0;
}

static void emit_exit(struct a64_ctx *c)
{
	if (!is_last_of_subprog(c, c->insn))
		a64_emit_fixup(c, a64_b(0), A64_FIX_EPILOGUE, c->sub);
}

/* may_goto: taken once this frame's loop budget is used up. */
static void emit_may_goto(struct a64_ctx *c, const struct bpf_insn *insn)
{
	a64_emit(c, a64_ldr_uimm(A64_X, false, A64_TMP, A64_SP, 0));
	a64_emit_fixup(c, a64_cbz(true, A64_TMP, 0), A64_FIX_INSN,
		       c->insn + 1 + (uint32_t)(int32_t)insn->off);
	a64_emit(c, a64_addsub_imm(A64_SUB, true, A64_TMP, A64_TMP, 1, false));
	a64_emit(c, a64_str_uimm(A64_X, A64_TMP, A64_SP, 0));
}

/* ---- inlined array-map lookups ---- */

/* rd = base + index * scale (index a zero-extended W value or an X register):
 *     add  rd, base, index, lsl #log2(scale)     ; scale a power of two
 *     mov  tmp, #scale ; madd rd, index, tmp, base   ; otherwise */
static void emit_scaled_add(struct a64_ctx *c, int rd, int base, int index, uint64_t scale, int tmp)
{
	if ((scale & (scale - 1)) == 0) {
		a64_emit(c, a64_add_lsl(rd, base, index, (unsigned)__builtin_ctzll(scale)));
		return;
	}
	a64_emit_mov_imm(c, true, tmp, scale);
	a64_emit(c, a64_madd(true, rd, index, tmp, base));
}

/* bpf_map_lookup_elem on a static array map (global data too), inlined as the kernel's
 * array_map_gen_lookup does it, with csel in place of its branch. x0-x4 (r1-r5) and the
 * scratch registers are dead after a helper call; the key goes to x11 because a bound
 * beyond cmp's 12-bit immediate is built in x10:
 *     ldr  w11, [x1]                          ; the u32 key
 *     cmp  w11, #MAX_ENTRIES                  ; or mov w10, #MAX_ENTRIES; cmp w11, w10
 *     adrp x7, STORAGE
 *     add  x7, x7, :lo12:STORAGE
 *     add  x7, x7, x11, lsl #log2(ELEM)       ; or mov x12, #ELEM; madd x7, x11, x12, x7
 *     csel x7, x7, xzr, lo                    ; NULL when key >= MAX_ENTRIES
 * ELEM = round_up(value_size, 8) (the runtime's layout, bpfaot_abi.h); none of the
 * instructions after cmp writes the flags. */
static void emit_array_lookup(struct a64_ctx *c, const struct map *map, uint32_t elem_size)
{
	int key = A64_TMP2;
	a64_emit(c, a64_ldr_uimm(A64_W, false, key, a64_reg(BPF_REG_2), 0));
	emit_compare_imm(c, false, false, key, map->max_entries);
	char *storage = sym_map_storage(c->in->obj_name, map);
	a64_emit_adr_symbol(c, A64_R0, storage, 0);
	free(storage);
	emit_scaled_add(c, A64_R0, A64_R0, key, elem_size, A64_TMP3);
	a64_emit(c, a64_csel(true, A64_R0, A64_R0, A64_ZR, A64_LO));
}

/* x10 = this thread's CPU slot, the initial-exec TLS int bpfaot_tls_cpu_slot: its offset
 * from the thread pointer comes from the GOT, so the reference resolves the same way in
 * an executable and in a shared library, with the runtime linked statically or shared.
 *     mrs  x13, tpidr_el0
 *     adrp x10, :gottprel:bpfaot_tls_cpu_slot          ; R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21
 *     ldr  x10, [x10, :gottprel_lo12:bpfaot_tls_cpu_slot] ; R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC
 *     ldr  w10, [x13, x10] */
static void emit_load_cpu_slot(struct a64_ctx *c)
{
	a64_emit(c, a64_mrs_tpidr_el0(A64_TMP4));
	code_add_reloc(c->code, a64_here(c), R_AARCH64_TLSIE_ADR_GOTTPREL_PAGE21,
		       BPFAOT_SYM_TLS_CPU_SLOT, 0);
	a64_emit(c, a64_adrp(A64_TMP, 0));
	code_add_reloc(c->code, a64_here(c), R_AARCH64_TLSIE_LD64_GOTTPREL_LO12_NC,
		       BPFAOT_SYM_TLS_CPU_SLOT, 0);
	a64_emit(c, a64_ldr_uimm(A64_X, false, A64_TMP, A64_TMP, 0));
	a64_emit(c, a64_ldr_reg(A64_W, false, A64_TMP, A64_TMP4, A64_TMP));
}

/* bpf_map_lookup_elem on a static per-CPU array map, inlined with the runtime's layout
 * (bpfaot_abi.h, struct bpfaot_map): the values of CPU slot s start at
 * map->storage + s * STRIDE, STRIDE = BPFAOT_PERCPU_STRIDE(value_size, max_entries).
 * x0 (r1) is the map header, x1 (r2) the key pointer; both stay intact until the slow
 * path, the ordinary helper call, which creates the map and acquires a slot:
 *     ldr  w11, [x1]                     ; the u32 key
 *     cmp  w11, #MAX_ENTRIES             ; or mov w10, #MAX_ENTRIES; cmp w11, w10
 *     b.hs null
 *     ldr  x12, [x0, #40]                ; map->storage, NULL until the runtime creates it
 *     cbz  x12, slow
 *     <x10 = the CPU slot>               ; emit_load_cpu_slot
 *     tbnz w10, #31, slow                ; -1: this thread owns no slot yet
 *     add  x12, x12, x10, lsl #log2(STRIDE)    ; or mov x13, #STRIDE; madd x12, x10, x13, x12
 *     add  x7, x12, x11, lsl #log2(ELEM)       ; or mov x13, #ELEM; madd x7, x11, x13, x12
 *     b    done
 * slow: bl   bpfaot_helper_map_lookup_elem
 *     mov  x7, x0
 *     b    done
 * null: mov  x7, xzr
 * done:
 * The runtime publishes map->storage with a release store after zeroing the values; every
 * access through the result depends on the loaded address, which AArch64 orders after
 * that load, so a plain ldr suffices (as for an RCU-protected pointer). The slot is
 * non-negative and below the runtime's slot count, so slot * STRIDE lies inside the
 * allocation, which is STRIDE * slots bytes. */
static void emit_percpu_array_lookup(struct a64_ctx *c, const struct map *map, uint32_t elem_size)
{
	int key = A64_TMP2, base = A64_TMP3, slot = A64_TMP;
	a64_emit(c, a64_ldr_uimm(A64_W, false, key, a64_reg(BPF_REG_2), 0));
	emit_compare_imm(c, false, false, key, map->max_entries);
	uint32_t to_null = a64_emit_forward(c, a64_bcond(A64_HS, 0));
	a64_emit(c, a64_ldr_uimm(A64_X, false, base, a64_reg(BPF_REG_1), BPFAOT_MAP_OFF_STORAGE));
	uint32_t no_storage = a64_emit_forward(c, a64_cbz(true, base, 0));
	emit_load_cpu_slot(c);
	uint32_t no_slot = a64_emit_forward(c, a64_tbnz(slot, 31, 0));
	emit_scaled_add(c, base, base, slot, BPFAOT_PERCPU_STRIDE(map->value_size, map->max_entries),
			A64_TMP4);
	emit_scaled_add(c, A64_R0, base, key, elem_size, A64_TMP4);
	uint32_t fast_done = a64_emit_forward(c, a64_b(0));
	a64_bind_forward(c, no_storage);
	a64_bind_forward(c, no_slot);
	a64_emit_call_symbol(c, helper_symbol(BPF_FUNC_map_lookup_elem));
	a64_emit(c, a64_mov_reg(true, A64_R0, 0));
	uint32_t slow_done = a64_emit_forward(c, a64_b(0));
	a64_bind_forward(c, to_null);
	a64_emit(c, a64_mov_reg(true, A64_R0, A64_ZR));
	a64_bind_forward(c, fast_done);
	a64_bind_forward(c, slow_done);
}

static int emit_helper_call(struct a64_ctx *c, int32_t id)
{
	uint32_t elem_size;
	const struct map *array = id == BPF_FUNC_map_lookup_elem
					  ? inline_lookup_array(c->in, c->insn, &elem_size)
					  : NULL;
	if (array && array->type == BPF_MAP_TYPE_ARRAY) {
		emit_array_lookup(c, array, elem_size);
		return 0;
	}
	if (array && array->type == BPF_MAP_TYPE_PERCPU_ARRAY) {
		emit_percpu_array_lookup(c, array, elem_size);
		return 0;
	}
	const char *sym = helper_symbol(id);
	if (!sym) {
		a64_emit_mov_imm(c, true, A64_HELPER_ID, (uint64_t)(int64_t)id);
		sym = HELPER_CALL_GENERIC;
	}
	a64_emit_call_symbol(c, sym);
	a64_emit(c, a64_mov_reg(true, A64_R0, 0));
	return 0;
}

static int emit_call(struct a64_ctx *c, const struct bpf_insn *insn)
{
	if (BPF_SRC(insn->code) == BPF_X) {
		/* callx: the register holds a helper id (as the conformance suite uses it). */
		a64_emit(c, a64_mov_reg(true, A64_HELPER_ID, a64_reg(insn->dst_reg)));
		a64_emit_call_symbol(c, HELPER_CALL_GENERIC);
		a64_emit(c, a64_mov_reg(true, A64_R0, 0));
		return 0;
	}
	if (insn->src_reg == BPF_PSEUDO_CALL) {
		uint32_t target = c->insn + 1 + (uint32_t)insn->imm;
		a64_emit_fixup(c, a64_bl(0), A64_FIX_SUBPROG, prog_subprog_of(c->in->prog, target));
		a64_emit(c, a64_mov_reg(true, A64_R0, 0));
		return 0;
	}
	if (insn->src_reg == 0)
		return emit_helper_call(c, insn->imm);
	diag_insn(c->in->module, c->in->prog, c->insn, "call with src_reg %d (kfunc) not supported",
		  insn->src_reg);
	return -1;
}

static int emit_jmp(struct a64_ctx *c, const struct bpf_insn *insn)
{
	uint8_t op = BPF_OP(insn->code);
	bool jmp32 = BPF_CLASS(insn->code) == BPF_JMP32;
	switch (op) {
	case BPF_JA: {
		int32_t off = jmp32 ? insn->imm : insn->off;
		a64_emit_fixup(c, a64_b(0), A64_FIX_INSN, c->insn + 1 + (uint32_t)off);
		return 0;
	}
	case BPF_EXIT:
		emit_exit(c);
		return 0;
	case BPF_CALL:
		return emit_call(c, insn);
	case BPF_TAIL_CALL:
		return a64_emit_tail_call(c, insn);
	case BPF_JCOND:
		if (jmp32 || insn->src_reg != 0)
			break;
		emit_may_goto(c, insn);
		return 0;
	default:
		return emit_cond_jump(c, insn);
	}
	diag_insn(c->in->module, c->in->prog, c->insn, "unknown jump 0x%02x (src_reg %d)", insn->code,
		  insn->src_reg);
	return -1;
}

/* ---- the switch ---- */

static int emit_insn(struct a64_ctx *c, const struct bpf_insn *insn)
{
	/* The analysis rejects these; never index the register table with them. (Pseudo
	 * values in src_reg are all below 10.) */
	if (insn->dst_reg > BPF_REG_10 || insn->src_reg > BPF_REG_10) {
		diag_insn(c->in->module, c->in->prog, c->insn, "register number out of range");
		return -1;
	}
	switch (BPF_CLASS(insn->code)) {
	case BPF_ALU:
	case BPF_ALU64:
		return emit_alu(c, insn);
	case BPF_LDX:
		emit_ldx(c, insn);
		return 0;
	case BPF_ST:
		emit_st_imm(c, insn);
		return 0;
	case BPF_STX:
		if (BPF_MODE(insn->code) == BPF_ATOMIC)
			return emit_atomic(c, insn);
		emit_stx(c, insn);
		return 0;
	case BPF_LD:
		if (insn_is_ld_imm64(insn))
			return emit_ld_imm64(c, insn);
		break;
	case BPF_JMP:
	case BPF_JMP32:
		return emit_jmp(c, insn);
	}
	diag_insn(c->in->module, c->in->prog, c->insn, "opcode 0x%02x not supported", insn->code);
	return -1;
}

static uint32_t fixup_target(const struct a64_ctx *c, const struct a64_fixup *f)
{
	switch (f->kind) {
	case A64_FIX_INSN: return c->body[f->target];
	case A64_FIX_SUBPROG: return c->sub_entry[f->target];
	case A64_FIX_EPILOGUE: return c->epilogue[f->target];
	case A64_FIX_LOCAL: break;
	}
	return f->target;
}

static int apply_fixups(struct a64_ctx *c)
{
	for (size_t i = 0; i < c->n_fixups; i++) {
		const struct a64_fixup *f = &c->fixups[i];
		if (f->kind == A64_FIX_INSN && f->target > c->in->prog->n_insns) {
			/* the analysis rejects this; stay safe when called without it */
			diag_insn(c->in->module, c->in->prog, f->insn, "jump out of the program");
			return -1;
		}
		int32_t off = (int32_t)(fixup_target(c, f) - f->at);
		uint32_t word = read_word(c, f->at);
		if (!a64_branch_in_range(word, off)) {
			diag_insn(c->in->module, c->in->prog, f->insn, "branch out of range (%d bytes)", off);
			return -1;
		}
		code_patch32(c->code, f->at, a64_patch_branch(word, off));
	}
	return 0;
}

static int emit_program(struct a64_ctx *c)
{
	const struct prog *p = c->in->prog;
	c->code->tail_entry = a64_emit_entry_wrapper(c);
	for (uint32_t i = 0; i < p->n_insns; i++) {
		c->insn = i;
		uint32_t sub = prog_subprog_of(p, i);
		if (i == p->subprogs[sub].start) {
			c->sub = sub;
			c->sub_entry[sub] = a64_here(c);
			a64_emit_prologue(c, sub);
		}
		c->body[i] = a64_here(c);
		c->fused_next = false;
		/* Listings show a function's prologue (and the entry wrapper) under its first
		 * instruction; branches go to the body. */
		c->code->insn_offset[i] = i == 0 ? 0 : i == p->subprogs[sub].start ? c->sub_entry[sub] : c->body[i];
		if (insn_is_ld_imm64(&p->insns[i])) {
			if (i + 1 >= p->n_insns) {
				diag_insn(c->in->module, p, i, "ld_imm64 without its second half");
				return -1;
			}
			if (emit_insn(c, &p->insns[i]))
				return -1;
			c->body[i + 1] = c->code->insn_offset[i + 1] = a64_here(c);
			i++;
		} else if (emit_insn(c, &p->insns[i])) {
			return -1;
		} else if (c->fused_next) {
			/* the next instruction's code is already emitted (emit_cond_jump) */
			c->body[i + 1] = c->code->insn_offset[i + 1] = a64_here(c);
			i++;
		}
		if (is_last_of_subprog(c, i)) {
			c->epilogue[sub] = a64_here(c);
			a64_emit_epilogue(c);
		}
	}
	c->body[p->n_insns] = c->code->insn_offset[p->n_insns] = a64_here(c);
	return apply_fixups(c);
}

int a64_compile(const struct codegen_input *in, struct prog_code *out, bool lse)
{
	const struct prog *p = in->prog;
	if (p->n_insns == 0 || p->n_subprogs == 0) {
		diag_prog(in->module, p, "empty program");
		return -1;
	}
	struct a64_ctx c = {.in = in, .code = out, .lse = lse};
	free(out->insn_offset);
	out->insn_offset = xcalloc(p->n_insns + 1, sizeof(uint32_t));
	out->n_insn_offsets = p->n_insns + 1;
	c.body = xcalloc(p->n_insns + 1, sizeof(uint32_t));
	c.sub_entry = xcalloc(p->n_subprogs, sizeof(uint32_t));
	c.epilogue = xcalloc(p->n_subprogs, sizeof(uint32_t));
	c.frames = xcalloc(p->n_subprogs, sizeof(struct a64_frame));
	a64_scan_frames(&c);
	int ret = emit_program(&c);
	free(c.body);
	free(c.sub_entry);
	free(c.epilogue);
	free(c.frames);
	free(c.fixups);
	return ret;
}
