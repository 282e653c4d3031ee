/* jump_fusion.c - see jump_fusion.h. */
#include "jump_fusion.h"

#include <linux/bpf.h>

const struct bpf_insn *jump_skips_one(const struct codegen_input *in, uint32_t insn)
{
	const struct prog_analysis *a = in->analysis;
	const struct bpf_insn *jump = &in->prog->insns[insn];
	/* The analysis keeps jumps inside their function, so insn + 1 is in it too. */
	if (jump->off != 1 || insn + 1 >= in->prog->n_insns || !a || !a->jump_target ||
	    a->jump_target[insn + 1])
		return NULL;
	return &jump[1];
}

bool jump_fusion_alu_ok(const struct bpf_insn *insn)
{
	uint8_t cls = BPF_CLASS(insn->code), op = BPF_OP(insn->code);
	bool reg = BPF_SRC(insn->code) == BPF_X;
	/* off: movsx, signed division (the analysis refuses any other) */
	if ((cls != BPF_ALU && cls != BPF_ALU64) || insn->dst_reg >= BPF_REG_10 ||
	    insn->src_reg > BPF_REG_10 || insn->off != 0)
		return false;
	switch (op) {
	case BPF_ADD:
	case BPF_SUB:
	case BPF_OR:
	case BPF_AND:
	case BPF_XOR:
	case BPF_MOV:
		return true;
	case BPF_LSH:
	case BPF_RSH:
	case BPF_ARSH:
	case BPF_MUL:
	case BPF_NEG:
		return !reg;
	default:
		return false;
	}
}
