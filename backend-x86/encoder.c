/* encoder.c - x86-64 instruction encoding: operands in, bytes out.
 *
 * Every public function appends one instruction; tests/x86/encoder.c disassembles each
 * with LLVM MC and compares with hand-written assembly. Nothing here knows about BPF.
 */
#include "x86.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>

#define REX_W 0x08
#define REX_R 0x04
#define REX_X 0x02
#define REX_B 0x01

/* Each instruction is written through a cursor, as the kernel's EMIT macros do, into room
 * the caller reserved (target.c: X86_MAX_CODE_PER_INSN bytes per BPF instruction). The
 * check per instruction calls nothing that returns, so an emitter keeps its operands in
 * scratch registers; running out of room is an internal error, never an overrun. */
#define MAX_INSN 15 /* the longest x86 instruction */

/* For the put_* helpers of instruction sequences: inlined, their constant operands fold. */
#define INLINE static inline __attribute__((always_inline))

_Noreturn static void out_of_room(void)
{
	fprintf(stderr, "bpfaot: internal error: x86 code exceeds the room reserved for it\n");
	abort();
}

/* A cursor with room for n bytes (a sequence of instructions shares one check). */
static uint8_t *begin_room(struct prog_code *c, size_t n)
{
	if (c->cap - c->size < n)
		out_of_room();
	return c->bytes + c->size;
}

static uint8_t *begin(struct prog_code *c)
{
	return begin_room(c, MAX_INSN);
}

static uint8_t *put32(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
	p[2] = (uint8_t)(v >> 16);
	p[3] = (uint8_t)(v >> 24);
	return p + 4;
}

/* Registers 4-7 name spl/bpl/sil/dil as byte registers only with a REX prefix. */
static bool needs_rex_for_byte(int reg)
{
	return reg >= 4 && reg <= 7;
}

/* A REX prefix when one is needed (or forced for a byte register). */
static uint8_t *put_rex(uint8_t *p, bool w, int reg, int index, int base, bool force)
{
	uint8_t rex = 0x40 | (w ? REX_W : 0) | (reg & 8 ? REX_R : 0) | (index & 8 ? REX_X : 0) |
		      (base & 8 ? REX_B : 0);
	if (rex != 0x40 || force)
		*p++ = rex;
	return p;
}

static uint8_t modrm(int mod, int reg, int rm)
{
	return (uint8_t)(mod << 6 | (reg & 7) << 3 | (rm & 7));
}

/* The ModRM (+SIB, +displacement) of [base + disp]. rsp/r12 need a SIB byte; rbp/r13
 * have no disp-less form. */
static uint8_t *put_mem(uint8_t *p, int reg, int base, int32_t disp)
{
	int mod = disp == 0 && (base & 7) != RBP ? 0 : x86_fits8(disp) ? 1 : 2;
	*p++ = modrm(mod, reg, base);
	if ((base & 7) == RSP)
		*p++ = 0x24; /* SIB: no index, base */
	if (mod == 1)
		*p++ = (uint8_t)disp;
	else if (mod == 2)
		p = put32(p, (uint32_t)disp);
	return p;
}

/* The 1-3 opcode bytes. */
static uint8_t *put_opcode(uint8_t *p, const uint8_t *op, int n_op)
{
	for (int i = 0; i < n_op; i++)
		*p++ = op[i];
	return p;
}

/* opcode reg, rm (register-direct). */
static uint8_t *put_rr(uint8_t *p, bool w, const uint8_t *op, int n_op, int reg, int rm,
		       bool byte_regs)
{
	p = put_rex(p, w, reg, 0, rm, byte_regs && (needs_rex_for_byte(reg) || needs_rex_for_byte(rm)));
	p = put_opcode(p, op, n_op);
	*p++ = modrm(3, reg, rm);
	return p;
}

/* opcode reg, [base + disp]. */
static uint8_t *put_rm(uint8_t *p, bool w, const uint8_t *op, int n_op, int reg, int base,
		       int32_t disp, bool byte_reg)
{
	p = put_rex(p, w, reg, 0, base, byte_reg && needs_rex_for_byte(reg));
	p = put_opcode(p, op, n_op);
	return put_mem(p, reg, base, disp);
}

/* A whole instruction of either shape. */
static void emit_rr(struct prog_code *c, bool w, const uint8_t *op, int n_op, int reg, int rm,
		    bool byte_regs)
{
	code_commit(c, put_rr(begin(c), w, op, n_op, reg, rm, byte_regs));
}

