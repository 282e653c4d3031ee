/* target.c - the AArch64 targets.
 *
 * "aarch64" emits ARMv8.0 code: atomics as exclusive load/store loops, so the output
 * runs on every 64-bit Arm core. "aarch64-lse" is the same target with the ARMv8.1 LSE
 * atomics (ldadd, ldset, ldclr, ldeor, swp, cas), for cores known to have them; the
 * choice is made at compile time, like -march, and never probed at run time.
 */
#include "a64.h"

#include <elf.h>

static int compile_v80(const struct codegen_input *in, struct prog_code *out)
{
	return a64_compile(in, out, false);
}

static int compile_lse(const struct codegen_input *in, struct prog_code *out)
{
	return a64_compile(in, out, true);
}

const struct target target_aarch64 = {
	.name = "aarch64",
	.llvm_triple = "aarch64-linux-gnu",
	.elf_machine = EM_AARCH64,
	.reloc_abs64 = R_AARCH64_ABS64,
	.compile_prog = compile_v80,
};

const struct target target_aarch64_lse = {
	.name = "aarch64-lse",
	.llvm_triple = "aarch64-linux-gnu",
	.llvm_cpu = "cortex-a55", /* ARMv8.2: its LLVM model decodes the LSE instructions */
	.elf_machine = EM_AARCH64,
	.reloc_abs64 = R_AARCH64_ABS64,
	.compile_prog = compile_lse,
};
