/* reader.c - module_read(): a BPF ELF object into a module (see frontend.h for the steps). */
#include "frontend.h"

#include "diag.h"
#include "util.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* libbpf prints its own warnings; ours are the only diagnostics. */
static int libbpf_silent(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/* "dir/prog.bpf.o" -> "prog", as a C identifier. */
static char *object_name(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t len = strlen(base);
	if (len > 6 && !strcmp(base + len - 6, ".bpf.o"))
		len -= 6;
	else if (len > 2 && !strcmp(base + len - 2, ".o"))
		len -= 2;
	char *stem = xstrndup(base, len);
	char *id = c_identifier(stem);
	free(stem);
	if (!*id || isdigit((unsigned char)id[0])) {
		char *prefixed = xasprintf("_%s", id);
		free(id);
		id = prefixed;
	}
	return id;
}

static const struct elf_section *find_section(const struct elf_object *o, const char *name)
{
	for (size_t i = 1; i < o->n_secs; i++)
		if (!strcmp(o->secs[i].name, name))
			return &o->secs[i];
	return NULL;
}

static int read_license(struct reader *r)
{
	const struct elf_section *s = find_section(&r->elf, "license");
	if (!s || !s->data)
		return 0;
	const char *text = (const char *)s->data;
	if (!memchr(text, '\0', s->size)) {
		diag_file(r->elf.path, "section license is not a NUL-terminated string");
		return -1;
	}
	r->m->license = xstrdup(text);
	return 0;
}

static int read_btf(struct reader *r)
{
	const struct elf_section *s = find_section(&r->elf, ".BTF");
	if (!s || !s->data)
		return 0;
	if (s->size > UINT32_MAX) {
		diag_file(r->elf.path, ".BTF is too large");
		return -1;
	}
	struct btf *btf = btf__new(s->data, (uint32_t)s->size);
	if (!btf) {
		diag_file(r->elf.path, "cannot parse .BTF (corrupt or unsupported BTF)");
		return -1;
	}
	r->m->btf = btf;
	return 0;
}

static void reader_free(struct reader *r)
{
	btfext_free(&r->ext);
	free(r->entries);
	free(r->funcs);
	free(r->sec_map);
	free(r->map_sec);
	free(r->map_off);
	free(r->map_def_size);
	free(r->map_values_off);
	free(r->code_sec);
	elf_close(&r->elf);
}

struct module *module_read(const char *path)
{
	libbpf_print_fn_t old_print = libbpf_set_print(libbpf_silent);
	struct reader r;
	memset(&r, 0, sizeof(r));
	struct module *m = xcalloc(1, sizeof(*m));
	m->path = xstrdup(path);
	m->name = object_name(path);
	r.m = m;
	int err = elf_open(&r.elf, path) || read_license(&r) || read_btf(&r) ||
		  btfext_read(&r) || progs_collect(&r) || maps_collect(&r) || progs_link(&r);
	reader_free(&r);
	libbpf_set_print(old_print);
	if (err) {
		module_free(m);
		return NULL;
	}
	return m;
}
