/* verify.c - structural checks of single instructions (RFC 9669 up to cpu v4, with the
 * kernel's rules for fields an opcode does not use: they must be zero).
 *
 * Checked here, instruction by instruction: the opcode exists, every unused field
 * (src, dst, off, imm) is zero, register numbers are r0-r10, r10 is never a
 * destination, and ld_imm64 is a well-formed pair of slots. Control flow (ranges,
 * reachability) is cfg.c's job.
 */
#include "internal.h"

#include "diag.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>

/* Field names for the messages. */
enum field { F_SRC, F_DST, F_OFF, F_IMM };
static const char *const field_names[] = {"src", "dst", "off", "imm"};

static inline int field_value(const struct bpf_insn *insn, enum field f)
{
	switch (f) {
	case F_SRC: return insn->src_reg;
	case F_DST: return insn->dst_reg;
	case F_OFF: return insn->off;
	case F_IMM: return insn->imm;
	}
	return 0;
}

/* The checks below run for every instruction and are inlined into verify_insns, so that
 * the checker lives in registers; only fail() stays out of line. */
#define CHECK static inline __attribute__((always_inline)) int

struct checker {
	struct ana_prog *a;
	uint32_t at;
	const struct bpf_insn *insn;
};

/* Called once per rejected program: kept out of line and out of the hot path. The checker
 * comes by value so that the checks, inlined into the loop, keep it in registers. */
static int fail(struct checker c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), cold, noinline));
static int fail(struct checker c, const char *fmt, ...)
{
	char msg[160];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	diag_insn(c.a->m, c.a->p, c.at, "%s", msg);
	return -1;
}

/* An unused field must be zero (RFC 9669 section 3: "unused fields ... must be set to zero"). */
CHECK unused(struct checker *c, enum field f)
{
	int v = field_value(c->insn, f);
	if (v != 0)
		return fail(*c, "opcode 0x%02x: unused field %s must be zero (is %d)", c->insn->code,
			    field_names[f], v);
	return 0;
}

CHECK unknown_opcode(struct checker *c)
{
	return fail(*c, "unknown opcode 0x%02x", c->insn->code);
}

CHECK reg_ok(struct checker *c, uint8_t reg)
{
	if (reg > BPF_REG_10)
		return fail(*c, "opcode 0x%02x: invalid register r%u", c->insn->code, reg);
	return 0;
}

/* The destination register is written: it must exist and must not be r10. */
CHECK dst_written(struct checker *c)
{
	if (reg_ok(c, c->insn->dst_reg))
		return -1;
	if (c->insn->dst_reg == BPF_REG_10)
		return fail(*c, "write to r10 (the frame pointer is read-only)");
	return 0;
}

CHECK check_alu(struct checker *c)
{
	const struct bpf_insn *insn = c->insn;
	bool is64 = BPF_CLASS(insn->code) == BPF_ALU64;
	uint8_t op = BPF_OP(insn->code);
	bool x = BPF_SRC(insn->code) == BPF_X;

	if (op > BPF_END) /* 0xe0, 0xf0 */
		return unknown_opcode(c);
	if (op == BPF_NEG) {
		if (x)
			return unknown_opcode(c);
		if (unused(c, F_SRC) || unused(c, F_OFF) || unused(c, F_IMM))
			return -1;
	} else if (op == BPF_END) {
		/* ALU64 | END | TO_LE is bswap (cpu v4); ALU64 | END | TO_BE does not exist. */
		if (is64 && x)
			return unknown_opcode(c);
		if (unused(c, F_SRC) || unused(c, F_OFF))
			return -1;
		if (insn->imm != 16 && insn->imm != 32 && insn->imm != 64)
			return fail(*c, "opcode 0x%02x: byte swap width must be 16, 32 or 64 (is %d)",
				    insn->code, insn->imm);
	} else if (op == BPF_MOV) {
		if (x) {
			if (unused(c, F_IMM) || reg_ok(c, insn->src_reg))
				return -1;
			/* off 8/16 (and 32 for ALU64) is movsx (cpu v4); off 1 in ALU64 is
			 * addr_space_cast, which needs an arena. */
			if (is64 && insn->off == BPF_ADDR_SPACE_CAST)
				return fail(*c, "opcode 0x%02x: addr_space_cast (off 1) is not supported "
					    "(no arena)", insn->code);
			if (insn->off != 0 && insn->off != 8 && insn->off != 16 &&
			    !(is64 && insn->off == 32))
				return unused(c, F_OFF);
		} else if (unused(c, F_SRC) || unused(c, F_OFF)) {
			return -1;
		}
	} else {
		/* off 1 selects signed division (sdiv, smod: cpu v4); otherwise unused. */
		bool signed_ok = op == BPF_DIV || op == BPF_MOD;
		if (x ? (unused(c, F_IMM) || reg_ok(c, insn->src_reg)) : unused(c, F_SRC))
			return -1;
		if (insn->off != 0 && !(insn->off == 1 && signed_ok))
			return unused(c, F_OFF);
	}
	return dst_written(c);
}

