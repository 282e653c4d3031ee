/* diag.c - one-line diagnostics; see diag.h for the formats. */
#include "diag.h"

#include "module.h"
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

/* Printed only by the thread that calls into the compiler (see diag_capture_flush). */
static unsigned diagnostics_printed;
/* Where this thread's diagnostics go instead of stderr (par.c's worker threads). */
static _Thread_local struct diag_capture *capture;

unsigned diag_count(void)
{
	return diagnostics_printed;
}

static void emit(const char *where, const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);
	if (capture) {
		sb_printf(&capture->text, "%s: %s\n", where, msg);
		capture->count++;
	} else {
		fprintf(stderr, "%s: %s\n", where, msg);
		diagnostics_printed++;
	}
	free(msg);
}

void diag_capture_begin(struct diag_capture *c)
{
	capture = c;
}

void diag_capture_end(void)
{
	capture = NULL;
}

void diag_capture_flush(struct diag_capture *c)
{
	if (c->count)
		fputs(c->text.s, stderr);
	diagnostics_printed += c->count;
	sb_free(&c->text);
	c->count = 0;
}

void diag_file(const char *path, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	emit(path, fmt, ap);
	va_end(ap);
}

void diag_prog(const struct module *m, const struct prog *p, const char *fmt, ...)
{
	char *where = xasprintf("%s: prog %s", m->path, p->name);
	va_list ap;
	va_start(ap, fmt);
	emit(where, fmt, ap);
	va_end(ap);
	free(where);
}

void diag_insn(const struct module *m, const struct prog *p, uint32_t insn, const char *fmt, ...)
{
	char *where;
	struct insn_origin o = insn_origin_at(m, p, insn);
	if (o.file && o.line)
		where = xasprintf("%s:%u: prog %s insn %u", o.file, o.line, p->name, insn);
	else if (o.section)
		where = xasprintf("%s:%s+0x%x: prog %s insn %u", m->path, o.section, o.offset,
				  p->name, insn);
	else
		where = xasprintf("%s: prog %s insn %u", m->path, p->name, insn);
	va_list ap;
	va_start(ap, fmt);
	emit(where, fmt, ap);
	va_end(ap);
	free(where);
}
