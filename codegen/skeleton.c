/* skeleton.c - write the skeleton header of a compiled object; see skeleton.h. */
#include "skeleton.h"

#include "bpfaot_abi.h"
#include "ctxrewrite.h"
#include "diag.h"
#include "symbols.h"
#include "util.h"

#include <bpf/btf.h>
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The runtime's host API the generated code calls (runtime/bpfaot.h). */
#define RT_HEADER "bpfaot.h"

/* ---------------------------------------------------------------------------------- */
/* Global variables of a data section                                                  */

struct var_info {
	const char *name;
	uint32_t type_id;
	uint32_t offset;
	uint32_t size;
};

struct datasec {
	const struct map *map;
	char *ident;            /* "data", "rodata", "bss", "data_foo" */
	struct var_info *vars;  /* exposed (non-static) variables, by offset */
	uint32_t n_vars;
};

static int compare_var_offset(const void *a, const void *b)
{
	const struct var_info *x = a, *y = b;
	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/* clang leaves a DATASEC's variable offsets (and its size) 0 in the object file; libbpf
 * fills them in from the symbol table when it opens the object. Do the same here when the
 * module's BTF was not fixed up: the variable's ELF symbol value is its offset. */
static int offsets_from_elf(const struct module *m, const struct map *map, struct var_info *vars, uint32_t n)
{
	int fd = open(m->path, O_RDONLY);
	if (fd < 0) {
		diag_file(m->path, "reading variable offsets for the skeleton: %s", strerror(errno));
		return -1;
	}
	elf_version(EV_CURRENT);
	Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
	size_t shstrndx;
	int found = 0;
	if (elf && !elf_getshdrstrndx(elf, &shstrndx)) {
		size_t sec_index = 0;
		Elf_Scn *scn = NULL, *symtab = NULL;
		GElf_Shdr sh;
		while ((scn = elf_nextscn(elf, scn))) {
			if (!gelf_getshdr(scn, &sh))
				continue;
			const char *name = elf_strptr(elf, shstrndx, sh.sh_name);
			if (name && !strcmp(name, map->section))
				sec_index = elf_ndxscn(scn);
			if (sh.sh_type == SHT_SYMTAB)
				symtab = scn;
		}
		Elf_Data *data = symtab ? elf_getdata(symtab, NULL) : NULL;
		if (data && sec_index && gelf_getshdr(symtab, &sh) && sh.sh_entsize) {
			size_t n_syms = sh.sh_size / sh.sh_entsize;
			for (size_t s = 0; s < n_syms; s++) {
				GElf_Sym sym;
				if (!gelf_getsym(data, (int)s, &sym) || sym.st_shndx != sec_index)
					continue;
				const char *name = elf_strptr(elf, sh.sh_link, sym.st_name);
				for (uint32_t v = 0; name && v < n; v++)
					if (!strcmp(vars[v].name, name)) {
						vars[v].offset = (uint32_t)sym.st_value;
						found++;
					}
			}
		}
	}
	if (elf)
		elf_end(elf);
	close(fd);
	if (found != (int)n) {
		diag_file(m->path, "section %s: %d of %u variables have a symbol; cannot lay out the skeleton",
			  map->section, found, n);
		return -1;
	}
	return 0;
}

/* The exposed variables of a global-data map, by offset. Returns 0 or -1. */
static int datasec_read(const struct module *m, const struct map *map, struct datasec *ds)
{
	memset(ds, 0, sizeof(*ds));
	ds->map = map;
	ds->ident = map_identifier(map);
	if (!m->btf || !map->btf_type_id)
		return 0;
	const struct btf_type *t = btf__type_by_id(m->btf, map->btf_type_id);
	if (!t || !btf_is_datasec(t))
		return 0;
	const struct btf_var_secinfo *vs = btf_var_secinfos(t);
	bool fixed_up = t->size != 0;
	ds->vars = xcalloc(btf_vlen(t) + 1, sizeof(struct var_info));
	for (uint16_t i = 0; i < btf_vlen(t); i++) {
		const struct btf_type *var = btf__type_by_id(m->btf, vs[i].type);
		if (!var || !btf_is_var(var))
			continue;
		/* static variables are not part of the skeleton (as with bpftool) */
		if (btf_var(var)->linkage == BTF_VAR_STATIC)
			continue;
		struct var_info *v = &ds->vars[ds->n_vars++];
		v->name = btf__name_by_offset(m->btf, var->name_off);
		v->type_id = var->type;
		v->offset = vs[i].offset;
		v->size = vs[i].size;
	}
	if (!fixed_up && ds->n_vars && offsets_from_elf(m, map, ds->vars, ds->n_vars))
		return -1;
	qsort(ds->vars, ds->n_vars, sizeof(struct var_info), compare_var_offset);
	for (uint32_t i = 0; i < ds->n_vars; i++)
		if ((uint64_t)ds->vars[i].offset + ds->vars[i].size > map->value_size ||
		    (i && ds->vars[i].offset < ds->vars[i - 1].offset + ds->vars[i - 1].size)) {
			diag_file(m->path, "section %s: variable %s at %u (%u bytes) overlaps or lies outside the section",
				  map->section, ds->vars[i].name, ds->vars[i].offset, ds->vars[i].size);
			return -1;
		}
	return 0;
}

static void datasec_free(struct datasec *ds)
{
	free(ds->ident);
	free(ds->vars);
}

/* ---------------------------------------------------------------------------------- */
/* Output                                                                              */

struct skel {
	FILE *out;
	const struct module *m;
	const char *obj;
	struct btf_dump *dump;
	FILE *dump_to;        /* where btf_dump writes: out, or a buffer for the type section */
	struct datasec *secs; /* one per module map; n_vars == 0 for maps that are not data */
};

static void btf_printf(void *ctx, const char *fmt, va_list args)
{
	vfprintf(((struct skel *)ctx)->dump_to, fmt, args);
}

/* The type definitions btf_dump wrote, with vmlinux.h's `typedef _Bool bool;` kept from
 * C++ (where bool is a keyword) and from C code that has <stdbool.h>'s bool macro. */
static void write_type_text(FILE *out, const char *text)
{
	static const char bool_typedef[] = "typedef _Bool bool;\n";
	for (const char *line = text; *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) + 1 : strlen(line);
		if (len == sizeof(bool_typedef) - 1 && !strncmp(line, bool_typedef, len))
			fprintf(out, "#if !defined(__cplusplus) && !defined(bool)\n%s#endif\n", bool_typedef);
		else
			fwrite(line, 1, len, out);
		line += len;
	}
}

