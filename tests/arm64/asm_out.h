/* asm_out.h - write a backend's output as an assembly function (tests only). */
#ifndef BPFAOT_TESTS_ASM_OUT_H
#define BPFAOT_TESTS_ASM_OUT_H

#include "codebuf.h"

#include <stdio.h>

/* A global function `name` holding the code, relocations as .reloc directives. */
void a64_write_asm(FILE *out, const char *name, const struct prog_code *code);

#endif
