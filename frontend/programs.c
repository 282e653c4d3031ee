/* programs.c - entry programs, and linking each with the subprograms it calls.
 *
 * Entry programs are the function symbols of executable sections other than .text (as
 * libbpf sees them). An object without any, such as the conformance corpus's (one
 * global `main` in .text), has its global .text functions as entries instead.
 *
 * Linking follows libbpf's bpf_object__reloc_code(): walk the entry's instructions; at
 * the first call to a function not yet in the program, append that function and walk it
 * at once (depth first), then go on. A call whose target lies in code already in the
 * program (for instance the middle of the entry itself) only gets its offset fixed; its
 * target still starts a subprogram, as in the kernel's verifier.
 */
#include "frontend.h"

#include "diag.h"
#include "util.h"

#include <bpf/libbpf.h>
#include <stdlib.h>
#include <string.h>

static bool sym_is_function_in_code(const struct elf_object *o, const struct elf_symbol *y)
{
	return y->type == STT_FUNC && y->shndx > 0 && y->shndx < o->n_secs &&
	       elf_section_is_code(&o->secs[y->shndx]);
}

static int compare_funcs(const void *a, const void *b)
{
	const struct func *x = a, *y = b;
	if (x->sec != y->sec)
		return x->sec < y->sec ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->sym < y->sym ? -1 : x->sym > y->sym;
}

/* Every function symbol of a code section, with its extent: [value, value + size), or up
 * to the next function when the symbol has no size (hand-written code). */
static int collect_funcs(struct reader *r)
{
	const struct elf_object *o = &r->elf;
	size_t cap = 0;
	for (size_t i = 1; i < o->n_syms; i++) {
		const struct elf_symbol *y = &o->syms[i];
		if (!sym_is_function_in_code(o, y))
			continue;
		const struct elf_section *s = &o->secs[y->shndx];
		uint64_t n = s->size / sizeof(struct bpf_insn);
		if (y->value % sizeof(struct bpf_insn) || y->value / sizeof(struct bpf_insn) >= n) {
			diag_file(o->path, "function %s at offset 0x%llx is outside section %s or unaligned",
				  y->name, (unsigned long long)y->value, s->name);
			return -1;
		}
		uint64_t first = y->value / sizeof(struct bpf_insn), last = 0;
		if (y->size) {
			if (y->size % sizeof(struct bpf_insn) ||
			    y->size / sizeof(struct bpf_insn) > n - first) {
				diag_file(o->path, "function %s (size %llu) does not fit in section %s",
					  y->name, (unsigned long long)y->size, s->name);
				return -1;
			}
			last = first + y->size / sizeof(struct bpf_insn);
		}
		struct func f = {i, y->shndx, (uint32_t)first, (uint32_t)last};
		VEC_PUSH(r->funcs, r->n_funcs, cap, f);
	}
	if (r->n_funcs)
		qsort(r->funcs, r->n_funcs, sizeof(*r->funcs), compare_funcs);
	for (size_t i = 0; i < r->n_funcs; i++) {
		struct func *f = &r->funcs[i];
		if (f->end)
			continue;
		f->end = (uint32_t)(o->secs[f->sec].size / sizeof(struct bpf_insn));
		for (size_t k = i + 1; k < r->n_funcs && r->funcs[k].sec == f->sec; k++)
			if (r->funcs[k].start > f->start) {
				f->end = r->funcs[k].start;
				break;
			}
	}
	return 0;
}

static bool section_is_text(const struct elf_section *s)
{
	return !strcmp(s->name, ".text");
}

/* Entries: functions outside .text, or else the global functions of .text; aliases (a
 * second symbol at the same place) once. In section order, then by offset, as libbpf. */
static void find_entries(struct reader *r, struct entry **out, size_t *n_out)
{
	const struct elf_object *o = &r->elf;
	struct entry *entries = NULL;
	size_t n = 0, cap = 0;
	for (int pass = 0; pass < 2 && n == 0; pass++)
		for (size_t i = 0; i < r->n_funcs; i++) {
			const struct func *f = &r->funcs[i];
			const struct elf_symbol *y = &o->syms[f->sym];
			bool text = section_is_text(&o->secs[f->sec]);
			if (pass == 0 ? text : !text || y->bind != STB_GLOBAL)
				continue;
			if (n && entries[n - 1].sec == f->sec && entries[n - 1].start == f->start)
				continue;
			struct entry e = {f->sym, f->sec, f->start, f->end};
			VEC_PUSH(entries, n, cap, e);
		}
	*out = entries;
	*n_out = n;
}

