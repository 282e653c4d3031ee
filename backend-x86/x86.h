/* x86.h - the x86-64 backend's internal interface: registers, the encoder (pure
 * functions from operands to bytes appended to a code buffer), and the pieces that
 * isel.c, prologue.c and tailcall.c share.
 *
 * Register mapping (as the kernel's x86 JIT): BPF r0-r5 sit in the SysV return and
 * argument registers, so a helper call is a plain native call; r6-r9 are callee-saved;
 * r10 is the frame pointer. r9/r10/r11 are scratch; r12 points at the tail-call counter.
 */
#ifndef BPFAOT_X86_H
#define BPFAOT_X86_H

#include "codebuf.h"
#include "target.h"

#include <stdbool.h>
#include <stdint.h>

enum x86_reg {
	RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI,
	R8, R9, R10, R11, R12, R13, R14, R15,
};

/* BPF register -> native register, for every value of the 4-bit register fields: the
 * ones above r10 map to X86_NO_REG. */
#define X86_NO_REG 0xff
extern const uint8_t x86_bpf_reg[16];

/* Scratch registers no BPF register lives in. */
#define X86_AUX R10 /* kernel: BPF_REG_AX */
#define X86_TMP R11
#define X86_TMP2 R9 /* also the sixth argument of the generic helper call */
#define X86_TCC_PTR R12 /* points at the per-invocation tail-call counter */

/* Two-operand ALU operations; the value is the /digit of the 0x81/0x83 group. */
enum x86_alu {
	X86_ADD = 0, X86_OR = 1, X86_AND = 4, X86_SUB = 5, X86_XOR = 6, X86_CMP = 7,
	X86_MOV = 8, X86_TEST = 9, /* no immediate group digit: handled separately */
};

/* Shift group digits (0xc1/0xd1/0xd3 /digit). */
enum x86_shift { X86_ROL = 0, X86_ROR = 1, X86_SHL = 4, X86_SHR = 5, X86_SAR = 7 };

/* 0xf7 group digits. */
enum x86_unary { X86_NOT = 2, X86_NEG = 3, X86_MUL = 4, X86_DIV = 6, X86_IDIV = 7 };

/* Condition codes (the low nibble of jcc). */
enum x86_cc {
	CC_B = 2, CC_AE = 3, CC_E = 4, CC_NE = 5, CC_BE = 6, CC_A = 7, CC_S = 8,
	CC_L = 0xc, CC_GE = 0xd, CC_LE = 0xe, CC_G = 0xf,
	CC_ALWAYS = 0x10, /* an unconditional jmp */
};

/* ---- encoder.c: every function appends one instruction (x86_divide: a sequence) ---- */

/* The encoder writes into room its caller reserved (code_reserve): this much per BPF
 * instruction, and per prologue or epilogue. The longest sequences (a tail call, a
 * per-CPU array lookup) take under 100 bytes. */
#define X86_MAX_CODE_PER_INSN 256

/* op dst, src (ADD OR AND SUB XOR CMP MOV TEST), 32- or 64-bit. */
void x86_alu_rr(struct prog_code *c, enum x86_alu op, bool is64, int dst, int src);
/* op dst, imm (sign-extended imm32 for 64-bit; shortest form). TEST too. */
void x86_alu_ri(struct prog_code *c, enum x86_alu op, bool is64, int dst, int32_t imm);
/* op dst, [base + disp] (ADD CMP MOV: the load direction). */
void x86_alu_rm(struct prog_code *c, enum x86_alu op, bool is64, int dst, int base, int32_t disp);
/* dst = imm in the shortest form: xor, mov r32, mov r64 simm32, movabs. Clobbers flags
 * when imm is 0. is64 false: the low 32 bits, zero-extended. */
