/* value.c - the abstract values of absint.c (see internal.h): the lattice and its join,
 * constant folding with the ISA's rules, and what a conditional jump learns. Pure
 * functions: no interpreter state. */
#include "internal.h"
#include "bits.h"

#include <stddef.h>
#include <string.h>

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
	if (val_is_stack(&x) || val_is_stack(&y)) {
		/* A stack pointer on some path: whatever is stored through this value may land
		 * in a frame, so it stays a stack pointer (of unknown offset). */
		int64_t base = val_is_stack(&x) && val_is_stack(&y) ? lowest_base(&x, &y)
			       : val_own_base(val_is_stack(&x) ? &x : &y);
		return val_of(V_STACK_ANY, 0, (uint64_t)base);
	}
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
	if (val_is_number(&x) && val_is_number(&y)) {
		/* The bits known and equal in both stay known. */
		uint64_t mask = x.mask | y.mask | (x.val ^ y.val);
		return val_bits(x.val, mask);
	}
	if (is_other_ptr(&x) && is_other_ptr(&y))
		return val_of(V_PTR, 0, 0);
	return val_scalar();
}

/* Join one value into another; true if it changed. Most values are equal on both edges
 * (val_join would return them unchanged): that is checked first, inline. */
static bool join_into(struct aval *into, const struct aval *from)
{
	if (val_eq(into, from))
		return false;
	struct aval j = val_join(*into, *from);
	if (val_eq(&j, into))
		return false;
	*into = j;
	return true;
}

void state_copy(struct astate *to, const struct astate *from)
{
	memcpy(to, from, offsetof(struct astate, slot));
	memcpy(&to->slot[from->lo], &from->slot[from->lo], (N_SLOTS - from->lo) * sizeof(from->slot[0]));
}

bool state_join(struct astate *into, const struct astate *from)
{
	bool changed = false;
	for (int i = 0; i < N_REGS; i++) /* mostly equal: memcmp is val_eq, inline */
		if (memcmp(&into->reg[i], &from->reg[i], sizeof(from->reg[i])))
			changed |= join_into(&into->reg[i], &from->reg[i]);
	/* from's slots below its lo are V_UNINIT: joining them in changes nothing. The
	 * frames are mostly equal (values have no padding: memcmp is val_eq). */
	uint32_t lo = from->lo;
	if (lo < N_SLOTS)
		slot_at(into, lo);
	if (memcmp(&into->slot[lo], &from->slot[lo], (N_SLOTS - lo) * sizeof(from->slot[0])))
		for (uint32_t i = lo; i < N_SLOTS; i++)
			changed |= join_into(&into->slot[i], &from->slot[i]);
	uint64_t written = into->up_written & from->up_written; /* on every path */
	changed |= written != into->up_written;
	into->up_written = written;
	return changed;
}


/* ---- known bits (bits.h has the inline part) ---- */

/* Long multiplication over known bits: each known-one bit k of a adds b's unknown bits
 * << k, each unknown bit adds all of b's possible bits << k. */
struct bits bits_mul(struct bits a, struct bits b, unsigned width)
{
	/* a wholly unknown (in the operation's width): the loop below adds every b << k, each
	 * sum making one more bit unknown from b's lowest possible one upward, and none below
	 * it. Its result in one step (for 32 bits, exact after the truncation that follows). */
	if (a.v == 0 && a.m == (width == 64 ? ~0ull : 0xffffffffull)) {
		uint64_t any = b.v | b.m;
		return (struct bits){0, ~((any & -any) - 1)};
	}
	uint64_t product = a.v * b.v;
	if (!b.m) {
		/* b known (the common "times a constant"): the loop below adds b << k for each
		 * unknown bit k of a, to sums with no known-one bits; each addition in short. */
		uint64_t m = 0;
		for (uint64_t rest = a.m & ~a.v; rest; rest &= rest - 1) {
			uint64_t add = b.v << __builtin_ctzll(rest);
			m = (m + add) | m | add;
		}
		return bits_add((struct bits){product, 0}, (struct bits){0, m});
	}
	struct bits acc = {0, 0};
	/* acc has no known-one bits, so adding nothing leaves it as it is: a known-one bit
	 * counts only when b has unknown bits, and known-zero bits never. */
	for (uint64_t rest = b.m ? a.v | a.m : a.m; rest; rest &= rest - 1) {
		unsigned k = (unsigned)__builtin_ctzll(rest);
		uint64_t add = a.v >> k & 1 ? b.m : b.v | b.m;
		acc = bits_add(acc, (struct bits){0, add << k});
	}
	return bits_add((struct bits){product, 0}, acc);
}