/* Sleepable: "fentry.s/...", "lsm.s/...", "uprobe.s", ... and "syscall". */
static bool section_is_sleepable(const char *sec)
{
	if (!strcmp(sec, "syscall"))
		return true;
	size_t len = strcspn(sec, "/+");
	return len >= 2 && !strncmp(sec + len - 2, ".s", 2);
}

static int compare_progs_by_name(const void *a, const void *b)
{
	const struct prog *const *x = a, *const *y = b;
	int order = strcmp((*x)->name, (*y)->name);
	return order ? order : *x < *y ? -1 : *x > *y; /* equal names: in program order */
}

/* Programs are found by name, and become native symbols named after them. */
static int check_unique_names(const char *path, const struct module *m)
{
	const struct prog **sorted = xmalloc(m->n_progs * sizeof(*sorted));
	for (uint32_t i = 0; i < m->n_progs; i++)
		sorted[i] = &m->progs[i];
	qsort(sorted, m->n_progs, sizeof(*sorted), compare_progs_by_name);
	int err = 0;
	for (uint32_t i = 1; i < m->n_progs && !err; i++)
		if (!strcmp(sorted[i - 1]->name, sorted[i]->name)) {
			diag_file(path, "two programs named %s (sections %s and %s)", sorted[i]->name,
				  sorted[i - 1]->section, sorted[i]->section);
			err = -1;
		}
	free(sorted);
	return err;
}

int progs_collect(struct reader *r)
{
	struct entry *entries;
	size_t n;
	if (collect_funcs(r))
		return -1;
	find_entries(r, &entries, &n);
	if (n == 0) {
		diag_file(r->elf.path, "no programs (no functions in executable sections)");
		return -1;
	}
	struct module *m = r->m;
	r->entries = entries;
	m->progs = xcalloc(n, sizeof(*m->progs));
	m->n_progs = (uint32_t)n;
	for (size_t i = 0; i < n; i++) {
		struct prog *p = &m->progs[i];
		const char *sec = r->elf.secs[entries[i].sec].name;
		p->name = xstrdup(r->elf.syms[entries[i].sym].name);
		p->section = xstrdup(sec);
		enum bpf_prog_type type = BPF_PROG_TYPE_UNSPEC;
		enum bpf_attach_type attach = 0;
		if (libbpf_prog_type_by_name(sec, &type, &attach)) {
			type = BPF_PROG_TYPE_UNSPEC;
			attach = 0;
		}
		p->type = type;
		p->expected_attach_type = attach;
		p->sleepable = section_is_sleepable(sec);
	}
	return check_unique_names(r->elf.path, m);
}

/* A run of a section's instructions copied into the program. */
struct chunk {
	size_t sec;
	uint32_t start, end; /* instruction indices in the section */
	uint32_t pos;        /* index of its first instruction in the program */
	uint32_t cursor;     /* next instruction to relocate, relative to start */
	size_t next_reloc;   /* first ELF relocation of sec not before the cursor */
	size_t next_core;    /* first CO-RE record of ext not before the cursor */
	const struct btfext_section *ext; /* sec's line info and CO-RE records, or NULL */
};

/* The kernel's limit on a program's size (BPF_COMPLEXITY_LIMIT_INSNS); it also bounds
 * what a crafted object can make the linker copy. */
#define MAX_LINKED_INSNS 1000000u

struct linker {
	struct reader *r;
	struct prog *p;
	struct chunk *chunks;
	size_t n_chunks, cap_chunks;
	size_t *stack; /* chunks being walked, depth first */
	size_t n_stack, cap_stack;
	size_t cap_insns, cap_subprogs, cap_relocs;
};

static void add_subprog(struct linker *l, const char *name, uint32_t start, bool global)
{
	struct subprog s = {xstrdup(name), start, global};
	VEC_PUSH(l->p->subprogs, l->p->n_subprogs, l->cap_subprogs, s);
}

