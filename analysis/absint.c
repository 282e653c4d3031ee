/* absint.c - abstract interpretation of one linked program over registers and 8-byte
 * stack slots (the values: internal.h; their join and folding: value.c).
 *
 * A worklist over basic blocks. Each block's entry state is the join of the states
 * flowing into it; values only ever become less precise, so it terminates. Branches whose
 * operands are both known constants follow only the edge taken (as the kernel does).
 * Nothing is reported while the states still grow; a last pass over the fixpoint, block
 * by block in instruction order, reports the first error. That pass re-runs only the
 * blocks whose last run in the worklist may differ from a run on the fixpoint: those
 * that found an error, and those that read what their subprogram stored into its
 * callers' frames when that changed since (the one input whose growth does not queue
 * the readers again). Any other block's last run had the final entry state and
 * summaries, so running it again would find no error and change nothing.
 *
 * bpf-to-bpf calls, context-insensitively: a static subprogram's entry state is the join
 * of its callers' r1-r5 (stack pointers of the caller become pointers one frame up), r0
 * and r6-r9 uninitialised, r10 its own frame; after the call the caller keeps r6-r9, r10
 * and its stack, gets r0 from the join of the callee's exits and loses r1-r5. What a
 * callee can see of and do to its callers' frames is in its summary (struct
 * sub_summary): the callers' slots at the calls, its 8-byte stores into the caller's
 * slots at known offsets (per slot, and whether on every path), and the join of its other
 * stores into callers' frames. A global subprogram is checked on its own (its arguments
 * are unknown scalars), as the kernel does. docs/analysis.md has the whole story.
 */
#include "internal.h"
#include "bits.h"

#include "diag.h"
#include "util.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sub_summary {
	bool returns;    /* an exit of the subprogram was reached */
	struct aval r0;  /* join of r0 at every exit */
	bool writes_up;  /* other stores through pointers into a caller's frame */
	struct aval up;  /* join of what those stores wrote */
	uint64_t must_up;                 /* caller slots overwritten on every path (8 bytes,
					   * known offset): the join of astate.up_written at exits */
	uint64_t up_slot_seen;            /* caller slots with such a store on some path */
	struct aval up_slot[N_SLOTS];     /* join of what those stores wrote, per slot */
	bool entered;                     /* parent[] holds something */
	struct aval parent[N_SLOTS];      /* the callers' frames at the calls, joined (as the
					   * callee sees them: their stack pointers one up) */
	uint32_t up_version;              /* counts the changes of up and up_slot */
};

/* What a block's last run in the worklist did (struct interp.last_run). */
enum {
	RUN_FAILED = 1,  /* it found an error (reported by the final pass) */
	RUN_READ_UP = 2, /* it read the stores into callers' frames (up, up_slot) */
};

struct interp {
	struct ana_prog *a;
	struct astate *in; /* entry state per block */
	uint8_t *reached, *queued;
	uint8_t *changes; /* how often a block's entry state grew (for widening) */
	uint32_t *queue, head, tail; /* circular, n_blocks + 1 slots */
	struct sub_summary *sum;
	uint32_t *caller_start, *callers; /* blocks calling subprogram s: callers[caller_start[s]..] */
	uint32_t cur_insn;
	uint8_t *last_run; /* per block: RUN_* of its last run */
	uint32_t *up_version_at; /* per block: its subprogram's up_version when that began */
	uint8_t run; /* RUN_* of the block running */
	bool checking; /* the final pass over the fixpoint: report errors */
	bool unsettled; /* something changed in the final pass (an internal error) */
	struct astate *scratch; /* a refined copy of a state, for one edge */
	bool failed;
};

/* ---- worklist ---------------------------------------------------------------------- */

