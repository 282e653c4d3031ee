/* inline_lookup.c - see inline_lookup.h. */
#include "inline_lookup.h"

#include <linux/bpf.h>

const struct map *inline_lookup_array(const struct codegen_input *in, uint32_t insn,
				      uint32_t *elem_size)
{
	const struct prog_analysis *a = in->analysis;
	if (!a || !a->call_map || insn >= in->prog->n_insns || a->call_map[insn] < 0 ||
	    (uint32_t)a->call_map[insn] >= in->module->n_maps)
		return NULL;
	const struct map *map = &in->module->maps[a->call_map[insn]];
	uint64_t elem = ((uint64_t)map->value_size + 7) & ~(uint64_t)7;
	if ((map->type != BPF_MAP_TYPE_ARRAY && map->type != BPF_MAP_TYPE_PERCPU_ARRAY) ||
	    map->key_size != 4 || map->value_size == 0 || map->max_entries == 0 || elem > INT32_MAX)
		return NULL;
	*elem_size = (uint32_t)elem;
	return map;
}
