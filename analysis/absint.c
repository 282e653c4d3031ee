/* absint.c - abstract interpretation of one linked program over registers and 8-byte
 * stack slots (see internal.h for the values).
 *
 * A worklist over basic blocks. Each block's entry state is the join of the states
 * flowing into it; values only ever become less precise, so it terminates. Branches whose
 * operands are both known constants follow only the edge taken (as the kernel does).
 *
 * bpf-to-bpf calls, context-insensitively: a static subprogram's entry state is the join
 * of its callers' r1-r5 (stack pointers of the caller become pointers one frame up), r0
 * and r6-r9 uninitialised, r10 its own frame; after the call the caller keeps r6-r9, r10
 * and its stack, gets r0 from the join of the callee's exits and loses r1-r5. Stores the
 * callee makes through pointers into its callers' frames are summarised as one joined
 * value that the caller merges into the slots its escaped pointers can reach. A global
 * subprogram is checked on its own (its arguments are unknown scalars), as the kernel
 * does.
 */
#include "internal.h"

#include "diag.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sub_summary {
	bool returns;    /* an exit of the subprogram was reached */
	struct aval r0;  /* join of r0 at every exit */
	bool writes_up;  /* stores through pointers into a caller's frame */
	struct aval up;  /* join of what those stores wrote */
};

struct interp {
	struct ana_prog *a;
	struct astate *in; /* entry state per block */
	uint8_t *reached, *queued;
	uint32_t *queue, head, tail; /* circular, n_blocks + 1 slots */
	struct sub_summary *sum;
	uint32_t *site_of; /* instruction -> index in a->sites, or NO_INDEX */
	uint32_t cur_insn;
	bool failed;
};

/* ---- values ------------------------------------------------------------------------ */

static struct aval val_of(enum val_kind kind, uint32_t id, uint64_t v)
{
	struct aval r = {.kind = (uint8_t)kind, .id = id, .val = v};
	if (kind == V_CONST)
		r.bytes = 0xff;
	return r;
}

static struct aval scalar(void) { return val_of(V_SCALAR, 0, 0); }
static struct aval uninit(void) { return val_of(V_UNINIT, 0, 0); }
static struct aval constant(uint64_t v) { return val_of(V_CONST, 0, v); }

static bool val_eq(const struct aval *x, const struct aval *y)
{
	return x->kind == y->kind && x->bytes == y->bytes && x->poisoned == y->poisoned &&
	       x->all_prog_arrays == y->all_prog_arrays && x->id == y->id && x->val == y->val;
}

static bool is_stack(const struct aval *v) { return v->kind == V_STACK || v->kind == V_STACK_ANY; }
static bool is_other_ptr(const struct aval *v)
{
	return v->kind == V_CTX || v->kind == V_MAP_VALUE || v->kind == V_PTR;
}

/* The least precise value that covers both. */
static struct aval val_join(struct aval x, struct aval y)
{
	if (val_eq(&x, &y))
		return x;
	if (x.kind == V_UNINIT || y.kind == V_UNINIT)
		return uninit();
	if (x.kind == V_MAP && y.kind == V_MAP) {
		/* Different maps reach the same point: the kernel "poisons" the map pointer. */
		struct aval r = x;
		r.poisoned = true;
		r.id = x.id < y.id ? x.id : y.id;
		r.all_prog_arrays = x.all_prog_arrays && y.all_prog_arrays;
		return r;
	}
	if (is_stack(&x) && is_stack(&y))
		return val_of(V_STACK_ANY, 0, 0);
	if (is_other_ptr(&x) && is_other_ptr(&y))
		return val_of(V_PTR, 0, 0);
	return scalar();
}

static bool state_join(struct astate *into, const struct astate *from)
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

/* ---- worklist ---------------------------------------------------------------------- */

static void push(struct interp *it, uint32_t b)
{
	if (it->queued[b])
		return;
	it->queued[b] = 1;
	it->queue[it->tail] = b;
	it->tail = (it->tail + 1) % (it->a->n_blocks + 1);
}

static uint32_t pop(struct interp *it)
{
	uint32_t b = it->queue[it->head];
	it->head = (it->head + 1) % (it->a->n_blocks + 1);
	it->queued[b] = 0;
	return b;
}

