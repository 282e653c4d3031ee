/* frontend.h - internals shared by the files of the frontend (not a contract).
 *
 * module_read() runs these steps in order, each returning -1 after one diagnostic:
 *   elf_open        the file, its ELF header, section table and symbols, bounds-checked
 *   btfext_read     .BTF.ext line info and CO-RE relocation records
 *   progs_collect   entry programs (names, sections, types), not yet linked
 *   maps_collect    BTF .maps, legacy maps, global data, prog array initialisers
 *   progs_link      each entry with its subprograms, relocations resolved
 */
#ifndef BPFAOT_FRONTEND_H
#define BPFAOT_FRONTEND_H

#include "helper_names.h"
#include "module.h"

#include <gelf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct elf_reloc {
	uint64_t offset; /* byte offset in the target section */
	uint32_t sym;    /* symbol index (not yet checked against the symbol table) */
	uint32_t type;   /* R_BPF_* */
};

struct elf_section {
	const char *name; /* points into the ELF string table, never NULL */
	uint32_t type;
	uint64_t flags, offset, size, entsize;
	uint32_t link, info;
	const uint8_t *data; /* size bytes inside the file, or NULL (SHT_NOBITS, empty) */
	struct elf_reloc *relocs; /* sorted by offset */
	size_t n_relocs;
	int map_kind; /* enum elf_map_section */
};

enum elf_map_section {
	ELF_SEC_OTHER,
	ELF_SEC_BTF_MAPS,    /* .maps */
	ELF_SEC_LEGACY_MAPS, /* maps */
	ELF_SEC_DATA,        /* .data, .data.* */
	ELF_SEC_RODATA,      /* .rodata, .rodata.* */
	ELF_SEC_BSS,         /* .bss, .bss.* (as newer libbpf) */
};

struct elf_symbol {
	const char *name; /* never NULL; "" when the symbol has no name */
	uint64_t value, size;
	uint32_t shndx; /* section index (extended indices are not supported) */
	uint8_t type, bind;
};

struct elf_object {
	const char *path;
	uint8_t *buf; /* the whole file, mapped (NULL when empty) */
	size_t size;
	Elf *elf;
	struct elf_section *secs;
	size_t n_secs;
	struct elf_symbol *syms;
	size_t n_syms;
};

int elf_open(struct elf_object *o, const char *path);
/* A name from the file that can appear in a one-line diagnostic: no control characters. */
bool elf_name_is_printable(const char *s);
void elf_close(struct elf_object *o);
bool elf_section_is_code(const struct elf_section *s);
/* The relocation at each byte offset of section sec (or NULL), for offsets visited in
 * increasing order: start with cursor = elf_reloc_cursor(o, sec, first offset). */
size_t elf_reloc_cursor(const struct elf_object *o, size_t sec, uint64_t offset);
const struct elf_reloc *elf_reloc_next(const struct elf_object *o, size_t sec, size_t *cursor,
				       uint64_t offset);

/* Line info and CO-RE records of .BTF.ext, per ELF section name.
 *
 * Line records are read into module->lines, once (only diagnostics and listings need
 * them, through the origins of linked instructions):
 *   u32 insn_off (byte offset in the section), u32 file_name_off, u32 line_off,
 *   u32 line << 10 | column */
#define LINE_REC 16 /* the bytes of a line record that are read */

struct btfext_section {
	const char *name; /* interned */
	/* Its line records, read into module->lines[first_line, first_line + n_lines) and
	 * sorted by insn_off. */
	uint32_t first_line, n_lines;
	bool unsorted; /* while reading: a record is before the one read before it */
	uint32_t *core_offs; /* CO-RE relocated instruction offsets, sorted */
	size_t n_core, cap_core;
};

struct btfext {
	struct btfext_section *secs;
	size_t n_secs, cap_secs;
	const char *last_file; /* while reading: the last line record's file, interned */
	uint32_t last_file_off; /* and its BTF string offset */
};

static inline uint32_t read_u32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, sizeof(v));
	return v;
}

/* One entry program before linking. */
struct entry {
	size_t sym;        /* index in elf_object.syms */
	size_t sec;        /* section index */
	uint32_t start, end; /* instruction indices within the section */
};

/* A function symbol of a code section and its extent. */
struct func {
	size_t sym;          /* index in elf_object.syms */
	size_t sec;          /* section index */
	uint32_t start, end; /* instruction indices [start, end) within the section */
};

struct reader {
	struct elf_object elf;
	struct func *funcs; /* sorted by section, then start */
	size_t n_funcs;
	struct module *m;
	struct btfext ext;
	struct entry *entries; /* parallel to m->progs */
	/* Map index of each ELF data section (-1 when it has none), n_secs entries. */
	int *sec_map;
	/* Per map: section index and byte offset of its definition (maps sections). */
	size_t *map_sec;
	uint64_t *map_off, *map_def_size;
	uint64_t *map_values_off; /* offset of the `values` member, or UINT64_MAX */
	/* Per section: its index in m->code_secs, 0 before its first use (n_secs entries). */
	uint32_t *code_sec;
};

int btfext_read(struct reader *r);
void btfext_free(struct btfext *ext);
/* The records of one ELF section, or NULL. */
const struct btfext_section *btfext_section_of(const struct btfext *ext, const char *sec);

/* Whether a CO-RE record names each offset, for offsets visited in increasing order: start
 * with cursor = btfext_core_cursor(s, first offset). The record at the cursor (when
 * *cursor < s->n_core) is the next one at or after the offsets visited so far. */
size_t btfext_core_cursor(const struct btfext_section *s, uint32_t off);
bool btfext_core_next(const struct btfext_section *s, size_t *cursor, uint32_t off);

int progs_collect(struct reader *r);
int progs_link(struct reader *r);

int maps_collect(struct reader *r);



#endif
