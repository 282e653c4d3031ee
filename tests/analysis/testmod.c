/* testmod.c - hand-built modules for the analysis tests. */
#include "testmod.h"

#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct module *tm_new(const char *path)
{
	struct module *m = xcalloc(1, sizeof(*m));
	m->path = xstrdup(path);
	m->name = xstrdup("test");
	return m;
}

uint32_t tm_add_map(struct module *m, const char *name, uint32_t type, uint32_t max_entries)
{
	m->maps = xrealloc(m->maps, (m->n_maps + 1) * sizeof(*m->maps));
	struct map *map = &m->maps[m->n_maps];
	memset(map, 0, sizeof(*map));
	map->name = xstrdup(name);
	map->section = xstrdup(".maps");
	map->type = type;
	map->key_size = 4;
	map->value_size = type == BPF_MAP_TYPE_PROG_ARRAY ? 4 : 8;
	map->max_entries = max_entries;
	return m->n_maps++;
}

static int cmp_u32(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	return a < b ? -1 : a > b;
}

struct prog *tm_add_prog(struct module *m, const char *name, uint32_t type, const struct bpf_insn *insns,
			 uint32_t n)
{
	m->progs = xrealloc(m->progs, (m->n_progs + 1) * sizeof(*m->progs));
	struct prog *p = &m->progs[m->n_progs++];
	memset(p, 0, sizeof(*p));
	p->name = xstrdup(name);
	p->section = xstrdup(type ? "tc" : ".text");
	p->type = type;
	p->insns = xmalloc((n ? n : 1) * sizeof(*insns));
	memcpy(p->insns, insns, n * sizeof(*insns));
	p->n_insns = n;
	p->site = xcalloc(n ? n : 1, sizeof(*p->site));
	/* Origins built by hand like the rest (module_add_code_sec() is the frontend's): each
	 * program its own code section, a line record per instruction, all in "t.c". */
	if (!m->n_sources) {
		m->sources = xmalloc(sizeof(*m->sources));
		m->sources[0] = (struct origin_source){".text", "t.c"};
		m->n_sources = 1;
		m->code_secs = xcalloc(1, sizeof(*m->code_secs)); /* [0]: unknown */
		m->n_code_secs = 1;
	}
	uint32_t sec = (uint32_t)m->n_code_secs++;
	m->code_secs = xrealloc(m->code_secs, m->n_code_secs * sizeof(*m->code_secs));
	m->code_secs[sec] = (struct code_sec){.source = 0, .first_line = m->n_lines, .n_lines = n};
	m->lines = xrealloc(m->lines, (m->n_lines + n + 1) * sizeof(*m->lines));
	for (uint32_t i = 0; i < n; i++) {
		m->lines[m->n_lines + i] = (struct origin_line){.insn_off = 8 * i, .line = TM_LINE(i)};
		p->site[i] = (struct insn_site){.offset = 8 * i, .sec = sec};
	}
	m->n_lines += n;
	/* Subprograms: the entry and every bpf-to-bpf call target. */
	uint32_t *starts = xmalloc((n + 1) * sizeof(*starts));
	uint32_t k = 0;
	starts[k++] = 0;
	for (uint32_t i = 0; i < n; i++)
		if (insn_is_subprog_call(&insns[i])) {
			int64_t t = (int64_t)i + insns[i].imm + 1;
			if (t > 0 && t < n)
				starts[k++] = (uint32_t)t;
		}
	qsort(starts, k, sizeof(*starts), cmp_u32);
	p->subprogs = xcalloc(k, sizeof(*p->subprogs));
	for (uint32_t i = 0; i < k; i++) {
		if (p->n_subprogs && p->subprogs[p->n_subprogs - 1].start == starts[i])
			continue;
		struct subprog *s = &p->subprogs[p->n_subprogs++];
		s->start = starts[i];
		s->name = starts[i] ? xasprintf("sub@%u", starts[i]) : xstrdup(name);
	}
	free(starts);
	return p;
}

void tm_set_global(struct prog *p, uint32_t start)
{
	for (uint32_t i = 0; i < p->n_subprogs; i++)
		if (p->subprogs[i].start == start)
			p->subprogs[i].global = true;
}

void tm_free(struct module *m)
{
	for (uint32_t i = 0; i < m->n_progs; i++) {
		struct prog *p = &m->progs[i];
		free(p->name);
		free(p->section);
		free(p->insns);
		free(p->site);
		for (uint32_t j = 0; j < p->n_subprogs; j++)
			free(p->subprogs[j].name);
		free(p->subprogs);
	}
	for (uint32_t i = 0; i < m->n_maps; i++) {
		free(m->maps[i].name);
		free(m->maps[i].section);
		free(m->maps[i].prog_init);
	}
	free(m->progs);
	free(m->lines);
	free(m->code_secs);
	free(m->sources);
	free(m->maps);
	free(m->path);
	free(m->name);
	free(m);
}