static void emit_rm(struct prog_code *c, bool w, const uint8_t *op, int n_op, int reg, int base,
		    int32_t disp, bool byte_reg)
{
	code_commit(c, put_rm(begin(c), w, op, n_op, reg, base, disp, byte_reg));
}

/* An immediate of 1, 2 or 4 bytes. */
static uint8_t *put_imm(uint8_t *p, int size, int32_t imm)
{
	if (size == 1) {
		*p++ = (uint8_t)imm;
	} else if (size == 2) {
		*p++ = (uint8_t)imm;
		*p++ = (uint8_t)(imm >> 8);
	} else {
		p = put32(p, (uint32_t)imm);
	}
	return p;
}

/* The "op r/m, reg" opcode of each two-operand ALU operation. */
static uint8_t alu_store_opcode(enum x86_alu op)
{
	switch (op) {
	case X86_ADD: return 0x01;
	case X86_OR: return 0x09;
	case X86_AND: return 0x21;
	case X86_SUB: return 0x29;
	case X86_XOR: return 0x31;
	case X86_CMP: return 0x39;
	case X86_TEST: return 0x85;
	case X86_MOV: return 0x89;
	}
	return 0x89;
}

/* op dst, src */
INLINE uint8_t *put_alu_rr(uint8_t *p, enum x86_alu op, bool is64, int dst, int src)
{
	uint8_t opcode = alu_store_opcode(op);
	return put_rr(p, is64, &opcode, 1, src, dst, false);
}

void x86_alu_rr(struct prog_code *c, enum x86_alu op, bool is64, int dst, int src)
{
	code_commit(c, put_alu_rr(begin(c), op, is64, dst, src));
}

/* op dst, [base + disp]: the "load" direction (opcode + 2). */
void x86_alu_rm(struct prog_code *c, enum x86_alu op, bool is64, int dst, int base, int32_t disp)
{
	uint8_t opcode = (uint8_t)(alu_store_opcode(op) + 2);
	emit_rm(c, is64, &opcode, 1, dst, base, disp, false);
}

/* test dst, imm: test dst8, imm8 when imm fits a byte (same flags for ZF), a8/a9 for rax,
 * else f6/f7 /0. */
static uint8_t *put_test_ri(uint8_t *p, bool is64, int dst, int32_t imm)
{
	if (imm >= 0 && imm <= 0xff) {
		p = put_rex(p, false, 0, 0, dst, needs_rex_for_byte(dst));
		if (dst == RAX) {
			*p++ = 0xa8;
		} else {
			*p++ = 0xf6;
			*p++ = modrm(3, 0, dst);
		}
		*p++ = (uint8_t)imm;
		return p;
	}
	p = put_rex(p, is64, 0, 0, dst, false);
	if (dst == RAX) {
		*p++ = 0xa9;
	} else {
		*p++ = 0xf7;
		*p++ = modrm(3, 0, dst);
	}
	return put32(p, (uint32_t)imm);
}

/* op dst, imm: 83 /d ib when imm fits a sign-extended byte, the one-byte-shorter
 * accumulator form (05/0d/.../3d id) for rax, else 81 /d id. */
void x86_alu_ri(struct prog_code *c, enum x86_alu op, bool is64, int dst, int32_t imm)
{
	if (op == X86_MOV) {
		x86_mov_imm(c, is64, dst, is64 ? (uint64_t)(int64_t)imm : (uint32_t)imm);
		return;
	}
	uint8_t *p = begin(c);
	if (op == X86_TEST) {
		code_commit(c, put_test_ri(p, is64, dst, imm));
		return;
	}
	p = put_rex(p, is64, 0, 0, dst, false);
	if (x86_fits8(imm)) {
		*p++ = 0x83;
		*p++ = modrm(3, op, dst);
		*p++ = (uint8_t)imm;
	} else if (dst == RAX) {
		*p++ = (uint8_t)(op << 3 | 5);
		p = put32(p, (uint32_t)imm);
	} else {
		*p++ = 0x81;
		*p++ = modrm(3, op, dst);
		p = put32(p, (uint32_t)imm);
	}
	code_commit(c, p);
}

/* mov dst, imm64: 48 b8+r io */
void x86_movabs(struct prog_code *c, int dst, uint64_t imm)
{
	uint8_t *p = put_rex(begin(c), true, 0, 0, dst, false);
	*p++ = (uint8_t)(0xb8 + (dst & 7));
	p = put32(p, (uint32_t)imm);
	code_commit(c, put32(p, (uint32_t)(imm >> 32)));
}

