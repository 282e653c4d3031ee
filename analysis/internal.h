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
	V_UNINIT,    /* not written on some path (registers: reading it is an error) */
	V_SCALAR,    /* a number we know nothing about */
	V_CONST,     /* a known 64-bit number (val) */
	V_CTX,       /* the program's context pointer */
	V_STACK,     /* pointer into a frame: id = frames up (0 = own), val = offset from r10 */
	V_STACK_ANY, /* a stack pointer whose frame or offset differs between paths */
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
};

struct astate {
	struct aval reg[N_REGS];
	struct aval slot[N_SLOTS]; /* slot[i] covers r10 - 512 + 8 * i */
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
	struct tail_site_state *sites;
	uint32_t n_sites;
};

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
bool cfg_is_jump(const struct bpf_insn *insn);
bool cfg_is_cond_jump(const struct bpf_insn *insn);

const char *map_type_name(uint32_t type);

#endif