/* The C type name of a BTF type usable as `NAME *` (a struct, union, enum, typedef or
 * integer), or NULL when only `void *` fits (arrays, pointers, missing BTF). */
static char *type_name(struct skel *s, uint32_t id, uint32_t want_size)
{
	if (!s->m->btf || !id)
		return NULL;
	const struct btf_type *t = btf__type_by_id(s->m->btf, id);
	if (!t || btf__resolve_size(s->m->btf, id) != (int64_t)want_size)
		return NULL;
	if (!btf_is_composite(t) && !btf_is_enum(t) && !btf_is_typedef(t) && !btf_is_int(t))
		return NULL;
	if (!btf_is_int(t) && !t->name_off)
		return NULL; /* anonymous: no name to point at */
	const char *name = btf__name_by_offset(s->m->btf, t->name_off);
	if (btf_is_int(t) || btf_is_typedef(t))
		return xstrdup(name);
	return xasprintf("%s %s", btf_is_union(t) ? "union" : btf_is_enum(t) ? "enum" : "struct", name);
}

static bool map_is_data(const struct map *map)
{
	return map->origin == MAP_GLOBAL_DATA;
}

static bool map_is_prog_array(const struct map *map)
{
	return map->type == BPF_MAP_TYPE_PROG_ARRAY;
}

static bool map_is_percpu(const struct map *map)
{
	return map->type == BPF_MAP_TYPE_PERCPU_ARRAY || map->type == BPF_MAP_TYPE_PERCPU_HASH ||
	       map->type == BPF_MAP_TYPE_LRU_PERCPU_HASH;
}

static bool map_has_elements(const struct map *map)
{
	return map->type != BPF_MAP_TYPE_RINGBUF && !map_is_prog_array(map);
}

static int dump_type(struct skel *s, uint32_t id)
{
	if (!id)
		return 0;
	int err = btf_dump__dump_type(s->dump, id);
	if (err) {
		diag_file(s->m->path, "BTF type %u: cannot write its C definition (%d)", id, err);
		return -1;
	}
	return 0;
}

