/* diag.h - one-line diagnostics on stderr.
 *
 *   diag_file:  "FILE: message"
 *   diag_insn:  "FILE:LINE: prog NAME insn N: message"   (BTF line info)
 *               "FILE:SECTION+0xOFF: prog NAME insn N: message" (without line info)
 *
 * Functions that fail print exactly one diagnostic and return an error to their caller;
 * nothing below cmd/ exits the process.
 */
#ifndef BPFAOT_DIAG_H
#define BPFAOT_DIAG_H

#include "util.h"

#include <stdint.h>

struct module;
struct prog;

void diag_file(const char *path, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_insn(const struct module *m, const struct prog *p, uint32_t insn, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* "FILE: prog NAME: message" */
void diag_prog(const struct module *m, const struct prog *p, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Diagnostics held back: between diag_capture_begin(c) and diag_capture_end() the calling
 * thread's diagnostics are appended to c instead of printed; diag_capture_flush(c) prints
 * (and counts) them and empties c. Lets work on several threads (common/par.h) print what
 * the same work done in order would have printed. */
struct diag_capture {
	struct strbuf text;
	unsigned count;
};
void diag_capture_begin(struct diag_capture *c);
void diag_capture_end(void);
void diag_capture_flush(struct diag_capture *c);

/* Number of diagnostics printed so far (tests use it to check "exactly one"). */
unsigned diag_count(void);

#endif
