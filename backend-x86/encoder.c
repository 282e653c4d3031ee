/* encoder.c - x86-64 instruction encoding: operands in, bytes out.
 *
 * Every public function appends one instruction; tests/x86/encoder.c disassembles each
 * with LLVM MC and compares with hand-written assembly. Nothing here knows about BPF.
 */
#include "x86.h"

#include <elf.h>

#define REX_W 0x08
#define REX_R 0x04
#define REX_X 0x02
#define REX_B 0x01

/* Registers 4-7 name spl/bpl/sil/dil as byte registers only with a REX prefix. */
static bool needs_rex_for_byte(int reg)
{
	return reg >= 4 && reg <= 7;
}

/* A REX prefix when one is needed (or forced for a byte register). */
static void emit_rex(struct prog_code *c, bool w, int reg, int index, int base, bool force)
{
	uint8_t rex = 0x40 | (w ? REX_W : 0) | (reg & 8 ? REX_R : 0) | (index & 8 ? REX_X : 0) |
		      (base & 8 ? REX_B : 0);
	if (rex != 0x40 || force)
		code_emit8(c, rex);
}

static uint8_t modrm(int mod, int reg, int rm)
{
	return (uint8_t)(mod << 6 | (reg & 7) << 3 | (rm & 7));
}

/* The ModRM (+SIB, +displacement) of [base + disp]. rsp/r12 need a SIB byte; rbp/r13
 * have no disp-less form. */
static void emit_mem(struct prog_code *c, int reg, int base, int32_t disp)
{
	int mod = disp == 0 && (base & 7) != RBP ? 0 : x86_fits8(disp) ? 1 : 2;
	code_emit8(c, modrm(mod, reg, base));
	if ((base & 7) == RSP)
		code_emit8(c, 0x24); /* SIB: no index, base */
	if (mod == 1)
		code_emit8(c, (uint8_t)disp);
	else if (mod == 2)
		code_emit32(c, (uint32_t)disp);
}

/* The 1-3 opcode bytes (a byte at a time: a memcpy call of a variable size costs more). */
static void emit_opcode(struct prog_code *c, const uint8_t *op, int n_op)
{
	for (int i = 0; i < n_op; i++)
		code_emit8(c, op[i]);
}

/* opcode reg, rm (register-direct). */
static void emit_rr(struct prog_code *c, bool w, const uint8_t *op, int n_op, int reg, int rm,
		    bool byte_regs)
{
	emit_rex(c, w, reg, 0, rm, byte_regs && (needs_rex_for_byte(reg) || needs_rex_for_byte(rm)));
	emit_opcode(c, op, n_op);
	code_emit8(c, modrm(3, reg, rm));
}

/* opcode reg, [base + disp]. */
static void emit_rm(struct prog_code *c, bool w, const uint8_t *op, int n_op, int reg, int base,
		    int32_t disp, bool byte_reg)
{
	emit_rex(c, w, reg, 0, base, byte_reg && needs_rex_for_byte(reg));
	emit_opcode(c, op, n_op);
	emit_mem(c, reg, base, disp);
}

