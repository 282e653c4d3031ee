/* codebuf.c - a growing buffer of machine code with relocations. */
#include "codebuf.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

/* Doubling like grow_array, without its zero fill: code is written before it is read, and
 * the fill would touch every page of the spare capacity. */
void code_grow(struct prog_code *c, size_t n)
{
	grow_array_uninit((void **)&c->bytes, &c->cap, c->size + n, 1);
}

void code_patch32(struct prog_code *c, size_t offset, uint32_t v)
{
	uint8_t b[4] = {v, v >> 8, v >> 16, v >> 24};
	memcpy(c->bytes + offset, b, 4);
}

void code_add_reloc(struct prog_code *c, uint32_t offset, uint32_t type, const char *symbol,
		    int64_t addend)
{
	struct code_reloc r = {offset, type, xstrdup(symbol), addend};
	VEC_PUSH(c->relocs, c->n_relocs, c->cap_relocs, r);
}

static void free_relocs(struct prog_code *c)
{
	for (size_t i = 0; i < c->n_relocs; i++)
		free(c->relocs[i].symbol);
	c->n_relocs = 0;
}

void code_reset(struct prog_code *c)
{
	c->size = 0;
	free_relocs(c);
}

void code_free(struct prog_code *c)
{
	free_relocs(c);
	free(c->bytes);
	free(c->relocs);
	free(c->insn_offset);
	memset(c, 0, sizeof(*c));
}