static void push(struct interp *it, uint32_t b)
{
	/* The final pass runs on the fixpoint: nothing may change any more. */
	it->unsettled |= it->checking;
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

/* Known bits can shrink one at a time around a loop; after a few rounds a block's
 * partly known numbers become unknown, so that loops settle quickly. */
#define WIDEN_AFTER 8

static void widen(struct astate *s)
{
	for (uint32_t i = 0; i < N_REGS + N_SLOTS; i++) {
		if (i >= N_REGS && i - N_REGS < s->lo)
			continue; /* V_UNINIT */
		struct aval *v = i < N_REGS ? &s->reg[i] : &s->slot[i - N_REGS];
		if (v->kind == V_SCALAR)
			*v = val_scalar();
	}
}

static void flow(struct interp *it, uint32_t b, const struct astate *s)
{
	if (b == NO_INDEX)
		return;
	if (!it->reached[b]) {
		it->reached[b] = 1;
		state_copy(&it->in[b], s);
		push(it, b);
	} else if (state_join(&it->in[b], s)) {
		if (it->changes[b] < 255 && ++it->changes[b] > WIDEN_AFTER)
			widen(&it->in[b]);
		push(it, b);
	}
}

/* ---- diagnostics ------------------------------------------------------------------- */

static int fail(struct interp *it, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct interp *it, const char *fmt, ...)
{
	it->run |= RUN_FAILED;
	if (!it->checking)
		return -1; /* states may still grow: judge in the final pass */
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

/* A register the instruction reads must have been written on some path that reaches
 * it. (Uninitialised on only some paths is accepted: the kernel follows paths one by one
 * and may know those paths cannot reach the read.) */
static int use(struct interp *it, const struct astate *s, uint8_t reg)
{
	if (s->reg[reg].kind != V_UNINIT)
		return 0;
	if (it->checking)
		return fail(it, "read of uninitialised register r%u", reg);
	it->run |= RUN_FAILED; /* the worklist goes on: the final pass runs this block again */
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

/* Pointer +/- constant: stack pointers keep their offset; other pointers stay pointers. */
static struct aval ptr_offset(struct interp *it, struct aval p, uint8_t op, uint64_t k)
{
	if (p.kind == V_STACK) {
		p.val = op == BPF_ADD ? p.val + k : p.val - k;
		if (p.id == 0)
			note_stack_depth(it, (int64_t)p.val);
		return p;
	}
	if (p.kind == V_STACK_ANY) {
		/* The base never goes below the frame (so that a pointer walking down in a
		 * loop settles): accesses below it are invalid anyway. */
		int64_t base = (int64_t)(op == BPF_ADD ? p.val + k : p.val - k);
		p.val = (uint64_t)(base < -MAX_STACK ? -MAX_STACK : base);
		return p;
	}
	if (p.kind == V_MAP_VALUE)
		return p;
	if (p.kind == V_CTX || p.kind == V_PTR)
		return val_of(V_PTR, 0, 0);
	return val_scalar(); /* arithmetic on a map pointer itself: no longer a map */
}

/* The ALU instruction insn: ALU64 or ALU, source register or immediate, operation op
 * (decoded by the caller, so that each opcode is compiled on its own: see step). */
static inline __attribute__((always_inline)) int step_alu(struct interp *it, struct astate *s,
							  const struct bpf_insn *insn, bool is64, bool x,
							  uint8_t op)
{
	struct aval *dst = &s->reg[insn->dst_reg];
	if (op != BPF_MOV && use(it, s, insn->dst_reg))
		return -1;
	if (op == BPF_END) {
		/* A byte swap or truncation moves known bits and unknown bits alike. */
		uint64_t mask = dst->kind == V_SCALAR ? alu_endian(insn, dst->mask) : 0;
		*dst = val_is_number(dst) ? val_bits(alu_endian(insn, dst->val), mask) : val_scalar();
		return 0;
	}
	/* The source, by pointer (it may be dst itself: read before dst is written). */
	struct aval k;
	const struct aval *src = &k;
	if (x) {
		if (use(it, s, insn->src_reg))
			return -1;
		if (op != BPF_NEG)
			src = &s->reg[insn->src_reg];
		else
			k = val_const(0);
	} else {
		k = val_const(op == BPF_NEG ? 0 : (uint64_t)(int64_t)insn->imm);
	}

	if (op == BPF_MOV) {
		if (insn->off == 0 && is64) {
			*dst = *src;
		} else if (insn->off == 0 && src->kind == V_SCALAR) {
			*dst = val_bits(src->val & 0xffffffffull, src->mask & 0xffffffffull);
		} else if (src->kind != V_CONST) {
			*dst = is64 ? val_scalar() : val_bits(0, 0xffffffffull);
		} else if (is64) {
			*dst = val_const(val_sign_extend(src->val, insn->off));
		} else {
			uint32_t v = insn->off ? (uint32_t)val_sign_extend(src->val, insn->off) : (uint32_t)src->val;
			*dst = val_const(v);
		}
		return 0;
	}
	bool numbers = val_is_number(dst);
	if ((op == BPF_DIV || op == BPF_MOD) && numbers) {
		/* The kernel does not compute quotients and remainders, not even of constants
		 * (and for 32-bit ones forgets that the upper half is zero); neither do we, so
		 * that a key is constant exactly when the kernel knows it. */
		*dst = val_scalar();
	} else if (numbers && val_is_number(src)) {
		alu_numbers(op, is64, dst, src);
	} else if (is64 && (op == BPF_ADD || op == BPF_SUB) && src->kind == V_CONST) {
		*dst = ptr_offset(it, *dst, op, src->val);
	} else if (is64 && op == BPF_ADD && dst->kind == V_CONST) {
		*dst = ptr_offset(it, *src, op, dst->val);
	} else if (is64 && (op == BPF_ADD || op == BPF_SUB) && val_is_stack(dst) && !val_is_stack(src)) {
		/* A stack pointer plus a variable (an array index): the offset is no longer
		 * known, the base it started from is. */
		*dst = val_of(V_STACK_ANY, 0, (uint64_t)val_own_base(dst));
	} else if (is64 && op == BPF_ADD && val_is_stack(src) && !val_is_stack(dst)) {
		*dst = val_of(V_STACK_ANY, 0, (uint64_t)val_own_base(src));
	} else {
		*dst = val_scalar();
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
	struct aval *slot = slot_at(s, idx);
	if (shift + size > 8) { /* misaligned, across two slots */
		*slot = val_scalar();
		if (idx + 1 < N_SLOTS)
			*slot_at(s, idx + 1) = val_scalar();
		return;
	}
	if (size == 8) {
		*slot = v;
		return;
	}
	if (v.kind != V_CONST) {
		*slot = val_scalar();
		return;
	}
	uint64_t old = slot->kind == V_CONST ? slot->val : 0;
	uint8_t known = slot->kind == V_CONST ? slot->bytes : 0;
	uint64_t m = byte_mask(shift, size);
	slot->kind = V_CONST;
	slot->val = (old & ~m) | ((v.val << (8 * shift)) & m);
	slot->bytes = (uint8_t)(known | (((1u << size) - 1) << shift));
	slot->id = 0;
	slot->mask = 0;
	slot->poisoned = slot->all_prog_arrays = false;
}

static struct aval slot_load(const struct astate *s, int64_t at, unsigned size, bool sign)
{
	uint32_t idx = (uint32_t)((at + MAX_STACK) / 8), shift = (uint32_t)((at + MAX_STACK) % 8);
	struct aval value = slot_value(s, idx);
	const struct aval *slot = &value;
	if (shift + size > 8)
		return val_scalar();
	if (size == 8)
		return slot->kind == V_UNINIT ? val_scalar() : *slot;
	uint8_t need = (uint8_t)(((1u << size) - 1) << shift);
	if (slot->kind != V_CONST || (slot->bytes & need) != need)
		return val_scalar();
	uint64_t v = (slot->val & byte_mask(shift, size)) >> (8 * shift);
	return val_const(sign ? val_sign_extend(v, 8 * size) : v);
}

/* What a callee stored into a caller's frame, as the caller sees it. */
static struct aval escaped_value(struct aval v)
{
	if (val_is_stack(&v))
		return val_of(V_STACK_ANY, 0, 0);
	return v.kind == V_UNINIT ? val_scalar() : v;
}

/* A subprogram's summary changed: its callers run again with it. */
static void summary_changed(struct interp *it, uint32_t sub)
{
	for (uint32_t k = it->caller_start[sub]; k < it->caller_start[sub + 1]; k++)
		if (it->reached[it->callers[k]])
			push(it, it->callers[k]);
}

static void store_up(struct interp *it, struct aval v)
{
	uint32_t sub = it->a->sub_of[it->cur_insn];
	struct sub_summary *sum = &it->sum[sub];
	v = escaped_value(v);
	struct aval up = sum->writes_up ? val_join(sum->up, v) : v;
	if (!sum->writes_up || !val_eq(&up, &sum->up)) {
		sum->up = up;
		sum->writes_up = true;
		sum->up_version++;
		summary_changed(it, sub);
	}
}

/* An 8-byte store at a known offset of the direct caller's frame: it overwrites that
 * slot (on the paths where it happens). */
static bool store_caller_slot(struct interp *it, struct astate *s, int64_t at, unsigned size,
			      struct aval v)
{
	if (size != 8 || at < -MAX_STACK || at > -8 || (at + MAX_STACK) % 8)
		return false;
	uint32_t idx = (uint32_t)((at + MAX_STACK) / 8), sub = it->a->sub_of[it->cur_insn];
	struct sub_summary *sum = &it->sum[sub];
	v = escaped_value(v);
	bool seen = sum->up_slot_seen >> idx & 1;
	struct aval joined = seen ? val_join(sum->up_slot[idx], v) : v;
	if (!seen || !val_eq(&joined, &sum->up_slot[idx])) {
		sum->up_slot[idx] = joined;
		sum->up_slot_seen |= 1ull << idx;
		sum->up_version++;
		summary_changed(it, sub);
	}
	s->up_written |= 1ull << idx;
	return true;
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
		if (base->id != 1 || !store_caller_slot(it, s, (int64_t)base->val + insn->off, size, v))
			store_up(it, size == 8 ? v : val_scalar()); /* part of a slot: unknown */
	} else if (base->kind == V_STACK_ANY) {
		/* Some frame, some offset: any own slot may have changed, and any caller's. */
		note_stack_depth(it, (int64_t)base->val + insn->off);
		struct aval w = size == 8 ? escaped_value(v) : val_scalar();
		slot_at(s, 0);
		for (int i = 0; i < N_SLOTS; i++)
			s->slot[i] = val_join(s->slot[i], w);
		store_up(it, w);
	}
	return 0;
}

/* An 8-byte load from the direct caller's frame at a known offset: what the callers had
 * there at the calls, or what this subprogram stored there since (flow-insensitive). */
static struct aval load_caller_slot(struct interp *it, int64_t at)
{
	const struct sub_summary *sum = &it->sum[it->a->sub_of[it->cur_insn]];
	if (at < -MAX_STACK || at > -8 || (at + MAX_STACK) % 8)
		return val_scalar();
	it->run |= RUN_READ_UP;
	uint32_t idx = (uint32_t)((at + MAX_STACK) / 8);
	struct aval v = sum->entered ? sum->parent[idx] : val_uninit();
	if (sum->up_slot_seen >> idx & 1)
		v = val_join(v, sum->up_slot[idx]);
	if (sum->writes_up)
		v = val_join(v, sum->up);
	return v.kind == V_UNINIT ? val_scalar() : v;
}

/* A load through a stack pointer whose frame or offset is not known may bring back a
 * stack pointer (stores through it must not get lost) if one can be stored there: in
 * this frame, in the callers' frames as seen at the calls, or further up (not tracked). */
static bool may_load_stack_pointer(struct interp *it, const struct astate *s)
{
	uint32_t sub = it->a->sub_of[it->cur_insn];
	const struct sub_summary *sum = &it->sum[sub];
	if (sub != 0 && !it->a->subs[sub].global)
		return true;
	for (int i = 0; i < N_SLOTS; i++)
		if ((i >= (int)s->lo && val_is_stack(&s->slot[i])) ||
		    (sum->entered && val_is_stack(&sum->parent[i])))
			return true;
	it->run |= RUN_READ_UP;
	return sum->writes_up && val_is_stack(&sum->up);
}

static int step_load(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	if (use(it, s, insn->src_reg))
		return -1;
	const struct aval base = s->reg[insn->src_reg];
	struct aval v = val_scalar();
	int64_t at;
	unsigned size = size_bytes(insn);
	if (base.kind == V_STACK && base.id == 0) {
		if (stack_access(it, &base, insn->off, size, &at))
			return -1;
		v = slot_load(s, at, size, BPF_MODE(insn->code) == BPF_MEMSX);
	} else if (base.kind == V_STACK && base.id == 1 && size == 8) {
		v = load_caller_slot(it, (int64_t)base.val + insn->off);
	} else if (val_is_stack(&base)) {
		if (base.kind == V_STACK_ANY)
			note_stack_depth(it, (int64_t)base.val + insn->off);
		/* Only a whole slot can hold a pointer. */
		v = size == 8 && may_load_stack_pointer(it, s) ? val_of(V_STACK_ANY, 0, 0) : val_scalar();
	}
	if (v.kind == V_SCALAR && size < 8 && BPF_MODE(insn->code) == BPF_MEM) {
		uint64_t width = (1ull << (8 * size)) - 1; /* zero-extended */
		v = val_bits(v.val & width, v.mask & width);
	}
	s->reg[insn->dst_reg] = v;
	return 0;
}

static int step_store(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	if (use(it, s, insn->dst_reg))
		return -1;
	if (BPF_CLASS(insn->code) == BPF_ST)
		return store(it, s, insn, val_const((uint64_t)(int64_t)insn->imm));
	if (use(it, s, insn->src_reg))
		return -1;
	if (BPF_MODE(insn->code) == BPF_MEM)
		return store(it, s, insn, s->reg[insn->src_reg]);
	/* Atomics: the memory becomes unknown; fetching forms load into src (cmpxchg: r0). */
	if (insn->imm == BPF_CMPXCHG && use(it, s, BPF_REG_0))
		return -1;
	if (store(it, s, insn, val_scalar()))
		return -1;
	if (insn->imm == BPF_CMPXCHG)
		s->reg[BPF_REG_0] = val_scalar();
	else if (insn->imm & BPF_FETCH)
		s->reg[insn->src_reg] = val_scalar();
	return 0;
}

/* 0, or 1 for an ld_imm64 (its second slot follows), or -1 after an error. Out of line
 * (as step_helper): rare, and inlined they cost the interpreter loop registers. */
static __attribute__((noinline)) int step_ld(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	struct ana_prog *a = it->a;
	if (!insn_is_ld_imm64(insn)) {
		/* Legacy packet load: reads the skb from r6, clobbers r1-r5 like a call. */
		if (use(it, s, BPF_REG_6) || (BPF_MODE(insn->code) == BPF_IND && use(it, s, insn->src_reg)))
			return -1;
		for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
			s->reg[r] = val_uninit();
		s->reg[BPF_REG_0] = val_scalar();
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
		v = val_const(insn_ld_imm64_value(insn));
	}
	s->reg[insn->dst_reg] = v;
	return 1; /* step over the second slot */
}

/* ---- calls ------------------------------------------------------------------------- */

/* The tail-call site at instruction insn (a->sites is in instruction order). */
static struct tail_site_state *site_at(const struct ana_prog *a, uint32_t insn)
{
	uint32_t lo = 0, hi = a->n_sites;
	while (hi - lo > 1) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (a->sites[mid].insn <= insn)
			lo = mid;
		else
			hi = mid;
	}
	return &a->sites[lo];
}

static void record_tail_call(struct interp *it, const struct astate *s)
{
	struct tail_site_state *site = site_at(it->a, it->cur_insn);
	if (!site->reached) {
		site->reached = true;
		site->r2 = s->reg[BPF_REG_2];
		site->r3 = s->reg[BPF_REG_3];
	} else {
		site->r2 = val_join(site->r2, s->reg[BPF_REG_2]);
		site->r3 = val_join(site->r3, s->reg[BPF_REG_3]);
	}
}

/* A helper may write through the stack pointers it is given: each such argument, with
 * the next argument as the size when that is a constant (the helpers' usual (ptr, size)
 * pairs), makes the slots it covers unknown. The map helpers and tail calls only read. */
static void helper_writes(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	bool by_id = BPF_SRC(insn->code) == BPF_K;
	if (by_id && (insn->imm == BPF_FUNC_map_lookup_elem || insn->imm == BPF_FUNC_map_update_elem ||
		      insn->imm == BPF_FUNC_map_delete_elem || insn->imm == HELPER_TAIL_CALL))
		return;
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++) {
		const struct aval *p = &s->reg[r], *size = r < BPF_REG_5 ? &s->reg[r + 1] : NULL;
		if (p->kind == V_STACK && p->id > 0) {
			store_up(it, val_scalar());
			continue;
		}
		if (!(p->kind == V_STACK && p->id == 0) && p->kind != V_STACK_ANY)
			continue;
		int64_t lo = p->kind == V_STACK ? (int64_t)p->val : -MAX_STACK, hi = 0;
		if (p->kind == V_STACK && size && size->kind == V_CONST && size->val <= MAX_STACK)
			hi = lo + (int64_t)size->val;
		if (p->kind == V_STACK_ANY)
			store_up(it, val_scalar());
		lo = lo < -MAX_STACK ? -MAX_STACK : lo;
		hi = hi > 0 ? 0 : hi;
		for (int64_t at = lo - ((lo + MAX_STACK) % 8); at < hi; at += 8) {
			uint32_t idx = (uint32_t)((at + MAX_STACK) / 8);
			struct aval *slot = slot_at(s, idx);
			*slot = val_join(*slot, val_scalar());
		}
	}
}

/* The map r1 holds at a helper call, for the backends (prog_analysis.call_map): on the
 * fixpoint every path's value is joined in, so one unpoisoned map means that map always.
 * Written on every run: the block's last one has the fixpoint's state. */
static void record_call_map(struct interp *it, const struct astate *s)
{
	const struct aval *map = &s->reg[BPF_REG_1];
	bool known = map->kind == V_MAP && !map->poisoned;
	it->a->out->call_map[it->cur_insn] = known ? (int32_t)it->a->out->used_maps[map->id] : -1;
}

/* Helper call (by id, or callx through a register): r0 the result, r1-r5 clobbered. */
static __attribute__((noinline)) int step_helper(struct interp *it, struct astate *s, const struct bpf_insn *insn)
{
	struct aval r0 = val_scalar();
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
	if (BPF_SRC(insn->code) == BPF_K)
		record_call_map(it, s);
	helper_writes(it, s, insn);
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
		s->reg[r] = val_uninit();
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
	uint64_t must = sum->returns ? sum->must_up & s->up_written : s->up_written;
	if (!sum->returns || !val_eq(&r0, &sum->r0) || must != sum->must_up) {
		sum->returns = true;
		sum->r0 = r0;
		sum->must_up = must;
		summary_changed(it, sub);
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
		/* Offsets outside the frame cannot be accessed (absint checks every access). */
		int64_t at = (int64_t)v->val < -MAX_STACK ? -MAX_STACK : (int64_t)v->val;
		*any_own = true;
		if (at < *lowest_own)
			*lowest_own = at;
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
	for (uint32_t i = s->lo; i < N_SLOTS; i++) /* V_UNINIT below */
		note_escape(&s->slot[i], lowest_own, any_own, up);
}

/* The caller's frame as the callee sees it, joined into the callee's summary; when it
 * grows, every reached block of the callee runs again. */
static void record_parent_frame(struct interp *it, uint32_t callee, const struct astate *s)
{
	struct sub_summary *sum = &it->sum[callee];
	bool changed = !sum->entered;
	for (int i = 0; i < N_SLOTS; i++) {
		struct aval v = slot_value(s, i);
		if (v.kind == V_STACK)
			v.id++;
		struct aval j = sum->entered ? val_join(sum->parent[i], v) : v;
		if (!sum->entered || !val_eq(&j, &sum->parent[i])) {
			sum->parent[i] = j;
			changed = true;
		}
	}
	sum->entered = true;
	if (!changed)
		return;
	const struct ana_sub *sub = &it->a->subs[callee];
	for (uint32_t i = sub->start; i < sub->end; i++)
		if (it->a->block_of[i] != NO_INDEX && it->reached[it->a->block_of[i]])
			push(it, it->a->block_of[i]);
}

static void enter_callee(struct interp *it, uint32_t callee, const struct astate *s)
{
	struct astate *e = xmalloc(sizeof(*e));
	memset(e, 0, offsetof(struct astate, slot)); /* all V_UNINIT (= 0) */
	e->lo = N_SLOTS;
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++) {
		struct aval v = s->reg[r];
		if (it->a->subs[callee].global)
			v = val_scalar();
		else if (v.kind == V_STACK)
			v.id++; /* the caller's frame is one up from the callee */
		e->reg[r] = v;
	}
	e->reg[BPF_REG_10] = val_of(V_STACK, 0, 0);
	flow(it, it->a->block_of[it->a->subs[callee].start], e);
	free(e);
	if (!it->a->subs[callee].global)
		record_parent_frame(it, callee, s);
}

/* Stores the callee made into this frame at known offsets: a slot it overwrote on every
 * path holds what it stored there (joined with its other stores into callers' frames);
 * a slot it wrote on some paths only may hold either. */
static void apply_caller_slots(const struct sub_summary *sum, bool global, bool own_escaped,
			       struct astate *s)
{
	if (global || !own_escaped)
		return;
	for (uint32_t i = 0; i < N_SLOTS; i++) {
		if (!(sum->up_slot_seen >> i & 1))
			continue;
		struct aval v = sum->up_slot[i];
		if (sum->writes_up)
			v = val_join(v, sum->up);
		struct aval *slot = slot_at(s, i);
		*slot = sum->must_up >> i & 1 ? v : val_join(*slot, v);
	}
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
	/* A global callee may write anything through the pointers it gets (from where they
	 * point up: the kernel checks its accesses against the argument's size); a static
	 * one's other stores into this frame may land anywhere in it (it can move the
	 * pointer). */
	bool writes = global || sum->writes_up;
	struct aval w = global ? val_scalar() : sum->up;
	if (writes && own)
		for (int64_t at = global ? lowest : -MAX_STACK; at < 0; at += 8) {
			uint32_t idx = (uint32_t)((at + MAX_STACK) / 8);
			struct aval *slot = slot_at(s, idx);
			*slot = val_join(*slot, w);
		}
	if (writes && up)
		store_up(it, w);
	apply_caller_slots(sum, global, own, s);
	s->reg[BPF_REG_0] = global ? val_scalar() : sum->r0;
	for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
		s->reg[r] = val_uninit();
	flow(it, next, s);
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
	int taken = val_branch_taken(insn, s);
	/* On the edge where "==" holds, an unknown operand equals the known one. */
	uint32_t equal_edge = op == BPF_JEQ ? 1 : op == BPF_JNE ? 0 : 2;
	for (uint32_t e = 0; e < 2; e++) {
		if (taken == (int)(1 - e))
			continue; /* never taken that way */
		if (e == equal_edge && val_refine_equal(insn, s, it->scratch))
			flow(it, blk->succ[e], it->scratch);
		else
			flow(it, blk->succ[e], s);
	}
	return 0;
}

/* ---- driver ------------------------------------------------------------------------ */

/* The ALU instructions of one form (class and source bit): each opcode its own case, so
 * that the operation is known where its code is compiled (a jump table on the opcode
 * instead of a chain of comparisons of the operation). */
#define ALU_OPS(form, is64, x) \
	case (form) | BPF_ADD: return step_alu(it, s, insn, is64, x, BPF_ADD); \
	case (form) | BPF_SUB: return step_alu(it, s, insn, is64, x, BPF_SUB); \
	case (form) | BPF_MUL: return step_alu(it, s, insn, is64, x, BPF_MUL); \
	case (form) | BPF_DIV: return step_alu(it, s, insn, is64, x, BPF_DIV); \
	case (form) | BPF_OR: return step_alu(it, s, insn, is64, x, BPF_OR); \
	case (form) | BPF_AND: return step_alu(it, s, insn, is64, x, BPF_AND); \
	case (form) | BPF_LSH: return step_alu(it, s, insn, is64, x, BPF_LSH); \
	case (form) | BPF_RSH: return step_alu(it, s, insn, is64, x, BPF_RSH); \
	case (form) | BPF_NEG: return step_alu(it, s, insn, is64, x, BPF_NEG); \
	case (form) | BPF_MOD: return step_alu(it, s, insn, is64, x, BPF_MOD); \
	case (form) | BPF_XOR: return step_alu(it, s, insn, is64, x, BPF_XOR); \
	case (form) | BPF_MOV: return step_alu(it, s, insn, is64, x, BPF_MOV); \
	case (form) | BPF_ARSH: return step_alu(it, s, insn, is64, x, BPF_ARSH); \
	case (form) | BPF_END: return step_alu(it, s, insn, is64, x, BPF_END)

/* How many slots to step over after the instruction's first (0, or 1 for an ld_imm64),
 * or -1 after an error. */
static inline __attribute__((always_inline)) int step(struct interp *it, struct astate *s,
						      const struct bpf_insn *insn)
{
	switch (insn->code) {
	ALU_OPS(BPF_ALU64 | BPF_K, true, false);
	ALU_OPS(BPF_ALU64 | BPF_X, true, true);
	ALU_OPS(BPF_ALU | BPF_K, false, false);
	ALU_OPS(BPF_ALU | BPF_X, false, true);
	}
	switch (insn->code & 0x0f) {
	case BPF_LD | BPF_K:
	case BPF_LD | BPF_X: return step_ld(it, s, insn);
	case BPF_LDX | BPF_K:
	case BPF_LDX | BPF_X: return step_load(it, s, insn);
	case BPF_ST | BPF_K:
	case BPF_ST | BPF_X:
	case BPF_STX | BPF_K:
	case BPF_STX | BPF_X: return step_store(it, s, insn);
	}
	if (BPF_OP(insn->code) == BPF_CALL && !insn_is_subprog_call(insn))
		return step_helper(it, s, insn);
	return 0; /* control flow, or an ALU opcode verify.c rejects: at the end of the block */
}

static void interpret_block(struct interp *it, uint32_t b, struct astate *s)
{
	struct ana_prog *a = it->a;
	const struct cfg_block *blk = &a->blocks[b];
	state_copy(s, &it->in[b]);
	/* Blocks start at an instruction, never in the second slot of an ld_imm64 (cfg.c). */
	const struct bpf_insn *insns = a->p->insns;
	uint32_t last_insn = blk->last; /* (kept in a register: the steps store through s) */
	for (uint32_t i = blk->first; i <= last_insn; i++) {
		it->cur_insn = i;
		int more = step(it, s, &insns[i]);
		if (more < 0)
			return;
		i += (uint32_t)more;
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

static void run_block(struct interp *it, uint32_t b, struct astate *s)
{
	it->run = 0;
	it->up_version_at[b] = it->sum[it->a->blocks[b].sub].up_version;
	interpret_block(it, b, s);
	it->last_run[b] = it->run;
}

/* Whether a run on the fixpoint might differ from the block's last run (see the top). */
static bool needs_final_run(const struct interp *it, uint32_t b)
{
	if (it->last_run[b] & RUN_FAILED)
		return true;
	return (it->last_run[b] & RUN_READ_UP) &&
	       it->up_version_at[b] != it->sum[it->a->blocks[b].sub].up_version;
}

/* The blocks that end in a call, grouped by callee (to re-run when its result changes). */
static void index_callers(struct interp *it)
{
	struct ana_prog *a = it->a;
	it->caller_start = xcalloc(a->n_subs + 1, sizeof(*it->caller_start));
	for (uint32_t b = 0; b < a->n_blocks; b++)
		if (a->blocks[b].callee != NO_INDEX)
			it->caller_start[a->blocks[b].callee + 1]++;
	for (uint32_t s = 0; s < a->n_subs; s++)
		it->caller_start[s + 1] += it->caller_start[s];
	uint32_t *fill = xmalloc((a->n_subs + 1) * sizeof(*fill));
	memcpy(fill, it->caller_start, (a->n_subs + 1) * sizeof(*fill));
	it->callers = xmalloc((it->caller_start[a->n_subs] + 1) * sizeof(*it->callers));
	for (uint32_t b = 0; b < a->n_blocks; b++)
		if (a->blocks[b].callee != NO_INDEX)
			it->callers[fill[a->blocks[b].callee]++] = b;
	free(fill);
}

static struct astate *entry_state(const struct ana_prog *a, uint32_t sub)
{
	struct astate *e = xcalloc(1, sizeof(*e));
	e->lo = N_SLOTS;
	e->reg[BPF_REG_10] = val_of(V_STACK, 0, 0);
	if (sub == 0) {
		e->reg[BPF_REG_1] = val_of(V_CTX, 0, 0);
		/* The raw conformance layout (no program type) passes the memory length in r2. */
		if (a->p->type == BPF_PROG_TYPE_UNSPEC)
			e->reg[BPF_REG_2] = val_scalar();
	} else {
		for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
			e->reg[r] = val_scalar();
	}
	return e;
}

int absint_run(struct ana_prog *a)
{
	struct interp it = {.a = a};
	it.in = xmalloc(a->n_blocks * sizeof(*it.in));
	it.reached = xcalloc(a->n_blocks, 1);
	it.queued = xcalloc(a->n_blocks, 1);
	it.changes = xcalloc(a->n_blocks, 1);
	it.last_run = xcalloc(a->n_blocks, 1);
	it.up_version_at = xmalloc(a->n_blocks * sizeof(*it.up_version_at));
	it.queue = xmalloc((a->n_blocks + 1) * sizeof(*it.queue));
	it.sum = xcalloc(a->n_subs, sizeof(*it.sum));
	index_callers(&it);

	/* Roots: the entry, and every global subprogram (checked on its own). */
	for (uint32_t sub = 0; sub < a->n_subs; sub++)
		if (sub_is_checked_alone(a, sub)) {
			struct astate *e = entry_state(a, sub);
			flow(&it, a->block_of[a->subs[sub].start], e);
			free(e);
		}
	struct astate *s = xmalloc(sizeof(*s));
	it.scratch = xmalloc(sizeof(*it.scratch));
	while (it.head != it.tail)
		run_block(&it, pop(&it), s);
	/* The states are final: one more pass, in instruction order, reports errors. Once
	 * something changed in it, every later block runs (as the whole pass would). */
	it.checking = true;
	for (uint32_t b = 0; b < a->n_blocks && !it.failed; b++)
		if (it.reached[b] && (it.unsettled || needs_final_run(&it, b)))
			interpret_block(&it, b, s);
	if (it.unsettled && !it.failed) {
		diag_prog(a->m, a->p, "internal error: the abstract interpretation did not settle");
		it.failed = true;
	}
	free(it.scratch);
	free(s);
	free(it.callers);
	free(it.caller_start);
	free(it.sum);
	free(it.queue);
	free(it.queued);
	free(it.changes);
	free(it.last_run);
	free(it.up_version_at);
	free(it.reached);
	free(it.in);
	return it.failed ? -1 : 0;
}
