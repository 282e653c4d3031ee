/* report.h - the analysis report of `bpfaot inspect --analysis` (text or JSON). */
#ifndef BPFAOT_REPORT_H
#define BPFAOT_REPORT_H

#include "analysis.h"

#include <stdbool.h>
#include <stdio.h>

/* analyses[] has one entry per program of m (as filled by analysis_run). */
void analysis_report_print(FILE *out, const struct module *m, const struct prog_analysis *analyses,
			   bool json);

#endif
