/* testmod.h - build `struct module` by hand for the analysis tests (no ELF involved). */
#ifndef BPFAOT_TESTMOD_H
#define BPFAOT_TESTMOD_H

#include "module.h"

#include <stdbool.h>
#include <stdint.h>

/* Instruction builders (the kernel's filter.h macros, written for these tests). */
#define INSN(c, d, s, o, i) ((struct bpf_insn){.code = (c), .dst_reg = (d), .src_reg = (s), .off = (o), .imm = (i)})
#define MOV64_IMM(d, i) INSN(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, i)
#define MOV64_REG(d, s) INSN(BPF_ALU64 | BPF_MOV | BPF_X, d, s, 0, 0)
#define MOV32_IMM(d, i) INSN(BPF_ALU | BPF_MOV | BPF_K, d, 0, 0, i)
#define ALU64_IMM(op, d, i) INSN(BPF_ALU64 | (op) | BPF_K, d, 0, 0, i)
#define ALU64_REG(op, d, s) INSN(BPF_ALU64 | (op) | BPF_X, d, s, 0, 0)
#define LDX_MEM(sz, d, s, o) INSN(BPF_LDX | BPF_MEM | (sz), d, s, o, 0)
#define STX_MEM(sz, d, s, o) INSN(BPF_STX | BPF_MEM | (sz), d, s, o, 0)
#define ST_MEM(sz, d, o, i) INSN(BPF_ST | BPF_MEM | (sz), d, 0, o, i)
#define JMP_IMM(op, d, i, o) INSN(BPF_JMP | (op) | BPF_K, d, 0, o, i)
#define JMP_REG(op, d, s, o) INSN(BPF_JMP | (op) | BPF_X, d, s, o, 0)
#define JA(o) INSN(BPF_JMP | BPF_JA, 0, 0, o, 0)
#define CALL_HELPER(id) INSN(BPF_JMP | BPF_CALL, 0, 0, 0, id)
#define CALL_SUB(rel) INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, rel)
#define TAIL_CALL() CALL_HELPER(HELPER_TAIL_CALL)
#define EXIT() INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)
/* Two slots each. */
#define LD_MAP(d, map) INSN(BPF_LD | BPF_IMM | BPF_DW, d, BPF_PSEUDO_MAP_FD, 0, map), INSN(0, 0, 0, 0, 0)
#define LD_MAP_VALUE(d, map, off) \
	INSN(BPF_LD | BPF_IMM | BPF_DW, d, BPF_PSEUDO_MAP_VALUE, 0, map), INSN(0, 0, 0, 0, off)
#define LD_IMM64(d, v) \
	INSN(BPF_LD | BPF_IMM | BPF_DW, d, 0, 0, (int32_t)(uint32_t)(v)), INSN(0, 0, 0, 0, (int32_t)((uint64_t)(v) >> 32))

struct module *tm_new(const char *path);
/* Returns the map index. */
uint32_t tm_add_map(struct module *m, const char *name, uint32_t type, uint32_t max_entries);
/* Adds a program of the given type; subprogram starts are found from the bpf-to-bpf
 * calls (named "sub@N"); origins point at "t.c" line 100 + insn index. */
struct prog *tm_add_prog(struct module *m, const char *name, uint32_t type, const struct bpf_insn *insns,
			 uint32_t n);
/* Mark the subprogram that starts at insn as global. */
void tm_set_global(struct prog *p, uint32_t start);
void tm_free(struct module *m);

#define TM_LINE(insn) (100 + (insn))

#endif
