/* value.c - the abstract values of absint.c (see internal.h): the lattice and its join,
 * constant folding with the ISA's rules, and what a conditional jump learns. Pure
 * functions: no interpreter state. */
#include "internal.h"

struct aval val_of(enum val_kind kind, uint32_t id, uint64_t v)
{
	struct aval r = {.kind = (uint8_t)kind, .id = id, .val = v};
	if (kind == V_CONST)
		r.bytes = 0xff;
	return r;
}

struct aval val_scalar(void) { return val_of(V_SCALAR, 0, 0); }
struct aval val_uninit(void) { return val_of(V_UNINIT, 0, 0); }
struct aval val_const(uint64_t v) { return val_of(V_CONST, 0, v); }

bool val_eq(const struct aval *x, const struct aval *y)
{
	return x->kind == y->kind && x->bytes == y->bytes && x->poisoned == y->poisoned &&
	       x->all_prog_arrays == y->all_prog_arrays && x->id == y->id && x->val == y->val;
}

bool val_is_stack(const struct aval *v) { return v->kind == V_STACK || v->kind == V_STACK_ANY; }
static bool is_other_ptr(const struct aval *v)
{
	return v->kind == V_CTX || v->kind == V_MAP_VALUE || v->kind == V_PTR;
}

/* The lowest own-frame offset two stack pointers come from (0 if neither is own). */
int64_t val_own_base(const struct aval *v)
{
	return v->kind == V_STACK_ANY || v->id == 0 ? (int64_t)v->val : 0;
}

static int64_t lowest_base(const struct aval *x, const struct aval *y)
{
	int64_t a = val_own_base(x), b = val_own_base(y);
	return a < b ? a : b;
}

/* The least precise value that covers both. */
struct aval val_join(struct aval x, struct aval y)
{
	if (val_eq(&x, &y))
		return x;
	if (x.kind == V_UNINIT)
		return y;
	if (y.kind == V_UNINIT)
		return x;
	if (x.kind == V_MAP && y.kind == V_MAP) {
		/* Different maps reach the same point: the kernel "poisons" the map pointer. */
		struct aval r = x;
		r.poisoned = true;
		r.id = x.id < y.id ? x.id : y.id;
		r.all_prog_arrays = x.all_prog_arrays && y.all_prog_arrays;
		return r;
	}
	if (x.kind == V_MAP || y.kind == V_MAP) {
		/* A map on some paths, something else on others: where the kernel accepts a
		 * tail call through it, only the map paths are feasible; still, nothing about
		 * it is fixed any more. */
		struct aval r = x.kind == V_MAP ? x : y;
		r.poisoned = true;
		return r;
	}
	if (val_is_stack(&x) && val_is_stack(&y))
		return val_of(V_STACK_ANY, 0, (uint64_t)lowest_base(&x, &y));
	if (is_other_ptr(&x) && is_other_ptr(&y))
		return val_of(V_PTR, 0, 0);
	return val_scalar();
}

bool state_join(struct astate *into, const struct astate *from)
{
	bool changed = false;
	for (int i = 0; i < N_REGS; i++) {
		struct aval j = val_join(into->reg[i], from->reg[i]);
		if (!val_eq(&j, &into->reg[i])) {
			into->reg[i] = j;
			changed = true;
		}
	}
	for (int i = 0; i < N_SLOTS; i++) {
		struct aval j = val_join(into->slot[i], from->slot[i]);
		if (!val_eq(&j, &into->slot[i])) {
			into->slot[i] = j;
			changed = true;
		}
	}
	return changed;
}


uint64_t val_sign_extend(uint64_t v, unsigned bits)
{
	uint64_t m = 1ull << (bits - 1);
	v &= bits == 64 ? ~0ull : (1ull << bits) - 1;
	return (v ^ m) - m;
}

/* op on two 64-bit numbers with the ISA's rules (RFC 9669 4.1): division by zero gives
 * 0, modulo by zero leaves the dividend, shift counts are masked, no overflow traps. */
uint64_t alu_fold64(uint8_t op, bool sgn, uint64_t d, uint64_t s)
{
	switch (op) {
	case BPF_ADD: return d + s;
	case BPF_SUB: return d - s;
	case BPF_MUL: return d * s;
	case BPF_DIV:
		if (!s)
			return 0;
		if (!sgn)
			return d / s;
		if ((int64_t)s == -1)
			return 0 - d;
		return (uint64_t)((int64_t)d / (int64_t)s);
	case BPF_MOD:
		if (!s)
			return d;
		if (!sgn)
			return d % s;
		if ((int64_t)s == -1)
			return 0;
		return (uint64_t)((int64_t)d % (int64_t)s);
	case BPF_OR: return d | s;
	case BPF_AND: return d & s;
	case BPF_XOR: return d ^ s;
	case BPF_LSH: return d << (s & 63);
	case BPF_RSH: return d >> (s & 63);
	case BPF_ARSH: return (uint64_t)((int64_t)d >> (s & 63));
	case BPF_NEG: return 0 - d;
	}
	return 0;
}

