/* module.h - the frontend's output: a BPF object read into plain C data.
 *
 * Programs are linked the way the kernel sees them: each entry program's instructions
 * followed by every subprogram it reaches, with bpf-to-bpf call offsets fixed.
 * Relocations are resolved symbolically *inside* the instruction stream, as libbpf does
 * before loading, but with indices into module->maps instead of file descriptors:
 *
 *   ld_imm64 of a map:        insn[0].src_reg = BPF_PSEUDO_MAP_FD,    insn[0].imm = map index,
 *                             insn[1].imm = 0
 *   ld_imm64 of map data:     insn[0].src_reg = BPF_PSEUDO_MAP_VALUE, insn[0].imm = map index,
 *                             insn[1].imm = byte offset into the value
 *   bpf-to-bpf call:          src_reg = BPF_PSEUDO_CALL, imm = target - (pc + 1)
 *   helper call:              src_reg = 0, imm = helper id (unchanged)
 *
 * Every instruction keeps its origin (ELF section + byte offset, and BTF line info where
 * present) so that diagnostics and listings can name it: 8 bytes per instruction (its
 * offset and its section in module->code_secs); insn_origin_at() looks its source line up
 * in the section's line table, only when it is asked for.
 */
#ifndef BPFAOT_MODULE_H
#define BPFAOT_MODULE_H

#include "insn.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct btf; /* libbpf */

/* An instruction's origin, as insn_origin_at() returns it. line and col have the widths of
 * BTF line info (whose records pack them as line << 10 | col). */
struct insn_origin {
	const char *section; /* ELF section name (owned by the module), or NULL when unknown */
	const char *file;    /* source file from BTF line info (owned by the module), or NULL */
	uint32_t offset;     /* byte offset of the instruction within that section */
	uint32_t col : 10, line : 22; /* 0 when unknown */
};

/* A section and a source file of it (few per module). */
struct origin_source {
	const char *section; /* ELF section name (owned by the module) */
	const char *file;    /* source file (owned by the module), or NULL */
};

/* A BTF line record: it covers the instructions from insn_off up to the next record. */
struct origin_line {
	uint32_t insn_off; /* byte offset in the section */
	uint32_t source;   /* index in module->sources */
	uint32_t col : 10, line : 22;
};

/* A code section: its line records, module->lines[first_line, first_line + n_lines), sorted
 * by insn_off; instructions before the first have no line. */
struct code_sec {
	uint32_t source; /* index in module->sources of (section, NULL) */
	uint32_t first_line, n_lines;
};

/* What is stored per instruction: 8 bytes. */
struct insn_site {
	uint32_t offset; /* byte offset of the instruction within its section */
	uint32_t sec;    /* index in module->code_secs; 0: origin unknown */
};

struct subprog {
	char *name;     /* symbol name, or "<entry>+0xOFF" when the callee has no symbol */
	uint32_t start; /* index of its first instruction in prog->insns */
	bool global;    /* STB_GLOBAL function (a global subprogram) */
};

/* What a relocation did, kept for `inspect` and for cross-checks against llvm-objdump. */
enum reloc_kind {
	RELOC_MAP,       /* ld_imm64 of a map */
	RELOC_MAP_VALUE, /* ld_imm64 of a global variable (map value + offset) */
	RELOC_CALL,      /* bpf-to-bpf call */
};

struct reloc {
	enum reloc_kind kind;
	uint32_t insn;   /* instruction index in prog->insns */
	char *symbol;    /* the ELF symbol the relocation named */
	uint32_t map;    /* RELOC_MAP, RELOC_MAP_VALUE: index in module->maps */
	uint32_t offset; /* RELOC_MAP_VALUE: offset into the value; RELOC_CALL: callee insn */
};

struct prog {
	char *name;
	char *section;
	uint32_t type;                 /* enum bpf_prog_type, as libbpf derives it */
	uint32_t expected_attach_type; /* enum bpf_attach_type */
	bool sleepable;                /* ".s" sections */
	struct bpf_insn *insns;        /* entry program, then appended subprograms */
	uint32_t n_insns;
	struct insn_site *site;     /* n_insns entries, or NULL */
	struct subprog *subprogs;   /* subprogs[0] is the entry itself; sorted by start */
	uint32_t n_subprogs;
	struct reloc *relocs;
	uint32_t n_relocs;
};