static bool has_subprog_at(const struct prog *p, uint32_t start)
{
	for (uint32_t i = 0; i < p->n_subprogs; i++)
		if (p->subprogs[i].start == start)
			return true;
	return false;
}

/* Room for n instructions and their origins. Not zeroed: only the first n_insns are used. */
static void reserve_insns(struct linker *l, uint32_t n)
{
	struct prog *p = l->p;
	size_t cap_sites = l->cap_insns; /* the two arrays grow alike */
	grow_array_uninit((void **)&p->insns, &l->cap_insns, n, sizeof(*p->insns));
	grow_array_uninit((void **)&p->site, &cap_sites, n, sizeof(*p->site));
}

/* The entry of module->code_secs for code section sec, made on first use. */
static uint32_t code_sec_of(struct reader *r, size_t sec, const struct btfext_section *ext)
{
	if (!r->code_sec)
		r->code_sec = xcalloc(r->elf.n_secs, sizeof(*r->code_sec));
	if (!r->code_sec[sec])
		r->code_sec[sec] = module_add_code_sec(r->m, module_intern(r->m, r->elf.secs[sec].name),
						       ext ? ext->first_line : 0,
						       ext ? ext->n_lines : 0);
	return r->code_sec[sec];
}

/* Copy section instructions [start, end) to the end of the program as a new chunk. */
static size_t append_chunk(struct linker *l, size_t sec, uint32_t start, uint32_t end)
{
	struct prog *p = l->p;
	const struct elf_section *s = &l->r->elf.secs[sec];
	uint32_t count = end - start;
	reserve_insns(l, p->n_insns + count);
	memcpy(p->insns + p->n_insns, s->data + (size_t)start * sizeof(struct bpf_insn),
	       (size_t)count * sizeof(struct bpf_insn));
	const struct btfext_section *ext = btfext_section_of(&l->r->ext, s->name);
	uint32_t code_sec = code_sec_of(l->r, sec, ext), off = start * (uint32_t)sizeof(struct bpf_insn);
	for (struct insn_site *site = p->site + p->n_insns; site != p->site + p->n_insns + count;
	     site++, off += (uint32_t)sizeof(struct bpf_insn))
		*site = (struct insn_site){.offset = off, .sec = code_sec};
	uint32_t first_off = start * (uint32_t)sizeof(struct bpf_insn);
	struct chunk c = {sec, start, end, p->n_insns, 0,
			  elf_reloc_cursor(&l->r->elf, sec, first_off),
			  btfext_core_cursor(ext, first_off), ext};
	p->n_insns += count;
	VEC_PUSH(l->chunks, l->n_chunks, l->cap_chunks, c);
	VEC_PUSH(l->stack, l->n_stack, l->cap_stack, l->n_chunks - 1);
	return l->n_chunks - 1;
}

/* The function of section sec whose code contains instruction idx (the one that starts
 * last, so that a symbol at idx wins; a global symbol over a local alias), or NULL. */
static const struct func *function_containing(const struct reader *r, size_t sec, uint32_t idx)
{
	const struct func *best = NULL;
	for (size_t i = 0; i < r->n_funcs; i++) {
		const struct func *f = &r->funcs[i];
		if (f->sec != sec || f->start > idx || idx >= f->end)
			continue;
		if (!best || f->start > best->start ||
		    (f->start == best->start && r->elf.syms[f->sym].bind == STB_GLOBAL &&
		     r->elf.syms[best->sym].bind != STB_GLOBAL))
			best = f;
	}
	return best;
}

