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

/* Validate the file name at a BTF string offset, and intern it. Consecutive records almost
 * always name the same file, so the last one is remembered. */
static bool check_line_file(struct reader *r, uint32_t name_off)
{
	struct btfext *ext = &r->ext;
	if (ext->last_file && ext->last_file_off == name_off)
		return true;
	const char *file = btf__str_by_offset(r->m->btf, name_off);
	if (!file || !elf_name_is_printable(file))
		return false;
	ext->last_file_off = name_off;
	ext->last_file = module_intern(r->m, file);
	return true;
}

/* Room for n more line records of section s at the end of module->lines, after its others
 * (moved there when another section's records came in between). Returns the first. */
static struct origin_line *more_lines(struct module *m, struct btfext_section *s, uint32_t n)
{
	if (s->n_lines && s->first_line + s->n_lines != m->n_lines) {
		uint32_t first = module_add_lines(m, s->n_lines);
		memcpy(m->lines + first, m->lines + s->first_line, s->n_lines * sizeof(*m->lines));
		s->first_line = first;
	}
	uint32_t at = module_add_lines(m, n);
	if (!s->n_lines)
		s->first_line = at;
	return m->lines + at;
}

/* One section's run of n line records, checked and read into module->lines. */
static int add_lines(struct reader *r, struct btfext_section *s, const uint8_t *recs, uint32_t n,
		     uint32_t rec_size)
{
	struct module *m = r->m;
	const struct btfext *ext = &r->ext;
	struct origin_line *out = more_lines(m, s, n);
	uint32_t prev_off = s->n_lines ? out[-1].insn_off : 0, source = 0;
	const char *source_file = NULL; /* the file of source, (s->name, file) in m->sources */
	for (uint32_t k = 0; k < n; k++, recs += rec_size) {
		uint32_t insn_off = read_u32(recs), file_off = read_u32(recs + 4);
		if (insn_off < prev_off)
			s->unsorted = true;
		prev_off = insn_off;
		if ((!ext->last_file || file_off != ext->last_file_off) &&
		    !check_line_file(r, file_off)) {
			diag_file(r->elf.path, ".BTF.ext: line info with a bad file name offset");
			return -1;
		}
		if (ext->last_file != source_file) {
			source_file = ext->last_file;
			source = module_source(m, s->name, source_file);
		}
		uint32_t line_col = read_u32(recs + 12);
		out[k] = (struct origin_line){.insn_off = insn_off, .source = source,
					      .col = line_col & 0x3ff, .line = line_col >> 10};
	}
	s->n_lines += n;
	return 0;
}

static int add_cores(struct reader *r, struct btfext_section *s, const uint8_t *recs, uint32_t n,
		     uint32_t rec_size)
{
	(void)r;
	s->core_offs = xrealloc(s->core_offs, (s->n_core + n) * sizeof(*s->core_offs));
	s->cap_core = s->n_core + n;
	for (uint32_t k = 0; k < n; k++, recs += rec_size)
		s->core_offs[s->n_core++] = read_u32(recs);
	return 0;
}

/* Walk one table, calling add() for each section's run of records (records are at least
 * min_rec bytes). */
static int walk_table(struct reader *r, const char *what, struct ext_table t, uint32_t min_rec,
		      int (*add)(struct reader *, struct btfext_section *, const uint8_t *, uint32_t,
				 uint32_t))
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
		if (add(r, ext_section(r, sec), t.p + pos, n, rec_size))
			return -1;
		pos += n * rec_size;
	}
	return 0;
}

static int compare_lines(const void *a, const void *b)
{
	uint32_t x = ((const struct origin_line *)a)->insn_off;
	uint32_t y = ((const struct origin_line *)b)->insn_off;
	return x < y ? -1 : x > y;
}

static int compare_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

/* Compilers write line records sorted; others are sorted here. */
static void sort_lines(struct module *m, struct btfext_section *s)
{
	if (!s->unsorted)
		return;
	/* qsort() is a merge sort in glibc: records at the same offset keep their order. */
	qsort(m->lines + s->first_line, s->n_lines, sizeof(*m->lines), compare_lines);
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
	if (walk_table(r, "line info", tables[0], 16, add_lines) ||
	    walk_table(r, "CO-RE", tables[1], 16, add_cores))
		return -1;
	for (size_t i = 0; i < r->ext.n_secs; i++)
		sort_lines(r->m, &r->ext.secs[i]);
	for (size_t i = 0; i < r->ext.n_secs; i++)
		if (r->ext.secs[i].n_core > 1)
			qsort(r->ext.secs[i].core_offs, r->ext.secs[i].n_core, sizeof(uint32_t),
			      compare_u32);
	return 0;
}

const struct btfext_section *btfext_section_of(const struct btfext *ext, const char *sec)
{
	for (size_t i = 0; i < ext->n_secs; i++)
		if (!strcmp(ext->secs[i].name, sec))
			return &ext->secs[i];
	return NULL;
}

/* The first CO-RE record at or after off (binary search). */
size_t btfext_core_cursor(const struct btfext_section *s, uint32_t off)
{
	size_t lo = 0, hi = s ? s->n_core : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->core_offs[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool btfext_core_next(const struct btfext_section *s, size_t *cursor, uint32_t off)
{
	if (!s)
		return false;
	while (*cursor < s->n_core && s->core_offs[*cursor] < off)
		++*cursor;
	return *cursor < s->n_core && s->core_offs[*cursor] == off;
}

void btfext_free(struct btfext *ext)
{
	for (size_t i = 0; i < ext->n_secs; i++) {
		free(ext->secs[i].core_offs);
	}
	free(ext->secs);
	memset(ext, 0, sizeof(*ext));
}
