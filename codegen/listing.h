/* listing.h - the -S listing: native code disassembled with LLVM MC, each native sequence
 * under the BPF instruction it came from (with file:line where BTF line info exists).
 * Target-independent: the disassembler is chosen by target->llvm_triple. */
#ifndef BPFAOT_LISTING_H
#define BPFAOT_LISTING_H

#include "objwriter.h"

#include <stdio.h>

/* Returns 0, or -1 after one diagnostic. */
int listing_write(FILE *out, const struct objwriter_input *in);

/* A disassembler for one triple (NULL cpu: the default), for listings and tests. */
struct disasm;
struct disasm *disasm_new(const char *triple, const char *cpu);
/* Disassemble one instruction at bytes[0..n) located at pc; returns its size (0 when the
 * bytes are not an instruction) and the text (tabs turned into spaces) in buf. */
size_t disasm_one(struct disasm *d, const uint8_t *bytes, size_t n, uint64_t pc, char *buf, size_t size);
void disasm_free(struct disasm *d);

#endif