uint32_t alu_fold32(uint8_t op, bool sgn, uint32_t d, uint32_t s)
{
	switch (op) {
	case BPF_DIV:
		if (!s)
			return 0;
		if (!sgn)
			return d / s;
		if ((int32_t)s == -1)
			return 0u - d;
		return (uint32_t)((int32_t)d / (int32_t)s);
	case BPF_MOD:
		if (!s)
			return d;
		if (!sgn)
			return d % s;
		if ((int32_t)s == -1)
			return 0;
		return (uint32_t)((int32_t)d % (int32_t)s);
	case BPF_LSH: return d << (s & 31);
	case BPF_RSH: return d >> (s & 31);
	case BPF_ARSH: return (uint32_t)((int32_t)d >> (s & 31));
	}
	return (uint32_t)alu_fold64(op, false, d, s);
}

static uint64_t byte_swap(uint64_t v, int width)
{
	switch (width) {
	case 16: return __builtin_bswap16((uint16_t)v);
	case 32: return __builtin_bswap32((uint32_t)v);
	default: return __builtin_bswap64(v);
	}
}

/* BPF_END: to little endian truncates (the BPF target is little-endian), to big endian
 * and the cpu v4 bswap swap; the result is zero-extended from the width. */
uint64_t alu_endian(const struct bpf_insn *insn, uint64_t v)
{
	bool swap = BPF_CLASS(insn->code) == BPF_ALU64 || BPF_SRC(insn->code) == BPF_TO_BE;
	uint64_t r = swap ? byte_swap(v, insn->imm) : v;
	return insn->imm == 64 ? r : r & ((1ull << insn->imm) - 1);
}


/* Results that are constant whatever the unknown operand: x & 0, x * 0, x | ~0, x / 0
 * (0 in BPF), x - x and x ^ x (the same register). */
bool alu_known_anyway(const struct bpf_insn *insn, const struct aval *dst, const struct aval *src,
			 uint64_t *k)
{
	bool is64 = BPF_CLASS(insn->code) == BPF_ALU64;
	uint64_t ones = is64 ? ~0ull : 0xffffffffull;
	const struct aval *c = src->kind == V_CONST ? src : dst->kind == V_CONST ? dst : NULL;
	uint64_t cv = c ? c->val & ones : 0;
	switch (BPF_OP(insn->code)) {
	case BPF_AND:
	case BPF_MUL:
		*k = 0;
		return c && cv == 0;
	case BPF_OR:
		*k = ones;
		return c && cv == ones;
	case BPF_DIV:
		*k = 0;
		return src->kind == V_CONST && (src->val & ones) == 0;
	case BPF_SUB:
	case BPF_XOR:
		*k = 0;
		return BPF_SRC(insn->code) == BPF_X && insn->src_reg == insn->dst_reg &&
		       (dst->kind == V_SCALAR || dst->kind == V_CONST);
	}
	return false;
}



/* 1 taken, 0 not taken, -1 unknown. */
int val_branch_taken(const struct bpf_insn *insn, const struct astate *s)
{
	const struct aval *d = &s->reg[insn->dst_reg];
	struct aval k = val_const((uint64_t)(int64_t)insn->imm);
	const struct aval *src = BPF_SRC(insn->code) == BPF_X ? &s->reg[insn->src_reg] : &k;
	if (d->kind != V_CONST || src->kind != V_CONST)
		return -1;
	bool is32 = BPF_CLASS(insn->code) == BPF_JMP32;
	uint64_t a = is32 ? (uint32_t)d->val : d->val, b = is32 ? (uint32_t)src->val : src->val;
	int64_t sa = is32 ? (int32_t)a : (int64_t)a, sb = is32 ? (int32_t)b : (int64_t)b;
	switch (BPF_OP(insn->code)) {
	case BPF_JEQ: return a == b;
	case BPF_JNE: return a != b;
	case BPF_JGT: return a > b;
	case BPF_JGE: return a >= b;
	case BPF_JLT: return a < b;
	case BPF_JLE: return a <= b;
	case BPF_JSET: return (a & b) != 0;
	case BPF_JSGT: return sa > sb;
	case BPF_JSGE: return sa >= sb;
	case BPF_JSLT: return sa < sb;
	case BPF_JSLE: return sa <= sb;
	}
	return -1;
}

/* "rX == K" (64-bit) holds: a scalar operand becomes the constant. Writes the refined
 * state to out; false if nothing was learnt. */
bool val_refine_equal(const struct bpf_insn *insn, const struct astate *s, struct astate *out)
{
	if (BPF_CLASS(insn->code) != BPF_JMP)
		return false;
	const struct aval *d = &s->reg[insn->dst_reg];
	struct aval k = val_const((uint64_t)(int64_t)insn->imm);
	const struct aval *src = BPF_SRC(insn->code) == BPF_X ? &s->reg[insn->src_reg] : &k;
	if (d->kind == V_SCALAR && src->kind == V_CONST) {
		*out = *s;
		out->reg[insn->dst_reg] = *src;
		return true;
	}
	if (d->kind == V_CONST && src->kind == V_SCALAR && BPF_SRC(insn->code) == BPF_X) {
		*out = *s;
		out->reg[insn->src_reg] = *d;
		return true;
	}
	return false;
}