static void emit_imm(struct prog_code *c, int size, int32_t imm)
{
	if (size == 1)
		code_emit8(c, (uint8_t)imm);
	else if (size == 2) {
		code_emit8(c, (uint8_t)imm);
		code_emit8(c, (uint8_t)(imm >> 8));
	} else
		code_emit32(c, (uint32_t)imm);
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
void x86_alu_rr(struct prog_code *c, enum x86_alu op, bool is64, int dst, int src)
{
	uint8_t opcode = alu_store_opcode(op);
	emit_rr(c, is64, &opcode, 1, src, dst, false);
}

/* op dst, [base + disp]: the "load" direction (opcode + 2). */
void x86_alu_rm(struct prog_code *c, enum x86_alu op, bool is64, int dst, int base, int32_t disp)
{
	uint8_t opcode = (uint8_t)(alu_store_opcode(op) + 2);
	emit_rm(c, is64, &opcode, 1, dst, base, disp, false);
}

/* op dst, imm: 83 /d ib when imm fits a sign-extended byte, the one-byte-shorter
 * accumulator form (05/0d/.../3d id) for rax, else 81 /d id. */
void x86_alu_ri(struct prog_code *c, enum x86_alu op, bool is64, int dst, int32_t imm)
{
	if (op == X86_MOV) {
		x86_mov_imm(c, is64, dst, is64 ? (uint64_t)(int64_t)imm : (uint32_t)imm);
		return;
	}
	if (op == X86_TEST) {
		if (imm >= 0 && imm <= 0xff) { /* test dst8, imm8: same flags for ZF */
			emit_rex(c, false, 0, 0, dst, needs_rex_for_byte(dst));
			if (dst == RAX) {
				code_emit8(c, 0xa8);
			} else {
				code_emit8(c, 0xf6);
				code_emit8(c, modrm(3, 0, dst));
			}
			code_emit8(c, (uint8_t)imm);
			return;
		}
		emit_rex(c, is64, 0, 0, dst, false);
		if (dst == RAX) {
			code_emit8(c, 0xa9);
		} else {
			code_emit8(c, 0xf7);
			code_emit8(c, modrm(3, 0, dst));
		}
		code_emit32(c, (uint32_t)imm);
		return;
	}
	emit_rex(c, is64, 0, 0, dst, false);
	if (x86_fits8(imm)) {
		code_emit8(c, 0x83);
		code_emit8(c, modrm(3, op, dst));
		code_emit8(c, (uint8_t)imm);
	} else if (dst == RAX) {
		code_emit8(c, (uint8_t)(op << 3 | 5));
		code_emit32(c, (uint32_t)imm);
	} else {
		code_emit8(c, 0x81);
		code_emit8(c, modrm(3, op, dst));
		code_emit32(c, (uint32_t)imm);
	}
}

/* mov dst, imm64: 48 b8+r io */
void x86_movabs(struct prog_code *c, int dst, uint64_t imm)
{
	emit_rex(c, true, 0, 0, dst, false);
	code_emit8(c, (uint8_t)(0xb8 + (dst & 7)));
	code_emit64(c, imm);
}

void x86_mov_imm(struct prog_code *c, bool is64, int dst, uint64_t imm)
{
	if (!is64)
		imm = (uint32_t)imm;
	if (imm == 0) {
		x86_alu_rr(c, X86_XOR, false, dst, dst); /* xor dst32, dst32 */
	} else if (imm <= UINT32_MAX) {
		emit_rex(c, false, 0, 0, dst, false); /* mov dst32, imm32: b8+r id */
		code_emit8(c, (uint8_t)(0xb8 + (dst & 7)));
		code_emit32(c, (uint32_t)imm);
	} else if ((int64_t)imm == (int32_t)imm) {
		emit_rex(c, true, 0, 0, dst, false); /* mov dst, simm32: 48 c7 /0 id */
		code_emit8(c, 0xc7);
		code_emit8(c, modrm(3, 0, dst));
		code_emit32(c, (uint32_t)imm);
	} else {
		x86_movabs(c, dst, imm);
	}
}

void x86_shift_ri(struct prog_code *c, enum x86_shift op, bool is64, int dst, uint8_t count)
{
	emit_rex(c, is64, 0, 0, dst, false);
	if (count == 1) {
		code_emit8(c, 0xd1);
		code_emit8(c, modrm(3, op, dst));
	} else {
		code_emit8(c, 0xc1);
		code_emit8(c, modrm(3, op, dst));
		code_emit8(c, count);
	}
}

void x86_shift_cl(struct prog_code *c, enum x86_shift op, bool is64, int dst)
{
	emit_rex(c, is64, 0, 0, dst, false);
	code_emit8(c, 0xd3);
	code_emit8(c, modrm(3, op, dst));
}

/* ror dst16, 8: 66 c1 /1 08 */
void x86_ror16_8(struct prog_code *c, int dst)
{
	code_emit8(c, 0x66);
	x86_shift_ri(c, X86_ROR, false, dst, 8);
}

void x86_unary(struct prog_code *c, enum x86_unary op, bool is64, int reg)
{
	emit_rex(c, is64, 0, 0, reg, false);
	code_emit8(c, 0xf7);
	code_emit8(c, modrm(3, op, reg));
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
	emit_rr(c, is64, &op, 1, dst, src, false);
	emit_imm(c, x86_fits8(imm) ? 1 : 4, imm);
}

/* movzx dst32, src8: 0f b6 /r; src16: 0f b7 /r */
void x86_movzx_rr(struct prog_code *c, int from_size, int dst, int src)
{
	const uint8_t op[] = {0x0f, from_size == 1 ? 0xb6 : 0xb7};
	emit_rex(c, false, dst, 0, src, from_size == 1 && needs_rex_for_byte(src));
	code_emit(c, op, 2);
	code_emit8(c, modrm(3, dst, src));
}

/* movsx dst, src8: 0f be; src16: 0f bf; movsxd dst, src32: 63 */
void x86_movsx_rr(struct prog_code *c, bool to64, int from_size, int dst, int src)
{
	emit_rex(c, to64, dst, 0, src, from_size == 1 && needs_rex_for_byte(src));
	if (from_size == 4) {
		code_emit8(c, 0x63);
	} else {
		code_emit8(c, 0x0f);
		code_emit8(c, from_size == 1 ? 0xbe : 0xbf);
	}
	code_emit8(c, modrm(3, dst, src));
}

/* bswap reg: 0f c8+r */
void x86_bswap(struct prog_code *c, bool is64, int reg)
{
	emit_rex(c, is64, 0, 0, reg, false);
	code_emit8(c, 0x0f);
	code_emit8(c, (uint8_t)(0xc8 + (reg & 7)));
}

void x86_sign_extend_ax(struct prog_code *c, bool is64)
{
	if (is64)
		code_emit8(c, 0x48);
	code_emit8(c, 0x99);
}

/* movzx dst32, byte/word [m]; mov dst32, [m]; mov dst, [m] */
void x86_load(struct prog_code *c, int size, int dst, int base, int32_t disp)
{
	static const uint8_t movzx8[] = {0x0f, 0xb6}, movzx16[] = {0x0f, 0xb7}, mov[] = {0x8b};
	if (size == 1)
		emit_rm(c, false, movzx8, 2, dst, base, disp, false);
	else if (size == 2)
		emit_rm(c, false, movzx16, 2, dst, base, disp, false);
	else
		emit_rm(c, size == 8, mov, 1, dst, base, disp, false);
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
	if (size == 2)
		code_emit8(c, 0x66);
	emit_rm(c, size == 8, &op, 1, src, base, disp, size == 1);
}

/* mov byte [m], imm8 (c6 /0) / word (66 c7 /0 iw) / dword (c7 /0 id) / qword (48 c7 /0 id) */
void x86_store_imm(struct prog_code *c, int size, int base, int32_t disp, int32_t imm)
{
	uint8_t op = size == 1 ? 0xc6 : 0xc7;
	if (size == 2)
		code_emit8(c, 0x66);
	emit_rm(c, size == 8, &op, 1, 0, base, disp, false);
	emit_imm(c, size == 8 ? 4 : size, imm);
}

void x86_store_imm64(struct prog_code *c, int base, int32_t disp, int32_t imm)
{
	x86_store_imm(c, 8, base, disp, imm);
}

/* mov dst, [base + index*8 + disp]: 8b /r with SIB scale 8 */
void x86_load_indexed(struct prog_code *c, int dst, int base, int index, int32_t disp)
{
	emit_rex(c, true, dst, index, base, false);
	code_emit8(c, 0x8b);
	int mod = disp == 0 && (base & 7) != RBP ? 0 : x86_fits8(disp) ? 1 : 2;
	code_emit8(c, modrm(mod, dst, 4));
	code_emit8(c, (uint8_t)(3 << 6 | (index & 7) << 3 | (base & 7)));
	if (mod == 1)
		code_emit8(c, (uint8_t)disp);
	else if (mod == 2)
		code_emit32(c, (uint32_t)disp);
}

/* lock op [m], src */
void x86_lock_alu(struct prog_code *c, enum x86_alu op, bool is64, int base, int32_t disp, int src)
{
	uint8_t opcode = alu_store_opcode(op);
	code_emit8(c, 0xf0);
	emit_rm(c, is64, &opcode, 1, src, base, disp, false);
}

/* lock xadd [m], src: f0 0f c1 /r */
void x86_lock_xadd(struct prog_code *c, bool is64, int base, int32_t disp, int src)
{
	static const uint8_t op[] = {0x0f, 0xc1};
	code_emit8(c, 0xf0);
	emit_rm(c, is64, op, 2, src, base, disp, false);
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
	code_emit8(c, 0xf0);
	emit_rm(c, is64, op, 2, src, base, disp, false);
}

/* cmp dword [m], imm8: 83 /7 ib */
void x86_cmp_mem32_imm8(struct prog_code *c, int base, int32_t disp, int8_t imm)
{
	static const uint8_t op[] = {0x83};
	emit_rm(c, false, op, 1, X86_CMP, base, disp, false);
	code_emit8(c, (uint8_t)imm);
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
	if (cc == CC_ALWAYS) {
		code_emit8(c, is_short ? 0xeb : 0xe9);
	} else if (is_short) {
		code_emit8(c, (uint8_t)(0x70 + cc));
	} else {
		code_emit8(c, 0x0f);
		code_emit8(c, (uint8_t)(0x80 + cc));
	}
	if (is_short)
		code_emit8(c, (uint8_t)rel);
	else
		code_emit32(c, (uint32_t)rel);
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
	code_emit8(c, 0xe8);
	code_emit32(c, (uint32_t)rel);
}

/* call SYMBOL: e8 with R_X86_64_PLT32 (the field is 4 bytes before the next insn). */
void x86_call_symbol(struct prog_code *c, const char *symbol)
{
	code_emit8(c, 0xe8);
	code_add_reloc(c, (uint32_t)c->size, R_X86_64_PLT32, symbol, -4);
	code_emit32(c, 0);
}

/* jmp reg: ff /4 */
void x86_jmp_reg(struct prog_code *c, int reg)
{
	emit_rex(c, false, 0, 0, reg, false);
	code_emit8(c, 0xff);
	code_emit8(c, modrm(3, 4, reg));
}

void x86_push(struct prog_code *c, int reg)
{
	emit_rex(c, false, 0, 0, reg, false);
	code_emit8(c, (uint8_t)(0x50 + (reg & 7)));
}

void x86_pop(struct prog_code *c, int reg)
{
	emit_rex(c, false, 0, 0, reg, false);
	code_emit8(c, (uint8_t)(0x58 + (reg & 7)));
}

/* push imm8 (sign-extended to 64 bits): 6a ib */
void x86_push_imm8(struct prog_code *c, int8_t imm)
{
	code_emit8(c, 0x6a);
	code_emit8(c, (uint8_t)imm);
}

void x86_leave(struct prog_code *c)
{
	code_emit8(c, 0xc9);
}

void x86_ret(struct prog_code *c)
{
	code_emit8(c, 0xc3);
}

/* op dst, [rip + disp32] with relocation `type` against symbol + addend. */
static void emit_rip(struct prog_code *c, uint8_t opcode, int dst, uint32_t type,
		     const char *symbol, int64_t addend)
{
	emit_rex(c, true, dst, 0, 0, false);
	code_emit8(c, opcode);
	code_emit8(c, modrm(0, dst, 5)); /* mod 00, rm 101: rip-relative */
	code_add_reloc(c, (uint32_t)c->size, type, symbol, addend - 4);
	code_emit32(c, 0);
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
	code_emit8(c, 0x64);
	x86_load(c, 4, dst, base, 0);
}