void x86_mov_imm(struct prog_code *c, bool is64, int dst, uint64_t imm);
/* mov dst, imm64 (always the 10-byte movabs). */
void x86_movabs(struct prog_code *c, int dst, uint64_t imm);
void x86_shift_ri(struct prog_code *c, enum x86_shift op, bool is64, int dst, uint8_t count);
void x86_shift_cl(struct prog_code *c, enum x86_shift op, bool is64, int dst);
/* 16-bit rotate of the low word: ror dst16, 8 (swaps its two bytes). */
void x86_ror16_8(struct prog_code *c, int dst);
void x86_unary(struct prog_code *c, enum x86_unary op, bool is64, int reg);
void x86_imul_rr(struct prog_code *c, bool is64, int dst, int src);
void x86_imul_rri(struct prog_code *c, bool is64, int dst, int src, int32_t imm);
/* cmovcc dst, src (cc not CC_ALWAYS). */
void x86_cmov(struct prog_code *c, enum x86_cc cc, bool is64, int dst, int src);
/* movzx dst32, src8/src16 (from_size 1 or 2). */
void x86_movzx_rr(struct prog_code *c, int from_size, int dst, int src);
/* movsx dst, src8/src16/src32 (to64 false: into dst32, from_size 1 or 2). */
void x86_movsx_rr(struct prog_code *c, bool to64, int from_size, int dst, int src);
void x86_bswap(struct prog_code *c, bool is64, int reg);
/* cqo (64) / cdq (32). */
void x86_sign_extend_ax(struct prog_code *c, bool is64);
/* dst = dst / divisor or dst % divisor (div, or idiv when is_signed), rax and rdx kept;
 * divisor non-zero, not -1 when signed, and neither rax nor rdx (which div uses):
 *     mov r10, rax ; mov r9, rdx   ; unless dst is that register
 *     mov rax, dst
 *     xor edx, edx | cqo
 *     div divisor | idiv divisor
 *     mov dst, rax | rdx
 *     mov rax, r10 ; mov rdx, r9 */
void x86_divide(struct prog_code *c, bool is64, bool is_mod, bool is_signed, int dst, int divisor);

/* Loads and stores of size 1, 2, 4, 8 at [base + disp]. Loads zero-extend. */
void x86_load(struct prog_code *c, int size, int dst, int base, int32_t disp);
void x86_load_sx(struct prog_code *c, int size, int dst, int base, int32_t disp);
void x86_store(struct prog_code *c, int size, int base, int32_t disp, int src);
void x86_store_imm(struct prog_code *c, int size, int base, int32_t disp, int32_t imm);
/* mov dst, [base + index*8 + disp] */
void x86_load_indexed(struct prog_code *c, int dst, int base, int index, int32_t disp);

/* Atomics on [base + disp], 32- or 64-bit. */
void x86_lock_alu(struct prog_code *c, enum x86_alu op, bool is64, int base, int32_t disp, int src);
void x86_lock_xadd(struct prog_code *c, bool is64, int base, int32_t disp, int src);
void x86_xchg(struct prog_code *c, bool is64, int base, int32_t disp, int src);
void x86_lock_cmpxchg(struct prog_code *c, bool is64, int base, int32_t disp, int src);

/* cmp dword [base + disp], imm8 / inc dword [base + disp] (the tail-call counter). */
void x86_cmp_mem32_imm8(struct prog_code *c, int base, int32_t disp, int8_t imm);
void x86_inc_mem32(struct prog_code *c, int base, int32_t disp);
/* mov qword [base + disp], imm32 sign-extended */
void x86_store_imm64(struct prog_code *c, int base, int32_t disp, int32_t imm);

/* Control flow. rel is relative to the end of the instruction. */
void x86_jcc(struct prog_code *c, enum x86_cc cc, int32_t rel, bool is_short);
void x86_call_rel32(struct prog_code *c, int32_t rel);
void x86_call_symbol(struct prog_code *c, const char *symbol); /* R_X86_64_PLT32 */
void x86_jmp_reg(struct prog_code *c, int reg);
void x86_push(struct prog_code *c, int reg);
void x86_pop(struct prog_code *c, int reg);
void x86_push_imm8(struct prog_code *c, int8_t imm);
void x86_leave(struct prog_code *c);
void x86_ret(struct prog_code *c);

