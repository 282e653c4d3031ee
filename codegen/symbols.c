/* symbols.c - the names of what an output object defines and references. */
#include "symbols.h"

#include "bpfaot_abi.h"
#include "util.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

char *map_identifier(const struct map *map)
{
	const char *name = map->name[0] == '.' ? map->name + 1 : map->name;
	return c_identifier(name);
}

char *sym_prog(const char *obj, const struct prog *p)
{
	return xasprintf("%s__%s", obj, p->name);
}

char *sym_map(const char *obj, const struct map *map)
{
	char *id = map_identifier(map);
	char *s = xasprintf("%s__map__%s", obj, id);
	free(id);
	return s;
}

char *sym_map_storage(const char *obj, const struct map *map)
{
	char *id = map_identifier(map);
	char *s = xasprintf("%s__map__%s__storage", obj, id);
	free(id);
	return s;
}

char *sym_progs(const char *obj)
{
	return xasprintf("%s__progs", obj);
}

char *sym_maps(const char *obj)
{
	return xasprintf("%s__maps", obj);
}

char *sym_object(const char *obj)
{
	return xasprintf("%s__object", obj);
}

struct helper_entry {
	int32_t id;
	const char *name;
	const char *symbol;
};

static const struct helper_entry helpers[] = {
#define HELPER(id, name) {id, #name, "bpfaot_helper_" #name},
#include "helpers.def"
#undef HELPER
};

static const struct helper_entry *find_helper(int32_t id)
{
	for (size_t i = 0; i < sizeof(helpers) / sizeof(helpers[0]); i++)
		if (helpers[i].id == id)
			return &helpers[i];
	return NULL;
}

const char *helper_symbol(int32_t id)
{
	const struct helper_entry *h = find_helper(id);
	return h ? h->symbol : NULL;
}

const char *helper_name(int32_t id)
{
	const struct helper_entry *h = find_helper(id);
	return h ? h->name : NULL;
}

unsigned char runtime_symbol_type(const char *symbol)
{
	return strcmp(symbol, BPFAOT_SYM_TLS_CPU_SLOT) == 0 ? STT_TLS : STT_NOTYPE;
}
