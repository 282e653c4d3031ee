/* rt_printk.c - the format subset of bpf_trace_printk, checked as the kernel checks it.
 *
 * Accepted, as by the kernel's bpf_bprintf_prepare(): printable ASCII and whitespace; "%%";
 * conversions with optional flags [0+- ], a width, and for integers l or ll: %d %i %u %x %X,
 * %c, %s, %p %pK %px %ps %pS (the pointer as 16 hex digits), %pks %pus (a string),
 * %pi4 %pI4 %pi6 %pI6 (an address read from the pointer). At most n_args conversions.
 * Anything else is -EINVAL, and nothing is printed.
 */
#include "rt.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

struct out {
	char *buf;
	size_t size; /* capacity, including the NUL */
	size_t len;  /* what would have been written (as snprintf) */
};

static void put_raw(struct out *o, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++, o->len++)
		if (o->len + 1 < o->size)
			o->buf[o->len] = s[i];
}

static void put_fmt(struct out *o, const char *spec, ...) __attribute__((format(printf, 2, 3)));

static void put_fmt(struct out *o, const char *spec, ...)
{
	char tmp[256];
	va_list ap;
	va_start(ap, spec);
	int n = vsnprintf(tmp, sizeof(tmp), spec, ap);
	va_end(ap);
	if (n > 0)
		put_raw(o, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

/* A string argument, read safely; an unreadable one prints as empty, as in the kernel. */
static void put_string(struct out *o, const char *flags_width, uint64_t arg)
{
	char str[1024];
	if (rt_safe_strncpy(str, (const char *)(uintptr_t)arg, sizeof(str)) < 0)
		str[0] = '\0';
	char spec[48];
	snprintf(spec, sizeof(spec), "%%%ss", flags_width);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	put_fmt(o, spec, str);
#pragma GCC diagnostic pop
}

static void put_ip(struct out *o, char version, char style, uint64_t arg)
{
	unsigned char a[16];
	size_t n = version == '4' ? 4 : 16;
	if (rt_safe_copy(a, (const void *)(uintptr_t)arg, n) != 0)
		return;
	if (version == '4') {
		/* %pi4 pads each byte to three digits, %pI4 does not */
		const char *f = style == 'i' ? "%03u.%03u.%03u.%03u" : "%u.%u.%u.%u";
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
		put_fmt(o, f, a[0], a[1], a[2], a[3]);
#pragma GCC diagnostic pop
		return;
	}
	for (size_t i = 0; i < 16; i += 2) /* %pi6 without colons, %pI6 with */
		put_fmt(o, "%s%02x%02x", style == 'I' && i ? ":" : "", a[i], a[i + 1]);
}

static void put_integer(struct out *o, const char *flags_width, int longs, char conv,
			uint64_t arg)
{
	char spec[48];
	bool is_signed = conv == 'd' || conv == 'i';
	snprintf(spec, sizeof(spec), "%%%sll%c", flags_width, conv);
	/* Without l the argument is 32 bits wide (long is 64 bits on our targets). */
	uint64_t v = arg;
	if (longs == 0)
		v = is_signed ? (uint64_t)(int64_t)(int32_t)arg : (uint32_t)arg;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	if (is_signed)
		put_fmt(o, spec, (long long)v);
	else
		put_fmt(o, spec, (unsigned long long)v);
#pragma GCC diagnostic pop
}

/* Whether fmt is entirely acceptable: the kernel rejects the whole call otherwise. */
static bool printable(const char *fmt, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)fmt[i];
		if (!isascii(c) || (!isprint(c) && !isspace(c)))
			return false;
	}
	return true;
}

int rt_format(char *buf, size_t size, const char *fmt, uint32_t fmt_size, const uint64_t *args,
	      int n_args)
{
	if (!fmt || fmt_size == 0)
		return -EINVAL;
	size_t fmt_len = strnlen(fmt, fmt_size);
	if (fmt_len == fmt_size || !printable(fmt, fmt_len))
		return -EINVAL;
	const char *end = fmt + fmt_len;
	struct out o = {buf, size, 0};
	int used = 0;
	for (const char *p = fmt; p < end; p++) {
		if (*p != '%') {
			put_raw(&o, p, 1);
			continue;
		}
		if (p[1] == '%') {
			put_raw(&o, "%", 1);
			p++;
			continue;
		}
		if (used >= n_args)
			return -EINVAL;
		uint64_t arg = args[used++];
		const char *fw = ++p; /* flags and width */
		while (*p == '0' || *p == '+' || *p == '-' || *p == ' ')
			p++;
		if (*p >= '1' && *p <= '9')
			while (isdigit((unsigned char)*p))
				p++;
		char flags_width[24];
		if ((size_t)(p - fw) >= sizeof(flags_width))
			return -EINVAL;
		memcpy(flags_width, fw, (size_t)(p - fw));
		flags_width[p - fw] = '\0';

		if (*p == 'p') {
			char next = p[1];
			if ((next == 'k' || next == 'u') && p[2] == 's') {
				put_string(&o, flags_width, arg);
				p += 2;
			} else if ((next == 'i' || next == 'I') && (p[2] == '4' || p[2] == '6')) {
				put_ip(&o, p[2], next, arg);
				p += 2;
			} else if (next == '\0' || isspace((unsigned char)next) ||
				   ispunct((unsigned char)next) || next == 'K' || next == 'x' ||
				   next == 's' || next == 'S') {
				put_fmt(&o, "%016llx", (unsigned long long)arg);
				if (isalpha((unsigned char)next))
					p++;
			} else {
				return -EINVAL;
			}
			continue;
		}
		if (*p == 's') {
			put_string(&o, flags_width, arg);
			continue;
		}
		if (*p == 'c') {
			char spec[48];
			snprintf(spec, sizeof(spec), "%%%sc", flags_width);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
			put_fmt(&o, spec, (int)(unsigned char)arg);
#pragma GCC diagnostic pop
			continue;
		}
		int longs = 0;
		while (*p == 'l' && longs < 2) {
			longs++;
			p++;
		}
		if (*p != 'd' && *p != 'i' && *p != 'u' && *p != 'x' && *p != 'X')
			return -EINVAL;
		put_integer(&o, flags_width, longs, *p, arg);
	}
	if (o.size)
		o.buf[o.len < o.size ? o.len : o.size - 1] = '\0';
	return o.len > INT32_MAX ? INT32_MAX : (int)o.len;
}
