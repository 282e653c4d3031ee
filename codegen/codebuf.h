/* codebuf.h - a growing buffer of machine code with relocations against named symbols. */
#ifndef BPFAOT_CODEBUF_H
#define BPFAOT_CODEBUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct code_reloc {
	uint32_t offset; /* where in the code the relocated field starts */
	uint32_t type;   /* ELF relocation type of the target (R_X86_64_PLT32, R_AARCH64_CALL26...) */
	char *symbol;    /* owned */
	int64_t addend;
};

struct prog_code {
	uint8_t *bytes;
	size_t size, cap;
	struct code_reloc *relocs;
	size_t n_relocs, cap_relocs;
	uint32_t *insn_offset;   /* per BPF instruction (n_insns + 1 entries): native offset of its code */
	uint32_t n_insn_offsets;
	uint32_t tail_entry;     /* prologue offset: where tail calls into this program land */
};

/* Room for n more bytes (the slow path of the emitters below). */
void code_grow(struct prog_code *c, size_t n);

/* Room for n more bytes: an emitter writes one instruction through the returned cursor and
 * hands the cursor's end to code_commit (one capacity check per instruction). */
static inline uint8_t *code_reserve(struct prog_code *c, size_t n)
{
	if (c->cap - c->size < n)
		code_grow(c, n);
	return c->bytes + c->size;
}

static inline void code_commit(struct prog_code *c, const uint8_t *end)
{
	c->size = (size_t)(end - c->bytes);
}

/* Append n bytes (the arm64 backend's words; x86 writes through code_reserve). */
static inline void code_emit(struct prog_code *c, const void *bytes, size_t n)
{
	if (c->cap - c->size < n)
		code_grow(c, n);
	memcpy(c->bytes + c->size, bytes, n);
	c->size += n;
}

/* little-endian */
static inline void code_emit32(struct prog_code *c, uint32_t v)
{
	uint8_t b[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
	code_emit(c, b, 4);
}

/* Overwrite 4 bytes at offset (little-endian), for patching branches. */
void code_patch32(struct prog_code *c, size_t offset, uint32_t v);
void code_add_reloc(struct prog_code *c, uint32_t offset, uint32_t type, const char *symbol,
		    int64_t addend);
/* Drop the code and relocations, keep the buffers (for a backend's next sizing pass). */
void code_reset(struct prog_code *c);
void code_free(struct prog_code *c);

#endif