static void flow(struct interp *it, uint32_t b, const struct astate *s)
{
	if (b == NO_INDEX)
		return;
	if (!it->reached[b]) {
		it->reached[b] = 1;
		it->in[b] = *s;
		push(it, b);
	} else if (state_join(&it->in[b], s)) {
		push(it, b);
	}
}

/* ---- diagnostics ------------------------------------------------------------------- */

static int fail(struct interp *it, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct interp *it, const char *fmt, ...)
{
	char msg[200];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (!it->failed)
		diag_insn(it->a->m, it->a->p, it->cur_insn, "%s", msg);
	it->failed = true;
	return -1;
}

/* A register the instruction reads must have been written on every path. */
static int use(struct interp *it, const struct astate *s, uint8_t reg)
{
	if (s->reg[reg].kind == V_UNINIT)
		return fail(it, "read of uninitialised register r%u", reg);
	return 0;
}

static struct ana_sub *cur_sub(struct interp *it)
{
	return &it->a->subs[it->a->sub_of[it->cur_insn]];
}

static void note_stack_depth(struct interp *it, int64_t offset)
{
	struct ana_sub *sub = cur_sub(it);
	if (offset < 0 && offset >= -MAX_STACK && (uint32_t)-offset > sub->stack_depth)
		sub->stack_depth = (uint32_t)-offset;
}

/* ---- ALU --------------------------------------------------------------------------- */

static uint64_t sign_extend(uint64_t v, unsigned bits)
{
	uint64_t m = 1ull << (bits - 1);
	v &= bits == 64 ? ~0ull : (1ull << bits) - 1;
	return (v ^ m) - m;
}

/* op on two 64-bit numbers with the ISA's rules (RFC 9669 4.1): division by zero gives
 * 0, modulo by zero leaves the dividend, shift counts are masked, no overflow traps. */
static uint64_t alu64(uint8_t op, bool sgn, uint64_t d, uint64_t s)
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

static uint32_t alu32(uint8_t op, bool sgn, uint32_t d, uint32_t s)
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
	return (uint32_t)alu64(op, false, d, s);
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
static uint64_t endian(const struct bpf_insn *insn, uint64_t v)
{
	bool swap = BPF_CLASS(insn->code) == BPF_ALU64 || BPF_SRC(insn->code) == BPF_TO_BE;
	uint64_t r = swap ? byte_swap(v, insn->imm) : v;
	return insn->imm == 64 ? r : r & ((1ull << insn->imm) - 1);
}

/* Pointer +/- constant: stack pointers keep their offset; other pointers stay pointers. */
static struct aval ptr_offset(struct interp *it, struct aval p, uint8_t op, uint64_t k)
{
	if (p.kind == V_STACK) {
		p.val = op == BPF_ADD ? p.val + k : p.val - k;
		if (p.id == 0)
			note_stack_depth(it, (int64_t)p.val);
		return p;
	}
	if (p.kind == V_STACK_ANY || p.kind == V_MAP_VALUE)
		return p;
	if (p.kind == V_CTX || p.kind == V_PTR)
		return val_of(V_PTR, 0, 0);
	return scalar(); /* arithmetic on a map pointer itself: no longer a map */
}

static int step_alu(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	bool is64 = BPF_CLASS(insn->code) == BPF_ALU64;
	uint8_t op = BPF_OP(insn->code);
	bool x = BPF_SRC(insn->code) == BPF_X && op != BPF_END;
	struct aval *dst = &s->reg[insn->dst_reg];
	if (op != BPF_MOV && use(it, s, insn->dst_reg))
		return -1;
	if (x && use(it, s, insn->src_reg))
		return -1;
	struct aval src = x ? s->reg[insn->src_reg] : constant((uint64_t)(int64_t)insn->imm);

	if (op == BPF_END) {
		*dst = dst->kind == V_CONST ? constant(endian(insn, dst->val)) : scalar();
		return 0;
	}
	if (op == BPF_MOV) {
		if (insn->off == 0 && is64) {
			*dst = src;
		} else if (src.kind != V_CONST) {
			*dst = scalar();
		} else if (is64) {
			*dst = constant(sign_extend(src.val, insn->off));
		} else {
			uint32_t v = insn->off ? (uint32_t)sign_extend(src.val, insn->off) : (uint32_t)src.val;
			*dst = constant(v);
		}
		return 0;
	}
	if (op == BPF_NEG)
		src = constant(0);
	if (dst->kind == V_CONST && src.kind == V_CONST) {
		bool sgn = insn->off == 1;
		*dst = constant(is64 ? alu64(op, sgn, dst->val, src.val)
				     : alu32(op, sgn, (uint32_t)dst->val, (uint32_t)src.val));
	} else if (is64 && (op == BPF_ADD || op == BPF_SUB) && src.kind == V_CONST) {
		*dst = ptr_offset(it, *dst, op, src.val);
	} else if (is64 && op == BPF_ADD && dst->kind == V_CONST) {
		*dst = ptr_offset(it, src, op, dst->val);
	} else {
		*dst = scalar();
	}
	return 0;
}

