/* analysis.c - runs the passes over every program of a module (see internal.h). */
#include "analysis.h"

#include "diag.h"
#include "internal.h"
#include "par.h"
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
	free(a->special);
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

int analysis_prog(struct module *m, uint32_t i, struct prog_analysis *out)
{
	memset(out, 0, sizeof(*out));
	return analyse_prog(m, &m->progs[i], out);
}

int analysis_check_module(struct module *m, const struct prog_analysis *analyses)
{
	return compat_check(m, analyses);
}

struct analyse_job {
	struct module *m;
	struct prog_analysis *analyses;
};

static int analyse_item(void *ctx, uint32_t i)
{
	struct analyse_job *job = ctx;
	return analysis_prog(job->m, i, &job->analyses[i]);
}

/* Programs are analysed independently (each writes only its own prog and analysis), then
 * checked against each other. */
int analysis_run(struct module *m, struct prog_analysis *analyses)
{
	memset(analyses, 0, m->n_progs * sizeof(*analyses));
	struct analyse_job job = {.m = m, .analyses = analyses};
	if (par_for(m->n_progs, analyse_item, &job))
		return -1;
	return analysis_check_module(m, analyses);
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