static void write_banner(struct skel *s, const char *header_path, const char *guard)
{
	FILE *o = s->out;
	fprintf(o, "/* %s - skeleton of %s, generated by bpfaot %s. Do not edit.\n", header_path,
		s->m->path, BPFAOT_VERSION);
	fprintf(o, " *\n * Link with the object bpfaot compiled from it and with libbpfaot\n"
		   " * (pkg-config --cflags --libs bpfaot); see bpfaot(1) and docs/daemon.md. */\n");
	fprintf(o, "#ifndef %s\n#define %s\n\n", guard, guard);
	fprintf(o, "#include <%s>\n\n#include <errno.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <stdlib.h>\n#include <string.h>\n\n",
		RT_HEADER);
	fprintf(o, "#ifdef __cplusplus\n#define %s__ASSERT(cond, msg) static_assert(cond, msg)\n"
		   "#else\n#define %s__ASSERT(cond, msg) _Static_assert(cond, msg)\n#endif\n",
		s->obj, s->obj);
	/* BTF spells C's boolean _Bool, which C++ calls bool (undefined again at the end) */
	fprintf(o, "#if defined(__cplusplus) && !defined(_Bool)\n#define _Bool bool\n#define %s__UNDEF_BOOL\n#endif\n\n",
		s->obj);
}

/* The types of global variables and map keys/values, from BTF. */
static int write_types(struct skel *s)
{
	if (!s->m->btf)
		return 0;
	fprintf(s->out, "/* Types from the object's BTF. */\n");
	char *text = NULL;
	size_t size = 0;
	s->dump_to = open_memstream(&text, &size);
	if (!s->dump_to) {
		diag_file(s->m->path, "cannot write the skeleton's types: %s", strerror(errno));
		s->dump_to = s->out;
		return -1;
	}
	int err = 0;
	for (uint32_t i = 0; i < s->m->n_maps && !err; i++) {
		const struct map *map = &s->m->maps[i];
		for (uint32_t v = 0; v < s->secs[i].n_vars && !err; v++)
			err = dump_type(s, s->secs[i].vars[v].type_id);
		if (!err && !map_is_data(map) && map_has_elements(map))
			err = dump_type(s, map->btf_key_type_id) || dump_type(s, map->btf_value_type_id);
	}
	fclose(s->dump_to);
	s->dump_to = s->out;
	if (!err)
		write_type_text(s->out, text);
	free(text);
	fprintf(s->out, "\n");
	return err ? -1 : 0;
}

/* struct OBJ__data { ... }: the variables at their offsets, with explicit padding. */
static void write_datasec(struct skel *s, const struct datasec *ds)
{
	FILE *o = s->out;
	fprintf(o, "/* Section %s (%u bytes). */\nstruct %s__%s {\n", ds->map->section, ds->map->value_size,
		s->obj, ds->ident);
	uint32_t at = 0;
	for (uint32_t i = 0; i < ds->n_vars; i++) {
		const struct var_info *v = &ds->vars[i];
		if (v->offset > at)
			fprintf(o, "\tchar __pad%u[%u];\n", i, v->offset - at);
		fprintf(o, "\t");
		LIBBPF_OPTS(btf_dump_emit_type_decl_opts, opts, .field_name = v->name, .indent_level = 1,
				    .strip_mods = false);
		btf_dump__emit_type_decl(s->dump, v->type_id, &opts);
		fprintf(o, ";\n");
		at = v->offset + v->size;
	}
	/* up to the section's size, so that element lookups of value_size bytes fit */
	if (ds->map->value_size > at)
		fprintf(o, "\tchar __pad%u[%u];\n", ds->n_vars, ds->map->value_size - at);
	fprintf(o, "};\n");
	for (uint32_t i = 0; i < ds->n_vars; i++) {
		const struct var_info *v = &ds->vars[i];
		fprintf(o, "%s__ASSERT(offsetof(struct %s__%s, %s) == %u && sizeof(((struct %s__%s *)0)->%s) == %u,\n"
			   "\t\"%s: %s is at %u, %u bytes\");\n",
			s->obj, s->obj, ds->ident, v->name, v->offset, s->obj, ds->ident, v->name, v->size,
			ds->map->section, v->name, v->offset, v->size);
	}
	fprintf(o, "\n");
}

static const char *ctx_type_of(const struct prog *p)
{
	switch (ctx_kind_of_prog(p)) {
	case BPFAOT_CTX_XDP:
		return "struct bpfaot_xdp_ctx";
	case BPFAOT_CTX_SKB:
		return "struct bpfaot_skb_ctx";
	default:
		return "void";
	}
}

