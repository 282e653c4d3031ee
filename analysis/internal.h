/* internal.h - state shared by the analysis passes (not part of the public contract).
 *
 * The passes run in this order over one linked program (analysis.c drives them):
 *   verify.c    structural checks of every instruction (opcodes, unused fields, r10)
 *   cfg.c       subprograms, basic blocks, jump ranges, reachability, paths to exit
 *   absint.c    abstract interpretation over registers and stack slots
 *   tailcall.c  used_maps[], tail-call classification, imm encoding, rewrite
 *   stack.c     stack depth per subprogram and along call chains, limits, recursion
 *   compat.c    statically initialised prog arrays vs the programs that use them
 */
#ifndef BPFAOT_ANALYSIS_INTERNAL_H
#define BPFAOT_ANALYSIS_INTERNAL_H

#include "analysis.h"

#include <stdbool.h>
#include <stdint.h>

#define NO_INDEX UINT32_MAX
#define N_REGS 11                  /* r0-r10 */
#define N_SLOTS (MAX_STACK / 8)    /* 8-byte stack slots of one frame */

/* Abstract values. The lattice per kind is flat: equal values join to themselves,
 * different ones to something less precise (see absint.c: val_join). */
enum val_kind {
	V_UNINIT,    /* not written on any path to here (the bottom; reading a register is an error) */
	V_SCALAR,    /* a number with known bits: val their values, mask the unknown bits
		      * (the kernel's tnum); mask ~0: nothing known */
	V_CONST,     /* a known 64-bit number (val) */
	V_CTX,       /* the program's context pointer */
	V_STACK,     /* pointer into a frame: id = frames up (0 = own), val = offset from r10 */
	V_STACK_ANY, /* a stack pointer whose frame or offset is not known; val = the lowest
		      * own-frame offset it was derived from (0 if none): its accesses
		      * count towards the stack depth from there */
	V_MAP,       /* a map itself: id = used_maps slot (lowest one when poisoned) */
	V_MAP_VALUE, /* pointer into a map's value: id = module map index */
	V_PTR,       /* some other pointer (ctx + n, packet, ...) */
};

struct aval {
	uint8_t kind;
	uint8_t bytes;          /* stack slots holding V_CONST: which bytes are known */
	bool poisoned;          /* V_MAP: different maps reach this point */
	bool all_prog_arrays;   /* V_MAP: every map that can reach here is a prog array */
	uint32_t id;
	uint64_t val;
	uint64_t mask;          /* V_SCALAR: the unknown bits */
};

/* No padding: frames are compared with memcmp (state_join). */
_Static_assert(sizeof(struct aval) == 24, "struct aval has padding");

/* Programs use few slots of a frame: the slots below lo are V_UNINIT and not stored
 * (their memory is undefined), so that copies and joins cover only the used part. Read
 * a slot with slot_value, write it through slot_at. */
struct astate {
	struct aval reg[N_REGS];
	uint64_t up_written;       /* slots of the caller's frame (same numbering) that this
				    * subprogram has overwritten, 8 bytes at a known offset,
				    * on every path from its entry */
	uint32_t lo;               /* slot[lo..N_SLOTS) are stored */
	struct aval slot[N_SLOTS]; /* slot[i] covers r10 - 512 + 8 * i; last (see state_copy) */
};

struct ana_sub {
	const char *name;
	uint32_t start, end; /* instruction range [start, end) */
	bool global;
	bool has_tail_call;
	uint32_t stack_depth; /* deepest byte below r10 seen by the interpretation */
};

struct cfg_block {
	uint32_t first, last; /* instruction indices; last is the block's final instruction */
	uint32_t sub;
	uint32_t succ[2];     /* successor blocks inside the subprogram, NO_INDEX if none */
	uint32_t callee;      /* block ends with a bpf-to-bpf call: callee subprogram, else NO_INDEX */
};

struct tail_site_state {
	uint32_t insn;
	bool reached;
	struct aval r2, r3;
};

