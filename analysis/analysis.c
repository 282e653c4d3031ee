/* analysis.c - runs the passes over every program of a module (see internal.h). */
#include "analysis.h"

#include "diag.h"
#include "internal.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static void ana_prog_free(struct ana_prog *a)
{
	free(a->subs);
	free(a->ld_hi);
	free(a->sub_of);
	free(a->blocks);
	free(a->block_of);
	free(a->map_slot);
	free(a->sites);
}

static int analyse_prog(struct module *m, struct prog *p, struct prog_analysis *out)
{
	if (!p->n_insns) {
		diag_prog(m, p, "the program has no instructions");
		return -1;
	}
	struct ana_prog a = {.m = m, .p = p, .out = out};
	a.ld_hi = xcalloc(p->n_insns, 1);
	out->call_map = xmalloc(p->n_insns * sizeof(*out->call_map));
	memset(out->call_map, 0xff, p->n_insns * sizeof(*out->call_map)); /* all -1 */
	out->jump_target = xcalloc(p->n_insns, 1);
	int err = verify_insns(&a) || tailcall_collect_maps(&a) || cfg_build(&a) || absint_run(&a) ||
		  stack_check(&a) || tailcall_classify(&a);
	ana_prog_free(&a);
	return err ? -1 : 0;
}

int analysis_run(struct module *m, struct prog_analysis *analyses)
{
	memset(analyses, 0, m->n_progs * sizeof(*analyses));
	for (uint32_t i = 0; i < m->n_progs; i++)
		if (analyse_prog(m, &m->progs[i], &analyses[i]))
			return -1;
	return compat_check(m, analyses);
}

void prog_analysis_free(struct prog_analysis *a)
{
	free(a->used_maps);
	free(a->tail_calls);
	free(a->pokes);
	free(a->frames);
	free(a->call_map);
	free(a->jump_target);
	memset(a, 0, sizeof(*a));
}
