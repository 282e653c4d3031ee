/* a64.h - the AArch64 backend's internals, shared by isel.c, prologue.c, tailcall.c.
 *
 * Register mapping (as the kernel's arm64 JIT):
 *   BPF r0 -> x7          return value; moved from x0 after every call
 *   BPF r1-r5 -> x0-x4    arguments: helper calls need no shuffling
 *   BPF r6-r9 -> x19-x22  callee-saved
 *   BPF r10 -> x25        frame pointer of the BPF stack (callee-saved)
 *   x26                   pointer to this invocation's tail-call counter (callee-saved,
 *                         set by the entry wrapper only, so no other frame saves it)
 *   x10-x13               scratch, never live across BPF instructions
 *   x5                    helper id for bpfaot_helper_call
 *
 * Code layout of one program (see prologue.c for the frame):
 *   entry wrapper (program start): reset the counter, call the tail-call entry, return
 *   tail-call entry = subprogram 0's prologue, body, epilogue
 *   each further subprogram: prologue, body, epilogue
 */
#ifndef BPFAOT_A64_H
#define BPFAOT_A64_H

#include "encoder.h"
#include "target.h"

#include <stdbool.h>
#include <stdint.h>

#define A64_R0 7
#define A64_TCC_PTR 26
#define A64_BPF_FP 25
#define A64_TMP 10
#define A64_TMP2 11
#define A64_TMP3 12
#define A64_TMP4 13
#define A64_HELPER_ID 5

/* Loop budget of may_goto per frame (the kernel's BPF_MAX_LOOPS). */
#define A64_MAY_GOTO_BUDGET (8u * 1024 * 1024)

enum a64_fixup_kind {
	A64_FIX_INSN,     /* branch to the body of BPF instruction `target` */
	A64_FIX_SUBPROG,  /* bl/adr to the prologue of subprogram `target` */
	A64_FIX_EPILOGUE, /* branch to the epilogue of subprogram `target` */
	A64_FIX_LOCAL,    /* branch to native offset `target` (already known when patched) */
};

struct a64_fixup {
	uint32_t at; /* offset of the branch instruction */
	enum a64_fixup_kind kind;
	uint32_t target;
	uint32_t insn; /* BPF instruction it belongs to, for diagnostics */
};

/* What one function's frame holds (prologue.c). */
struct a64_frame {
	bool may_goto;     /* a may_goto budget slot at [sp] */
	bool uses_fp;      /* x25 is saved and set: the function has a BPF stack or reads r10 */
	bool leaf;         /* no frame at all: no calls, no stack, no callee-saved register */
	int saved[6];      /* callee-saved registers pushed after x29/x30, in push order */
	unsigned n_saved;
};

struct a64_ctx {
	const struct codegen_input *in;
	struct prog_code *code;
	bool lse;             /* ARMv8.1 LSE atomics (target aarch64-lse) */
	uint32_t *body;       /* per BPF instruction: native offset of its code */
	uint32_t *sub_entry;  /* per subprogram: native offset of its prologue */
	uint32_t *epilogue;   /* per subprogram: native offset of its epilogue */
	struct a64_frame *frames; /* per subprogram */
	struct a64_fixup *fixups;
	size_t n_fixups, cap_fixups;
	uint32_t sub;         /* subprogram being emitted */
	uint32_t insn;        /* BPF instruction being emitted */
	bool fused_next;      /* it also emitted the next instruction's code */
};

/* The native register of a BPF register. */
int a64_reg(int bpf_reg);

void a64_emit(struct a64_ctx *c, uint32_t word);
uint32_t a64_here(const struct a64_ctx *c);
/* Emit a branch (B, BL, B.cond, CBZ, CBNZ, ADR encoded with offset 0) and record where
 * it must point. */
void a64_emit_fixup(struct a64_ctx *c, uint32_t word, enum a64_fixup_kind kind, uint32_t target);
/* A forward branch inside one sequence: emit it now, point it at a64_here() later. */
uint32_t a64_emit_forward(struct a64_ctx *c, uint32_t word);
void a64_bind_forward(struct a64_ctx *c, uint32_t at);
/* bl SYMBOL with R_AARCH64_CALL26. */
void a64_emit_call_symbol(struct a64_ctx *c, const char *symbol);
/* adrp Rd, SYMBOL+addend; add Rd, Rd, :lo12:SYMBOL+addend. */
void a64_emit_adr_symbol(struct a64_ctx *c, int rd, const char *symbol, int64_t addend);
/* Materialise a constant in the fewest instructions; the 32-bit form zero-extends. */
void a64_emit_mov_imm(struct a64_ctx *c, bool sf, int rd, uint64_t value);

/* The frame of subprogram `sub` below x25: the BPF stack (+16 for the may_goto slot). */
uint32_t a64_frame_alloc(const struct a64_ctx *c, uint32_t sub);

/* prologue.c */
/* Fill c->frames: which callee-saved registers each subprogram touches, may_goto. */
void a64_scan_frames(struct a64_ctx *c);
/* The entry wrapper at offset 0; returns the tail-call entry offset (where it ends). */
uint32_t a64_emit_entry_wrapper(struct a64_ctx *c);
void a64_emit_prologue(struct a64_ctx *c, uint32_t sub);
void a64_emit_epilogue(struct a64_ctx *c);
/* Restore the caller's registers and stack without returning (tail calls). */
void a64_emit_unwind(struct a64_ctx *c);

/* tailcall.c: a BPF_JMP|BPF_TAIL_CALL instruction. Returns 0 or -1 after a diagnostic. */
int a64_emit_tail_call(struct a64_ctx *c, const struct bpf_insn *insn);

/* isel.c */
int a64_compile(const struct codegen_input *in, struct prog_code *out, bool lse);

#endif
