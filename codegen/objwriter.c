/* objwriter.c - write the native ELF relocatable object (see objwriter.h).
 *
 * The object is first built in memory (sections as byte buffers, a symbol list,
 * relocations per section), then handed to libelf in one go.
 */
#include "objwriter.h"

#include "ctxrewrite.h"

#include "bpfaot_abi.h"
#include "diag.h"
#include "symbols.h"
#include "util.h"

#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_ALIGN 16
#define PTR_SIZE 8

enum sec_id { SEC_TEXT, SEC_DATA, SEC_BSS, SEC_RODATA, N_SECS };

static const struct {
	const char *name;
	uint32_t type;
	uint64_t flags;
	uint64_t align;
} sec_info[N_SECS] = {
	[SEC_TEXT] = {".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, TEXT_ALIGN},
	[SEC_DATA] = {".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 8},
	[SEC_BSS] = {".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 8},
	[SEC_RODATA] = {".rodata", SHT_PROGBITS, SHF_ALLOC, 1},
};

struct rela {
	uint64_t offset;
	uint32_t type;
	uint32_t sym; /* index in ow->syms */
	int64_t addend;
};

struct section {
	uint8_t *bytes; /* NULL for .bss */
	size_t size, cap;
	struct rela *relas;
	size_t n_relas, cap_relas;
};

struct sym {
	char *name;   /* NULL for section symbols */
	int sec;      /* enum sec_id, or -1: undefined */
	uint64_t value, size;
	uint8_t type; /* STT_* */
	bool global;
};

struct ow {
	const struct objwriter_input *in;
	struct section secs[N_SECS];
	struct sym *syms;
	size_t n_syms, cap_syms;
	/* Layout. */
	uint32_t *prog_text;        /* per program: offset of its function in .text */
	uint64_t *map_header;       /* per map: offset of its struct bpfaot_map in .data */
	int *storage_sec;           /* per map: SEC_DATA, SEC_BSS, or -1 (no storage) */
	uint64_t *storage_off;
	uint64_t progs_off, maps_off, object_off; /* descriptor tables in .data */
};

/* ---- building blocks ---- */

static uint64_t align_up(uint64_t v, uint64_t to)
{
	return (v + to - 1) / to * to;
}

/* Reserve n bytes (aligned) in a section; returns their offset. */
static uint64_t sec_reserve(struct section *s, bool nobits, size_t n, size_t align)
{
	size_t off = align_up(s->size, align);
	if (!nobits) {
		grow_array((void **)&s->bytes, &s->cap, off + n, 1);
		memset(s->bytes + s->size, 0, off + n - s->size);
	}
	s->size = off + n;
	return off;
}

static void put32(struct section *s, uint64_t off, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		s->bytes[off + i] = (uint8_t)(v >> (8 * i));
}

static uint32_t add_sym(struct ow *ow, struct sym sym)
{
	VEC_PUSH(ow->syms, ow->n_syms, ow->cap_syms, sym);
	return (uint32_t)(ow->n_syms - 1);
}

static void define(struct ow *ow, char *name, int sec, uint64_t value, uint64_t size, uint8_t type)
{
	add_sym(ow, (struct sym){name, sec, value, size, type, true});
}

static uint32_t section_sym(int sec)
{
	return 1 + (uint32_t)sec; /* syms[0] is the null symbol, then one per section */
}

static void add_rela(struct ow *ow, int sec, uint64_t offset, uint32_t type, uint32_t sym, int64_t addend)
{
	struct rela r = {offset, type, sym, addend};
	struct section *s = &ow->secs[sec];
	VEC_PUSH(s->relas, s->n_relas, s->cap_relas, r);
}

/* A 64-bit pointer at .data+offset to section `to` + addend. */
static void data_pointer(struct ow *ow, uint64_t offset, int to, uint64_t addend)
{
	add_rela(ow, SEC_DATA, offset, ow->in->target->reloc_abs64, section_sym(to), (int64_t)addend);
}

/* A string in .rodata; returns its offset. */
static uint64_t add_string(struct ow *ow, const char *s)
{
	size_t n = strlen(s) + 1;
	uint64_t off = sec_reserve(&ow->secs[SEC_RODATA], false, n, 1);
	memcpy(ow->secs[SEC_RODATA].bytes + off, s, n);
	return off;
}

static void data_string(struct ow *ow, uint64_t offset, const char *s)
{
	if (s)
		data_pointer(ow, offset, SEC_RODATA, add_string(ow, s));
}

/* ---- layout ---- */

uint32_t *objwriter_text_layout(const struct objwriter_input *in)
{
	uint32_t *offs = xcalloc(in->module->n_progs, sizeof(uint32_t));
	uint64_t at = 0;
	for (uint32_t p = 0; p < in->module->n_progs; p++) {
		at = align_up(at, TEXT_ALIGN);
		offs[p] = (uint32_t)at;
		at += in->code[p].size;
	}
	return offs;
}

static bool map_has_static_array(const struct map *m)
{
	return m->type == BPF_MAP_TYPE_ARRAY;
}

static bool all_zero(const uint8_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i])
			return false;
	return true;
}

/* The program that fixes a prog array's owner type: the first one that uses it. */
static int prog_array_owner(const struct objwriter_input *in, uint32_t map)
{
	for (uint32_t p = 0; p < in->module->n_progs; p++)
		for (uint32_t k = 0; k < in->analyses[p].n_used_maps; k++)
			if (in->analyses[p].used_maps[k] == map)
				return (int)p;
	return -1;
}

static uint32_t prog_flags(const struct prog *p)
{
	return p->sleepable ? BPFAOT_PROG_SLEEPABLE : 0;
}

/* ---- contents ---- */

static void emit_text(struct ow *ow)
{
	const struct objwriter_input *in = ow->in;
	struct section *text = &ow->secs[SEC_TEXT];
	for (uint32_t p = 0; p < in->module->n_progs; p++) {
		const struct prog_code *code = &in->code[p];
		/* Only the layout: the code is written from the program's own buffer
		 * (add_text_data). */
		uint64_t off = sec_reserve(text, true, code->size, TEXT_ALIGN);
		define(ow, sym_prog(in->obj_name, &in->module->progs[p]), SEC_TEXT, off, code->size, STT_FUNC);
	}
}

/* Storage of a map: arrays (max_entries values of round_up(value_size, 8)), prog arrays
 * (2 * max_entries pointers), nothing for the rest. */
static void emit_storage(struct ow *ow, uint32_t m)
{
	const struct objwriter_input *in = ow->in;
	const struct map *map = &in->module->maps[m];
	ow->storage_sec[m] = -1;
	if (map->type == BPF_MAP_TYPE_PROG_ARRAY) {
		size_t n = (size_t)map->max_entries;
		uint64_t off = sec_reserve(&ow->secs[SEC_DATA], false, 2 * n * PTR_SIZE, PTR_SIZE);
		ow->storage_sec[m] = SEC_DATA;
		ow->storage_off[m] = off;
		for (size_t i = 0; map->prog_init && i < n; i++) {
			int32_t p = map->prog_init[i];
			if (p < 0 || (uint32_t)p >= in->module->n_progs)
				continue;
			data_pointer(ow, off + i * PTR_SIZE, SEC_DATA, ow->progs_off + (uint64_t)p * BPFAOT_PROG_SIZE);
			data_pointer(ow, off + (n + i) * PTR_SIZE, SEC_TEXT,
				     ow->prog_text[p] + in->code[p].tail_entry);
		}
	} else if (map_has_static_array(map)) {
		size_t stride = align_up(map->value_size, 8);
		size_t size = stride * map->max_entries;
		bool zero = !map->init || all_zero(map->init, map->value_size);
		int sec = zero ? SEC_BSS : SEC_DATA;
		uint64_t off = sec_reserve(&ow->secs[sec], zero, size, 8);
		if (!zero)
			memcpy(ow->secs[sec].bytes + off, map->init, map->value_size);
		ow->storage_sec[m] = sec;
		ow->storage_off[m] = off;
	} else {
		return;
	}
	define(ow, sym_map_storage(in->obj_name, map), ow->storage_sec[m], ow->storage_off[m],
	       map->type == BPF_MAP_TYPE_PROG_ARRAY ? 2ull * map->max_entries * PTR_SIZE
						    : align_up(map->value_size, 8) * map->max_entries,
	       STT_OBJECT);
}

/* struct bpfaot_map at its reserved place in .data. */
static void emit_map_header(struct ow *ow, uint32_t m)
{
	const struct objwriter_input *in = ow->in;
	const struct map *map = &in->module->maps[m];
	struct section *data = &ow->secs[SEC_DATA];
	uint64_t h = ow->map_header[m];
	put32(data, h + 0, map->type);
	put32(data, h + 4, map->key_size);
	put32(data, h + 8, map->value_size);
	put32(data, h + 12, map->max_entries);
	put32(data, h + 16, map->flags);
	uint32_t owner_type = BPFAOT_OWNER_UNSET, owner_attach = 0, owner_flags = 0;
	int owner = map->type == BPF_MAP_TYPE_PROG_ARRAY ? prog_array_owner(in, m) : -1;
	if (owner >= 0) {
		const struct prog *p = &in->module->progs[owner];
		owner_type = p->type;
		owner_attach = p->expected_attach_type;
		owner_flags = prog_flags(p);
	}
	put32(data, h + 20, owner_type);
	put32(data, h + 24, owner_attach);
	put32(data, h + 28, owner_flags);
	data_string(ow, h + 32, map->name);
	if (ow->storage_sec[m] >= 0)
		data_pointer(ow, h + BPFAOT_MAP_OFF_STORAGE, ow->storage_sec[m], ow->storage_off[m]);
	data_pointer(ow, h + 56, SEC_DATA, ow->object_off);
	define(ow, sym_map(in->obj_name, map), SEC_DATA, h, BPFAOT_MAP_SIZE, STT_OBJECT);
}

static void emit_descriptors(struct ow *ow)
{
	const struct objwriter_input *in = ow->in;
	const struct module *mod = in->module;
	struct section *data = &ow->secs[SEC_DATA];
	for (uint32_t p = 0; p < mod->n_progs; p++) {
		const struct prog *prog = &mod->progs[p];
		uint64_t d = ow->progs_off + (uint64_t)p * BPFAOT_PROG_SIZE;
		data_string(ow, d + 0, prog->name);
		data_string(ow, d + 8, prog->section);
		put32(data, d + 16, prog->type);
		put32(data, d + 20, prog->expected_attach_type);
		put32(data, d + 24, prog_flags(prog));
		put32(data, d + 28, ctx_kind_of_prog(prog));
		data_pointer(ow, d + BPFAOT_PROG_OFF_FUNC, SEC_TEXT, ow->prog_text[p]);
		data_pointer(ow, d + BPFAOT_PROG_OFF_TAIL_ENTRY, SEC_TEXT, ow->prog_text[p] + in->code[p].tail_entry);
		data_pointer(ow, d + 48, SEC_DATA, ow->object_off);
	}
	define(ow, sym_progs(in->obj_name), SEC_DATA, ow->progs_off, (uint64_t)mod->n_progs * BPFAOT_PROG_SIZE,
	       STT_OBJECT);
	for (uint32_t m = 0; m < mod->n_maps; m++)
		data_pointer(ow, ow->maps_off + (uint64_t)m * PTR_SIZE, SEC_DATA, ow->map_header[m]);
	define(ow, sym_maps(in->obj_name), SEC_DATA, ow->maps_off, (uint64_t)mod->n_maps * PTR_SIZE, STT_OBJECT);
	uint64_t o = ow->object_off;
	put32(data, o + 0, BPFAOT_ABI_VERSION);
	put32(data, o + 4, mod->n_progs);
	put32(data, o + 8, mod->n_maps);
	data_string(ow, o + 16, in->obj_name);
	if (mod->n_progs)
		data_pointer(ow, o + 24, SEC_DATA, ow->progs_off);
	if (mod->n_maps)
		data_pointer(ow, o + 32, SEC_DATA, ow->maps_off);
	data_string(ow, o + 40, mod->license);
	define(ow, sym_object(in->obj_name), SEC_DATA, o, BPFAOT_OBJECT_SIZE, STT_OBJECT);
}

/* Code relocations: against the section of a symbol this object defines (so no
 * preemptible symbol is reached PC-relatively), else against an undefined global. */
static void emit_code_relocs(struct ow *ow)
{
	const struct objwriter_input *in = ow->in;
	for (uint32_t p = 0; p < in->module->n_progs; p++) {
		const struct prog_code *code = &in->code[p];
		for (size_t r = 0; r < code->n_relocs; r++) {
			const struct code_reloc *cr = &code->relocs[r];
			uint64_t at = ow->prog_text[p] + cr->offset;
			size_t s;
			for (s = 0; s < ow->n_syms; s++)
				if (ow->syms[s].name && !strcmp(ow->syms[s].name, cr->symbol))
					break;
			if (s < ow->n_syms && ow->syms[s].sec >= 0) {
				add_rela(ow, SEC_TEXT, at, cr->type, section_sym(ow->syms[s].sec),
					 cr->addend + (int64_t)ow->syms[s].value);
				continue;
			}
			if (s == ow->n_syms)
				s = add_sym(ow, (struct sym){xstrdup(cr->symbol), -1, 0, 0,
							 runtime_symbol_type(cr->symbol), true});
			add_rela(ow, SEC_TEXT, at, cr->type, (uint32_t)s, cr->addend);
		}
	}
}

static void build(struct ow *ow)
{
	const struct objwriter_input *in = ow->in;
	const struct module *mod = in->module;
	add_sym(ow, (struct sym){NULL, -1, 0, 0, STT_NOTYPE, false});
	for (int s = 0; s < N_SECS; s++)
		add_sym(ow, (struct sym){NULL, s, 0, 0, STT_SECTION, false});
	ow->prog_text = objwriter_text_layout(in);
	ow->map_header = xcalloc(mod->n_maps, sizeof(uint64_t));
	ow->storage_sec = xcalloc(mod->n_maps, sizeof(int));
	ow->storage_off = xcalloc(mod->n_maps, sizeof(uint64_t));
	emit_text(ow);
	/* .data: headers, descriptor tables, then storage (which points into the tables). */
	struct section *data = &ow->secs[SEC_DATA];
	for (uint32_t m = 0; m < mod->n_maps; m++)
		ow->map_header[m] = sec_reserve(data, false, BPFAOT_MAP_SIZE, 8);
	ow->progs_off = sec_reserve(data, false, (size_t)mod->n_progs * BPFAOT_PROG_SIZE, 8);
	ow->maps_off = sec_reserve(data, false, (size_t)mod->n_maps * PTR_SIZE, 8);
	ow->object_off = sec_reserve(data, false, BPFAOT_OBJECT_SIZE, 8);
	for (uint32_t m = 0; m < mod->n_maps; m++)
		emit_storage(ow, m);
	for (uint32_t m = 0; m < mod->n_maps; m++)
		emit_map_header(ow, m);
	emit_descriptors(ow);
	emit_code_relocs(ow);
}

/* ---- libelf ---- */

struct strtab {
	struct strbuf sb;
};

static uint32_t strtab_add(struct strtab *t, const char *s)
{
	if (t->sb.len == 0)
		sb_putc(&t->sb, 0);
	uint32_t off = (uint32_t)t->sb.len;
	sb_printf(&t->sb, "%s", s);
	sb_putc(&t->sb, 0);
	return off;
}

static Elf_Scn *new_section(Elf *elf, struct strtab *shstr, const char *name, uint32_t type,
			    uint64_t flags, uint64_t align, void *bytes, size_t size, uint64_t entsize)
{
	Elf_Scn *scn = elf_newscn(elf);
	if (!scn)
		return NULL;
	GElf_Shdr sh;
	gelf_getshdr(scn, &sh);
	sh.sh_name = strtab_add(shstr, name);
	sh.sh_type = type;
	sh.sh_flags = flags;
	sh.sh_addralign = align;
	sh.sh_entsize = entsize;
	gelf_update_shdr(scn, &sh);
	Elf_Data *d = elf_newdata(scn);
	if (!d)
		return NULL;
	d->d_buf = bytes;
	d->d_size = size;
	d->d_align = align;
	d->d_type = ELF_T_BYTE;
	return scn;
}

/* .text is the programs' code, each at its offset of objwriter_text_layout: libelf lays
 * the blocks out in order at their alignment and fills the gaps with zeros, as
 * sec_reserve would have. Writing each program's buffer directly saves copying (and
 * faulting in) the whole text once more. */
static int add_text_data(const struct ow *ow, Elf_Scn *scn)
{
	Elf_Data *empty = elf_getdata(scn, NULL);
	empty->d_size = 0;
	empty->d_buf = NULL;
	const struct objwriter_input *in = ow->in;
	for (uint32_t p = 0; p < in->module->n_progs; p++) {
		Elf_Data *d = elf_newdata(scn);
		if (!d)
			return -1;
		d->d_buf = in->code[p].bytes;
		d->d_size = in->code[p].size;
		d->d_align = TEXT_ALIGN;
		d->d_type = ELF_T_BYTE;
	}
	return 0;
}

/* Symbols in ELF order: locals first. Returns the ELF index of each ow->syms entry. */
static uint32_t *symbol_order(const struct ow *ow, size_t *first_global)
{
	uint32_t *index = xcalloc(ow->n_syms, sizeof(uint32_t));
	uint32_t next = 0;
	for (int pass = 0; pass < 2; pass++) {
		if (pass == 1)
			*first_global = next;
		for (size_t s = 0; s < ow->n_syms; s++)
			if (ow->syms[s].global == (pass == 1))
				index[s] = next++;
	}
	return index;
}

struct elf_buffers {
	struct strtab shstr, str;
	Elf64_Sym *symtab;
	Elf64_Rela *rela[N_SECS];
	uint32_t *sym_index;
};

static void free_buffers(struct elf_buffers *b)
{
	sb_free(&b->shstr.sb);
	sb_free(&b->str.sb);
	free(b->symtab);
	for (int s = 0; s < N_SECS; s++)
		free(b->rela[s]);
	free(b->sym_index);
}

static int write_elf(struct ow *ow, Elf *elf, struct elf_buffers *b)
{
	const struct target *t = ow->in->target;
	Elf64_Ehdr *eh = elf64_newehdr(elf);
	if (!eh)
		return -1;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_OSABI] = ELFOSABI_NONE;
	eh->e_type = ET_REL;
	eh->e_machine = t->elf_machine;
	eh->e_version = EV_CURRENT;
	Elf_Scn *scn[N_SECS];
	for (int s = 0; s < N_SECS; s++) {
		struct section *sec = &ow->secs[s];
		scn[s] = new_section(elf, &b->shstr, sec_info[s].name, sec_info[s].type, sec_info[s].flags,
				     sec_info[s].align, sec->bytes, sec->size, 0);
		if (!scn[s])
			return -1;
		if (s == SEC_BSS) {
			Elf_Data *d = elf_getdata(scn[s], NULL);
			d->d_buf = NULL;
		}
		if (s == SEC_TEXT && add_text_data(ow, scn[s]))
			return -1;
	}
	/* Symbols. */
	size_t first_global = 0;
	b->sym_index = symbol_order(ow, &first_global);
	b->symtab = xcalloc(ow->n_syms, sizeof(Elf64_Sym));
	for (size_t s = 0; s < ow->n_syms; s++) {
		const struct sym *sym = &ow->syms[s];
		Elf64_Sym *es = &b->symtab[b->sym_index[s]];
		es->st_name = sym->name ? strtab_add(&b->str, sym->name) : 0;
		es->st_info = ELF64_ST_INFO(sym->global ? STB_GLOBAL : STB_LOCAL, sym->type);
		es->st_shndx = sym->sec >= 0 ? (uint16_t)elf_ndxscn(scn[sym->sec]) : SHN_UNDEF;
		es->st_value = sym->value;
		es->st_size = sym->size;
	}
	/* Relocations. */
	Elf_Scn *rela_scn[N_SECS] = {0};
	for (int s = 0; s < N_SECS; s++) {
		struct section *sec = &ow->secs[s];
		if (!sec->n_relas)
			continue;
		b->rela[s] = xcalloc(sec->n_relas, sizeof(Elf64_Rela));
		for (size_t r = 0; r < sec->n_relas; r++) {
			b->rela[s][r].r_offset = sec->relas[r].offset;
			b->rela[s][r].r_info = ELF64_R_INFO(b->sym_index[sec->relas[r].sym], sec->relas[r].type);
			b->rela[s][r].r_addend = sec->relas[r].addend;
		}
		char *name = xasprintf(".rela%s", sec_info[s].name);
		rela_scn[s] = new_section(elf, &b->shstr, name, SHT_RELA, SHF_INFO_LINK, 8, b->rela[s],
					  sec->n_relas * sizeof(Elf64_Rela), sizeof(Elf64_Rela));
		free(name);
		if (!rela_scn[s])
			return -1;
		elf_getdata(rela_scn[s], NULL)->d_type = ELF_T_RELA;
	}
	Elf_Scn *symtab = new_section(elf, &b->shstr, ".symtab", SHT_SYMTAB, 0, 8, b->symtab,
				      ow->n_syms * sizeof(Elf64_Sym), sizeof(Elf64_Sym));
	if (!symtab)
		return -1;
	elf_getdata(symtab, NULL)->d_type = ELF_T_SYM;
	strtab_add(&b->str, "");
	Elf_Scn *strtab = new_section(elf, &b->shstr, ".strtab", SHT_STRTAB, 0, 1, b->str.sb.s, b->str.sb.len, 0);
	Elf_Scn *stack = new_section(elf, &b->shstr, ".note.GNU-stack", SHT_PROGBITS, 0, 1, NULL, 0, 0);
	/* The name table must hold every name before it is attached. */
	uint32_t shstr_name = strtab_add(&b->shstr, ".shstrtab");
	Elf_Scn *shstrtab = elf_newscn(elf);
	if (!strtab || !stack || !shstrtab)
		return -1;
	GElf_Shdr sh;
	gelf_getshdr(symtab, &sh);
	sh.sh_link = (uint32_t)elf_ndxscn(strtab);
	sh.sh_info = (uint32_t)first_global;
	gelf_update_shdr(symtab, &sh);
	for (int s = 0; s < N_SECS; s++) {
		if (!rela_scn[s])
			continue;
		gelf_getshdr(rela_scn[s], &sh);
		sh.sh_link = (uint32_t)elf_ndxscn(symtab);
		sh.sh_info = (uint32_t)elf_ndxscn(scn[s]);
		gelf_update_shdr(rela_scn[s], &sh);
	}
	gelf_getshdr(shstrtab, &sh);
	sh.sh_name = shstr_name;
	sh.sh_type = SHT_STRTAB;
	sh.sh_addralign = 1;
	gelf_update_shdr(shstrtab, &sh);
	Elf_Data *d = elf_newdata(shstrtab);
	if (!d)
		return -1;
	d->d_buf = b->shstr.sb.s;
	d->d_size = b->shstr.sb.len;
	d->d_type = ELF_T_BYTE;
	d->d_align = 1;
	eh->e_shstrndx = (uint16_t)elf_ndxscn(shstrtab);
	return elf_update(elf, ELF_C_WRITE) < 0 ? -1 : 0;
}

static void ow_free(struct ow *ow)
{
	for (int s = 0; s < N_SECS; s++) {
		free(ow->secs[s].bytes);
		free(ow->secs[s].relas);
	}
	for (size_t s = 0; s < ow->n_syms; s++)
		free(ow->syms[s].name);
	free(ow->syms);
	free(ow->prog_text);
	free(ow->map_header);
	free(ow->storage_sec);
	free(ow->storage_off);
}

int objwriter_write(const struct objwriter_input *in, int fd, const char *path)
{
	struct ow ow = {.in = in};
	build(&ow);
	int ret = -1;
	if (elf_version(EV_CURRENT) == EV_NONE) {
		diag_file(path, "libelf: %s", elf_errmsg(-1));
		ow_free(&ow);
		return -1;
	}
	Elf *elf = elf_begin(fd, ELF_C_WRITE, NULL);
	struct elf_buffers b = {0};
	if (elf && write_elf(&ow, elf, &b) == 0)
		ret = 0;
	else
		diag_file(path, "cannot write the object: %s", elf_errmsg(-1));
	if (elf)
		elf_end(elf);
	free_buffers(&b);
	ow_free(&ow);
	return ret;
}