void x86_mov_imm(struct prog_code *c, bool is64, int dst, uint64_t imm)
{
	if (!is64)
		imm = (uint32_t)imm;
	if (imm == 0) {
		x86_alu_rr(c, X86_XOR, false, dst, dst); /* xor dst32, dst32 */
	} else if (imm <= UINT32_MAX) {
		uint8_t *p = put_rex(begin(c), false, 0, 0, dst, false); /* mov dst32, imm32: b8+r id */
		*p++ = (uint8_t)(0xb8 + (dst & 7));
		code_commit(c, put32(p, (uint32_t)imm));
	} else if ((int64_t)imm == (int32_t)imm) {
		uint8_t *p = put_rex(begin(c), true, 0, 0, dst, false); /* mov dst, simm32: 48 c7 /0 id */
		*p++ = 0xc7;
		*p++ = modrm(3, 0, dst);
		code_commit(c, put32(p, (uint32_t)imm));
	} else {
		x86_movabs(c, dst, imm);
	}
}

static uint8_t *put_shift_ri(uint8_t *p, enum x86_shift op, bool is64, int dst, uint8_t count)
{
	p = put_rex(p, is64, 0, 0, dst, false);
	if (count == 1) {
		*p++ = 0xd1;
		*p++ = modrm(3, op, dst);
	} else {
		*p++ = 0xc1;
		*p++ = modrm(3, op, dst);
		*p++ = count;
	}
	return p;
}

void x86_shift_ri(struct prog_code *c, enum x86_shift op, bool is64, int dst, uint8_t count)
{
	code_commit(c, put_shift_ri(begin(c), op, is64, dst, count));
}

void x86_shift_cl(struct prog_code *c, enum x86_shift op, bool is64, int dst)
{
	uint8_t *p = put_rex(begin(c), is64, 0, 0, dst, false);
	*p++ = 0xd3;
	*p++ = modrm(3, op, dst);
	code_commit(c, p);
}

/* ror dst16, 8: 66 c1 /1 08 */
void x86_ror16_8(struct prog_code *c, int dst)
{
	uint8_t *p = begin(c);
	*p++ = 0x66;
	code_commit(c, put_shift_ri(p, X86_ROR, false, dst, 8));
}

static uint8_t *put_unary(uint8_t *p, enum x86_unary op, bool is64, int reg)
{
	p = put_rex(p, is64, 0, 0, reg, false);
	*p++ = 0xf7;
	*p++ = modrm(3, op, reg);
	return p;
}

void x86_unary(struct prog_code *c, enum x86_unary op, bool is64, int reg)
{
	code_commit(c, put_unary(begin(c), op, is64, reg));
}

/* imul dst, src: 0f af /r */
void x86_imul_rr(struct prog_code *c, bool is64, int dst, int src)
{
	static const uint8_t op[] = {0x0f, 0xaf};
	emit_rr(c, is64, op, 2, dst, src, false);
}

/* cmovcc dst, src: 0f 40+cc /r */
void x86_cmov(struct prog_code *c, enum x86_cc cc, bool is64, int dst, int src)
{
	const uint8_t op[] = {0x0f, (uint8_t)(0x40 + cc)};
	emit_rr(c, is64, op, 2, dst, src, false);
}

/* imul dst, src, imm: 6b /r ib or 69 /r id */
void x86_imul_rri(struct prog_code *c, bool is64, int dst, int src, int32_t imm)
{
	uint8_t op = x86_fits8(imm) ? 0x6b : 0x69;
	uint8_t *p = put_rr(begin(c), is64, &op, 1, dst, src, false);
	code_commit(c, put_imm(p, x86_fits8(imm) ? 1 : 4, imm));
}

/* movzx dst32, src8: 0f b6 /r; src16: 0f b7 /r */
void x86_movzx_rr(struct prog_code *c, int from_size, int dst, int src)
{
	uint8_t *p = put_rex(begin(c), false, dst, 0, src, from_size == 1 && needs_rex_for_byte(src));
	*p++ = 0x0f;
	*p++ = from_size == 1 ? 0xb6 : 0xb7;
	*p++ = modrm(3, dst, src);
	code_commit(c, p);
}

