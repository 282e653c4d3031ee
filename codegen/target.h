/* target.h - what a backend provides, and what it produces.
 *
 * One struct per target (backend-x86/target.c, backend-arm64/target.c); the driver picks
 * it by name with target_by_name() and never branches on the target elsewhere.
 *
 * A backend turns one analysed, linked program into a `struct prog_code`: machine code
 * for one global function (the entry, with its subprograms as local code after it),
 * relocations against named symbols (see runtime/bpfaot_abi.h for the names and the
 * layouts they point at), the native offset of every BPF instruction (for listings) and
 * the tail-call entry offset. The object writer (codegen/objwriter.c) turns the results
 * of all programs plus the maps into an ELF relocatable object.
 */
#ifndef BPFAOT_TARGET_H
#define BPFAOT_TARGET_H

#include "analysis.h"
#include "codebuf.h"
#include "module.h"

#include <stdint.h>

struct codegen_input {
	const struct module *module;
	const struct prog *prog; /* analysed: tail calls are BPF_JMP|BPF_TAIL_CALL */
	uint32_t prog_index;     /* index in module->progs */
	const struct prog_analysis *analysis;
	const char *obj_name;    /* symbol prefix (--name, default module->name) */
};

struct target {
	const char *name;        /* "x86_64", "aarch64" */
	const char *llvm_triple; /* for the LLVM MC disassembler (listings) */
	const char *llvm_cpu;    /* LLVM CPU for listings when the code needs more than the
	                          * triple's default (aarch64-lse: a core with LSE); or NULL */
	uint16_t elf_machine;    /* EM_X86_64, EM_AARCH64 */
	uint32_t reloc_abs64;    /* ELF relocation for a 64-bit absolute data pointer */
	/* Compile one program. Returns 0, or -1 after one diagnostic. */
	int (*compile_prog)(const struct codegen_input *in, struct prog_code *out);
};

extern const struct target target_x86_64;
extern const struct target target_aarch64;
extern const struct target target_aarch64_lse; /* aarch64 with ARMv8.1 LSE atomics */

/* NULL if no such target. */
const struct target *target_by_name(const char *name);
const struct target *target_host(void);

#endif
