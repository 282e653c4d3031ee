/* util.h - allocation that never returns NULL, growable arrays, small string helpers. */
#ifndef BPFAOT_UTIL_H
#define BPFAOT_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* Grow *items (with *cap slots of elem bytes) so that index n fits. */
/* Grows the malloc heap by about bytes now and asks the kernel for transparent huge
 * pages there: a compile touches ~10 MB of fresh memory once, and 4 KB page faults were
 * ~15% of its time. Best effort: nothing happens where malloc does not take the memory from
 * the heap or the kernel has no huge pages. */
void heap_reserve(size_t bytes);
/* The number of bits set in w (portable arithmetic: __builtin_popcountll is a library call
 * without -mpopcnt, and the bitmap passes count bits per instruction word). */
static inline uint32_t bit_count(uint64_t w)
{
	w -= w >> 1 & 0x5555555555555555ull;
	w = (w & 0x3333333333333333ull) + (w >> 2 & 0x3333333333333333ull);
	w = (w + (w >> 4)) & 0x0f0f0f0f0f0f0f0full;
	return (uint32_t)(w * 0x0101010101010101ull >> 56);
}

void grow_array(void **items, size_t *cap, size_t n, size_t elem);
/* The same, leaving the new entries uninitialised (for arrays the caller fills at once). */
void grow_array_uninit(void **items, size_t *cap, size_t n, size_t elem);

/* Append one element to a (ptr, n, cap) triple: VEC_PUSH(v.items, v.n, v.cap, value). */
#define VEC_PUSH(items, n, cap, value)                                              \
	do {                                                                          \
		grow_array((void **)&(items), &(cap), (n) + 1, sizeof(*(items)));    \
		(items)[(n)++] = (value);                                             \
	} while (0)

/* A growable byte string. */
struct strbuf {
	char *s;
	size_t len, cap;
};
void sb_printf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_putc(struct strbuf *sb, char c);
void sb_free(struct strbuf *sb);

/* Copy name to a C identifier: every byte outside [A-Za-z0-9_] becomes '_'. */
char *c_identifier(const char *name);

#endif