/* movsx dst, src8: 0f be; src16: 0f bf; movsxd dst, src32: 63 */
void x86_movsx_rr(struct prog_code *c, bool to64, int from_size, int dst, int src)
{
	uint8_t *p = put_rex(begin(c), to64, dst, 0, src, from_size == 1 && needs_rex_for_byte(src));
	if (from_size == 4) {
		*p++ = 0x63;
	} else {
		*p++ = 0x0f;
		*p++ = from_size == 1 ? 0xbe : 0xbf;
	}
	*p++ = modrm(3, dst, src);
	code_commit(c, p);
}

/* bswap reg: 0f c8+r */
void x86_bswap(struct prog_code *c, bool is64, int reg)
{
	uint8_t *p = put_rex(begin(c), is64, 0, 0, reg, false);
	*p++ = 0x0f;
	*p++ = (uint8_t)(0xc8 + (reg & 7));
	code_commit(c, p);
}

static uint8_t *put_sign_extend_ax(uint8_t *p, bool is64)
{
	if (is64)
		*p++ = 0x48;
	*p++ = 0x99;
	return p;
}

void x86_sign_extend_ax(struct prog_code *c, bool is64)
{
	code_commit(c, put_sign_extend_ax(begin(c), is64));
}

/* The longest x86_divide sequence: seven 3-byte movs/div and a 2-byte cqo. */
#define MAX_DIVIDE 32

/* The sequence written through one cursor (one room check, one commit); its
 * instructions are the ones x86_alu_rr, x86_sign_extend_ax and x86_unary encode. */
void x86_divide(struct prog_code *c, bool is64, bool is_mod, bool is_signed, int dst, int divisor)
{
	uint8_t *p = begin_room(c, MAX_DIVIDE);
	if (dst != RAX)
		p = put_alu_rr(p, X86_MOV, true, X86_AUX, RAX);
	if (dst != RDX)
		p = put_alu_rr(p, X86_MOV, true, X86_TMP2, RDX);
	if (dst != RAX)
		p = put_alu_rr(p, X86_MOV, true, RAX, dst);
	if (is_signed)
		p = put_sign_extend_ax(p, is64);
	else
		p = put_alu_rr(p, X86_XOR, false, RDX, RDX);
	p = put_unary(p, is_signed ? X86_IDIV : X86_DIV, is64, divisor);
	int result = is_mod ? RDX : RAX;
	if (dst != result)
		p = put_alu_rr(p, X86_MOV, is64, dst, result);
	if (dst != RAX)
		p = put_alu_rr(p, X86_MOV, true, RAX, X86_AUX);
	if (dst != RDX)
		p = put_alu_rr(p, X86_MOV, true, RDX, X86_TMP2);
	code_commit(c, p);
}

/* movzx dst32, byte/word [m]; mov dst32, [m]; mov dst, [m] */
static uint8_t *put_load(uint8_t *p, int size, int dst, int base, int32_t disp)
{
	static const uint8_t movzx8[] = {0x0f, 0xb6}, movzx16[] = {0x0f, 0xb7}, mov[] = {0x8b};
	if (size == 1)
		return put_rm(p, false, movzx8, 2, dst, base, disp, false);
	if (size == 2)
		return put_rm(p, false, movzx16, 2, dst, base, disp, false);
	return put_rm(p, size == 8, mov, 1, dst, base, disp, false);
}

void x86_load(struct prog_code *c, int size, int dst, int base, int32_t disp)
{
	code_commit(c, put_load(begin(c), size, dst, base, disp));
}

/* movsx dst, byte/word [m] (48 0f be/bf); movsxd dst, dword [m] (48 63) */
void x86_load_sx(struct prog_code *c, int size, int dst, int base, int32_t disp)
{
	static const uint8_t movsx8[] = {0x0f, 0xbe}, movsx16[] = {0x0f, 0xbf}, movsxd[] = {0x63},
			     mov[] = {0x8b};
	if (size == 1)
		emit_rm(c, true, movsx8, 2, dst, base, disp, false);
	else if (size == 2)
		emit_rm(c, true, movsx16, 2, dst, base, disp, false);
	else if (size == 4)
		emit_rm(c, true, movsxd, 1, dst, base, disp, false);
	else
		emit_rm(c, true, mov, 1, dst, base, disp, false);
}