enum map_origin {
	MAP_FROM_BTF,     /* SEC(".maps") with BTF */
	MAP_FROM_LEGACY,  /* SEC("maps") struct bpf_map_def */
	MAP_GLOBAL_DATA,  /* .data, .rodata, .bss, .data.*, .rodata.*: array, one element */
};

struct map {
	char *name;    /* BTF map name, or the data section name (".data", ".rodata.str1.1") */
	char *section; /* ELF section it came from */
	enum map_origin origin;
	uint32_t type; /* enum bpf_map_type */
	uint32_t key_size, value_size, max_entries, flags;
	uint32_t btf_key_type_id, btf_value_type_id; /* 0 when absent */
	uint32_t btf_type_id; /* the map variable's type, or the DATASEC of global data; 0 if none */
	bool readonly;        /* .rodata* */
	uint8_t *init;        /* global data: initial bytes (value_size of them); NULL for .bss */
	int32_t *prog_init;   /* prog arrays: max_entries program indices (-1 empty), or NULL */
};

struct module {
	char *path;    /* as given on the command line */
	char *name;    /* object name: C identifier from the file name ("prog.bpf.o" -> "prog") */
	char *license; /* NULL when the object has no "license" section */
	struct prog *progs;
	uint32_t n_progs;
	struct map *maps;
	uint32_t n_maps;
	struct btf *btf; /* libbpf's parse of .BTF, or NULL */
	char **strings;  /* interned strings the origins point into */
	size_t n_strings, cap_strings;
	struct origin_line *lines;
	uint32_t n_lines;
	size_t cap_lines;
	struct code_sec *code_secs; /* code_secs[0] is unused (index 0 means unknown) */
	size_t n_code_secs, cap_code_secs;
	struct origin_source *sources;
	size_t n_sources, cap_sources;
};

/* Read an object file. Returns NULL after printing one diagnostic line. */
struct module *module_read(const char *path);
void module_free(struct module *m);

/* A string owned by the module (for origins). */
const char *module_intern(struct module *m, const char *s);

/* Room for n more entries at the end of m->lines, not initialised. Returns the first. */
uint32_t module_add_lines(struct module *m, uint32_t n);
/* A new entry of m->code_secs for section (interned), whose line records are
 * m->lines[first_line, first_line + n_lines). Returns its index. */
uint32_t module_add_code_sec(struct module *m, const char *section, uint32_t first_line,
			     uint32_t n_lines);
/* Index in m->sources of (section, file), added if new; both interned. */
uint32_t module_source(struct module *m, const char *section, const char *file);

/* The origin of instruction i of p (all zero when unknown). */
static inline struct insn_origin insn_origin_at(const struct module *m, const struct prog *p,
						uint32_t i)
{
	if (!p->site || i >= p->n_insns || !p->site[i].sec)
		return (struct insn_origin){0};
	const struct insn_site *s = &p->site[i];
	const struct code_sec *cs = &m->code_secs[s->sec];
	/* The last record at or before the instruction (binary search). */
	uint32_t lo = 0, hi = cs->n_lines;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (m->lines[cs->first_line + mid].insn_off <= s->offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	const struct origin_line *l = lo ? &m->lines[cs->first_line + lo - 1] : NULL;
	const struct origin_source *src = &m->sources[l ? l->source : cs->source];
	return (struct insn_origin){.section = src->section, .file = src->file, .offset = s->offset,
				    .col = l ? l->col : 0, .line = l ? l->line : 0};
}

/* Index of the program or map with this name, or -1. */
int module_find_prog(const struct module *m, const char *name);
int module_find_map(const struct module *m, const char *name);

/* Index of the subprogram that contains instruction insn. */
uint32_t prog_subprog_of(const struct prog *p, uint32_t insn);

#endif
