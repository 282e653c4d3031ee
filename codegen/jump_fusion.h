/* jump_fusion.h - which conditional jumps a backend may fuse with the one instruction they
 * skip: a conditional move for an ALU instruction (both backends), an inverted jump for a
 * goto (x86 only; arm64 keeps the two branches). One function, so that the two targets
 * fuse exactly the same ALU instructions. */
#ifndef BPFAOT_JUMP_FUSION_H
#define BPFAOT_JUMP_FUSION_H

#include "target.h"

#include <stdbool.h>
#include <stdint.h>

/* The instruction that conditional jump `insn` skips, when the jump skips exactly that one
 * instruction and no other jump lands on it (prog_analysis.jump_target), so that its code
 * is reached only by falling through the jump; else NULL. */
const struct bpf_insn *jump_skips_one(const struct codegen_input *in, uint32_t insn);

/* A plain ALU instruction a conditional move can take: add, sub, or, and, xor with K or X,
 * mov K or plain mov X, shifts and mul by K, neg; r0-r9 destination, no offset. */
bool jump_fusion_alu_ok(const struct bpf_insn *insn);

#endif