/* mov [m], src8 (88) / src16 (66 89) / src32 (89) / src (48 89) */
void x86_store(struct prog_code *c, int size, int base, int32_t disp, int src)
{
	uint8_t op = size == 1 ? 0x88 : 0x89;
	uint8_t *p = begin(c);
	if (size == 2)
		*p++ = 0x66;
	code_commit(c, put_rm(p, size == 8, &op, 1, src, base, disp, size == 1));
}

/* mov byte [m], imm8 (c6 /0) / word (66 c7 /0 iw) / dword (c7 /0 id) / qword (48 c7 /0 id) */
void x86_store_imm(struct prog_code *c, int size, int base, int32_t disp, int32_t imm)
{
	uint8_t op = size == 1 ? 0xc6 : 0xc7;
	uint8_t *p = begin(c);
	if (size == 2)
		*p++ = 0x66;
	p = put_rm(p, size == 8, &op, 1, 0, base, disp, false);
	code_commit(c, put_imm(p, size == 8 ? 4 : size, imm));
}

void x86_store_imm64(struct prog_code *c, int base, int32_t disp, int32_t imm)
{
	x86_store_imm(c, 8, base, disp, imm);
}

/* mov dst, [base + index*8 + disp]: 8b /r with SIB scale 8 */
void x86_load_indexed(struct prog_code *c, int dst, int base, int index, int32_t disp)
{
	uint8_t *p = put_rex(begin(c), true, dst, index, base, false);
	*p++ = 0x8b;
	int mod = disp == 0 && (base & 7) != RBP ? 0 : x86_fits8(disp) ? 1 : 2;
	*p++ = modrm(mod, dst, 4);
	*p++ = (uint8_t)(3 << 6 | (index & 7) << 3 | (base & 7));
	if (mod == 1)
		*p++ = (uint8_t)disp;
	else if (mod == 2)
		p = put32(p, (uint32_t)disp);
	code_commit(c, p);
}

/* lock-prefixed opcode [m], src */
static void emit_locked_rm(struct prog_code *c, bool is64, const uint8_t *op, int n_op, int base,
			   int32_t disp, int src)
{
	uint8_t *p = begin(c);
	*p++ = 0xf0;
	code_commit(c, put_rm(p, is64, op, n_op, src, base, disp, false));
}

/* lock op [m], src */
void x86_lock_alu(struct prog_code *c, enum x86_alu op, bool is64, int base, int32_t disp, int src)
{
	uint8_t opcode = alu_store_opcode(op);
	emit_locked_rm(c, is64, &opcode, 1, base, disp, src);
}

/* lock xadd [m], src: f0 0f c1 /r */
void x86_lock_xadd(struct prog_code *c, bool is64, int base, int32_t disp, int src)
{
	static const uint8_t op[] = {0x0f, 0xc1};
	emit_locked_rm(c, is64, op, 2, base, disp, src);
}

/* xchg [m], src: 87 /r (locked implicitly) */
void x86_xchg(struct prog_code *c, bool is64, int base, int32_t disp, int src)
{
	static const uint8_t op[] = {0x87};
	emit_rm(c, is64, op, 1, src, base, disp, false);
}

/* lock cmpxchg [m], src: f0 0f b1 /r */
void x86_lock_cmpxchg(struct prog_code *c, bool is64, int base, int32_t disp, int src)
{
	static const uint8_t op[] = {0x0f, 0xb1};
	emit_locked_rm(c, is64, op, 2, base, disp, src);
}

/* cmp dword [m], imm8: 83 /7 ib */
void x86_cmp_mem32_imm8(struct prog_code *c, int base, int32_t disp, int8_t imm)
{
	static const uint8_t op[] = {0x83};
	uint8_t *p = put_rm(begin(c), false, op, 1, X86_CMP, base, disp, false);
	*p++ = (uint8_t)imm;
	code_commit(c, p);
}

/* inc dword [m]: ff /0 */
void x86_inc_mem32(struct prog_code *c, int base, int32_t disp)
{
	static const uint8_t op[] = {0xff};
	emit_rm(c, false, op, 1, 0, base, disp, false);
}

/* jcc rel8 (70+cc) / jcc rel32 (0f 80+cc); jmp rel8 (eb) / jmp rel32 (e9) */
void x86_jcc(struct prog_code *c, enum x86_cc cc, int32_t rel, bool is_short)
{
	uint8_t *p = begin(c);
	if (cc == CC_ALWAYS) {
		*p++ = is_short ? 0xeb : 0xe9;
	} else if (is_short) {
		*p++ = (uint8_t)(0x70 + cc);
	} else {
		*p++ = 0x0f;
		*p++ = (uint8_t)(0x80 + cc);
	}
	if (is_short)
		*p++ = (uint8_t)rel;
	else
		p = put32(p, (uint32_t)rel);
	code_commit(c, p);
}

