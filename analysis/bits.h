/* bits.h - known-bits arithmetic (the kernel's tnum) on the numbers of absint.c.
 *
 * Inline: absint.c computes every ALU instruction on two numbers with it, constants
 * included (with no unknown bits each operation below is the exact one, with the ISA's
 * rules: masked shift counts, wrap-around). Division and modulo are not here: the
 * analysis does not compute them, as the kernel does not. */
#ifndef BPFAOT_ANALYSIS_BITS_H
#define BPFAOT_ANALYSIS_BITS_H

#include "internal.h"

struct bits {
	uint64_t v, m; /* values of the known bits, the unknown bits */
};

static inline struct bits bits_of(const struct aval *x)
{
	return (struct bits){x->val, x->mask}; /* mask is 0 unless V_SCALAR (val_bits) */
}

static inline struct bits bits_add(struct bits a, struct bits b)
{
	uint64_t sm = a.m + b.m, sv = a.v + b.v, chi = (sm + sv) ^ sv, mu = chi | a.m | b.m;
	return (struct bits){sv & ~mu, mu};
}

static inline struct bits bits_sub(struct bits a, struct bits b)
{
	uint64_t dv = a.v - b.v, chi = (dv + a.m) ^ (dv - b.m), mu = chi | a.m | b.m;
	return (struct bits){dv & ~mu, mu};
}

static inline struct bits bits_and(struct bits a, struct bits b)
{
	uint64_t v = a.v & b.v;
	return (struct bits){v, (a.v | a.m) & (b.v | b.m) & ~v};
}

static inline struct bits bits_or(struct bits a, struct bits b)
{
	uint64_t v = a.v | b.v;
	return (struct bits){v, (a.m | b.m) & ~v};
}

static inline struct bits bits_xor(struct bits a, struct bits b)
{
	uint64_t mu = a.m | b.m;
	return (struct bits){(a.v ^ b.v) & ~mu, mu};
}

/* value.c (a loop: out of line) */
struct bits bits_mul(struct bits a, struct bits b, unsigned width);

static inline struct bits bits_trunc32(struct bits a)
{
	return (struct bits){a.v & 0xffffffffull, a.m & 0xffffffffull};
}

/* op on known bits in the operation's width (operands truncated for 32 bits). */
static inline __attribute__((always_inline)) struct bits bits_alu(uint8_t op, struct bits a,
								    struct bits b, unsigned width)
{
	unsigned shift = (unsigned)(b.v & (width - 1));
	switch (op) {
	case BPF_ADD: return bits_add(a, b);
	case BPF_SUB: return bits_sub(a, b);
	case BPF_NEG: return bits_sub((struct bits){0, 0}, a);
	case BPF_MUL: return bits_mul(a, b, width);
	case BPF_AND: return bits_and(a, b);
	case BPF_OR: return bits_or(a, b);
	case BPF_XOR: return bits_xor(a, b);
	}
	if (b.m) /* shifts need a known amount */
		return (struct bits){0, ~0ull};
	switch (op) {
	case BPF_LSH: return (struct bits){a.v << shift, a.m << shift};
	case BPF_RSH: return (struct bits){a.v >> shift, a.m >> shift};
	case BPF_ARSH:
		if (width == 64)
			return (struct bits){(uint64_t)((int64_t)a.v >> shift), (uint64_t)((int64_t)a.m >> shift)};
		return (struct bits){(uint32_t)((int32_t)(uint32_t)a.v >> shift),
				     (uint32_t)((int32_t)(uint32_t)a.m >> shift)};
	}
	return (struct bits){0, ~0ull};
}

/* An ALU operation (not division or modulo) on two numbers, in place: constants fold,
 * otherwise the known bits follow; shifts need a known amount. */
static inline __attribute__((always_inline)) void alu_numbers(uint8_t op, bool is64, struct aval *dst, const struct aval *src)
{
	struct bits a = bits_of(dst), b = bits_of(src), r;
	if (is64)
		r = bits_alu(op, a, b, 64);
	else
		r = bits_trunc32(bits_alu(op, bits_trunc32(a), bits_trunc32(b), 32));
	*dst = val_bits(r.v, r.m);
}

#endif
