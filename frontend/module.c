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
	free(p->origin);
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
	btf__free(m->btf);
	free(m->path);
	free(m->name);
	free(m->license);
	free(m);
}