/* Program index of the call target (sec, idx), appending its function if needed. */
static int call_target(struct linker *l, uint32_t at, size_t sec, int64_t idx, uint32_t *pos)
{
	const struct elf_object *o = &l->r->elf;
	const struct elf_section *s = &o->secs[sec];
	if (idx < 0 || (uint64_t)idx >= s->size / sizeof(struct bpf_insn)) {
		diag_insn(l->r->m, l->p, at, "call target %lld is outside section %s", (long long)idx,
			  s->name);
		return -1;
	}
	uint32_t target = (uint32_t)idx;
	const struct func *f = function_containing(l->r, sec, target);
	for (size_t i = 0; i < l->n_chunks; i++) {
		const struct chunk *c = &l->chunks[i];
		if (c->sec == sec && c->start <= target && target < c->end) {
			*pos = c->pos + (target - c->start);
			if (!has_subprog_at(l->p, *pos)) {
				/* The callee is inside code already in the program. */
				char *name = !f ? xasprintf("%s+0x%x", s->name, target * 8)
					 : f->start == target ? xstrdup(o->syms[f->sym].name)
					 : xasprintf("%s+0x%x", o->syms[f->sym].name, (target - f->start) * 8);
				add_subprog(l, name, *pos, false);
				free(name);
			}
			return 0;
		}
	}
	if (!f) {
		diag_insn(l->r->m, l->p, at, "call target %s+0x%x is not inside any function", s->name,
			  target * 8);
		return -1;
	}
	if (l->p->n_insns + (uint64_t)(f->end - target) > MAX_LINKED_INSNS) {
		diag_insn(l->r->m, l->p, at, "program exceeds %u instructions after linking",
			  MAX_LINKED_INSNS);
		return -1;
	}
	*pos = l->p->n_insns;
	const struct elf_symbol *y = &o->syms[f->sym];
	if (f->start == target) {
		add_subprog(l, y->name, *pos, y->bind == STB_GLOBAL);
	} else {
		char *name = xasprintf("%s+0x%x", y->name, (target - f->start) * 8);
		add_subprog(l, name, *pos, false);
		free(name);
	}
	append_chunk(l, sec, target, f->end);
	return 0;
}

static void add_reloc(struct linker *l, enum reloc_kind kind, uint32_t insn, const char *symbol,
		      uint32_t map, uint32_t offset)
{
	struct reloc rel = {kind, insn, xstrdup(symbol), map, offset};
	VEC_PUSH(l->p->relocs, l->p->n_relocs, l->cap_relocs, rel);
}

/* bpf-to-bpf call at program index i (section instruction idx of chunk c). */
static int link_call(struct linker *l, uint32_t i, size_t sec, uint32_t idx,
		     const struct elf_reloc *rel)
{
	const struct elf_object *o = &l->r->elf;
	struct bpf_insn *insn = &l->p->insns[i];
	size_t target_sec = sec;
	int64_t target = (int64_t)idx + insn->imm + 1;
	const struct elf_symbol *y = rel ? &o->syms[rel->sym] : NULL;
	if (y) {
		if (y->shndx == SHN_UNDEF) {
			diag_insn(l->r->m, l->p, i, "kfunc call %s not supported yet", y->name);
			return -1;
		}
		if (y->shndx >= o->n_secs || !elf_section_is_code(&o->secs[y->shndx]) ||
		    y->value % 8) {
			diag_insn(l->r->m, l->p, i, "call relocation against %s, which is not code",
				  y->name);
			return -1;
		}
		/* As libbpf: the symbol's instruction plus imm + 1 (imm is -1 for a function). */
		target_sec = y->shndx;
		target = (int64_t)(y->value / 8) + insn->imm + 1;
	}
	uint32_t pos;
	if (call_target(l, i, target_sec, target, &pos))
		return -1;
	/* call_target() may have grown the instruction array. */
	insn = &l->p->insns[i];
	insn->imm = (int32_t)((int64_t)pos - (int64_t)i - 1);
	if (y)
		add_reloc(l, RELOC_CALL, i, y->name, 0, pos);
	return 0;
}

