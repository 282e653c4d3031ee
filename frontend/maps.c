/* maps.c - maps from BTF `.maps`, legacy `maps`, global data sections, and the static
 * initialisers of prog arrays.
 *
 * Order, as libbpf's bpf_object__init_maps(): legacy maps, then BTF-defined maps (in
 * the order of the .maps DATASEC), then one map per global data section in section
 * order.
 */
#include "frontend.h"

#include "diag.h"
#include "util.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <stdlib.h>
#include <string.h>

#ifndef BPF_F_RDONLY_PROG
#define BPF_F_RDONLY_PROG (1U << 7)
#endif
#ifndef BPF_F_MMAPABLE
#define BPF_F_MMAPABLE (1U << 10)
#endif

static bool map_type_supported(uint32_t type)
{
	switch (type) {
	case BPF_MAP_TYPE_ARRAY:
	case BPF_MAP_TYPE_PERCPU_ARRAY:
	case BPF_MAP_TYPE_HASH:
	case BPF_MAP_TYPE_PERCPU_HASH:
	case BPF_MAP_TYPE_LRU_HASH:
	case BPF_MAP_TYPE_LRU_PERCPU_HASH:
	case BPF_MAP_TYPE_PROG_ARRAY:
	case BPF_MAP_TYPE_RINGBUF:
		return true;
	default:
		return false;
	}
}

static bool map_type_is_map_in_map(uint32_t type)
{
	return type == BPF_MAP_TYPE_ARRAY_OF_MAPS || type == BPF_MAP_TYPE_HASH_OF_MAPS;
}

/* Reject a map type we do not implement, by name. */
static int check_map_type(struct reader *r, const char *name, uint32_t type)
{
	if (map_type_supported(type))
		return 0;
	const char *type_name = libbpf_bpf_map_type_str((enum bpf_map_type)type);
	if (!type_name && type == 33) /* newer than libbpf 1.1 */
		type_name = "arena";
	if (map_type_is_map_in_map(type))
		diag_file(r->elf.path, "map %s: map-in-map (%s) not supported yet", name, type_name);
	else if (type_name)
		diag_file(r->elf.path, "map %s: map type %s not supported yet", name, type_name);
	else
		diag_file(r->elf.path, "map %s: unknown map type %u", name, type);
	return -1;
}

static struct map *add_map(struct reader *r, size_t sec, uint64_t off, uint64_t def_size)
{
	struct module *m = r->m;
	size_t n = m->n_maps;
	m->maps = xrealloc(m->maps, (n + 1) * sizeof(*m->maps));
	r->map_sec = xrealloc(r->map_sec, (n + 1) * sizeof(*r->map_sec));
	r->map_off = xrealloc(r->map_off, (n + 1) * sizeof(*r->map_off));
	r->map_def_size = xrealloc(r->map_def_size, (n + 1) * sizeof(*r->map_def_size));
	r->map_values_off = xrealloc(r->map_values_off, (n + 1) * sizeof(*r->map_values_off));
	r->map_sec[n] = sec;
	r->map_off[n] = off;
	r->map_def_size[n] = def_size;
	r->map_values_off[n] = UINT64_MAX;
	m->n_maps++;
	struct map *map = &m->maps[n];
	memset(map, 0, sizeof(*map));
	map->section = xstrdup(r->elf.secs[sec].name);
	return map;
}

/* --- legacy SEC("maps") struct bpf_map_def ------------------------------------------ */

struct legacy_map_def {
	uint32_t type, key_size, value_size, max_entries, map_flags;
};

