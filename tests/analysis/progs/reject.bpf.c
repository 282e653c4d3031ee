// SPDX-License-Identifier: MIT
/* reject.bpf.c - one program per diagnostic of the analysis, selected with -DCASE_NAME.
 * The instructions are written in inline assembly so that the instruction index and the
 * line are exactly the ones in the comment "expect prog NAME insn N: MESSAGE", which is on
 * the line the diagnostic must name (each asm statement gets its own line info). Opcodes
 * the assembler refuses to write are given as .quad: code | regs << 8 | off << 16 | imm << 32
 * (regs = src << 4 | dst). reject.py compiles each case and checks stderr and exit 1. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define NAKED __attribute__((naked))

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jt SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} arr SEC(".maps");

#ifdef CASE_unreachable
SEC("xdp") NAKED int unreachable(void)
{
	asm volatile("r0 = 0; exit;");
	asm volatile("r0 = 1; exit;"); /* expect prog unreachable insn 2: unreachable instruction */
}
#endif

#ifdef CASE_jump_out_of_range
SEC("xdp") NAKED int jump_out_of_range(void)
{
	asm volatile("r0 = 0;");
	asm volatile("if r0 == 0 goto +5;"); /* expect prog jump_out_of_range insn 1: jump out of range (to insn 7) */
	asm volatile("exit;");
}
#endif

#ifdef CASE_jump_into_ld_imm64
SEC("xdp") NAKED int jump_into_ld_imm64(void)
{
	asm volatile("r0 = 0;");
	asm volatile("if r0 == 0 goto +1;"); /* expect prog jump_into_ld_imm64 insn 1: jump into the middle of ld_imm64 at insn 2 */
	asm volatile("r1 = 5 ll; exit;");
}
#endif

#ifdef CASE_fall_off_the_end
SEC("xdp") NAKED int fall_off_the_end(void)
{
	asm volatile("r0 = 0;");
	asm volatile("r0 += 1;"); /* expect prog fall_off_the_end insn 1: falls off the end of the program (the last instruction is not exit or ja) */
}
#endif

#ifdef CASE_uninitialised
SEC("xdp") NAKED int uninitialised(void)
{
	asm volatile("r0 = 0; r2 = 1;");
	asm volatile("r0 = r5;"); /* expect prog uninitialised insn 2: read of uninitialised register r5 */
	asm volatile("exit;");
}
#endif

#ifdef CASE_r10_write
SEC("xdp") NAKED int r10_write(void)
{
	asm volatile("r0 = 0;");
	asm volatile(".quad 0x0ab7;"); /* expect prog r10_write insn 1: write to r10 (the frame pointer is read-only) */
	asm volatile("exit;");
}
#endif

#ifdef CASE_unknown_opcode
SEC("xdp") NAKED int unknown_opcode(void)
{
	asm volatile("r0 = 0;");
	asm volatile(".quad 0xf7;"); /* expect prog unknown_opcode insn 1: unknown opcode 0xf7 */
	asm volatile("exit;");
}
#endif

#ifdef CASE_unused_field
SEC("xdp") NAKED int unused_field(void)
{
	asm volatile("r0 = 0;");
	asm volatile(".quad 0x10b7;"); /* expect prog unused_field insn 1: opcode 0xb7: unused field src must be zero (is 1) */
	asm volatile("exit;");
}
#endif

#ifdef CASE_not_prog_array
SEC("xdp") NAKED int not_prog_array(void)
{
	asm volatile("r2 = %[arr] ll; r3 = 0;" :: [arr] "i"(&arr));
	asm volatile("call 12;"); /* expect prog not_prog_array insn 3: tail call: r2 is map arr of type array, not a prog array */
	asm volatile("r0 = 0; exit;");
}
#endif

#ifdef CASE_stack_frame
SEC("xdp") NAKED int stack_frame(void)
{
	asm volatile("r0 = 0;");
	asm volatile("*(u64 *)(r10 - 520) = r0;"); /* expect prog stack_frame insn 1: stack access at r10-520 (8 bytes) is outside the 512-byte frame */
	asm volatile("exit;");
}
#endif

