/* target.c - the x86_64 target (placeholder until the backend lands). */
#include "target.h"

#include "diag.h"

#include <elf.h>

static int compile_prog(const struct codegen_input *in, struct prog_code *out)
{
	(void)out;
	diag_prog(in->module, in->prog, "target x86_64 not implemented yet");
	return -1;
}

const struct target target_x86_64 = {
	.name = "x86_64",
	.llvm_triple = "x86_64-linux-gnu",
	.elf_machine = EM_X86_64,
	.reloc_abs64 = R_X86_64_64,
	.compile_prog = compile_prog,
};
