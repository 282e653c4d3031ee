/* prologue.c - frames: the entry wrapper, each function's prologue and epilogue.
 *
 * An entry program OBJ__PROG is called from C. Its first bytes set up what one
 * invocation shares, then call its own body like a subprogram:
 *
 *   OBJ__PROG:
 *     push r12            ; the caller's r12 (callee-saved in the SysV ABI)
 *     push 0              ; the tail-call counter: one per invocation, on this stack
 *     mov r12, rsp        ; r12 -> the counter, for every function of the invocation
 *     push rax            ; keep the body's entry aligned like a C function's
 *     call .Lbody
 *     add rsp, 16         ; drop the alignment slot and the counter
 *     pop r12
 *     ret
 *   .Lbody:               ; = OBJ__PROG + X86_TAIL_ENTRY: where tail calls land
 *     push rbp
 *     mov rbp, rsp        ; BPF r10
 *     sub rsp, ALLOC      ; BPF stack (+ may_goto counter), keeps calls 16-byte aligned
 *     push rbx ...        ; the callee-saved registers this function uses (r6-r9)
 *
 * A program that makes no tail calls never reads the counter: it has no wrapper, and its
 * tail-call entry is its first byte.
 *
 * Every function, entry body or subprogram, has that same shape from .Lbody on and
 * leaves with the mirror image (pop ...; leave; ret). A function that neither reads r10
 * nor calls anything leaves out push rbp / mov rbp, rsp / leave (rbp is not its frame
 * pointer, and nothing needs its stack aligned). So a tail call unwinds the frame of
 * the function it is made from and jumps to the target's body: the target returns its
 * r0 to whoever called that function — the entry wrapper or a BPF caller.
 */
#include "x86.h"

#include "util.h"

#include <assert.h>

/* The wrapper's pieces, in bytes, summed into the tail-call entry offset. */
#define WRAP_PUSH_R12 2      /* 41 54 */
#define WRAP_PUSH_COUNTER 2  /* 6a 00 */
#define WRAP_MOV_R12_RSP 3   /* 49 89 e4 */
#define WRAP_PUSH_ALIGN 1    /* 50 */
#define WRAP_CALL 5          /* e8 rel32 */
#define WRAP_ADD_RSP_16 4    /* 48 83 c4 10 */
#define WRAP_POP_R12 2       /* 41 5c */
#define WRAP_RET 1           /* c3 */
#define WRAP_AFTER_CALL (WRAP_ADD_RSP_16 + WRAP_POP_R12 + WRAP_RET)
#define X86_TAIL_ENTRY (WRAP_PUSH_R12 + WRAP_PUSH_COUNTER + WRAP_MOV_R12_RSP + WRAP_PUSH_ALIGN + \
			WRAP_CALL + WRAP_AFTER_CALL) /* = 20 */

/* The kernel's may_goto budget per frame (BPF_MAX_LOOPS). */
#define MAY_GOTO_BUDGET (8 * 1024 * 1024)

static uint32_t round_up(uint32_t v, uint32_t to)
{
	return (v + to - 1) / to * to;
}

static uint32_t func_end(const struct prog *p, uint32_t f)
{
	return f + 1 < p->n_subprogs ? p->subprogs[f + 1].start : p->n_insns;
}

/* What the frame of a function depends on, from one scan over its instructions. */
struct function_facts {
	uint32_t used;   /* the BPF registers it touches (r10 included): bit r */
	bool may_goto;
	bool calls;      /* helpers, subprograms, callx */
	bool tail_calls; /* the entry wrapper's counter is needed */
};

static bool is_tail_call(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_TAIL_CALL) || insn_is_tail_call(insn);
}

/* The opcodes the frame scan looks at more closely; all others only name registers. */
enum scan_kind { SCAN_PLAIN, SCAN_CALL, SCAN_MAY_GOTO, SCAN_TAIL_CALL, SCAN_LD_IMM64 };

static const uint8_t scan_kind[256] = {
	[BPF_JMP | BPF_CALL] = SCAN_CALL, /* helpers (a tail call among them), subprograms */
	[BPF_JMP | BPF_CALL | BPF_X] = SCAN_CALL,
	[BPF_JMP | BPF_JCOND] = SCAN_MAY_GOTO,
	[BPF_JMP | BPF_TAIL_CALL] = SCAN_TAIL_CALL,
	[BPF_LD | BPF_IMM | BPF_DW] = SCAN_LD_IMM64,
};

/* Instruction i of a kind other than SCAN_PLAIN into `facts` (its registers but dst, which
 * the caller counted); returns how many instructions after it it covers (ld_imm64's
 * second half, which names no register). Out of line: the loop below stays small. */
__attribute__((noinline)) static uint32_t scan_special(const struct prog *p, uint32_t i, uint32_t end,
						       struct function_facts *facts)
{
	const struct bpf_insn *insn = &p->insns[i];
	enum scan_kind kind = (enum scan_kind)scan_kind[insn->code];
	facts->may_goto |= kind == SCAN_MAY_GOTO;
	facts->calls |= kind == SCAN_CALL;
	facts->tail_calls |= is_tail_call(insn);
	if (kind == SCAN_MAY_GOTO || kind == SCAN_TAIL_CALL)
		facts->used |= 1u << insn->src_reg;
	if (kind != SCAN_LD_IMM64 || i + 1 >= end)
		return 0;
	/* any instruction may be a tail call */
	facts->tail_calls |= is_tail_call(&p->insns[i + 1]);
	return 1;
}