#ifdef CASE_stack_chain
static NAKED __noinline __attribute__((used)) int chain_sub(void)
{
	asm volatile("r0 = 0; *(u64 *)(r10 - 8) = r0; exit;");
}

SEC("xdp") NAKED int stack_chain(void)
{
	asm volatile("r0 = 0; *(u64 *)(r10 - 512) = r0;");
	asm volatile("call chain_sub;"); /* expect prog stack_chain insn 2: combined stack of 2 frames is 528 bytes (limit 512) */
	asm volatile("exit;");
}
#endif

#ifdef CASE_stack_tail_call
static NAKED __noinline __attribute__((used)) int tail_sub(void)
{
	asm volatile("r2 = %[jt] ll; r3 = 0; call 12; r0 = 0; exit;" :: [jt] "i"(&jt));
}

SEC("xdp") NAKED int stack_tail_call(void)
{
	asm volatile("r0 = 0; *(u64 *)(r10 - 256) = r0;");
	asm volatile("call tail_sub;"); /* expect prog stack_tail_call insn 2: subprogram tail_sub makes tail calls but is called with 256 bytes of stack in use (must be below 256) */
	asm volatile("exit;");
}
#endif

#ifdef CASE_too_deep
/* Linked like libbpf does it: each subprogram appended where it is first called, so
 * too_deep (insns 0-1) is followed by f2 ... f7 (2 insns each, 2-13), then f8 at 14, f9. */
#define LINK(name, next) \
	static NAKED __noinline __attribute__((used)) int name(void) { asm volatile("call " #next "; exit;"); }
static NAKED __noinline __attribute__((used)) int f9(void) { asm volatile("r0 = 0; exit;"); }
static NAKED __noinline __attribute__((used)) int f8(void)
{
	asm volatile("call f9;"); /* expect prog too_deep insn 14: call chain of 9 frames is too deep (limit 8) */
	asm volatile("exit;");
}
LINK(f7, f8)
LINK(f6, f7)
LINK(f5, f6)
LINK(f4, f5)
LINK(f3, f4)
LINK(f2, f3)

SEC("xdp") NAKED int too_deep(void)
{
	asm volatile("call f2; exit;");
}
#endif

#ifdef CASE_recursion
static NAKED __noinline __attribute__((used)) int rec(void)
{
	asm volatile("r0 = 0; if r1 == 0 goto +1;");
	asm volatile("call rec;"); /* expect prog recursion insn 4: unbounded recursion: rec calls rec */
	asm volatile("exit;");
}

SEC("xdp") NAKED int recursion(void)
{
	asm volatile("call rec; exit;");
}
#endif

#ifdef CASE_infinite_loop
SEC("xdp") NAKED int infinite_loop(void)
{
	asm volatile("r0 = 0; if r0 == 1 goto +1;");
	asm volatile("goto -1;"); /* expect prog infinite_loop insn 2: infinite loop: no path from here to exit */
	asm volatile("exit;");
}
#endif

#ifdef CASE_compat
SEC("xdp") NAKED int owner(void)
{
	asm volatile("r2 = %[jt] ll;" :: [jt] "i"(&jt)); /* expect prog owner insn 0: prog array jt: user other (type 3, attach type 0, not sleepable) is not compatible with owner (type 6, attach type 37, not sleepable) */
	asm volatile("r3 = 0; call 12; r0 = 0; exit;");
}

SEC("tc") NAKED int other(void)
{
	asm volatile("r2 = %[jt] ll; r3 = 0; call 12; r0 = 0; exit;" :: [jt] "i"(&jt));
}
#endif

#ifdef CASE_compat_member
SEC("tc") NAKED int member(void)
{
	asm volatile("r0 = 0; exit;");
}

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__array(values, int(void *));
} jt_init SEC(".maps") = {
	.values = {[0] = (void *)&member},
};

SEC("xdp") NAKED int user(void)
{
	asm volatile("r2 = %[jt_init] ll;" :: [jt_init] "i"(&jt_init)); /* expect prog user insn 0: prog array jt_init: member member (type 3, attach type 0, not sleepable) is not compatible with user (type 6, attach type 37, not sleepable) */
	asm volatile("r3 = 0; call 12; r0 = 0; exit;");
}
#endif

char LICENSE[] SEC("license") = "GPL";
