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
 *   stp x19, x20, [sp, #-16]!
 *   stp x21, x22, [sp, #-16]!
 *   stp x25, x26, [sp, #-16]!
 *   mov x25, sp                     BPF r10
 *   sub sp, sp, #frame              the BPF stack (+16: the may_goto budget at [sp])
 *
 * So a tail call only has to undo that frame and branch: the target builds the same
 * frame and returns to whoever called the function that made the tail call - the
 * wrapper for the entry program, the caller of a subprogram otherwise.
 */
#include "a64.h"

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

void a64_emit_prologue(struct a64_ctx *c, uint32_t sub)
{
	a64_emit(c, a64_push_pair(A64_FP, A64_LR));
	a64_emit(c, a64_mov_sp(A64_FP, A64_SP));
	a64_emit(c, a64_push_pair(19, 20));
	a64_emit(c, a64_push_pair(21, 22));
	a64_emit(c, a64_push_pair(A64_BPF_FP, A64_TCC_PTR));
	a64_emit(c, a64_mov_sp(A64_BPF_FP, A64_SP));
	uint32_t frame = a64_frame_alloc(c, sub);
	if (frame >= 4096) {
		a64_emit(c, a64_addsub_imm(A64_SUB, true, A64_SP, A64_SP, frame >> 12, true));
		frame &= 0xfff;
	}
	if (frame)
		a64_emit(c, a64_addsub_imm(A64_SUB, true, A64_SP, A64_SP, frame, false));
	if (c->sub_may_goto[sub]) {
		a64_emit_mov_imm(c, true, A64_TMP, A64_MAY_GOTO_BUDGET);
		a64_emit(c, a64_str_uimm(A64_X, A64_TMP, A64_SP, 0));
	}
}

void a64_emit_unwind(struct a64_ctx *c)
{
	a64_emit(c, a64_mov_sp(A64_SP, A64_BPF_FP));
	a64_emit(c, a64_pop_pair(A64_BPF_FP, A64_TCC_PTR));
	a64_emit(c, a64_pop_pair(21, 22));
	a64_emit(c, a64_pop_pair(19, 20));
	a64_emit(c, a64_pop_pair(A64_FP, A64_LR));
}

void a64_emit_epilogue(struct a64_ctx *c)
{
	a64_emit_unwind(c);
	a64_emit(c, a64_mov_reg(true, 0, A64_R0));
	a64_emit(c, a64_ret());
}
