/* util.c - allocation that never returns NULL, growable arrays, strings. */
#include "util.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static void out_of_memory(void)
{
	fputs("bpfaot: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
	char *p;
	if (vasprintf(&p, fmt, ap) < 0)
		out_of_memory();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void heap_reserve(size_t bytes)
{
	const uintptr_t huge = (uintptr_t)2 << 20;
	char *p = malloc(bytes);
	if (!p)
		return;
	uintptr_t lo = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	uintptr_t hi = ((uintptr_t)p + bytes) & ~(huge - 1);
	if (hi > lo)
		madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
	free(p); /* back to the heap's top, where the trim threshold keeps it */
}

void grow_array_uninit(void **items, size_t *cap, size_t n, size_t elem)
{
	if (n <= *cap)
		return;
	size_t new_cap = *cap ? *cap * 2 : 8;
	while (new_cap < n)
		new_cap *= 2;
	*items = xrealloc(*items, new_cap * elem);
	*cap = new_cap;
}

void grow_array(void **items, size_t *cap, size_t n, size_t elem)
{
	size_t old = *cap;
	grow_array_uninit(items, cap, n, elem);
	memset((char *)*items + old * elem, 0, (*cap - old) * elem);
}

void sb_printf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvasprintf(fmt, ap);
	va_end(ap);
	size_t n = strlen(p);
	grow_array((void **)&sb->s, &sb->cap, sb->len + n + 1, 1);
	memcpy(sb->s + sb->len, p, n + 1);
	sb->len += n;
	free(p);
}

void sb_putc(struct strbuf *sb, char c)
{
	grow_array((void **)&sb->s, &sb->cap, sb->len + 2, 1);
	sb->s[sb->len++] = c;
	sb->s[sb->len] = 0;
}

void sb_free(struct strbuf *sb)
{
	free(sb->s);
	sb->s = NULL;
	sb->len = sb->cap = 0;
}

char *c_identifier(const char *name)
{
	char *id = xstrdup(name);
	for (char *p = id; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			*p = '_';
	return id;
}