size_t x86_jcc_forward(struct prog_code *c, enum x86_cc cc)
{
	x86_jcc(c, cc, 0, true);
	return c->size;
}

/* Point the rel8 of the jump that ends at `at` to the current end of the code. */
void x86_patch_forward(struct prog_code *c, size_t at)
{
	c->bytes[at - 1] = (uint8_t)(c->size - at);
}

/* call rel32: e8 */
void x86_call_rel32(struct prog_code *c, int32_t rel)
{
	uint8_t *p = begin(c);
	*p++ = 0xe8;
	code_commit(c, put32(p, (uint32_t)rel));
}

/* call SYMBOL: e8 with R_X86_64_PLT32 (the field is 4 bytes before the next insn). */
void x86_call_symbol(struct prog_code *c, const char *symbol)
{
	x86_call_rel32(c, 0);
	code_add_reloc(c, (uint32_t)c->size - 4, R_X86_64_PLT32, symbol, -4);
}

/* jmp reg: ff /4 */
void x86_jmp_reg(struct prog_code *c, int reg)
{
	uint8_t *p = put_rex(begin(c), false, 0, 0, reg, false);
	*p++ = 0xff;
	*p++ = modrm(3, 4, reg);
	code_commit(c, p);
}

void x86_push(struct prog_code *c, int reg)
{
	uint8_t *p = put_rex(begin(c), false, 0, 0, reg, false);
	*p++ = (uint8_t)(0x50 + (reg & 7));
	code_commit(c, p);
}

void x86_pop(struct prog_code *c, int reg)
{
	uint8_t *p = put_rex(begin(c), false, 0, 0, reg, false);
	*p++ = (uint8_t)(0x58 + (reg & 7));
	code_commit(c, p);
}

/* push imm8 (sign-extended to 64 bits): 6a ib */
void x86_push_imm8(struct prog_code *c, int8_t imm)
{
	uint8_t *p = begin(c);
	*p++ = 0x6a;
	*p++ = (uint8_t)imm;
	code_commit(c, p);
}

void x86_leave(struct prog_code *c)
{
	uint8_t *p = begin(c);
	*p++ = 0xc9;
	code_commit(c, p);
}

void x86_ret(struct prog_code *c)
{
	uint8_t *p = begin(c);
	*p++ = 0xc3;
	code_commit(c, p);
}

/* op dst, [rip + disp32] with relocation `type` against symbol + addend. */
static void emit_rip(struct prog_code *c, uint8_t opcode, int dst, uint32_t type,
		     const char *symbol, int64_t addend)
{
	uint8_t *p = put_rex(begin(c), true, dst, 0, 0, false);
	*p++ = opcode;
	*p++ = modrm(0, dst, 5); /* mod 00, rm 101: rip-relative */
	code_commit(c, put32(p, 0));
	code_add_reloc(c, (uint32_t)c->size - 4, type, symbol, addend - 4);
}

/* lea dst, [rip + symbol + addend]: 48 8d /r */
void x86_lea_rip(struct prog_code *c, int dst, const char *symbol, int64_t addend)
{
	emit_rip(c, 0x8d, dst, R_X86_64_PC32, symbol, addend);
}

/* mov dst, [rip + symbol + addend]: 48 8b /r */
void x86_load_rip(struct prog_code *c, int dst, const char *symbol, int64_t addend)
{
	emit_rip(c, 0x8b, dst, R_X86_64_PC32, symbol, addend);
}

/* mov dst, [rip + symbol@GOTTPOFF]: 48 8b /r, the initial-exec TLS form that linkers
 * relax to an immediate when the symbol ends up in the executable. */
void x86_load_gottpoff(struct prog_code *c, int dst, const char *symbol)
{
	emit_rip(c, 0x8b, dst, R_X86_64_GOTTPOFF, symbol, 0);
}

/* mov dst32, fs:[base]: 64 8b /r, a thread-local int at the offset in base. */
void x86_load32_fs(struct prog_code *c, int dst, int base)
{
	uint8_t *p = begin(c);
	*p++ = 0x64;
	code_commit(c, put_load(p, 4, dst, base, 0));
}