struct ana_prog {
	struct module *m;
	struct prog *p;
	struct prog_analysis *out;
	struct ana_sub *subs;
	uint32_t n_subs;
	uint8_t *ld_hi;       /* 1 for the second slot of an ld_imm64 */
	uint32_t *sub_of;     /* instruction -> subprogram */
	struct cfg_block *blocks;
	uint32_t n_blocks;
	uint32_t *block_of;   /* first instruction of a block -> block, else NO_INDEX */
	uint32_t *map_slot;   /* module map index -> used_maps slot, NO_INDEX if unused */
	uint32_t *special;    /* in order, every instruction of class JMP or JMP32 and the
			       * first slot of every ld_imm64 (noted by verify.c): what
			       * cfg.c and tailcall.c walk instead of every instruction */
	uint32_t n_special;
	struct tail_site_state *sites;
	uint32_t n_sites;
};

/* value.c: the values (pure functions). The constructors and tests run for every
 * instruction interpreted: inline here. */
static inline struct aval val_of(enum val_kind kind, uint32_t id, uint64_t v)
{
	struct aval r = {.kind = (uint8_t)kind, .id = id, .val = v};
	if (kind == V_CONST)
		r.bytes = 0xff;
	return r;
}

static inline struct aval val_uninit(void) { return val_of(V_UNINIT, 0, 0); }
static inline struct aval val_const(uint64_t v) { return val_of(V_CONST, 0, v); }

/* Known bits: V_CONST when mask is 0. */
static inline struct aval val_bits(uint64_t v, uint64_t mask)
{
	if (!mask)
		return val_const(v);
	struct aval r = val_of(V_SCALAR, 0, v & ~mask);
	r.mask = mask;
	return r;
}

static inline struct aval val_scalar(void) { return val_bits(0, ~0ull); }

/* V_CONST (all bytes) or V_SCALAR */
static inline bool val_is_number(const struct aval *v)
{
	return v->kind == V_SCALAR || (v->kind == V_CONST && v->bytes == 0xff);
}

static inline bool val_eq(const struct aval *x, const struct aval *y)
{
	return x->kind == y->kind && x->bytes == y->bytes && x->mask == y->mask &&
	       x->poisoned == y->poisoned && x->all_prog_arrays == y->all_prog_arrays &&
	       x->id == y->id && x->val == y->val;
}

static inline struct aval slot_value(const struct astate *s, uint32_t i)
{
	return i < s->lo ? val_uninit() : s->slot[i];
}

/* Slot i, stored from now on (the slots this adds to the stored part are V_UNINIT). */
static inline struct aval *slot_at(struct astate *s, uint32_t i)
{
	if (i < s->lo) {
		for (uint32_t k = i; k < s->lo; k++)
			s->slot[k] = val_uninit();
		s->lo = i;
	}
	return &s->slot[i];
}

void state_copy(struct astate *to, const struct astate *from); /* the stored part */
bool val_is_stack(const struct aval *v);
int64_t val_own_base(const struct aval *v);   /* own-frame offset a stack pointer comes from */
struct aval val_join(struct aval x, struct aval y);
bool state_join(struct astate *into, const struct astate *from); /* true if into changed */
uint64_t val_sign_extend(uint64_t v, unsigned bits);
uint64_t alu_endian(const struct bpf_insn *insn, uint64_t v);
int val_branch_taken(const struct bpf_insn *insn, const struct astate *s); /* 1, 0, -1 unknown */
bool val_refine_equal(const struct bpf_insn *insn, const struct astate *s, struct astate *out);

/* Each returns 0, or -1 after printing one diagnostic. */
int verify_insns(struct ana_prog *a);
int cfg_build(struct ana_prog *a);
int absint_run(struct ana_prog *a);
int tailcall_collect_maps(struct ana_prog *a);
int tailcall_classify(struct ana_prog *a);
int stack_check(struct ana_prog *a);
int compat_check(struct module *m, const struct prog_analysis *analyses);

/* The instruction that a jump at insn goes to (conditional or not). */
uint32_t cfg_jump_target(const struct bpf_insn *insn, uint32_t at);
/* Asked of every instruction by several passes: inline. */
static inline bool cfg_is_jump(const struct bpf_insn *insn)
{
	uint8_t cls = BPF_CLASS(insn->code), op = BPF_OP(insn->code);
	return (cls == BPF_JMP || cls == BPF_JMP32) && op != BPF_CALL && op != BPF_EXIT;
}

const char *map_type_name(uint32_t type);

#endif