/* ---- memory ------------------------------------------------------------------------ */

static unsigned size_bytes(const struct bpf_insn *insn)
{
	switch (BPF_SIZE(insn->code)) {
	case BPF_B: return 1;
	case BPF_H: return 2;
	case BPF_W: return 4;
	}
	return 8;
}

/* The own-frame offset an access through base+off hits, after the bounds check. */
static int stack_access(struct interp *it, const struct aval *base, int16_t off, unsigned size,
			int64_t *at)
{
	*at = (int64_t)base->val + off;
	if (*at < -MAX_STACK || *at + (int64_t)size > 0)
		return fail(it, "stack access at r10%+lld (%u bytes) is outside the %d-byte frame",
			    (long long)*at, size, MAX_STACK);
	note_stack_depth(it, *at);
	return 0;
}

static uint64_t byte_mask(unsigned shift, unsigned size)
{
	return (size == 8 ? ~0ull : ((1ull << (8 * size)) - 1)) << (8 * shift);
}

static void slot_store(struct astate *s, int64_t at, unsigned size, struct aval v)
{
	uint32_t idx = (uint32_t)((at + MAX_STACK) / 8), shift = (uint32_t)((at + MAX_STACK) % 8);
	struct aval *slot = &s->slot[idx];
	if (shift + size > 8) { /* misaligned, across two slots */
		s->slot[idx] = scalar();
		if (idx + 1 < N_SLOTS)
			s->slot[idx + 1] = scalar();
		return;
	}
	if (size == 8) {
		*slot = v;
		return;
	}
	if (v.kind != V_CONST) {
		*slot = scalar();
		return;
	}
	uint64_t old = slot->kind == V_CONST ? slot->val : 0;
	uint8_t known = slot->kind == V_CONST ? slot->bytes : 0;
	uint64_t m = byte_mask(shift, size);
	slot->kind = V_CONST;
	slot->val = (old & ~m) | ((v.val << (8 * shift)) & m);
	slot->bytes = (uint8_t)(known | (((1u << size) - 1) << shift));
	slot->id = 0;
	slot->poisoned = slot->all_prog_arrays = false;
}

static struct aval slot_load(const struct astate *s, int64_t at, unsigned size, bool sign)
{
	uint32_t idx = (uint32_t)((at + MAX_STACK) / 8), shift = (uint32_t)((at + MAX_STACK) % 8);
	const struct aval *slot = &s->slot[idx];
	if (shift + size > 8)
		return scalar();
	if (size == 8)
		return slot->kind == V_UNINIT ? scalar() : *slot;
	uint8_t need = (uint8_t)(((1u << size) - 1) << shift);
	if (slot->kind != V_CONST || (slot->bytes & need) != need)
		return scalar();
	uint64_t v = (slot->val & byte_mask(shift, size)) >> (8 * shift);
	return constant(sign ? sign_extend(v, 8 * size) : v);
}

/* What a callee stored into a caller's frame, as the caller sees it. */
static struct aval escaped_value(struct aval v)
{
	if (is_stack(&v))
		return val_of(V_STACK_ANY, 0, 0);
	return v.kind == V_UNINIT ? scalar() : v;
}

static void store_up(struct interp *it, struct aval v)
{
	struct sub_summary *sum = &it->sum[it->a->sub_of[it->cur_insn]];
	v = escaped_value(v);
	sum->up = sum->writes_up ? val_join(sum->up, v) : v;
	sum->writes_up = true;
}