/* ld_imm64 at program index i with a relocation: a map, or a global variable. */
static int link_ld_imm64(struct linker *l, uint32_t i, uint32_t count_left,
			 const struct elf_reloc *rel)
{
	struct reader *r = l->r;
	const struct elf_object *o = &r->elf;
	const struct elf_symbol *y = &o->syms[rel->sym];
	struct bpf_insn *insn = &l->p->insns[i];
	if (count_left < 2) {
		diag_insn(r->m, l->p, i, "ld_imm64 is cut off at the end of its function");
		return -1;
	}
	if (y->shndx == SHN_UNDEF) {
		diag_insn(r->m, l->p, i, "extern %s (a kconfig or ksym variable, BPF_PSEUDO_BTF_ID) not supported yet", y->name);
		return -1;
	}
	if (y->shndx >= o->n_secs) {
		diag_insn(r->m, l->p, i, "relocation against %s in special section 0x%x not supported",
			  y->name, y->shndx);
		return -1;
	}
	const struct elf_section *s = &o->secs[y->shndx];
	if (elf_section_is_code(s)) {
		/* Against a section symbol, imm holds the function's offset in the section. */
		const char *callee = y->name;
		uint64_t target = y->value + (uint64_t)(uint32_t)insn[0].imm;
		for (size_t k = 1; k < o->n_syms && y->type == STT_SECTION; k++)
			if (o->syms[k].type == STT_FUNC && o->syms[k].shndx == y->shndx &&
			    o->syms[k].value == target)
				callee = o->syms[k].name;
		diag_insn(r->m, l->p, i,
			  "callback (address of function %s, BPF_PSEUDO_FUNC) not supported yet",
			  callee);
		return -1;
	}
	if (s->map_kind == ELF_SEC_BTF_MAPS || s->map_kind == ELF_SEC_LEGACY_MAPS) {
		for (uint32_t k = 0; k < r->m->n_maps; k++)
			if (r->map_sec[k] == y->shndx && r->map_off[k] == y->value) {
				insn[0].src_reg = BPF_PSEUDO_MAP_FD;
				insn[0].imm = (int32_t)k;
				insn[1].imm = 0;
				add_reloc(l, RELOC_MAP, i, y->name, k, 0);
				return 0;
			}
		diag_insn(r->m, l->p, i, "relocation against %s, which is not a map", y->name);
		return -1;
	}
	int map = r->sec_map[y->shndx];
	if (map < 0) {
		diag_insn(r->m, l->p, i, "relocation against %s in section %s not supported", y->name,
			  s->name);
		return -1;
	}
	uint64_t offset = y->value + (uint64_t)(uint32_t)insn[0].imm;
	if (offset > r->m->maps[map].value_size) {
		diag_insn(r->m, l->p, i, "offset %llu of %s is outside section %s",
			  (unsigned long long)offset, y->name, s->name);
		return -1;
	}
	insn[0].src_reg = BPF_PSEUDO_MAP_VALUE;
	insn[0].imm = map;
	insn[1].imm = (int32_t)offset;
	add_reloc(l, RELOC_MAP_VALUE, i, y->name, (uint32_t)map, (uint32_t)offset);
	return 0;
}

/* ld_imm64 forms that name kernel objects, with no relocation. */
static int check_plain_ld_imm64(struct linker *l, uint32_t i)
{
	const struct bpf_insn *insn = &l->p->insns[i];
	switch (insn->src_reg) {
	case BPF_PSEUDO_BTF_ID:
		diag_insn(l->r->m, l->p, i, "ld_imm64 of a kernel BTF id (BPF_PSEUDO_BTF_ID) not supported yet");
		return -1;
	case BPF_PSEUDO_FUNC:
		diag_insn(l->r->m, l->p, i, "callback (BPF_PSEUDO_FUNC) not supported yet");
		return -1;
	case BPF_PSEUDO_MAP_FD:
	case BPF_PSEUDO_MAP_VALUE:
	case BPF_PSEUDO_MAP_IDX:
	case BPF_PSEUDO_MAP_IDX_VALUE:
		diag_insn(l->r->m, l->p, i, "ld_imm64 of a map without a relocation");
		return -1;
	default:
		return 0;
	}
}

