/* analysis.h - the verifier-like pass: what code generation needs proven.
 *
 * analysis_run() checks a linked program structurally, interprets it abstractly over
 * registers and 8-byte stack slots, and classifies every tail call. Like the kernel, it
 * rewrites each `call bpf_tail_call` in place into the internal instruction
 *
 *     code = BPF_JMP | BPF_TAIL_CALL (0xf0, see insn.h), src_reg = dst_reg = off = 0,
 *     imm  = bits  0-7:  the map's index in used_maps[]
 *            bits  8-15: 1 when the map pointer is poisoned (dynamic), else 0
 *            bits 16-31: poke descriptor index + 1 for direct tail calls, else 0
 *
 * which is what the backends read. No machine knowledge lives here.
 */
#ifndef BPFAOT_ANALYSIS_H
#define BPFAOT_ANALYSIS_H

#include "module.h"

#include <stdbool.h>
#include <stdint.h>

enum tail_call_kind {
	TAIL_CALL_STATIC,  /* one prog array on every path, key not a single constant */
	TAIL_CALL_DYNAMIC, /* different maps reach the site: bound and target read at run time */
	TAIL_CALL_DIRECT,  /* one prog array and one in-range constant key: a poke descriptor */
};

struct tail_call_site {
	uint32_t insn;            /* instruction index in prog->insns */
	enum tail_call_kind kind;
	uint32_t map;             /* module map index of the (first) prog array seen */
	bool key_known;           /* the same constant key on every path */
	uint64_t key;             /* that constant (all 64 bits, as the program computed it) */
	int32_t poke;             /* poke descriptor index, -1 if none */
	uint32_t imm;             /* the encoded imm written into the instruction */
};

/* A direct tail call's fixed target: map and slot are link-time constants. */
struct poke_desc {
	uint32_t insn;
	uint32_t map; /* module map index */
	uint32_t key; /* < max_entries */
};

struct subprog_frame {
	uint32_t stack_depth;  /* bytes the subprogram uses below r10, rounded up to 8 */
	uint32_t frame_size;   /* stack_depth rounded up to 16 (the JIT frame, 256-byte rule) */
	uint32_t chain_depth;  /* deepest total stack of any call chain from the entry to here */
	uint32_t call_depth;   /* frames on the deepest chain from the entry, 1 for the entry */
};

struct prog_analysis {
	uint32_t *used_maps;      /* module map indices in order of first reference */
	uint32_t n_used_maps;
	struct tail_call_site *tail_calls;
	uint32_t n_tail_calls;
	struct poke_desc *pokes;
	uint32_t n_pokes;
	struct subprog_frame *frames; /* one per prog->subprogs[] */
	int32_t *call_map;            /* per instruction: at a helper call by id, the module map
				       * index r1 holds on every path that reaches it (one map, not
				       * poisoned); -1 elsewhere and at unreached calls */
	uint8_t *jump_target;         /* per instruction: 1 when a jump lands on it, so that
				       * code reaches it other than by falling through */
	uint32_t max_chain_depth;     /* total stack along the deepest chain */
	bool has_subprog_calls;
	bool has_tail_calls;
};

/* Analyse and annotate every program of the module (tail calls rewritten in place).
 * analyses[] receives one result per program. Returns 0, or -1 after one diagnostic
 * (file:line: prog NAME insn N: message). */
int analysis_run(struct module *m, struct prog_analysis *analyses);
/* analysis_run in two steps, for callers that run other per-program work in between
 * (codegen/compile.c): analyse program i alone (thread-safe across programs), then, once
 * every program is analysed, check them against each other. Each returns 0, or -1 after
 * one diagnostic. */
int analysis_prog(struct module *m, uint32_t i, struct prog_analysis *out);
int analysis_check_module(struct module *m, const struct prog_analysis *analyses);
void prog_analysis_free(struct prog_analysis *a);

/* Decode a rewritten tail call's imm. */
static inline uint32_t tail_call_imm_map_slot(uint32_t imm) { return imm & 0xff; }
static inline bool tail_call_imm_dynamic(uint32_t imm) { return (imm >> 8) & 0xff; }
static inline int32_t tail_call_imm_poke(uint32_t imm) { return (int32_t)(imm >> 16) - 1; }

#endif
