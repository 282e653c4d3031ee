/* calls.bpf.c - bpf-to-bpf calls with stack use: buffers in the caller's frame filled and
 * read by callees, five arguments, and a callee writing through a pointer into its
 * caller's caller's frame. Input: raw_tp context, ctx[0] = 1, ctx[1] = 2 in the cases. */
#include "e2e.h"

typedef unsigned char u8;

static __noinline u64 fill(u8 *buf, u32 n, u8 seed)
{
	for (u32 i = 0; i < n && i < 64; i++)
		buf[i] = seed + 3 * i;
	return n;
}

static __noinline u64 sum_bytes(const u8 *buf, u32 n)
{
	u64 s = 0;

	for (u32 i = 0; i < n && i < 64; i++)
		s += buf[i];
	return s;
}

static __noinline u64 five(u64 a, u64 b, u64 c, u64 d, u64 e)
{
	return a * 1 + b * 2 + c * 3 + d * 4 + e * 5;
}

static __noinline u64 level3(u64 *b, u64 *a)
{
	u64 c[2] = { b[0] + a[0], b[1] + a[1] };

	a[0] = 1000; /* into level1's frame */
	return c[0] * c[1];
}

static __noinline u64 level2(u64 *a)
{
	u64 b[4];

	for (int i = 0; i < 4; i++)
		b[i] = a[i] * 2;
	return level3(b, a) + b[3];
}

static __noinline u64 level1(u64 x)
{
	u64 a[8];

	for (int i = 0; i < 8; i++)
		a[i] = x + i;
	u64 r = level2(a);
	return r + a[0] + a[7];
}

SEC("raw_tp") int calls(u64 *ctx)
{
	u8 buf[64];
	u64 x = ctx[0], y = ctx[1];

	fill(buf, 64, (u8)x);
	u64 s = sum_bytes(buf, 64);
	return s + five(x, y, x + y, 4 * x, 5 * x) + level1(y);
}
