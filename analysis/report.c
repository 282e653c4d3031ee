/* report.c - placeholder until the analysis lands. */
#include "report.h"

void analysis_report_print(FILE *out, const struct module *m, const struct prog_analysis *analyses,
			   bool json)
{
	(void)m;
	(void)analyses;
	fputs(json ? "null\n" : "(no analysis yet)\n", out);
}