CHECK check_ldx(struct checker *c)
{
	const struct bpf_insn *insn = c->insn;
	uint8_t mode = BPF_MODE(insn->code);
	if (mode != BPF_MEM && !(mode == BPF_MEMSX && BPF_SIZE(insn->code) != BPF_DW))
		return unknown_opcode(c);
	if (unused(c, F_IMM) || reg_ok(c, insn->src_reg))
		return -1;
	return dst_written(c);
}

CHECK check_st(struct checker *c)
{
	if (BPF_MODE(c->insn->code) != BPF_MEM)
		return unknown_opcode(c);
	if (unused(c, F_SRC))
		return -1;
	return reg_ok(c, c->insn->dst_reg);
}

static bool atomic_op_known(int32_t imm)
{
	switch (imm) {
	case BPF_ADD: case BPF_OR: case BPF_AND: case BPF_XOR:
	case BPF_ADD | BPF_FETCH: case BPF_OR | BPF_FETCH: case BPF_AND | BPF_FETCH:
	case BPF_XOR | BPF_FETCH: case BPF_XCHG: case BPF_CMPXCHG:
		return true;
	}
	return false;
}

CHECK check_stx(struct checker *c)
{
	const struct bpf_insn *insn = c->insn;
	uint8_t mode = BPF_MODE(insn->code);
	if (reg_ok(c, insn->dst_reg) || reg_ok(c, insn->src_reg))
		return -1;
	if (mode == BPF_MEM)
		return unused(c, F_IMM);
	if (mode != BPF_ATOMIC || (BPF_SIZE(insn->code) != BPF_W && BPF_SIZE(insn->code) != BPF_DW))
		return unknown_opcode(c);
	if (!atomic_op_known(insn->imm))
		return fail(*c, "opcode 0x%02x: unknown atomic operation 0x%x", insn->code, insn->imm);
	/* The fetching forms write the old value back into src. */
	if ((insn->imm & BPF_FETCH) && insn->imm != BPF_CMPXCHG && insn->src_reg == BPF_REG_10)
		return fail(*c, "write to r10 (the frame pointer is read-only)");
	return 0;
}

CHECK check_ld_imm64(struct checker *c)
{
	struct ana_prog *a = c->a;
	const struct bpf_insn *insn = c->insn;
	if (c->at + 1 >= a->p->n_insns)
		return fail(*c, "ld_imm64 is missing its second slot");
	const struct bpf_insn *hi = insn + 1;
	if (hi->code || hi->dst_reg || hi->src_reg || hi->off)
		return fail(*c, "ld_imm64: second slot must have only imm set");
	if (unused(c, F_OFF) || dst_written(c))
		return -1;
	switch (insn->src_reg) {
	case 0:
		return 0;
	case BPF_PSEUDO_MAP_FD:
	case BPF_PSEUDO_MAP_IDX:
	case BPF_PSEUDO_MAP_VALUE:
	case BPF_PSEUDO_MAP_IDX_VALUE:
		if (insn->imm < 0 || (uint32_t)insn->imm >= a->m->n_maps)
			return fail(*c, "ld_imm64 refers to map %d, the object has %u", insn->imm,
				    a->m->n_maps);
		return 0;
	case BPF_PSEUDO_BTF_ID:
		return fail(*c, "ld_imm64 of a kernel symbol (BTF id) is not supported");
	case BPF_PSEUDO_FUNC:
		return fail(*c, "ld_imm64 of a function pointer (callback) is not supported yet");
	}
	return fail(*c, "ld_imm64 with unknown src %u", insn->src_reg);
}

/* Legacy packet loads (BPF_LD | BPF_ABS/BPF_IND): socket filters may still use them. */
CHECK check_ld(struct checker *c)
{
	const struct bpf_insn *insn = c->insn;
	if (insn->code == (BPF_LD | BPF_IMM | BPF_DW))
		return check_ld_imm64(c);
	uint8_t mode = BPF_MODE(insn->code);
	if ((mode != BPF_ABS && mode != BPF_IND) || BPF_SIZE(insn->code) == BPF_DW)
		return unknown_opcode(c);
	if (unused(c, F_DST) || unused(c, F_OFF))
		return -1;
	return mode == BPF_ABS ? unused(c, F_SRC) : reg_ok(c, insn->src_reg);
}