/* The registers of the pairs marked in `pairs` (indexed by insn_regs_byte: both nibbles
 * count alike). */
static uint32_t pair_registers(const uint8_t pairs[256])
{
	uint32_t used = 0;
	for (uint32_t k = 0; k < 256; k++)
		if (pairs[k])
			used |= 1u << (k & 15) | 1u << (k >> 4);
	return used;
}

static struct function_facts scan_function(const struct prog *p, uint32_t f)
{
	struct function_facts facts = {0};
	const struct bpf_insn *insns = p->insns;
	uint32_t used = 0, end = func_end(p, f);
	/* The register pairs the plain instructions name: one store per instruction here,
	 * the registers read off the 256 pairs once per function. A plain instruction's src
	 * names a register (the other LD-class opcodes, whose src may not, fail isel: the
	 * frame of such a program is never used). */
	uint8_t pairs[256] = {0};
	for (uint32_t i = p->subprogs[f].start; i < end; i++) {
		const struct bpf_insn *insn = &insns[i];
		if (scan_kind[insn->code] == SCAN_PLAIN) {
			pairs[insn_regs_byte(insn)] = 1;
		} else {
			used |= 1u << insn->dst_reg;
			i += scan_special(p, i, end, &facts);
		}
	}
	/* registers above 10 fall outside the mask */
	facts.used = (facts.used | used | pair_registers(pairs)) & 0x7ff;
	return facts;
}

void x86_frames_plan(struct x86_ctx *x)
{
	const struct prog *p = x->in->prog;
	const struct prog_analysis *a = x->in->analysis;
	x->needs_counter = false;
	for (uint32_t f = 0; f < p->n_subprogs; f++) {
		struct x86_frame *fr = &x->frames[f];
		struct function_facts facts = scan_function(p, f);
		uint32_t used = facts.used;
		bool may_goto = facts.may_goto, calls = facts.calls;
		x->needs_counter |= facts.tail_calls;
		fr->n_saved = 0;
		for (int r = 6; r <= 9; r++)
			if (used & 1u << r)
				fr->saved[fr->n_saved++] = x86_bpf_reg[r];
		uint32_t depth = a && a->frames ? a->frames[f].stack_depth : MAX_STACK;
		uint32_t below = round_up(depth, 8);
		fr->may_goto_slot = 0;
		if (may_goto) {
			below += 8;
			fr->may_goto_slot = -(int32_t)below;
		}
		/* rbp is 16-aligned (body entry is 8 mod 16, then push rbp); the pushes
		 * after the allocation must leave rsp 16-aligned for calls. */
		fr->alloc = round_up(below, 16);
		if ((fr->alloc + 8u * fr->n_saved) % 16)
			fr->alloc += 8;
		/* A function that never reads r10 and calls nothing needs neither rbp nor an
		 * aligned stack: no push rbp / mov rbp, rsp / leave. */
		fr->has_frame = (used & 1u << 10) || may_goto || calls || depth > 0;
		if (!fr->has_frame)
			fr->alloc = 0;
	}
}

void x86_emit_entry_wrapper(struct x86_ctx *x)
{
	struct prog_code *c = x->code;
	x86_push(c, R12);
	x86_push_imm8(c, 0);
	x86_alu_rr(c, X86_MOV, true, R12, RSP);
	x86_push(c, RAX);
	x86_call_rel32(c, WRAP_AFTER_CALL);
	x86_alu_ri(c, X86_ADD, true, RSP, 16);
	x86_pop(c, R12);
	x86_ret(c);
	assert(c->size == X86_TAIL_ENTRY); /* the wrapper is the program's first code */
	c->tail_entry = X86_TAIL_ENTRY;
}

void x86_emit_prologue(struct x86_ctx *x, uint32_t func)
{
	struct prog_code *c = x->code;
	const struct x86_frame *fr = &x->frames[func];
	if (fr->has_frame) {
		x86_push(c, RBP);
		x86_alu_rr(c, X86_MOV, true, RBP, RSP);
	}
	if (fr->alloc)
		x86_alu_ri(c, X86_SUB, true, RSP, (int32_t)fr->alloc);
	for (int i = 0; i < fr->n_saved; i++)
		x86_push(c, fr->saved[i]);
	if (fr->may_goto_slot)
		x86_store_imm64(c, RBP, fr->may_goto_slot, MAY_GOTO_BUDGET);
}

/* pop the saved registers; leave (mov rsp, rbp; pop rbp). */
void x86_emit_frame_unwind(struct x86_ctx *x, uint32_t func)
{
	const struct x86_frame *fr = &x->frames[func];
	for (int i = fr->n_saved - 1; i >= 0; i--)
		x86_pop(x->code, fr->saved[i]);
	if (fr->has_frame)
		x86_leave(x->code);
}

void x86_emit_epilogue(struct x86_ctx *x, uint32_t func)
{
	x86_emit_frame_unwind(x, func);
	x86_ret(x->code);
}