/* PC-relative: lea dst, [rip + symbol + addend] / mov dst, [rip + symbol + addend]. */
void x86_lea_rip(struct prog_code *c, int dst, const char *symbol, int64_t addend);
void x86_load_rip(struct prog_code *c, int dst, const char *symbol, int64_t addend);
/* Initial-exec TLS: mov dst, [rip + symbol@GOTTPOFF] (the variable's offset from fs), then
 * mov dst32, fs:[base]. */
void x86_load_gottpoff(struct prog_code *c, int dst, const char *symbol);
void x86_load32_fs(struct prog_code *c, int dst, int base);

/* Whether a displacement or immediate fits a sign-extended byte. */
static inline bool x86_fits8(int64_t v) { return v >= -128 && v <= 127; }

/* A forward jump inside one BPF instruction's sequence, patched when its target is
 * reached (always rel8: the sequences are short). */
size_t x86_jcc_forward(struct prog_code *c, enum x86_cc cc);
void x86_patch_forward(struct prog_code *c, size_t at);

/* ---- the per-program state shared by isel, prologue and tail calls ---- */

/* What a jump goes to. */
enum x86_jump_kind {
	JUMP_INSN,        /* a BPF instruction's code (target: its index) */
	JUMP_EPILOGUE,    /* the function's epilogue (target: the function) */
	JUMP_FALLTHROUGH, /* the same, from the function's last instruction: no code at all */
	JUMP_CALL,        /* call rel32 to a function's start (target: the function) */
};

/* A jump or call whose encoding depends on offsets, emitted long (jcc/jmp/call rel32) by
 * isel and sized by target.c. Offsets are the first pass's. */
struct x86_jump {
	uint32_t at;                  /* its first byte */
	uint32_t target;              /* by kind */
	uint32_t first;               /* the first jump of its BPF instruction */
	uint32_t target_at;           /* where the target starts */
	uint32_t target_jumps_before; /* jumps before the target */
	uint8_t kind;                 /* enum x86_jump_kind */
	uint8_t cc;                   /* enum x86_cc */
};

/* One native frame, per BPF function (entry or subprogram). */
struct x86_frame {
	uint8_t saved[4];   /* callee-saved registers pushed after rbp, in push order */
	uint8_t n_saved;
	uint32_t alloc;     /* bytes below rbp: BPF stack (+ may_goto counter) + alignment */
	int32_t may_goto_slot; /* rbp-relative offset of the may_goto counter, 0 if none */
	bool has_frame;     /* push rbp; mov rbp, rsp (r10) ... leave */
};

struct x86_ctx {
	const struct codegen_input *in;
	struct prog_code *code;
	struct x86_frame *frames;   /* per subprogram */
	struct x86_jump *jumps;     /* in code order */
	size_t n_jumps, cap_jumps;
	bool needs_counter;         /* the program makes tail calls: emit the entry wrapper */
	uint32_t func;              /* subprogram being emitted */
	uint32_t func_end;          /* one past its last instruction */
	uint32_t insn_first_jump;   /* index of its first jump record */
};

/* target.c: emit a jump long and record it. */
void x86_record_jump(struct x86_ctx *x, enum x86_jump_kind kind, enum x86_cc cc, uint32_t target);

/* prologue.c */
/* Each function's frame, and whether the program makes tail calls (needs_counter), from
 * one scan over the instructions. */
void x86_frames_plan(struct x86_ctx *x);
void x86_emit_entry_wrapper(struct x86_ctx *x);
void x86_emit_prologue(struct x86_ctx *x, uint32_t func);
void x86_emit_epilogue(struct x86_ctx *x, uint32_t func);
void x86_emit_frame_unwind(struct x86_ctx *x, uint32_t func);

/* tailcall.c */
int x86_emit_tail_call(struct x86_ctx *x, uint32_t insn);

/* isel.c: instruction i's code. Returns 0, 1 when that code covers the next instruction
 * too (ld_imm64's second half, or one fused into a conditional move or jump), or -1 after
 * a diagnostic. */
int x86_emit_insn(struct x86_ctx *x, uint32_t i);

#endif
