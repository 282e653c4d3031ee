/* analysis.c - placeholder until the analysis lands. */
#include "analysis.h"

#include "diag.h"

#include <stdlib.h>

int analysis_run(struct module *m, struct prog_analysis *analyses)
{
	(void)analyses;
	diag_file(m->path, "analysis not implemented yet");
	return -1;
}

void prog_analysis_free(struct prog_analysis *a)
{
	free(a->used_maps);
	free(a->tail_calls);
	free(a->pokes);
	free(a->frames);
}
