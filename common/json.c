/* json.c - a small streaming JSON writer: two-space indentation, one member per line. */
#include "json.h"

#include <inttypes.h>

void json_init(struct json *j, FILE *out)
{
	j->out = out;
	j->depth = 0;
	j->need_comma = false;
	j->after_key = false;
}

/* Separator and indentation before a value or a key. */
static void begin_item(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (j->need_comma)
		fputc(',', j->out);
	if (j->depth > 0) {
		fputc('\n', j->out);
		for (int i = 0; i < j->depth; i++)
			fputs("  ", j->out);
	}
}

static void open_container(struct json *j, char c)
{
	begin_item(j);
	fputc(c, j->out);
	j->depth++;
	j->need_comma = false;
}

static void close_container(struct json *j, char c)
{
	bool empty = !j->need_comma;
	j->depth--;
	if (!empty) {
		fputc('\n', j->out);
		for (int i = 0; i < j->depth; i++)
			fputs("  ", j->out);
	}
	fputc(c, j->out);
	j->need_comma = true;
}

void json_object_begin(struct json *j) { open_container(j, '{'); }
void json_object_end(struct json *j) { close_container(j, '}'); }
void json_array_begin(struct json *j) { open_container(j, '['); }
void json_array_end(struct json *j) { close_container(j, ']'); }

static void write_escaped(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

void json_key(struct json *j, const char *key)
{
	begin_item(j);
	write_escaped(j->out, key);
	fputs(": ", j->out);
	j->after_key = true;
	j->need_comma = true;
}

static void value_done(struct json *j)
{
	j->need_comma = true;
}

void json_string(struct json *j, const char *s)
{
	begin_item(j);
	if (s)
		write_escaped(j->out, s);
	else
		fputs("null", j->out);
	value_done(j);
}

void json_uint(struct json *j, uint64_t v)
{
	begin_item(j);
	fprintf(j->out, "%" PRIu64, v);
	value_done(j);
}

void json_int(struct json *j, int64_t v)
{
	begin_item(j);
	fprintf(j->out, "%" PRId64, v);
	value_done(j);
}

void json_bool(struct json *j, bool v)
{
	begin_item(j);
	fputs(v ? "true" : "false", j->out);
	value_done(j);
}

void json_null(struct json *j)
{
	begin_item(j);
	fputs("null", j->out);
	value_done(j);
}

void json_end(struct json *j)
{
	fputc('\n', j->out);
}