static void write_externs(struct skel *s)
{
	FILE *o = s->out;
	fprintf(o, "#ifdef __cplusplus\nextern \"C\" {\n#endif\n");
	fprintf(o, "/* What the compiled object defines (runtime/bpfaot_abi.h). */\n");
	char *sym = sym_object(s->obj);
	fprintf(o, "extern struct bpfaot_object %s;\n", sym);
	free(sym);
	for (uint32_t i = 0; i < s->m->n_maps; i++) {
		sym = sym_map(s->obj, &s->m->maps[i]);
		fprintf(o, "extern struct bpfaot_map %s;\n", sym);
		free(sym);
	}
	for (uint32_t i = 0; i < s->m->n_progs; i++) {
		sym = sym_prog(s->obj, &s->m->progs[i]);
		fprintf(o, "uint64_t %s(void *ctx);\n", sym);
		free(sym);
	}
	fprintf(o, "#ifdef __cplusplus\n}\n#endif\n\n");
}

static void write_struct(struct skel *s)
{
	FILE *o = s->out;
	const struct module *m = s->m;
	fprintf(o, "struct %s {\n\tstruct bpfaot_object *obj;\n", s->obj);
	fprintf(o, "\tstruct {\n");
	for (uint32_t i = 0; i < m->n_maps; i++)
		fprintf(o, "\t\tstruct bpfaot_map *%s;\n", s->secs[i].ident);
	if (!m->n_maps)
		fprintf(o, "\t\tchar __none;\n");
	fprintf(o, "\t} maps;\n\tstruct {\n");
	for (uint32_t i = 0; i < m->n_progs; i++)
		fprintf(o, "\t\tstruct bpfaot_prog *%s;\n", m->progs[i].name);
	if (!m->n_progs)
		fprintf(o, "\t\tchar __none;\n");
	fprintf(o, "\t} progs;\n");
	for (uint32_t i = 0; i < m->n_maps; i++)
		if (s->secs[i].n_vars)
			fprintf(o, "\t%sstruct %s__%s *%s;\n", m->maps[i].readonly ? "const " : "", s->obj,
				s->secs[i].ident, s->secs[i].ident);
	fprintf(o, "};\n\n");
}

static void write_open_destroy(struct skel *s)
{
	FILE *o = s->out;
	const struct module *m = s->m;
	char *object = sym_object(s->obj);
	fprintf(o, "/* Open the compiled object: NULL with errno set when the runtime refuses it. */\n");
	fprintf(o, "static inline struct %s *%s__open(void)\n{\n", s->obj, s->obj);
	fprintf(o, "\tstruct %s *skel = (struct %s *)calloc(1, sizeof(*skel));\n", s->obj, s->obj);
	fprintf(o, "\tif (!skel)\n\t\treturn NULL;\n");
	fprintf(o, "\tskel->obj = &%s;\n", object);
	fprintf(o, "\tint err = bpfaot_object_open(skel->obj);\n");
	fprintf(o, "\tif (err) {\n\t\tfree(skel);\n\t\terrno = -err;\n\t\treturn NULL;\n\t}\n");
	for (uint32_t i = 0; i < m->n_maps; i++) {
		char *sym = sym_map(s->obj, &m->maps[i]);
		fprintf(o, "\tskel->maps.%s = &%s;\n", s->secs[i].ident, sym);
		free(sym);
	}
	for (uint32_t i = 0; i < m->n_progs; i++)
		fprintf(o, "\tskel->progs.%s = bpfaot_object_find_prog(skel->obj, \"%s\");\n", m->progs[i].name,
			m->progs[i].name);
	for (uint32_t i = 0; i < m->n_maps; i++)
		if (s->secs[i].n_vars)
			fprintf(o, "\tskel->%s = (%sstruct %s__%s *)skel->maps.%s->storage;\n",
				s->secs[i].ident, m->maps[i].readonly ? "const " : "", s->obj, s->secs[i].ident,
				s->secs[i].ident);
	fprintf(o, "\treturn skel;\n}\n\n");
	fprintf(o, "/* Free the maps' runtime state (bpfaot_object_close: no thread may still run the\n"
		   " * programs) and the skeleton. The object's static storage stays with the process. */\n");
	fprintf(o, "static inline void %s__destroy(struct %s *skel)\n{\n\tif (!skel)\n\t\treturn;\n"
		   "\tbpfaot_object_close(skel->obj);\n\tfree(skel);\n}\n\n",
		s->obj, s->obj);
	free(object);
}

