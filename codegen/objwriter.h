/* objwriter.h - the ELF relocatable object bpfaot emits, for any target.
 *
 * Sections: .text (one function per program, OBJ__PROG, its subprograms after it),
 * .data (map headers, prog-array slots, initialised global data, the descriptor tables),
 * .bss (zero-initialised map storage), .rodata (names). Symbols and layouts follow
 * runtime/bpfaot_abi.h. References to what the object defines itself go through section
 * symbols, so the object links into PIE executables and shared libraries alike; helper
 * calls name the runtime's functions.
 */
#ifndef BPFAOT_OBJWRITER_H
#define BPFAOT_OBJWRITER_H

#include "analysis.h"
#include "codebuf.h"
#include "module.h"
#include "target.h"

struct objwriter_input {
	const struct target *target;
	const struct module *module;
	const struct prog_analysis *analyses; /* one per program */
	const struct prog_code *code;         /* one per program */
	const char *obj_name;                 /* symbol prefix */
};

/* Write the object to fd. Returns 0, or -1 after one diagnostic naming path. */
int objwriter_write(const struct objwriter_input *in, int fd, const char *path);

/* Offset of each program's function in .text (n_progs entries, malloc'd): the layout
 * objwriter_write uses, for listings. */
uint32_t *objwriter_text_layout(const struct objwriter_input *in);

#endif
