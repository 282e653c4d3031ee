/* asm_out.c - a compiled program as GNU assembler text: its words as .inst, its
 * relocations as .reloc directives, for tests that link without the object writer. */
#include "asm_out.h"

#include <elf.h>

static const char *reloc_name(uint32_t type)
{
	switch (type) {
	case R_AARCH64_CALL26: return "R_AARCH64_CALL26";
	case R_AARCH64_ADR_PREL_PG_HI21: return "R_AARCH64_ADR_PREL_PG_HI21";
	case R_AARCH64_ADD_ABS_LO12_NC: return "R_AARCH64_ADD_ABS_LO12_NC";
	case R_AARCH64_LDST64_ABS_LO12_NC: return "R_AARCH64_LDST64_ABS_LO12_NC";
	}
	return "R_AARCH64_NONE";
}

void a64_write_asm(FILE *s, const char *fn, const struct prog_code *code)
{
	fprintf(s, "\t.globl %s\n\t.type %s, %%function\n\t.p2align 2\n%s:\n", fn, fn, fn);
	size_t r = 0;
	for (size_t off = 0; off < code->size; off += 4) {
		for (; r < code->n_relocs && code->relocs[r].offset == off; r++)
			fprintf(s, "\t.reloc ., %s, %s%+lld\n", reloc_name(code->relocs[r].type),
				code->relocs[r].symbol, (long long)code->relocs[r].addend);
		const uint8_t *b = code->bytes + off;
		fprintf(s, "\t.inst 0x%08x\n", b[0] | b[1] << 8 | b[2] << 16 | (uint32_t)b[3] << 24);
	}
	fprintf(s, "\t.size %s, .-%s\n", fn, fn);
}