static int legacy_maps(struct reader *r, size_t sec)
{
	const struct elf_object *o = &r->elf;
	const struct elf_section *s = &o->secs[sec];
	size_t n = 0;
	for (size_t i = 1; i < o->n_syms; i++)
		n += o->syms[i].shndx == sec && o->syms[i].type != STT_SECTION;
	if (!n)
		return 0;
	if (!s->data || s->size % n) {
		diag_file(o->path, "section maps: cannot determine the map definition size (%llu bytes, %zu maps)",
			  (unsigned long long)s->size, n);
		return -1;
	}
	uint64_t def_size = s->size / n;
	if (def_size < sizeof(uint32_t) * 4) {
		diag_file(o->path, "section maps: map definitions of %llu bytes are too small",
			  (unsigned long long)def_size);
		return -1;
	}
	for (size_t i = 1; i < o->n_syms; i++) {
		const struct elf_symbol *y = &o->syms[i];
		if (y->shndx != sec || y->type == STT_SECTION)
			continue;
		if (y->value % def_size || y->value + def_size > s->size) {
			diag_file(o->path, "legacy map %s: definition at 0x%llx is outside section maps",
				  y->name, (unsigned long long)y->value);
			return -1;
		}
		struct legacy_map_def def = {0};
		const uint8_t *bytes = s->data + y->value;
		memcpy(&def, bytes, def_size < sizeof(def) ? def_size : sizeof(def));
		for (uint64_t k = sizeof(def); k < def_size; k++)
			if (bytes[k]) {
				diag_file(o->path,
					  "legacy map %s: definition has %llu bytes with fields beyond map_flags that bpfaot cannot read",
					  y->name, (unsigned long long)def_size);
				return -1;
			}
		if (check_map_type(r, y->name, def.type))
			return -1;
		struct map *map = add_map(r, sec, y->value, def_size);
		map->name = xstrdup(y->name);
		map->origin = MAP_FROM_LEGACY;
		map->type = def.type;
		map->key_size = def.key_size;
		map->value_size = def.value_size;
		map->max_entries = def.max_entries;
		map->flags = def.map_flags;
	}
	return 0;
}

/* --- BTF-defined maps in SEC(".maps") ----------------------------------------------- */