static void write_map_access(struct skel *s, uint32_t i)
{
	FILE *o = s->out;
	const struct map *map = &s->m->maps[i];
	const char *obj = s->obj, *id = s->secs[i].ident;
	if (map_is_prog_array(map)) {
		fprintf(o, "/* Prog array %s (%u slots): put prog at index (0, -EINVAL when incompatible,\n"
			   " * -E2BIG out of range), or empty index (0, -ENOENT, -E2BIG). */\n",
			map->name, map->max_entries);
		fprintf(o, "static inline int %s__%s__set(struct %s *skel, uint32_t index, struct bpfaot_prog *prog)\n"
			   "{\n\treturn bpfaot_prog_array_update(skel->maps.%s, index, prog);\n}\n",
			obj, id, obj, id);
		fprintf(o, "static inline int %s__%s__clear(struct %s *skel, uint32_t index)\n"
			   "{\n\treturn bpfaot_prog_array_delete(skel->maps.%s, index);\n}\n\n",
			obj, id, obj, id);
		return;
	}
	if (!map_has_elements(map))
		return;
	bool percpu = map_is_percpu(map);
	char *key = map_is_data(map) ? xstrdup("uint32_t") : type_name(s, map->btf_key_type_id, map->key_size);
	char *value = map_is_data(map) && s->secs[i].n_vars ? xasprintf("struct %s__%s", obj, id)
		      : percpu ? NULL
			       : type_name(s, map->btf_value_type_id, map->value_size);
	const char *k = key ? key : "void", *v = value ? value : "void";
	/* Per-CPU maps take one round_up(value_size, 8) slot per CPU: the caller's size. */
	char *vparam = percpu ? xstrdup(", size_t values_size") : xstrdup("");
	char *vsize = percpu ? xstrdup("values_size") : xasprintf("%u", map->value_size);
	fprintf(o, "/* Map %s: %u-byte key, %u-byte value%s, max_entries %u. Kernel errors: 0 or -ENOENT,\n"
		   " * -EEXIST, -E2BIG, -EINVAL... (see bpfaot.h). */\n",
		map->name, map->key_size, map->value_size, percpu ? " per CPU" : "", map->max_entries);
	fprintf(o, "static inline int %s__%s__lookup(struct %s *skel, const %s *key, %s *value%s)\n"
		   "{\n\treturn bpfaot_map_lookup_elem(skel->maps.%s, key, %u, value, %s, 0);\n}\n",
		obj, id, obj, k, v, vparam, id, map->key_size, vsize);
	if (!map->readonly)
		fprintf(o, "static inline int %s__%s__update(struct %s *skel, const %s *key, const %s *value%s, uint64_t flags)\n"
			   "{\n\treturn bpfaot_map_update_elem(skel->maps.%s, key, %u, value, %s, flags);\n}\n",
			obj, id, obj, k, v, vparam, id, map->key_size, vsize);
	if (map->type == BPF_MAP_TYPE_HASH || map->type == BPF_MAP_TYPE_LRU_HASH ||
	    map->type == BPF_MAP_TYPE_PERCPU_HASH || map->type == BPF_MAP_TYPE_LRU_PERCPU_HASH)
		fprintf(o, "static inline int %s__%s__delete(struct %s *skel, const %s *key)\n"
			   "{\n\treturn bpfaot_map_delete_elem(skel->maps.%s, key, %u, 0);\n}\n",
			obj, id, obj, k, id, map->key_size);
	fprintf(o, "/* The key after key (the first when key is NULL); -ENOENT after the last. */\n");
	fprintf(o, "static inline int %s__%s__next_key(struct %s *skel, const %s *key, %s *next_key)\n"
		   "{\n\treturn bpfaot_map_get_next_key(skel->maps.%s, key, next_key, %u);\n}\n\n",
		obj, id, obj, k, k, id, map->key_size);
	free(key);
	free(value);
	free(vparam);
	free(vsize);
}