static int store(struct interp *it, struct astate *s, const struct bpf_insn *insn, struct aval v)
{
	const struct aval *base = &s->reg[insn->dst_reg];
	unsigned size = size_bytes(insn);
	int64_t at;
	if (base->kind == V_STACK && base->id == 0) {
		if (stack_access(it, base, insn->off, size, &at))
			return -1;
		slot_store(s, at, size, v);
	} else if (base->kind == V_STACK) {
		store_up(it, v);
	} else if (base->kind == V_STACK_ANY) {
		/* Some frame, some offset: any own slot may have changed, and any caller's. */
		struct aval w = size == 8 ? escaped_value(v) : scalar();
		for (int i = 0; i < N_SLOTS; i++)
			s->slot[i] = val_join(s->slot[i], w);
		store_up(it, w);
	}
	return 0;
}

static int step_load(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	if (use(it, s, insn->src_reg))
		return -1;
	const struct aval base = s->reg[insn->src_reg];
	struct aval v = scalar();
	int64_t at;
	if (base.kind == V_STACK && base.id == 0) {
		if (stack_access(it, &base, insn->off, size_bytes(insn), &at))
			return -1;
		v = slot_load(s, at, size_bytes(insn), BPF_MODE(insn->code) == BPF_MEMSX);
	}
	s->reg[insn->dst_reg] = v;
	return 0;
}

static int step_store(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	if (use(it, s, insn->dst_reg))
		return -1;
	if (BPF_CLASS(insn->code) == BPF_ST)
		return store(it, s, insn, constant((uint64_t)(int64_t)insn->imm));
	if (use(it, s, insn->src_reg))
		return -1;
	if (BPF_MODE(insn->code) == BPF_MEM)
		return store(it, s, insn, s->reg[insn->src_reg]);
	/* Atomics: the memory becomes unknown; fetching forms load into src (cmpxchg: r0). */
	if (insn->imm == BPF_CMPXCHG && use(it, s, BPF_REG_0))
		return -1;
	if (store(it, s, insn, scalar()))
		return -1;
	if (insn->imm == BPF_CMPXCHG)
		s->reg[BPF_REG_0] = scalar();
	else if (insn->imm & BPF_FETCH)
		s->reg[insn->src_reg] = scalar();
	return 0;
}

static int step_ld(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	struct ana_prog *a = it->a;
	if (!insn_is_ld_imm64(insn)) {
		/* Legacy packet load: reads the skb from r6, clobbers r1-r5 like a call. */
		if (use(it, s, BPF_REG_6) || (BPF_MODE(insn->code) == BPF_IND && use(it, s, insn->src_reg)))
			return -1;
		for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
			s->reg[r] = uninit();
		s->reg[BPF_REG_0] = scalar();
		return 0;
	}
	struct aval v;
	switch (insn->src_reg) {
	case BPF_PSEUDO_MAP_FD:
	case BPF_PSEUDO_MAP_IDX:
		v = val_of(V_MAP, a->map_slot[insn->imm], 0);
		v.all_prog_arrays = a->m->maps[insn->imm].type == BPF_MAP_TYPE_PROG_ARRAY;
		break;
	case BPF_PSEUDO_MAP_VALUE:
	case BPF_PSEUDO_MAP_IDX_VALUE:
		v = val_of(V_MAP_VALUE, (uint32_t)insn->imm, 0);
		break;
	default:
		v = constant(insn_ld_imm64_value(insn));
	}
	s->reg[insn->dst_reg] = v;
	return 0;
}

/* ---- calls ------------------------------------------------------------------------- */

static void record_tail_call(struct interp *it, const struct astate *s)
{
	struct tail_site_state *site = &it->a->sites[it->site_of[it->cur_insn]];
	if (!site->reached) {
		site->reached = true;
		site->r2 = s->reg[BPF_REG_2];
		site->r3 = s->reg[BPF_REG_3];
	} else {
		site->r2 = val_join(site->r2, s->reg[BPF_REG_2]);
		site->r3 = val_join(site->r3, s->reg[BPF_REG_3]);
	}
}

/* Helper call (by id, or callx through a register): r0 the result, r1-r5 clobbered. */
static int step_helper(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	struct aval r0 = scalar();
	if (BPF_SRC(insn->code) == BPF_X) {
		if (use(it, s, insn->dst_reg))
			return -1;
	} else if (insn->imm == HELPER_TAIL_CALL) {
		if (use(it, s, BPF_REG_1) || use(it, s, BPF_REG_2) || use(it, s, BPF_REG_3))
			return -1;
		record_tail_call(it, s);
	} else if (insn->imm == BPF_FUNC_map_lookup_elem) {
		const struct aval *map = &s->reg[BPF_REG_1];
		r0 = map->kind == V_MAP && !map->poisoned
			     ? val_of(V_MAP_VALUE, it->a->out->used_maps[map->id], 0)
			     : val_of(V_PTR, 0, 0);
	}
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
		s->reg[r] = uninit();
	s->reg[BPF_REG_0] = r0;
	return 0;
}

