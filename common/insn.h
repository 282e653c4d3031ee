/* insn.h - BPF instruction encoding (RFC 9669), with the cpu v4 names that older
 * <linux/bpf.h> copies lack. The instruction layout is the kernel's struct bpf_insn. */
#ifndef BPFAOT_INSN_H
#define BPFAOT_INSN_H

#include <linux/bpf.h>
#include <stdbool.h>
#include <stdint.h>

/* The initializer of a table by byte (an opcode, or the byte holding dst_reg and
 * src_reg): F(0), F(1), ..., F(255), computed at compile time, so that a hot loop reads
 * one entry instead of decoding fields. */
#define BYTE_TABLE_4(F, b) F(b), F((b) + 1), F((b) + 2), F((b) + 3)
#define BYTE_TABLE_16(F, b) \
	BYTE_TABLE_4(F, b), BYTE_TABLE_4(F, (b) + 4), BYTE_TABLE_4(F, (b) + 8), BYTE_TABLE_4(F, (b) + 12)
#define BYTE_TABLE_64(F, b) \
	BYTE_TABLE_16(F, b), BYTE_TABLE_16(F, (b) + 16), BYTE_TABLE_16(F, (b) + 32), BYTE_TABLE_16(F, (b) + 48)
/* The byte of an instruction that holds its two 4-bit register fields, dst_reg and src_reg
 * (which nibble is which depends on the host's bitfield order: index tables built with
 * BYTE_TABLE by it must treat both alike). */
static inline uint8_t insn_regs_byte(const struct bpf_insn *insn)
{
	return ((const uint8_t *)insn)[1];
}
#define BYTE_TABLE(F) BYTE_TABLE_64(F, 0), BYTE_TABLE_64(F, 64), BYTE_TABLE_64(F, 128), BYTE_TABLE_64(F, 192)

#ifndef BPF_MEMSX
#define BPF_MEMSX 0x80 /* ldx with sign extension (cpu v4) */
#endif
#ifndef BPF_JCOND
#define BPF_JCOND 0xe0 /* may_goto */
#endif
#ifndef BPF_ADDR_SPACE_CAST
#define BPF_ADDR_SPACE_CAST 1
#endif
/* The kernel's internal opcode for a classified tail call (include/linux/filter.h);
 * the analysis rewrites `call bpf_tail_call` into it. */
#ifndef BPF_TAIL_CALL
#define BPF_TAIL_CALL 0xf0
#endif
#ifndef BPF_PSEUDO_MAP_IDX
#define BPF_PSEUDO_MAP_IDX 5
#endif
#ifndef BPF_PSEUDO_MAP_IDX_VALUE
#define BPF_PSEUDO_MAP_IDX_VALUE 6
#endif

/* The helper id of bpf_tail_call in the kernel's UAPI. */
#define HELPER_TAIL_CALL 12
/* At most this many successful tail calls per invocation (kernel MAX_TAIL_CALL_CNT). */
#define MAX_TAIL_CALL_CNT 33
/* Per-frame stack limit (kernel MAX_BPF_STACK) and the limit when tail calls and
 * bpf-to-bpf calls are mixed. */
#define MAX_STACK 512
#define MAX_STACK_WITH_TAIL_CALLS 256
#define MAX_CALL_FRAMES 8

static inline bool insn_is_ld_imm64(const struct bpf_insn *insn)
{
	return insn->code == (BPF_LD | BPF_IMM | BPF_DW);
}

static inline bool insn_is_helper_call(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_CALL) && insn->src_reg == 0;
}

static inline bool insn_is_subprog_call(const struct bpf_insn *insn)
{
	return insn->code == (BPF_JMP | BPF_CALL) && insn->src_reg == BPF_PSEUDO_CALL;
}

static inline bool insn_is_tail_call(const struct bpf_insn *insn)
{
	return insn_is_helper_call(insn) && insn->imm == HELPER_TAIL_CALL;
}

/* The 64-bit constant of an ld_imm64 pair. */
static inline uint64_t insn_ld_imm64_value(const struct bpf_insn *insn)
{
	return (uint64_t)(uint32_t)insn[0].imm | ((uint64_t)(uint32_t)insn[1].imm << 32);
}

#endif