CHECK check_jmp(struct checker *c)
{
	const struct bpf_insn *insn = c->insn;
	bool is32 = BPF_CLASS(insn->code) == BPF_JMP32;
	uint8_t op = BPF_OP(insn->code);
	bool x = BPF_SRC(insn->code) == BPF_X;

	switch (op) {
	case BPF_JA:
		/* ja uses off; the JMP32 form (gotol, cpu v4) uses imm instead. */
		if (x)
			return unknown_opcode(c);
		if (unused(c, F_SRC) || unused(c, F_DST))
			return -1;
		return unused(c, is32 ? F_OFF : F_IMM);
	case BPF_CALL:
		if (is32)
			return unknown_opcode(c);
		if (x) /* callx: the target (a helper id) is in dst */
			return unused(c, F_SRC) || unused(c, F_OFF) || unused(c, F_IMM) ||
			       reg_ok(c, insn->dst_reg);
		if (unused(c, F_DST) || unused(c, F_OFF))
			return -1;
		if (insn->src_reg == BPF_PSEUDO_KFUNC_CALL)
			return fail(*c, "kfunc calls are not supported");
		if (insn->src_reg != 0 && insn->src_reg != BPF_PSEUDO_CALL)
			return unused(c, F_SRC);
		return 0;
	case BPF_EXIT:
		if (is32 || x)
			return unknown_opcode(c);
		return unused(c, F_SRC) || unused(c, F_DST) || unused(c, F_OFF) || unused(c, F_IMM);
	case BPF_JCOND: /* may_goto (cpu v4 kernels): only JMP | JCOND | K, src 0 */
		if (is32 || x)
			return unknown_opcode(c);
		return unused(c, F_SRC) || unused(c, F_DST) || unused(c, F_IMM);
	case 0xf0:
		return unknown_opcode(c);
	default: /* conditional jumps */
		if (reg_ok(c, insn->dst_reg))
			return -1;
		if (x)
			return unused(c, F_IMM) || reg_ok(c, insn->src_reg);
		return unused(c, F_SRC);
	}
}

CHECK check_insn(struct checker *c)
{
	switch (BPF_CLASS(c->insn->code)) {
	case BPF_LD: return check_ld(c);
	case BPF_LDX: return check_ldx(c);
	case BPF_ST: return check_st(c);
	case BPF_STX: return check_stx(c);
	case BPF_ALU:
	case BPF_ALU64: return check_alu(c);
	case BPF_JMP:
	case BPF_JMP32: return check_jmp(c);
	}
	return unknown_opcode(c);
}

/* Records the instructions the later passes look at, so that they need not scan the whole
 * program again (ana_prog.special). */
static void note_special(struct ana_prog *a, uint32_t at, size_t *cap)
{
	size_t n = a->n_special;
	VEC_PUSH(a->special, n, *cap, at);
	a->n_special = (uint32_t)n;
}

/* Most instructions are ALU operations in their plain shape: an operation other than neg
 * and byte swap, off 0, the source register or imm (whichever the opcode does not use)
 * zero, a register source in range, a writable destination. check_alu accepts all of
 * these; deciding them first, with a few comparisons, saves its walk through the special
 * cases. */
#define PLAIN_ALU_CODE(c)                                                                  \
	((BPF_CLASS(c) == BPF_ALU || BPF_CLASS(c) == BPF_ALU64) && BPF_OP(c) != BPF_NEG &&   \
	 BPF_OP(c) <= BPF_ARSH)
/* PLAIN_ALU_CODE of every opcode: one load instead of the tests. */
static const bool plain_alu_code[256] = {BYTE_TABLE(PLAIN_ALU_CODE)};

static inline bool alu_plain(const struct bpf_insn *insn)
{
	if (!plain_alu_code[insn->code] || insn->off != 0 || insn->dst_reg >= BPF_REG_10)
		return false;
	if (BPF_SRC(insn->code) == BPF_X)
		return insn->imm == 0 && insn->src_reg <= BPF_REG_10;
	return insn->src_reg == 0;
}

int verify_insns(struct ana_prog *a)
{
	const struct bpf_insn *insns = a->p->insns;
	uint32_t n = a->p->n_insns;
	size_t cap = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (alu_plain(&insns[i]))
			continue;
		struct checker c = {a, i, &insns[i]};
		if (check_insn(&c))
			return -1;
		uint8_t cls = BPF_CLASS(c.insn->code);
		if (cls == BPF_JMP || cls == BPF_JMP32)
			note_special(a, i, &cap);
		else if (insn_is_ld_imm64(c.insn)) {
			note_special(a, i, &cap);
			a->ld_hi[++i] = 1;
		}
	}
	return 0;
}