static bool sub_is_checked_alone(const struct ana_prog *a, uint32_t sub)
{
	return sub == 0 || a->subs[sub].global;
}

static int step_exit(struct interp *it, struct astate *s)
{
	uint32_t sub = it->a->sub_of[it->cur_insn];
	if (sub_is_checked_alone(it->a, sub))
		return use(it, s, BPF_REG_0);
	struct sub_summary *sum = &it->sum[sub];
	struct aval r0 = sum->returns ? val_join(sum->r0, s->reg[BPF_REG_0]) : s->reg[BPF_REG_0];
	if (!sum->returns || !val_eq(&r0, &sum->r0)) {
		sum->returns = true;
		sum->r0 = r0;
		/* Callers re-run with the new result. */
		for (uint32_t b = 0; b < it->a->n_blocks; b++)
			if (it->a->blocks[b].callee == sub && it->reached[b])
				push(it, b);
	}
	return 0;
}

/* Stack pointers a callee can reach through its arguments or through the caller's slots:
 * the lowest own-frame offset (0 if none), and whether callers' frames are reachable. */
static void note_escape(const struct aval *v, int64_t *lowest_own, bool *any_own, bool *up)
{
	if (v->kind == V_STACK_ANY) {
		*any_own = *up = true;
		*lowest_own = -MAX_STACK;
	} else if (v->kind == V_STACK && v->id == 0) {
		*any_own = true;
		if ((int64_t)v->val < *lowest_own)
			*lowest_own = (int64_t)v->val;
	} else if (v->kind == V_STACK) {
		*up = true;
	}
}

static void escaping_pointers(const struct astate *s, int64_t *lowest_own, bool *any_own, bool *up)
{
	*lowest_own = 0;
	*any_own = *up = false;
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
		note_escape(&s->reg[r], lowest_own, any_own, up);
	for (int i = 0; i < N_SLOTS; i++)
		note_escape(&s->slot[i], lowest_own, any_own, up);
}

static void enter_callee(struct interp *it, uint32_t callee, const struct astate *s)
{
	static const struct astate empty; /* all V_UNINIT (= 0) */
	struct astate *e = xmalloc(sizeof(*e));
	*e = empty;
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++) {
		struct aval v = s->reg[r];
		if (it->a->subs[callee].global)
			v = scalar();
		else if (v.kind == V_STACK)
			v.id++; /* the caller's frame is one up from the callee */
		e->reg[r] = v;
	}
	e->reg[BPF_REG_10] = val_of(V_STACK, 0, 0);
	flow(it, it->a->block_of[it->a->subs[callee].start], e);
	free(e);
}

/* The caller's state after the call returns, flowing to the next block. */
static void return_from_callee(struct interp *it, uint32_t callee, struct astate *s, uint32_t next)
{
	const struct sub_summary *sum = &it->sum[callee];
	bool global = it->a->subs[callee].global;
	if (!global && !sum->returns)
		return;
	int64_t lowest;
	bool own, up;
	escaping_pointers(s, &lowest, &own, &up);
	/* A global callee may write anything through the pointers it gets. */
	bool writes = global || sum->writes_up;
	struct aval w = global ? scalar() : sum->up;
	if (writes && own)
		for (int64_t at = lowest; at < 0; at += 8) {
			uint32_t idx = (uint32_t)((at + MAX_STACK) / 8);
			s->slot[idx] = val_join(s->slot[idx], w);
		}
	if (writes && up)
		store_up(it, w);
	s->reg[BPF_REG_0] = global ? scalar() : sum->r0;
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
		s->reg[r] = uninit();
	flow(it, next, s);
}

/* ---- branches ---------------------------------------------------------------------- */