static void write_prog_run(struct skel *s, const struct prog *p)
{
	FILE *o = s->out;
	const char *obj = s->obj;
	if (ctx_kind_of_prog(p) == BPFAOT_CTX_RAW) {
		fprintf(o, "/* Run %s (section %s) once with r1 = ctx, r2 = ctx_size; returns its r0. */\n",
			p->name, p->section);
		fprintf(o, "static inline uint64_t %s__%s__run(struct %s *skel, void *ctx, uint64_t ctx_size)\n{\n"
			   "\tuint64_t r0 = 0;\n\tbpfaot_prog_run(skel->progs.%s, ctx, ctx_size, &r0);\n\treturn r0;\n}\n\n",
			obj, p->name, obj, p->name);
		return;
	}
	const char *ctx = ctx_type_of(p);
	fprintf(o, "/* Run %s (section %s) once on a packet described by ctx; returns its verdict. */\n",
		p->name, p->section);
	fprintf(o, "static inline uint32_t %s__%s__run(struct %s *skel, %s *ctx)\n{\n"
		   "\tuint64_t r0 = 0;\n\tbpfaot_prog_run(skel->progs.%s, ctx, sizeof(*ctx), &r0);\n"
		   "\treturn (uint32_t)r0;\n}\n",
		obj, p->name, obj, ctx, p->name);
	fprintf(o, "/* Run %s on packet bytes as BPF_PROG_TEST_RUN does (the runtime builds ctx). */\n", p->name);
	fprintf(o, "static inline int %s__%s__test_run(struct %s *skel, void *data, size_t size, uint32_t *verdict)\n{\n"
		   "\tuint64_t r0 = 0;\n\tint err = bpfaot_prog_test_run(skel->progs.%s, data, size, &r0);\n"
		   "\t*verdict = (uint32_t)r0;\n\treturn err;\n}\n\n",
		obj, p->name, obj, p->name);
}

int skeleton_write(FILE *out, const struct module *m, const char *obj, const char *header_path)
{
	struct skel s = {out, m, obj, NULL, out, xcalloc(m->n_maps + 1, sizeof(struct datasec))};
	int err = 0;
	for (uint32_t i = 0; i < m->n_maps && !err; i++)
		if (map_is_data(&m->maps[i]))
			err = datasec_read(m, &m->maps[i], &s.secs[i]);
		else
			s.secs[i].ident = map_identifier(&m->maps[i]);
	if (!err && m->btf) {
		s.dump = btf_dump__new(m->btf, btf_printf, &s, NULL);
		if (!s.dump) {
			diag_file(m->path, "cannot dump BTF types for the skeleton");
			err = -1;
		}
	}
	char *guard = NULL;
	if (!err) {
		char *id = c_identifier(header_path);
		guard = xasprintf("BPFAOT_SKEL_%s_%s", obj, id);
		free(id);
		for (char *c = guard; *c; c++)
			if (*c >= 'a' && *c <= 'z')
				*c = (char)(*c - 'a' + 'A');
		write_banner(&s, header_path, guard);
		err = write_types(&s);
	}
	if (!err) {
		for (uint32_t i = 0; i < m->n_maps; i++)
			if (s.secs[i].n_vars)
				write_datasec(&s, &s.secs[i]);
		write_externs(&s);
		write_struct(&s);
		write_open_destroy(&s);
		for (uint32_t i = 0; i < m->n_maps; i++)
			write_map_access(&s, i);
		for (uint32_t i = 0; i < m->n_progs; i++)
			write_prog_run(&s, &m->progs[i]);
		fprintf(out, "#ifdef %s__UNDEF_BOOL\n#undef _Bool\n#undef %s__UNDEF_BOOL\n#endif\n", obj, obj);
		fprintf(out, "#endif /* %s */\n", guard);
	}
	free(guard);
	if (s.dump)
		btf_dump__free(s.dump);
	for (uint32_t i = 0; i < m->n_maps; i++)
		datasec_free(&s.secs[i]);
	free(s.secs);
	return err;
}

int skeleton_write_file(const char *path, const struct module *m, const char *obj)
{
	FILE *out = fopen(path, "w");
	if (!out) {
		diag_file(path, "cannot write the skeleton header: %s", strerror(errno));
		return -1;
	}
	const char *base = strrchr(path, '/');
	int err = skeleton_write(out, m, obj, base ? base + 1 : path);
	if (fclose(out) && !err) {
		diag_file(path, "cannot write the skeleton header: %s", strerror(errno));
		err = -1;
	}
	if (err)
		unlink(path);
	return err;
}
