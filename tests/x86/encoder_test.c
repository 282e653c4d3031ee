/* encoder_test.c - every x86 encoder function, disassembled with LLVM MC and compared with
 * assembly text written by hand (Intel syntax as LLVM prints it). Each case must decode as
 * exactly one instruction that covers every byte emitted. */
#include "listing.h"
#include "x86.h"

#include <stdio.h>
#include <string.h>

/* Where each instruction is decoded: branch targets print as PC + size + displacement. */
#define PC 0x1000

static struct disasm *dis;
static int failures, cases;

static void expect(struct prog_code *c, const char *want, const char *where)
{
	char text[256];
	size_t n = disasm_one(dis, c->bytes, c->size, PC, text, sizeof(text));
	cases++;
	if (n != c->size || strcmp(text, want)) {
		printf("FAIL %s: got \"%s\" (%zu of %zu bytes), want \"%s\"\n", where, text, n, c->size, want);
		failures++;
	}
	code_reset(c);
}

#define CHECK(call, want)                          \
	do {                                           \
		call;                                  \
		expect(&c, want, #call);               \
	} while (0)

int main(void)
{
	dis = disasm_new("x86_64-linux-gnu", NULL);
	if (!dis) {
		printf("no LLVM x86 disassembler\n");
		return 77;
	}
	struct prog_code c = {0};
	code_reserve(&c, X86_MAX_CODE_PER_INSN); /* the encoder writes into reserved room */

	/* two-operand ALU, register forms, incl. REX.R/REX.B registers */
	CHECK(x86_alu_rr(&c, X86_ADD, true, RAX, RDI), "add rax, rdi");
	CHECK(x86_alu_rr(&c, X86_SUB, false, R13, RSI), "sub r13d, esi");
	CHECK(x86_alu_rr(&c, X86_OR, true, RBX, R15), "or rbx, r15");
	CHECK(x86_alu_rr(&c, X86_AND, false, RDX, RCX), "and edx, ecx");
	CHECK(x86_alu_rr(&c, X86_XOR, false, R8, R8), "xor r8d, r8d");
	CHECK(x86_alu_rr(&c, X86_CMP, true, R14, RBP), "cmp r14, rbp");
	CHECK(x86_alu_rr(&c, X86_TEST, false, R11, R11), "test r11d, r11d");
	CHECK(x86_alu_rr(&c, X86_MOV, true, R12, RSP), "mov r12, rsp");
	CHECK(x86_alu_rr(&c, X86_MOV, false, RAX, RAX), "mov eax, eax");

	/* immediates: imm8, accumulator short form, imm32 */
	CHECK(x86_alu_ri(&c, X86_ADD, true, RSP, 16), "add rsp, 16");
	CHECK(x86_alu_ri(&c, X86_ADD, false, RAX, -3), "add eax, -3");
	CHECK(x86_alu_ri(&c, X86_SUB, true, RAX, 1000), "sub rax, 1000");
	CHECK(x86_alu_ri(&c, X86_AND, true, R9, 0x12345), "and r9, 74565");
	CHECK(x86_alu_ri(&c, X86_CMP, false, RDX, 8), "cmp edx, 8");
	CHECK(x86_alu_ri(&c, X86_XOR, true, RDI, -1), "xor rdi, -1");
	CHECK(x86_alu_ri(&c, X86_TEST, false, RSI, 0x80), "test sil, -128");
	CHECK(x86_alu_ri(&c, X86_TEST, true, RAX, 0x100), "test rax, 256");
	CHECK(x86_alu_ri(&c, X86_TEST, true, R13, 0x1000), "test r13, 4096");

	/* loads in the ALU direction */
	CHECK(x86_alu_rm(&c, X86_CMP, false, RDX, RSI, 12), "cmp edx, dword ptr [rsi + 12]");
	CHECK(x86_alu_rm(&c, X86_MOV, true, R11, RSI, 40), "mov r11, qword ptr [rsi + 40]");

	/* constants in their shortest form */
	CHECK(x86_mov_imm(&c, true, RAX, 0), "xor eax, eax");
	CHECK(x86_mov_imm(&c, false, RDI, 2), "mov edi, 2");
	CHECK(x86_mov_imm(&c, true, R13, 0xffffffffull), "mov r13d, 4294967295");
	CHECK(x86_mov_imm(&c, true, RCX, (uint64_t)-5), "mov rcx, -5");
	CHECK(x86_mov_imm(&c, true, R15, 0x123456789ull), "movabs r15, 4886718345");
	CHECK(x86_movabs(&c, RDX, 1), "movabs rdx, 1");

	/* shifts */
	CHECK(x86_shift_ri(&c, X86_SHL, true, RDI, 1), "shl rdi");
	CHECK(x86_shift_ri(&c, X86_SHR, false, R8, 7), "shr r8d, 7");
	CHECK(x86_shift_ri(&c, X86_SAR, true, RBX, 63), "sar rbx, 63");
	CHECK(x86_shift_cl(&c, X86_SHL, false, R11), "shl r11d, cl");
	CHECK(x86_shift_cl(&c, X86_SAR, true, RAX), "sar rax, cl");
	CHECK(x86_ror16_8(&c, RSI), "ror si, 8");
	CHECK(x86_ror16_8(&c, R14), "ror r14w, 8");

	/* unary, multiply, divide */
	CHECK(x86_unary(&c, X86_NEG, true, R15), "neg r15");
	CHECK(x86_unary(&c, X86_NEG, false, RDI), "neg edi");
	CHECK(x86_unary(&c, X86_DIV, true, R11), "div r11");
	CHECK(x86_unary(&c, X86_IDIV, false, R11), "idiv r11d");
	CHECK(x86_imul_rr(&c, true, RDX, R8), "imul rdx, r8");
	CHECK(x86_imul_rri(&c, false, RAX, RAX, 10), "imul eax, eax, 10");
	CHECK(x86_imul_rri(&c, true, R13, R13, 100000), "imul r13, r13, 100000");
	CHECK(x86_sign_extend_ax(&c, true), "cqo");
	CHECK(x86_sign_extend_ax(&c, false), "cdq");

	/* extensions and byte swaps */
	CHECK(x86_movzx_rr(&c, 2, RDX, RDX), "movzx edx, dx");
	CHECK(x86_movzx_rr(&c, 1, RAX, RSI), "movzx eax, sil");
	CHECK(x86_movsx_rr(&c, true, 1, RAX, RDI), "movsx rax, dil");
	CHECK(x86_movsx_rr(&c, true, 2, R14, RCX), "movsx r14, cx");
	CHECK(x86_movsx_rr(&c, true, 4, RBX, R8), "movsxd rbx, r8d");
	CHECK(x86_movsx_rr(&c, false, 1, RDI, RSI), "movsx edi, sil");
	CHECK(x86_bswap(&c, true, RAX), "bswap rax");
	CHECK(x86_bswap(&c, false, R13), "bswap r13d");

	/* memory operands: rbp/r13 need a displacement, rsp/r12 a SIB byte */
	CHECK(x86_load(&c, 1, RAX, RDI, 0), "movzx eax, byte ptr [rdi]");
	CHECK(x86_load(&c, 2, RDX, RSI, -2), "movzx edx, word ptr [rsi - 2]");
	CHECK(x86_load(&c, 4, RCX, RBP, 0), "mov ecx, dword ptr [rbp]");
	CHECK(x86_load(&c, 8, R11, R13, 0), "mov r11, qword ptr [r13]");
	CHECK(x86_load(&c, 8, RAX, R12, 8), "mov rax, qword ptr [r12 + 8]");
	CHECK(x86_load(&c, 8, RAX, RBP, -512), "mov rax, qword ptr [rbp - 512]");
	CHECK(x86_load_sx(&c, 1, RBX, RDI, 5), "movsx rbx, byte ptr [rdi + 5]");
	CHECK(x86_load_sx(&c, 2, RAX, R8, 0), "movsx rax, word ptr [r8]");
	CHECK(x86_load_sx(&c, 4, R15, RSI, 4), "movsxd r15, dword ptr [rsi + 4]");
	CHECK(x86_store(&c, 1, RBP, -1, RSI), "mov byte ptr [rbp - 1], sil");
	CHECK(x86_store(&c, 1, RDI, 0, RAX), "mov byte ptr [rdi], al");
	CHECK(x86_store(&c, 2, RDI, 2, R8), "mov word ptr [rdi + 2], r8w");
	CHECK(x86_store(&c, 4, R14, 300, RDX), "mov dword ptr [r14 + 300], edx");
	CHECK(x86_store(&c, 8, RBP, -8, R15), "mov qword ptr [rbp - 8], r15");
	CHECK(x86_store_imm(&c, 1, RDI, 0, 0x7f), "mov byte ptr [rdi], 127");
	CHECK(x86_store_imm(&c, 2, RBP, -4, 0x1234), "mov word ptr [rbp - 4], 4660");
	CHECK(x86_store_imm(&c, 4, RSI, 8, -1), "mov dword ptr [rsi + 8], 4294967295");
	CHECK(x86_store_imm(&c, 8, RBP, -16, -2), "mov qword ptr [rbp - 16], -2");
	CHECK(x86_store_imm64(&c, RBP, -520, 8388608), "mov qword ptr [rbp - 520], 8388608");
	CHECK(x86_load_indexed(&c, R11, R11, RDX, 64), "mov r11, qword ptr [r11 + 8*rdx + 64]");
	CHECK(x86_load_indexed(&c, R11, R11, RDX, 0), "mov r11, qword ptr [r11 + 8*rdx]");

	/* atomics */
	CHECK(x86_lock_alu(&c, X86_ADD, true, RDI, 8, RSI), "lock add qword ptr [rdi + 8], rsi");
	CHECK(x86_lock_alu(&c, X86_OR, false, RBP, -4, RAX), "lock or dword ptr [rbp - 4], eax");
	CHECK(x86_lock_alu(&c, X86_AND, true, R10, 0, R13), "lock and qword ptr [r10], r13");
	CHECK(x86_lock_alu(&c, X86_XOR, false, RSI, 0, RDX), "lock xor dword ptr [rsi], edx");
	CHECK(x86_lock_xadd(&c, true, RDI, 0, RAX), "lock xadd qword ptr [rdi], rax");
	CHECK(x86_lock_xadd(&c, false, R8, 16, RCX), "lock xadd dword ptr [r8 + 16], ecx");
	CHECK(x86_xchg(&c, true, RBP, -8, RBX), "xchg qword ptr [rbp - 8], rbx");
	CHECK(x86_xchg(&c, false, RDI, 4, RSI), "xchg dword ptr [rdi + 4], esi");
	CHECK(x86_lock_cmpxchg(&c, true, RDI, 0, R11), "lock cmpxchg qword ptr [rdi], r11");
	CHECK(x86_lock_cmpxchg(&c, false, R10, -8, RSI), "lock cmpxchg dword ptr [r10 - 8], esi");

	/* the tail-call counter */
	CHECK(x86_cmp_mem32_imm8(&c, R12, 0, 33), "cmp dword ptr [r12], 33");
	CHECK(x86_inc_mem32(&c, R12, 0), "inc dword ptr [r12]");

	/* control flow: targets are PC + length + displacement */
	CHECK(x86_jcc(&c, CC_E, 15, true), "je 0x1011");
	CHECK(x86_jcc(&c, CC_AE, 0x100, false), "jae 0x1106");
	CHECK(x86_jcc(&c, CC_G, -20, true), "jg 0xfee");
	CHECK(x86_jcc(&c, CC_ALWAYS, 5, true), "jmp 0x1007");
	CHECK(x86_jcc(&c, CC_ALWAYS, -1000, false), "jmp 0xc1d");
	CHECK(x86_call_rel32(&c, 7), "call 0x100c");
	CHECK(x86_call_symbol(&c, "f"), "call 0x1005");
	CHECK(x86_jmp_reg(&c, R11), "jmp r11");
	CHECK(x86_jmp_reg(&c, RAX), "jmp rax");
	CHECK(x86_push(&c, R12), "push r12");
	CHECK(x86_push(&c, RBP), "push rbp");
	CHECK(x86_pop(&c, R15), "pop r15");
	CHECK(x86_pop(&c, RBX), "pop rbx");
	CHECK(x86_push_imm8(&c, 0), "push 0");
	CHECK(x86_leave(&c), "leave");
	CHECK(x86_ret(&c), "ret");
	CHECK(x86_lea_rip(&c, RSI, "m", 0), "lea rsi, [rip]");
	CHECK(x86_load_rip(&c, R11, "m", 8), "mov r11, qword ptr [rip]");
	CHECK(x86_cmov(&c, CC_NE, true, RAX, R11), "cmovne rax, r11");
	CHECK(x86_cmov(&c, CC_L, true, R9, RDX), "cmovl r9, rdx");
	CHECK(x86_cmov(&c, CC_AE, false, RCX, RSI), "cmovae ecx, esi");
	CHECK(x86_load_gottpoff(&c, RCX, "t"), "mov rcx, qword ptr [rip]");
	CHECK(x86_load32_fs(&c, RCX, RCX), "mov ecx, dword ptr fs:[rcx]");
	CHECK(x86_load32_fs(&c, R9, R10), "mov r9d, dword ptr fs:[r10]");

	printf("%d of %d encodings match\n", cases - failures, cases);
	code_free(&c);
	disasm_free(dis);
	return failures ? 1 : 0;
}