/* Relocate one instruction; returns how many instructions it spans, or -1. */
static int link_insn(struct linker *l, struct chunk *c)
{
	struct reader *r = l->r;
	uint32_t idx = c->start + c->cursor;
	uint32_t i = c->pos + c->cursor;
	uint32_t off = idx * (uint32_t)sizeof(struct bpf_insn);
	const struct elf_reloc *rel = elf_reloc_next(&r->elf, c->sec, &c->next_reloc, off);
	const struct bpf_insn *insn = &l->p->insns[i];
	if (btfext_core_next(c->ext, &c->next_core, off)) {
		diag_insn(r->m, l->p, i, "CO-RE relocation not supported yet");
		return -1;
	}
	if (insn_is_ld_imm64(insn)) {
		if (rel ? link_ld_imm64(l, i, c->end - idx, rel) : check_plain_ld_imm64(l, i))
			return -1;
		return 2;
	}
	if (insn->code == (BPF_JMP | BPF_CALL)) {
		if (insn->src_reg == BPF_PSEUDO_KFUNC_CALL ||
		    (rel && r->elf.syms[rel->sym].shndx == SHN_UNDEF)) {
			diag_insn(r->m, l->p, i, "kfunc call %s not supported yet",
				  rel ? r->elf.syms[rel->sym].name : "(by BTF id)");
			return -1;
		}
		if (insn->src_reg == BPF_PSEUDO_CALL) {
			if (link_call(l, i, c->sec, idx, rel))
				return -1;
			return 1;
		}
	}
	if (rel) {
		diag_insn(r->m, l->p, i, "relocation against %s on an instruction that is neither ld_imm64 nor call",
			  r->elf.syms[rel->sym].name);
		return -1;
	}
	return 1;
}

/* Most instructions need no linking: neither ld_imm64 nor call, and no relocation or CO-RE
 * record at their offset. Skip a run of them (link_insn() would step over each). */
static void skip_plain_insns(const struct linker *l, struct chunk *c)
{
	const struct elf_section *s = &l->r->elf.secs[c->sec];
	uint64_t stop = c->next_reloc < s->n_relocs ? s->relocs[c->next_reloc].offset : UINT64_MAX;
	if (c->ext && c->next_core < c->ext->n_core && c->ext->core_offs[c->next_core] < stop)
		stop = c->ext->core_offs[c->next_core];
	/* Section offsets before stop are those of chunk instructions before limit. */
	uint64_t first_off = (uint64_t)c->start * sizeof(struct bpf_insn);
	uint64_t limit = c->end - c->start;
	if (stop < first_off + limit * sizeof(struct bpf_insn))
		limit = stop <= first_off ? 0 : (stop - first_off + sizeof(struct bpf_insn) - 1) /
						     sizeof(struct bpf_insn);
	const struct bpf_insn *insns = l->p->insns + c->pos;
	uint32_t k = c->cursor;
	while (k < limit && !insn_is_ld_imm64(&insns[k]) && insns[k].code != (BPF_JMP | BPF_CALL))
		k++;
	c->cursor = k;
}

static int compare_subprogs(const void *a, const void *b)
{
	const struct subprog *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

static int compare_relocs(const void *a, const void *b)
{
	const struct reloc *x = a, *y = b;
	return x->insn < y->insn ? -1 : x->insn > y->insn;
}

static int link_prog(struct reader *r, struct prog *p, const struct entry *e)
{
	struct linker l = {.r = r, .p = p};
	const struct elf_symbol *y = &r->elf.syms[e->sym];
	add_subprog(&l, y->name, 0, y->bind == STB_GLOBAL);
	append_chunk(&l, e->sec, e->start, e->end);
	int err = 0;
	while (l.n_stack && !err) {
		struct chunk *c = &l.chunks[l.stack[l.n_stack - 1]];
		skip_plain_insns(&l, c);
		if (c->cursor >= c->end - c->start) {
			l.n_stack--;
			continue;
		}
		size_t before = l.n_chunks;
		int step = link_insn(&l, c);
		if (step < 0) {
			err = -1;
			break;
		}
		/* link_insn() may have appended (and reallocated) chunks. */
		c = &l.chunks[l.stack[l.n_stack - 1 - (l.n_chunks - before)]];
		c->cursor += (uint32_t)step;
	}
	free(l.chunks);
	free(l.stack);
	qsort(p->subprogs, p->n_subprogs, sizeof(*p->subprogs), compare_subprogs);
	if (p->n_relocs)
		qsort(p->relocs, p->n_relocs, sizeof(*p->relocs), compare_relocs);
	return err;
}

int progs_link(struct reader *r)
{
	for (uint32_t i = 0; i < r->m->n_progs; i++)
		if (link_prog(r, &r->m->progs[i], &r->entries[i]))
			return -1;
	return 0;
}