uint64_t val_sign_extend(uint64_t v, unsigned bits)
{
	uint64_t m = 1ull << (bits - 1);
	v &= bits == 64 ? ~0ull : (1ull << bits) - 1;
	return (v ^ m) - m;
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


/* 1 taken, 0 not taken, -1 unknown. */
/* The unsigned and signed bounds that known bits imply (32-bit: of the low half). */
struct range {
	uint64_t umin, umax;
	int64_t smin, smax;
};

static struct range range_of(struct bits a, bool is32)
{
	uint64_t sign = is32 ? 1ull << 31 : 1ull << 63;
	struct range r = {a.v, a.v | a.m, 0, 0};
	uint64_t lo = a.v | (a.m & sign), hi = a.v | (a.m & ~sign); /* sign bit set / clear */
	r.smin = is32 ? (int32_t)(uint32_t)lo : (int64_t)lo;
	r.smax = is32 ? (int32_t)(uint32_t)hi : (int64_t)hi;
	return r;
}

static int decide(bool always, bool never)
{
	return always ? 1 : never ? 0 : -1;
}

int val_branch_taken(const struct bpf_insn *insn, const struct astate *s)
{
	const struct aval *d = &s->reg[insn->dst_reg];
	struct aval k = val_const((uint64_t)(int64_t)insn->imm);
	const struct aval *src = BPF_SRC(insn->code) == BPF_X ? &s->reg[insn->src_reg] : &k;
	if (!val_is_number(d) || !val_is_number(src))
		return -1;
	bool is32 = BPF_CLASS(insn->code) == BPF_JMP32;
	struct bits a = bits_of(d), b = bits_of(src);
	if (is32) {
		a = bits_trunc32(a);
		b = bits_trunc32(b);
	}
	struct range ra = range_of(a, is32), rb = range_of(b, is32);
	switch (BPF_OP(insn->code)) {
	case BPF_JEQ:
	case BPF_JNE: {
		int eq = ((a.v ^ b.v) & ~(a.m | b.m)) ? 0 : (!a.m && !b.m) ? 1 : -1;
		return eq < 0 ? -1 : BPF_OP(insn->code) == BPF_JEQ ? eq : !eq;
	}
	case BPF_JSET:
		return (a.v & b.v) ? 1 : !((a.v | a.m) & (b.v | b.m)) ? 0 : -1;
	case BPF_JGT: return decide(ra.umin > rb.umax, ra.umax <= rb.umin);
	case BPF_JGE: return decide(ra.umin >= rb.umax, ra.umax < rb.umin);
	case BPF_JLT: return decide(ra.umax < rb.umin, ra.umin >= rb.umax);
	case BPF_JLE: return decide(ra.umax <= rb.umin, ra.umin > rb.umax);
	case BPF_JSGT: return decide(ra.smin > rb.smax, ra.smax <= rb.smin);
	case BPF_JSGE: return decide(ra.smin >= rb.smax, ra.smax < rb.smin);
	case BPF_JSLT: return decide(ra.smax < rb.smin, ra.smin >= rb.smax);
	case BPF_JSLE: return decide(ra.smax <= rb.smin, ra.smin > rb.smax);
	}
	return -1;
}

/* "rX == K" holds: an unknown operand becomes the constant (for a 32-bit compare, when
 * its upper half is known zero). Writes the refined state to out; false if nothing was
 * learnt. */
bool val_refine_equal(const struct bpf_insn *insn, const struct astate *s, struct astate *out)
{
	bool is32 = BPF_CLASS(insn->code) == BPF_JMP32;
	const struct aval *d = &s->reg[insn->dst_reg];
	struct aval k = val_const((uint64_t)(int64_t)insn->imm);
	bool x = BPF_SRC(insn->code) == BPF_X;
	const struct aval *src = x ? &s->reg[insn->src_reg] : &k;
	/* A 32-bit compare says something about all 64 bits only when the upper half of the
	 * register is known to be zero. */
	uint8_t reg = d->kind == V_SCALAR && src->kind == V_CONST ? insn->dst_reg
		      : x && d->kind == V_CONST && src->kind == V_SCALAR ? insn->src_reg : N_REGS;
	if (reg == N_REGS)
		return false;
	const struct aval *unknown = &s->reg[reg], *known = reg == insn->dst_reg ? src : d;
	uint64_t value = known->val;
	if (is32) {
		if ((unknown->val | unknown->mask) >> 32)
			return false;
		value = (uint32_t)value;
	}
	state_copy(out, s);
	out->reg[reg] = val_const(value);
	return true;
}
