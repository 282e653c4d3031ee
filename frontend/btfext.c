/* btfext.c - line info and CO-RE relocation records from .BTF.ext.
 *
 * libbpf 1.1 does not export its .BTF.ext parser, so this reads the format itself
 * (kernel Documentation/bpf/btf.rst, "BTF.ext section"):
 *
 *   header:   u16 magic 0xeB9F, u8 version 1, u8 flags, u32 hdr_len,
 *             u32 func_info_off, func_info_len, line_info_off, line_info_len,
 *             [u32 core_relo_off, core_relo_len]   (offsets from the end of the header)
 *   a table:  u32 rec_size, then per ELF section: u32 sec_name_off, u32 num_info,
 *             num_info records of rec_size bytes
 *   line:     u32 insn_off, u32 file_name_off, u32 line_off, u32 line << 10 | col
 *   CO-RE:    u32 insn_off, u32 type_id, u32 access_str_off, u32 kind
 *
 * Every offset and count is checked against the section's size before it is read.
 */
#include "frontend.h"

#include "diag.h"
#include "util.h"

#include <bpf/btf.h>
#include <stdlib.h>
#include <string.h>

#define BTF_EXT_MAGIC 0xeB9F

struct ext_table {
	const uint8_t *p; /* start of the table (its rec_size word) */
	uint32_t len;
};

static uint32_t read_u32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, sizeof(v));
	return v;
}

static struct btfext_section *ext_section(struct reader *r, const char *name)
{
	struct btfext *ext = &r->ext;
	for (size_t i = 0; i < ext->n_secs; i++)
		if (!strcmp(ext->secs[i].name, name))
			return &ext->secs[i];
	struct btfext_section s = {.name = module_intern(r->m, name)};
	VEC_PUSH(ext->secs, ext->n_secs, ext->cap_secs, s);
	return &ext->secs[ext->n_secs - 1];
}

/* The interned file name at a BTF string offset. Consecutive records almost always name
 * the same file, so the last one is remembered. */
static const char *line_file(struct reader *r, uint32_t name_off)
{
	struct btfext *ext = &r->ext;
	if (ext->last_file && ext->last_file_off == name_off)
		return ext->last_file;
	const char *file = btf__str_by_offset(r->m->btf, name_off);
	if (!file || !elf_name_is_printable(file))
		return NULL;
	ext->last_file_off = name_off;
	ext->last_file = module_intern(r->m, file);
	return ext->last_file;
}

static int add_line(struct reader *r, struct btfext_section *s, const uint8_t *rec)
{
	const char *file = line_file(r, read_u32(rec + 4));
	if (!file) {
		diag_file(r->elf.path, ".BTF.ext: line info with a bad file name offset");
		return -1;
	}
	struct btfext_line l = {read_u32(rec), read_u32(rec + 12), file};
	VEC_PUSH(s->lines, s->n_lines, s->cap_lines, l);
	return 0;
}

static int add_core(struct reader *r, struct btfext_section *s, const uint8_t *rec)
{
	(void)r;
	uint32_t off = read_u32(rec);
	VEC_PUSH(s->core_offs, s->n_core, s->cap_core, off);
	return 0;
}

/* Walk one table, calling add() for each record (records are at least min_rec bytes). */
static int walk_table(struct reader *r, const char *what, struct ext_table t, uint32_t min_rec,
		      int (*add)(struct reader *, struct btfext_section *, const uint8_t *))
{
	const char *path = r->elf.path;
	if (t.len == 0)
		return 0;
	if (t.len < 4) {
		diag_file(path, ".BTF.ext: %s table is too short", what);
		return -1;
	}
	uint32_t rec_size = read_u32(t.p);
	if (rec_size < min_rec || rec_size % 4) {
		diag_file(path, ".BTF.ext: %s record size %u is not supported", what, rec_size);
		return -1;
	}
	uint32_t pos = 4;
	while (pos < t.len) {
		if (t.len - pos < 8) {
			diag_file(path, ".BTF.ext: %s table is truncated", what);
			return -1;
		}
		const char *sec = btf__name_by_offset(r->m->btf, read_u32(t.p + pos));
		uint32_t n = read_u32(t.p + pos + 4);
		pos += 8;
		if (!sec || !elf_name_is_printable(sec) || (uint64_t)n * rec_size > t.len - pos) {
			diag_file(path, ".BTF.ext: %s table has a bad section entry", what);
			return -1;
		}
		struct btfext_section *s = ext_section(r, sec);
		for (uint32_t k = 0; k < n; k++, pos += rec_size)
			if (add(r, s, t.p + pos))
				return -1;
	}
	return 0;
}

