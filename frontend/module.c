/* module.c - the module's lifetime and lookups (reading is in elf_reader.c). */
#include "module.h"

#include "util.h"

#include <bpf/btf.h>
#include <stdlib.h>
#include <string.h>

const char *module_intern(struct module *m, const char *s)
{
	for (size_t i = 0; i < m->n_strings; i++)
		if (!strcmp(m->strings[i], s))
			return m->strings[i];
	char *copy = xstrdup(s);
	VEC_PUSH(m->strings, m->n_strings, m->cap_strings, copy);
	return copy;
}

uint32_t module_add_lines(struct module *m, uint32_t n)
{
	if ((size_t)m->n_lines + n > UINT32_MAX)
		abort(); /* not reached: that would be a .BTF.ext of over 64 GB */
	grow_array_uninit((void **)&m->lines, &m->cap_lines, (size_t)m->n_lines + n, sizeof(*m->lines));
	m->n_lines += n;
	return m->n_lines - n;
}

uint32_t module_add_code_sec(struct module *m, const char *section, uint32_t first_line,
			     uint32_t n_lines)
{
	if (!m->n_code_secs) {
		struct code_sec unknown = {0};
		VEC_PUSH(m->code_secs, m->n_code_secs, m->cap_code_secs, unknown);
	}
	struct code_sec cs = {module_source(m, section, NULL), first_line, n_lines};
	VEC_PUSH(m->code_secs, m->n_code_secs, m->cap_code_secs, cs);
	return (uint32_t)(m->n_code_secs - 1);
}

uint32_t module_source(struct module *m, const char *section, const char *file)
{
	for (size_t i = m->n_sources; i-- > 0;)
		if (m->sources[i].section == section && m->sources[i].file == file)
			return (uint32_t)i;
	struct origin_source s = {section, file};
	VEC_PUSH(m->sources, m->n_sources, m->cap_sources, s);
	return (uint32_t)(m->n_sources - 1);
}

int module_find_prog(const struct module *m, const char *name)
{
	for (uint32_t i = 0; i < m->n_progs; i++)
		if (!strcmp(m->progs[i].name, name))
			return (int)i;
	return -1;
}

int module_find_map(const struct module *m, const char *name)
{
	for (uint32_t i = 0; i < m->n_maps; i++)
		if (!strcmp(m->maps[i].name, name))
			return (int)i;
	return -1;
}

uint32_t prog_subprog_of(const struct prog *p, uint32_t insn)
{
	uint32_t found = 0;
	for (uint32_t i = 0; i < p->n_subprogs; i++)
		if (p->subprogs[i].start <= insn)
			found = i;
	return found;
}

static void prog_free(struct prog *p)
{
	free(p->name);
	free(p->section);
	free(p->insns);
	free(p->site);
	for (uint32_t i = 0; i < p->n_subprogs; i++)
		free(p->subprogs[i].name);
	free(p->subprogs);
	for (uint32_t i = 0; i < p->n_relocs; i++)
		free(p->relocs[i].symbol);
	free(p->relocs);
}

void module_free(struct module *m)
{
	if (!m)
		return;
	for (uint32_t i = 0; i < m->n_progs; i++)
		prog_free(&m->progs[i]);
	free(m->progs);
	for (uint32_t i = 0; i < m->n_maps; i++) {
		free(m->maps[i].name);
		free(m->maps[i].section);
		free(m->maps[i].init);
		free(m->maps[i].prog_init);
	}
	free(m->maps);
	for (size_t i = 0; i < m->n_strings; i++)
		free(m->strings[i]);
	free(m->strings);
	free(m->lines);
	free(m->code_secs);
	free(m->sources);
	btf__free(m->btf);
	free(m->path);
	free(m->name);
	free(m->license);
	free(m);
}
