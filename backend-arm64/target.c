/* target.c - the aarch64 target (placeholder until the backend lands). */
#include "target.h"

#include "diag.h"

#include <elf.h>

static int compile_prog(const struct codegen_input *in, struct prog_code *out)
{
	(void)out;
	diag_prog(in->module, in->prog, "target aarch64 not implemented yet");
	return -1;
}

const struct target target_aarch64 = {
	.name = "aarch64",
	.llvm_triple = "aarch64-linux-gnu",
	.elf_machine = EM_AARCH64,
	.reloc_abs64 = R_AARCH64_ABS64,
	.compile_prog = compile_prog,
};