/* Follow modifiers and typedefs (bounded: corrupt BTF may loop). */
static const struct btf_type *skip_mods(const struct btf *btf, uint32_t id, uint32_t *res_id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	for (int depth = 0; t && (btf_is_mod(t) || btf_is_typedef(t)) && depth < 32; depth++) {
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	if (t && (btf_is_mod(t) || btf_is_typedef(t)))
		t = NULL;
	if (res_id)
		*res_id = id;
	return t;
}

/* __uint(name, value) is `int (*name)[value]`. */
static int btf_uint_field(const struct btf *btf, const struct btf_member *mem, uint32_t *value)
{
	const struct btf_type *t = skip_mods(btf, mem->type, NULL);
	if (!t || !btf_is_ptr(t))
		return -1;
	const struct btf_type *arr = skip_mods(btf, t->type, NULL);
	if (!arr || !btf_is_array(arr))
		return -1;
	*value = btf_array(arr)->nelems;
	return 0;
}

/* __type(name, T) is `T *name`: T's id and size. */
static int btf_type_field(const struct btf *btf, const struct btf_member *mem, uint32_t *id,
			  uint32_t *size)
{
	const struct btf_type *t = skip_mods(btf, mem->type, NULL);
	if (!t || !btf_is_ptr(t))
		return -1;
	long long sz = btf__resolve_size(btf, t->type);
	if (sz < 0 || sz > UINT32_MAX)
		return -1;
	*id = t->type;
	*size = (uint32_t)sz;
	return 0;
}

struct btf_map_def {
	uint32_t type, key_size, value_size, max_entries, flags;
	uint32_t key_id, value_id;
	bool has_key_size, has_value_size;
	uint64_t values_off; /* byte offset of `values`, or UINT64_MAX */
	uint32_t values_elem; /* the `values` array's element type */
};

static int parse_btf_map_member(struct reader *r, const char *name, const struct btf_type *def_t,
				uint32_t k, struct btf_map_def *def)
{
	const struct btf *btf = r->m->btf;
	const struct btf_member *mem = btf_members(def_t) + k;
	const char *mname = btf__name_by_offset(btf, mem->name_off);
	if (!mname || !elf_name_is_printable(mname)) {
		diag_file(r->elf.path, "map %s: attribute %u has a bad name", name, k);
		return -1;
	}
	uint32_t ignored, size;
	int err = 0;
	if (!strcmp(mname, "type"))
		err = btf_uint_field(btf, mem, &def->type);
	else if (!strcmp(mname, "max_entries"))
		err = btf_uint_field(btf, mem, &def->max_entries);
	else if (!strcmp(mname, "map_flags"))
		err = btf_uint_field(btf, mem, &def->flags);
	else if (!strcmp(mname, "numa_node") || !strcmp(mname, "pinning") ||
		 !strcmp(mname, "map_extra"))
		err = btf_uint_field(btf, mem, &ignored);
	else if (!strcmp(mname, "key_size")) {
		err = btf_uint_field(btf, mem, &size);
		if (!err && def->has_key_size && size != def->key_size)
			err = -1;
		def->key_size = size;
		def->has_key_size = true;
	} else if (!strcmp(mname, "value_size")) {
		err = btf_uint_field(btf, mem, &size);
		if (!err && def->has_value_size && size != def->value_size)
			err = -1;
		def->value_size = size;
		def->has_value_size = true;
	} else if (!strcmp(mname, "key")) {
		err = btf_type_field(btf, mem, &def->key_id, &size);
		if (!err && def->has_key_size && size != def->key_size)
			err = -1;
		def->key_size = size;
		def->has_key_size = true;
	} else if (!strcmp(mname, "value")) {
		err = btf_type_field(btf, mem, &def->value_id, &size);
		if (!err && def->has_value_size && size != def->value_size)
			err = -1;
		def->value_size = size;
		def->has_value_size = true;
	} else if (!strcmp(mname, "values")) {
		const struct btf_type *arr = skip_mods(btf, mem->type, NULL);
		if (!arr || !btf_is_array(arr) || btf_array(arr)->nelems != 0)
			err = -1;
		else {
			def->values_off = btf_member_bit_offset(def_t, k) / 8;
			def->values_elem = btf_array(arr)->type;
		}
	} else {
		diag_file(r->elf.path, "map %s: unknown map attribute '%s'", name, mname);
		return -1;
	}
	if (err)
		diag_file(r->elf.path, "map %s: cannot read attribute '%s' (or it contradicts another)",
			  name, mname);
	return err;
}

static int btf_map(struct reader *r, size_t sec, const struct btf_var_secinfo *vi)
{
	const struct elf_object *o = &r->elf;
	const struct btf *btf = r->m->btf;
	const struct btf_type *var = btf__type_by_id(btf, vi->type);
	if (!var || !btf_is_var(var)) {
		diag_file(o->path, "section .maps: BTF entry %u is not a variable", vi->type);
		return -1;
	}
	const char *name = btf__name_by_offset(btf, var->name_off);
	if (!name || !*name || !elf_name_is_printable(name)) {
		diag_file(o->path, "section .maps: map variable without a valid name");
		return -1;
	}
	const struct btf_type *def_t = skip_mods(btf, var->type, NULL);
	if (!def_t || !btf_is_struct(def_t)) {
		diag_file(o->path, "map %s: definition is not a struct", name);
		return -1;
	}
	/* The map's place in .maps is its symbol's (clang leaves the DATASEC offsets 0); its
	 * extent includes the initialised `values` that follow the struct proper. */
	const struct elf_symbol *sym = NULL;
	for (size_t i = 1; i < o->n_syms && !sym; i++)
		if (o->syms[i].shndx == sec && o->syms[i].type != STT_SECTION &&
		    !strcmp(o->syms[i].name, name))
			sym = &o->syms[i];
	if (!sym) {
		diag_file(o->path, "map %s: no symbol for it in section .maps", name);
		return -1;
	}
	uint64_t off = sym->value, size = def_t->size;
	if (vi->size > size)
		size = vi->size;
	if (sym->size > size)
		size = sym->size;
	const struct elf_section *s = &o->secs[sec];
	if (off > s->size || size > s->size - off) {
		diag_file(o->path, "map %s: definition at 0x%llx is outside section .maps", name,
			  (unsigned long long)off);
		return -1;
	}
	struct btf_map_def def = {.values_off = UINT64_MAX};
	for (uint32_t k = 0; k < btf_vlen(def_t); k++)
		if (parse_btf_map_member(r, name, def_t, k, &def))
			return -1;
	if (check_map_type(r, name, def.type))
		return -1;
	if (def.values_off != UINT64_MAX) {
		/* As libbpf: `values` holds 4-byte program (or map) references. */
		if (def.type != BPF_MAP_TYPE_PROG_ARRAY) {
			diag_file(o->path, "map %s: `values` is only supported for prog arrays", name);
			return -1;
		}
		if (def.has_value_size && def.value_size != 4) {
			diag_file(o->path, "map %s: prog array value size %u is not 4", name,
				  def.value_size);
			return -1;
		}
		def.value_size = 4;
	}
	struct map *map = add_map(r, sec, off, size);
	r->map_values_off[r->m->n_maps - 1] = def.values_off;
	map->name = xstrdup(name);
	map->origin = MAP_FROM_BTF;
	map->type = def.type;
	map->key_size = def.key_size;
	map->value_size = def.value_size;
	map->max_entries = def.max_entries;
	map->flags = def.flags;
	map->btf_key_type_id = def.key_id;
	map->btf_value_type_id = def.value_id;
	map->btf_type_id = var->type;
	return 0;
}

static int btf_maps(struct reader *r, size_t sec)
{
	const struct btf *btf = r->m->btf;
	if (!btf) {
		diag_file(r->elf.path, "section .maps without BTF (.BTF section missing)");
		return -1;
	}
	int id = btf__find_by_name_kind(btf, ".maps", BTF_KIND_DATASEC);
	if (id < 0) {
		diag_file(r->elf.path, "section .maps has no BTF DATASEC");
		return -1;
	}
	const struct btf_type *ds = btf__type_by_id(btf, (uint32_t)id);
	const struct btf_var_secinfo *vi = btf_var_secinfos(ds);
	for (uint32_t k = 0; k < btf_vlen(ds); k++)
		if (btf_map(r, sec, &vi[k]))
			return -1;
	return 0;
}

/* --- global data ---------------------------------------------------------------------- */

static int global_data_map(struct reader *r, size_t sec)
{
	const struct elf_section *s = &r->elf.secs[sec];
	if (s->size == 0)
		return 0;
	if (s->size > UINT32_MAX) {
		diag_file(r->elf.path, "section %s: %llu bytes of global data is too large", s->name,
			  (unsigned long long)s->size);
		return -1;
	}
	struct map *map = add_map(r, sec, 0, 0);
	r->sec_map[sec] = (int)(r->m->n_maps - 1);
	map->name = xstrdup(s->name);
	map->origin = MAP_GLOBAL_DATA;
	map->type = BPF_MAP_TYPE_ARRAY;
	map->key_size = sizeof(uint32_t);
	map->value_size = (uint32_t)s->size;
	map->max_entries = 1;
	map->readonly = s->map_kind == ELF_SEC_RODATA;
	map->flags = (map->readonly ? BPF_F_RDONLY_PROG : 0) | BPF_F_MMAPABLE;
	if (s->map_kind != ELF_SEC_BSS && s->data) {
		map->init = xmalloc(s->size);
		memcpy(map->init, s->data, s->size);
	}
	if (r->m->btf) {
		int id = btf__find_by_name_kind(r->m->btf, s->name, BTF_KIND_DATASEC);
		if (id > 0) {
			map->btf_type_id = (uint32_t)id;
			map->btf_value_type_id = (uint32_t)id;
		}
	}
	return 0;
}

/* --- prog arrays: `.values = { [i] = &prog }` --------------------------------------- */

/* prog_init holds max_entries slots; a bound keeps a corrupt max_entries from asking
 * for gigabytes. */
#define MAX_PROG_INIT_ENTRIES (1u << 20)

static int prog_array_inits(struct reader *r, size_t sec)
{
	const struct elf_object *o = &r->elf;
	const struct elf_section *s = &o->secs[sec];
	for (size_t k = 0; k < s->n_relocs; k++) {
		const struct elf_reloc *rel = &s->relocs[k];
		const struct elf_symbol *y = &o->syms[rel->sym];
		int map_idx = -1;
		for (uint32_t i = 0; i < r->m->n_maps; i++)
			if (r->map_sec[i] == sec && r->map_off[i] <= rel->offset &&
			    rel->offset - r->map_off[i] < r->map_def_size[i])
				map_idx = (int)i;
		if (map_idx < 0) {
			diag_file(o->path, ".maps+0x%llx: relocation against %s outside any map",
				  (unsigned long long)rel->offset, y->name);
			return -1;
		}
		struct map *map = &r->m->maps[map_idx];
		uint64_t values = r->map_values_off[map_idx];
		uint64_t rel_in_map = rel->offset - r->map_off[map_idx];
		if (values == UINT64_MAX || rel_in_map < values || (rel_in_map - values) % 8) {
			diag_file(o->path, "map %s: relocation against %s is not in `values`", map->name,
				  y->name);
			return -1;
		}
		uint64_t slot = (rel_in_map - values) / 8;
		if (slot >= map->max_entries) {
			diag_file(o->path, "map %s: initial slot %llu is beyond max_entries %u", map->name,
				  (unsigned long long)slot, map->max_entries);
			return -1;
		}
		int prog = -1;
		for (uint32_t i = 0; i < r->m->n_progs; i++)
			if (r->entries[i].sym == rel->sym ||
			    (y->type == STT_FUNC && r->entries[i].sec == y->shndx &&
			     (uint64_t)r->entries[i].start * 8 == y->value))
				prog = (int)i;
		if (prog < 0) {
			diag_file(o->path, "map %s: slot %llu refers to %s, which is not a program",
				  map->name, (unsigned long long)slot, y->name);
			return -1;
		}
		if (!map->prog_init && map->max_entries > MAX_PROG_INIT_ENTRIES) {
			diag_file(o->path, "map %s: static initialiser of a prog array with %u entries (more than %u) not supported",
				  map->name, map->max_entries, MAX_PROG_INIT_ENTRIES);
			return -1;
		}
		if (!map->prog_init) {
			map->prog_init = xmalloc((size_t)map->max_entries * sizeof(*map->prog_init));
			for (uint32_t i = 0; i < map->max_entries; i++)
				map->prog_init[i] = -1;
		}
		map->prog_init[slot] = prog;
	}
	return 0;
}

int maps_collect(struct reader *r)
{
	const struct elf_object *o = &r->elf;
	r->sec_map = xmalloc(o->n_secs * sizeof(*r->sec_map));
	for (size_t i = 0; i < o->n_secs; i++)
		r->sec_map[i] = -1;
	for (size_t i = 1; i < o->n_secs; i++)
		if (o->secs[i].map_kind == ELF_SEC_LEGACY_MAPS && legacy_maps(r, i))
			return -1;
	for (size_t i = 1; i < o->n_secs; i++)
		if (o->secs[i].map_kind == ELF_SEC_BTF_MAPS && (btf_maps(r, i) || prog_array_inits(r, i)))
			return -1;
	for (size_t i = 1; i < o->n_secs; i++) {
		int kind = o->secs[i].map_kind;
		if ((kind == ELF_SEC_DATA || kind == ELF_SEC_RODATA || kind == ELF_SEC_BSS) &&
		    global_data_map(r, i))
			return -1;
	}
	return 0;
}