/* 1 taken, 0 not taken, -1 unknown. */
static int branch_taken(const struct bpf_insn *insn, const struct astate *s)
{
	const struct aval *d = &s->reg[insn->dst_reg];
	struct aval k = constant((uint64_t)(int64_t)insn->imm);
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

static int step_jump(struct interp *it, struct astate *s, const struct bpf_insn *insn,
		     const struct cfg_block *blk)
{
	uint8_t op = BPF_OP(insn->code);
	if (op == BPF_JA) {
		flow(it, blk->succ[1], s);
		return 0;
	}
	if (op == BPF_JCOND) { /* may_goto: either way */
		flow(it, blk->succ[0], s);
		flow(it, blk->succ[1], s);
		return 0;
	}
	if (use(it, s, insn->dst_reg) || (BPF_SRC(insn->code) == BPF_X && use(it, s, insn->src_reg)))
		return -1;
	int taken = branch_taken(insn, s);
	if (taken != 1)
		flow(it, blk->succ[0], s);
	if (taken != 0)
		flow(it, blk->succ[1], s);
	return 0;
}

/* ---- driver ------------------------------------------------------------------------ */

static int step(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	switch (BPF_CLASS(insn->code)) {
	case BPF_LD: return step_ld(it, s, insn);
	case BPF_LDX: return step_load(it, s, insn);
	case BPF_ST:
	case BPF_STX: return step_store(it, s, insn);
	case BPF_ALU:
	case BPF_ALU64: return step_alu(it, s, insn);
	}
	if (BPF_OP(insn->code) == BPF_CALL && !insn_is_subprog_call(insn))
		return step_helper(it, s, insn);
	return 0; /* control flow: at the end of the block */
}

static void run_block(struct interp *it, uint32_t b, struct astate *s)
{
	struct ana_prog *a = it->a;
	const struct cfg_block *blk = &a->blocks[b];
	*s = it->in[b];
	for (uint32_t i = blk->first; i <= blk->last; i++) {
		if (a->ld_hi[i])
			continue;
		it->cur_insn = i;
		if (step(it, s, &a->p->insns[i]))
			return;
	}
	const struct bpf_insn *last = &a->p->insns[blk->last];
	it->cur_insn = blk->last;
	if (last->code == (BPF_JMP | BPF_EXIT))
		step_exit(it, s);
	else if (cfg_is_jump(last))
		step_jump(it, s, last, blk);
	else if (blk->callee != NO_INDEX) {
		enter_callee(it, blk->callee, s);
		return_from_callee(it, blk->callee, s, blk->succ[0]);
	} else
		flow(it, blk->succ[0], s);
}

static struct astate *entry_state(const struct ana_prog *a, uint32_t sub)
{
	struct astate *e = xcalloc(1, sizeof(*e));
	e->reg[BPF_REG_10] = val_of(V_STACK, 0, 0);
	if (sub == 0) {
		e->reg[BPF_REG_1] = val_of(V_CTX, 0, 0);
		/* The raw conformance layout (no program type) passes the memory length in r2. */
		if (a->p->type == BPF_PROG_TYPE_UNSPEC)
			e->reg[BPF_REG_2] = scalar();
	} else {
		for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
			e->reg[r] = scalar();
	}
	return e;
}

int absint_run(struct ana_prog *a)
{
	struct interp it = {.a = a};
	it.in = xmalloc(a->n_blocks * sizeof(*it.in));
	it.reached = xcalloc(a->n_blocks, 1);
	it.queued = xcalloc(a->n_blocks, 1);
	it.queue = xmalloc((a->n_blocks + 1) * sizeof(*it.queue));
	it.sum = xcalloc(a->n_subs, sizeof(*it.sum));
	it.site_of = xmalloc(a->p->n_insns * sizeof(*it.site_of));
	memset(it.site_of, 0xff, a->p->n_insns * sizeof(*it.site_of));
	for (uint32_t i = 0; i < a->n_sites; i++)
		it.site_of[a->sites[i].insn] = i;

	/* Roots: the entry, and every global subprogram (checked on its own). */
	for (uint32_t sub = 0; sub < a->n_subs; sub++)
		if (sub_is_checked_alone(a, sub)) {
			struct astate *e = entry_state(a, sub);
			flow(&it, a->block_of[a->subs[sub].start], e);
			free(e);
		}
	struct astate *s = xmalloc(sizeof(*s));
	while (it.head != it.tail && !it.failed)
		run_block(&it, pop(&it), s);
	free(s);
	free(it.site_of);
	free(it.sum);
	free(it.queue);
	free(it.queued);
	free(it.reached);
	free(it.in);
	return it.failed ? -1 : 0;
}
