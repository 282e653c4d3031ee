/* compat.c - a prog array has one owner type (the kernel's bpf_prog_map_compatible):
 * every program that references it and every program statically placed in it
 * (map->prog_init) must have the same program type, the same expected attach type and
 * the same sleepable flag as the first program that references it (or, if none does,
 * as its first member).
 */
#include "internal.h"

#include "diag.h"

#include <stdio.h>

static bool uses_map(const struct prog_analysis *an, uint32_t map)
{
	for (uint32_t i = 0; i < an->n_used_maps; i++)
		if (an->used_maps[i] == map)
			return true;
	return false;
}

static uint32_t first_reference(const struct prog *p, uint32_t map)
{
	for (uint32_t i = 0; i < p->n_insns; i++)
		if (insn_is_ld_imm64(&p->insns[i]) && p->insns[i].src_reg != 0 &&
		    (uint32_t)p->insns[i].imm == map)
			return i;
	return 0;
}

static bool compatible(const struct prog *x, const struct prog *y)
{
	return x->type == y->type && x->expected_attach_type == y->expected_attach_type &&
	       x->sleepable == y->sleepable;
}

static void describe(char *buf, size_t size, const struct prog *p)
{
	snprintf(buf, size, "%s (type %u, attach type %u, %ssleepable)", p->name, p->type,
		 p->expected_attach_type, p->sleepable ? "" : "not ");
}

static int mismatch(const struct module *m, const struct map *map, const struct prog *owner,
		    uint32_t owner_insn, const struct prog *other, const char *role)
{
	char a[200], b[200];
	describe(a, sizeof(a), owner);
	describe(b, sizeof(b), other);
	diag_insn(m, owner, owner_insn, "prog array %s: %s %s is not compatible with %s", map->name,
		  role, b, a);
	return -1;
}

static int check_array(const struct module *m, const struct prog_analysis *analyses, uint32_t mi)
{
	const struct map *map = &m->maps[mi];
	const struct prog *owner = NULL;
	uint32_t owner_insn = 0;
	for (uint32_t p = 0; p < m->n_progs && !owner; p++)
		if (uses_map(&analyses[p], mi)) {
			owner = &m->progs[p];
			owner_insn = first_reference(owner, mi);
		}
	for (uint32_t p = 0; p < m->n_progs; p++)
		if (owner && uses_map(&analyses[p], mi) && !compatible(owner, &m->progs[p]))
			return mismatch(m, map, owner, owner_insn, &m->progs[p], "user");
	for (uint32_t k = 0; map->prog_init && k < map->max_entries; k++) {
		int32_t member = map->prog_init[k];
		if (member < 0 || (uint32_t)member >= m->n_progs)
			continue;
		const struct prog *p = &m->progs[member];
		if (!owner)
			owner = p;
		else if (!compatible(owner, p))
			return mismatch(m, map, owner, owner_insn, p, "member");
	}
	return 0;
}

int compat_check(struct module *m, const struct prog_analysis *analyses)
{
	for (uint32_t i = 0; i < m->n_maps; i++)
		if (m->maps[i].type == BPF_MAP_TYPE_PROG_ARRAY && check_array(m, analyses, i))
			return -1;
	return 0;
}