static int compare_lines(const void *a, const void *b)
{
	const struct btfext_line *x = a, *y = b;
	return x->insn_off < y->insn_off ? -1 : x->insn_off > y->insn_off;
}

static bool lines_sorted(const struct btfext_section *s)
{
	for (size_t i = 1; i < s->n_lines; i++)
		if (s->lines[i - 1].insn_off > s->lines[i].insn_off)
			return false;
	return true;
}

int btfext_read(struct reader *r)
{
	const struct elf_object *o = &r->elf;
	const struct elf_section *s = NULL;
	for (size_t i = 1; i < o->n_secs; i++)
		if (!strcmp(o->secs[i].name, ".BTF.ext"))
			s = &o->secs[i];
	if (!s || !s->data)
		return 0;
	if (!r->m->btf) {
		diag_file(o->path, ".BTF.ext without a readable .BTF section");
		return -1;
	}
	if (s->size < 24 || (read_u32(s->data) & 0xffff) != BTF_EXT_MAGIC || s->data[2] != 1) {
		diag_file(o->path, ".BTF.ext: bad header (magic or version)");
		return -1;
	}
	uint32_t hdr_len = read_u32(s->data + 4);
	if (hdr_len < 24 || hdr_len > s->size) {
		diag_file(o->path, ".BTF.ext: bad header length %u", hdr_len);
		return -1;
	}
	uint64_t body = s->size - hdr_len;
	struct ext_table tables[2] = {{NULL, 0}, {NULL, 0}};
	/* [0] line info at header words 4-5, [1] CO-RE relocations at words 6-7. */
	for (int k = 0; k < 2; k++) {
		uint32_t word = k == 0 ? 16 : 24;
		if (word + 8 > hdr_len)
			continue;
		uint32_t off = read_u32(s->data + word), len = read_u32(s->data + word + 4);
		if (off > body || len > body - off) {
			diag_file(o->path, ".BTF.ext: %s table is outside the section",
				  k == 0 ? "line info" : "CO-RE");
			return -1;
		}
		tables[k].p = s->data + hdr_len + off;
		tables[k].len = len;
	}
	if (walk_table(r, "line info", tables[0], 16, add_line) ||
	    walk_table(r, "CO-RE", tables[1], 16, add_core))
		return -1;
	/* Compilers write them sorted; qsort() is a merge sort in glibc, slow even then. */
	for (size_t i = 0; i < r->ext.n_secs; i++)
		if (!lines_sorted(&r->ext.secs[i]))
			qsort(r->ext.secs[i].lines, r->ext.secs[i].n_lines,
			      sizeof(struct btfext_line), compare_lines);
	return 0;
}

const struct btfext_section *btfext_section_of(const struct btfext *ext, const char *sec)
{
	for (size_t i = 0; i < ext->n_secs; i++)
		if (!strcmp(ext->secs[i].name, sec))
			return &ext->secs[i];
	return NULL;
}

/* The first line record after the ones at or before off (binary search). */
size_t btfext_line_cursor(const struct btfext_section *s, uint32_t off)
{
	size_t lo = 0, hi = s ? s->n_lines : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->lines[mid].insn_off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A line record covers its instruction and the ones after it, up to the next record. */
const struct btfext_line *btfext_line_next(const struct btfext_section *s, size_t *cursor,
					   uint32_t off)
{
	if (!s)
		return NULL;
	while (*cursor < s->n_lines && s->lines[*cursor].insn_off <= off)
		++*cursor;
	return *cursor ? &s->lines[*cursor - 1] : NULL;
}

bool btfext_has_core(const struct btfext_section *s, uint32_t off)
{
	for (size_t i = 0; s && i < s->n_core; i++)
		if (s->core_offs[i] == off)
			return true;
	return false;
}

void btfext_free(struct btfext *ext)
{
	for (size_t i = 0; i < ext->n_secs; i++) {
		free(ext->secs[i].lines);
		free(ext->secs[i].core_offs);
	}
	free(ext->secs);
	memset(ext, 0, sizeof(*ext));
}
