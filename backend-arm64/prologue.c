/* prologue.c - the entry wrapper, the frame of every function, and its unwinding.
 *
 * The program's native symbol points at a wrapper that owns the tail-call counter:
 *
 *   0:  stp x29, x30, [sp, #-16]!
 *   4:  stp x26, xzr, [sp, #-16]!   save the caller's x26; the counter = 0 at [sp + 8]
 *   8:  add x26, sp, #8             x26 -> counter, shared by every frame below
 *  12:  bl  tail_entry
 *  16:  ldp x26, xzr, [sp], #16
 *  20:  ldp x29, x30, [sp], #16
 *  24:  ret
 *  28:  tail_entry:                 (A64_TAIL_ENTRY = 7 instructions * 4)
 *
 * The tail-call entry, like every subprogram, is a plain function (arguments in x0-x4,
 * x26 inherited, result in x0) with this frame:
 *
 *   stp x29, x30, [sp, #-16]!
 *   mov x29, sp
 *   stp x19, x20, [sp, #-16]!       the callee-saved registers it writes (r6-r9), in pairs;
 *   stp x21, x25, [sp, #-16]!       x25 when it has a BPF stack or reads r10; an odd one
 *                                   is paired with xzr
 *   mov x25, sp                     BPF r10
 *   sub sp, sp, #frame              the BPF stack (+16: the may_goto budget at [sp])
 *
 * A leaf function (no calls, no stack, no callee-saved register) has no frame at all.
 *
 * So a tail call only has to undo that frame and branch: the target builds the same
 * frame and returns to whoever called the function that made the tail call - the
 * wrapper for the entry program, the caller of a subprogram otherwise.
 */
#include "a64.h"

#include "util.h"

#include <stdlib.h>

#define A64_TAIL_ENTRY (7 * 4)

uint32_t a64_emit_entry_wrapper(struct a64_ctx *c)
{
	a64_emit(c, a64_push_pair(A64_FP, A64_LR));
	a64_emit(c, a64_push_pair(A64_TCC_PTR, A64_ZR));
	a64_emit(c, a64_addsub_imm(A64_ADD, true, A64_TCC_PTR, A64_SP, 8, false));
	a64_emit(c, a64_bl(4 * 4)); /* over bl, ldp, ldp, ret */
	a64_emit(c, a64_pop_pair(A64_TCC_PTR, A64_ZR));
	a64_emit(c, a64_pop_pair(A64_FP, A64_LR));
	a64_emit(c, a64_ret());
	return A64_TAIL_ENTRY;
}

static bool references(const struct bpf_insn *insn, int reg)
{
	return insn->dst_reg == reg || insn->src_reg == reg;
}

/* Registers a function must save: r6-r9 when any of its instructions names them (as a
 * destination or a source: atomics with fetch write their source), x25 when it has a
 * stack frame or reads r10. */
void a64_scan_frames(struct a64_ctx *c)
{
	const struct prog *p = c->in->prog;
	bool *uses = xcalloc((size_t)p->n_subprogs * MAX_BPF_REG, sizeof(bool)); /* [sub][reg] */
	bool *calls = xcalloc(p->n_subprogs, sizeof(bool));
	for (uint32_t i = 0; i < p->n_insns; i++) {
		const struct bpf_insn *insn = &p->insns[i];
		uint32_t sub = prog_subprog_of(p, i);
		if (insn->code == (BPF_JMP | BPF_JCOND))
			c->frames[sub].may_goto = true;
		if (BPF_CLASS(insn->code) == BPF_JMP && BPF_OP(insn->code) == BPF_CALL)
			calls[sub] = true;
		for (int reg = BPF_REG_6; reg <= BPF_REG_10; reg++)
			if (references(insn, reg))
				uses[sub * MAX_BPF_REG + reg] = true;
		if (insn_is_ld_imm64(insn))
			i++; /* the second half holds no registers */
	}
	for (uint32_t sub = 0; sub < p->n_subprogs; sub++) {
		struct a64_frame *f = &c->frames[sub];
		for (int reg = BPF_REG_6; reg <= BPF_REG_9; reg++)
			if (uses[sub * MAX_BPF_REG + reg])
				f->saved[f->n_saved++] = a64_reg(reg);
		f->uses_fp = uses[sub * MAX_BPF_REG + BPF_REG_10] || a64_frame_alloc(c, sub) > 0;
		if (f->uses_fp)
			f->saved[f->n_saved++] = A64_BPF_FP;
		/* x30 survives when nothing is called: a tail call's br keeps returning to
		 * this function's caller without any frame. */
		f->leaf = !calls[sub] && f->n_saved == 0;
	}
	free(uses);
	free(calls);
}

/* The i-th pair of saved registers; an odd last one goes with xzr. */
static void saved_pair(const struct a64_frame *f, unsigned i, int *a, int *b)
{
	*a = f->saved[2 * i];
	*b = 2 * i + 1 < f->n_saved ? f->saved[2 * i + 1] : A64_ZR;
}

void a64_emit_prologue(struct a64_ctx *c, uint32_t sub)
{
	const struct a64_frame *f = &c->frames[sub];
	if (f->leaf)
		return;
	a64_emit(c, a64_push_pair(A64_FP, A64_LR));
	a64_emit(c, a64_mov_sp(A64_FP, A64_SP));
	for (unsigned i = 0; 2 * i < f->n_saved; i++) {
		int a, b;
		saved_pair(f, i, &a, &b);
		a64_emit(c, a64_push_pair(a, b));
	}
	if (!f->uses_fp)
		return;
	a64_emit(c, a64_mov_sp(A64_BPF_FP, A64_SP));
	uint32_t frame = a64_frame_alloc(c, sub);
	if (frame >= 4096) {
		a64_emit(c, a64_addsub_imm(A64_SUB, true, A64_SP, A64_SP, frame >> 12, true));
		frame &= 0xfff;
	}
	if (frame)
		a64_emit(c, a64_addsub_imm(A64_SUB, true, A64_SP, A64_SP, frame, false));
	if (f->may_goto) {
		a64_emit_mov_imm(c, true, A64_TMP, A64_MAY_GOTO_BUDGET);
		a64_emit(c, a64_str_uimm(A64_X, A64_TMP, A64_SP, 0));
	}
}

void a64_emit_unwind(struct a64_ctx *c)
{
	const struct a64_frame *f = &c->frames[c->sub];
	if (f->leaf)
		return;
	if (f->uses_fp)
		a64_emit(c, a64_mov_sp(A64_SP, A64_BPF_FP));
	for (unsigned i = (f->n_saved + 1) / 2; i-- > 0;) {
		int a, b;
		saved_pair(f, i, &a, &b);
		a64_emit(c, a64_pop_pair(a, b));
	}
	a64_emit(c, a64_pop_pair(A64_FP, A64_LR));
}

void a64_emit_epilogue(struct a64_ctx *c)
{
	a64_emit_unwind(c);
	a64_emit(c, a64_mov_reg(true, 0, A64_R0));
	a64_emit(c, a64_ret());
}
