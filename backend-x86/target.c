/* target.c - the x86-64 target: sizing passes over isel, and the target description.
 *
 * Like the kernel's JIT, code is emitted several times: the first pass makes every jump
 * long, each later pass sizes jumps from the offsets of the one before (rel8 where the
 * distance fits, nothing for a jump to the next byte). Sizes only shrink, so the offsets
 * settle; the pass whose offsets equal its predecessor's is the result.
 */
#include "target.h"

#include "diag.h"
#include "util.h"
#include "x86.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PASSES 64

struct offsets {
	uint32_t *code;     /* n_insns + 1 */
	uint32_t *func;     /* n_subprogs */
	uint32_t *epilogue; /* n_subprogs */
	uint8_t *bytes;     /* the pass's code, kept for the next pass (copy_from_prev) */
	size_t cap_bytes;
};

static void offsets_alloc(struct offsets *o, uint32_t n_insns, uint32_t n_funcs)
{
	o->code = xcalloc(n_insns + 1, sizeof(uint32_t));
	o->func = xcalloc(n_funcs, sizeof(uint32_t));
	o->epilogue = xcalloc(n_funcs, sizeof(uint32_t));
	o->bytes = NULL;
	o->cap_bytes = 0;
}

static void offsets_free(struct offsets *o)
{
	free(o->code);
	free(o->func);
	free(o->epilogue);
	free(o->bytes);
}

static void offsets_keep_code(struct offsets *o, const struct prog_code *c)
{
	grow_array((void **)&o->bytes, &o->cap_bytes, c->size, 1);
	memcpy(o->bytes, c->bytes, c->size);
}

/* ALU operations, loads and stores encode to the same bytes in every pass, wherever they
 * land (no jump leaves them, no relocation); once selected, later passes copy them. */
static bool same_in_every_pass(const struct bpf_insn *insn)
{
	switch (BPF_CLASS(insn->code)) {
	case BPF_ALU:
	case BPF_ALU64:
	case BPF_LDX:
	case BPF_ST:
	case BPF_STX:
		return true;
	}
	return false;
}

/* From instruction i on, the run of instructions whose code the previous pass supplies
 * (all of its function but the last instruction, whose code ends at the epilogue), copied
 * at once. Returns the first instruction after the run (i when there is none). */
static uint32_t copy_run_from_prev(struct x86_ctx *x, const struct offsets *prev,
				   struct offsets *cur, uint32_t i)
{
	const struct prog *p = x->in->prog;
	struct prog_code *c = x->code;
	uint32_t end = i;
	while (end + 1 < x->func_end && same_in_every_pass(&p->insns[end]))
		end++;
	uint32_t from = prev->code[i], start = p->subprogs[x->func].start;
	for (uint32_t k = i; k < end; k++) {
		cur->code[k] = (uint32_t)c->size + (prev->code[k] - from);
		c->insn_offset[k] = k == start ? cur->func[x->func] : cur->code[k];
	}
	code_emit(c, prev->bytes + from, prev->code[end] - from);
	return end;
}

static bool offsets_equal(const struct offsets *a, const struct offsets *b, uint32_t n_insns,
			  uint32_t n_funcs)
{
	return !memcmp(a->code, b->code, (n_insns + 1) * sizeof(uint32_t)) &&
	       !memcmp(a->func, b->func, n_funcs * sizeof(uint32_t)) &&
	       !memcmp(a->epilogue, b->epilogue, n_funcs * sizeof(uint32_t));
}

/* One function: [wrapper,] prologue, its instructions, epilogue. */
static int emit_function(struct x86_ctx *x, uint32_t f, const struct offsets *prev,
			 struct offsets *cur)
{
	const struct prog *p = x->in->prog;
	struct prog_code *c = x->code;
	x->func = f;
	x->func_end = f + 1 < p->n_subprogs ? p->subprogs[f + 1].start : p->n_insns;
	cur->func[f] = (uint32_t)c->size;
	if (f == 0 && x->needs_counter)
		x86_emit_entry_wrapper(x);
	x86_emit_prologue(x, f);
	for (uint32_t i = p->subprogs[f].start; i < x->func_end; i++) {
		if (!x->first_pass)
			i = copy_run_from_prev(x, prev, cur, i);
		cur->code[i] = (uint32_t)c->size;
		c->insn_offset[i] = i == p->subprogs[f].start ? cur->func[f] : (uint32_t)c->size;
		x->insn = i;
		x->insn_start = c->size;
		x->fused_next = false;
		if (x86_emit_insn(x, i))
			return -1;
		/* the second half of ld_imm64, or an instruction fused into this one: no code */
		if ((insn_is_ld_imm64(&p->insns[i]) || x->fused_next) && i + 1 < x->func_end) {
			i++;
			cur->code[i] = c->insn_offset[i] = (uint32_t)c->size;
		}
	}
	cur->epilogue[f] = (uint32_t)c->size;
	x86_emit_epilogue(x, f);
	return 0;
}

static int emit_pass(struct x86_ctx *x, const struct offsets *prev, struct offsets *cur)
{
	const struct prog *p = x->in->prog;
	code_reset(x->code);
	for (uint32_t f = 0; f < p->n_subprogs; f++)
		if (emit_function(x, f, prev, cur))
			return -1;
	cur->code[p->n_insns] = x->code->insn_offset[p->n_insns] = (uint32_t)x->code->size;
	offsets_keep_code(cur, x->code);
	return 0;
}

static bool subprogs_valid(const struct prog *p)
{
	if (p->n_subprogs == 0 || p->subprogs[0].start != 0)
		return false;
	for (uint32_t f = 1; f < p->n_subprogs; f++)
		if (p->subprogs[f].start <= p->subprogs[f - 1].start || p->subprogs[f].start >= p->n_insns)
			return false;
	return true;
}

/* Only a program that makes tail calls (itself or in a subprogram) reads the counter;
 * the others need no entry wrapper, and their tail-call entry is their first byte. */
static bool makes_tail_calls(const struct prog *p)
{
	for (uint32_t i = 0; i < p->n_insns; i++)
		if (p->insns[i].code == (BPF_JMP | BPF_TAIL_CALL) || insn_is_tail_call(&p->insns[i]))
			return true;
	return false;
}

static int compile_prog(const struct codegen_input *in, struct prog_code *out)
{
	const struct prog *p = in->prog;
	if (p->n_insns == 0 || !subprogs_valid(p)) {
		diag_prog(in->module, p, "program has no instructions or malformed subprograms");
		return -1;
	}
	struct x86_ctx x = {.in = in, .code = out, .needs_counter = makes_tail_calls(p)};
	x.frames = xcalloc(p->n_subprogs, sizeof(*x.frames));
	x86_frames_plan(&x);
	free(out->insn_offset);
	out->insn_offset = xcalloc(p->n_insns + 1, sizeof(uint32_t));
	out->n_insn_offsets = p->n_insns + 1;
	struct offsets prev, cur;
	offsets_alloc(&prev, p->n_insns, p->n_subprogs);
	offsets_alloc(&cur, p->n_insns, p->n_subprogs);
	int ret = -1;
	for (int pass = 0; pass < MAX_PASSES; pass++) {
		x.first_pass = pass == 0;
		out->tail_entry = 0;
		x.prev_code = prev.code;
		x.prev_func = prev.func;
		x.prev_epilogue = prev.epilogue;
		if (emit_pass(&x, &prev, &cur))
			goto out;
		if (pass > 0 && offsets_equal(&prev, &cur, p->n_insns, p->n_subprogs)) {
			ret = 0;
			goto out;
		}
		struct offsets t = prev;
		prev = cur;
		cur = t;
	}
	diag_prog(in->module, p, "jump sizes did not settle after %d passes", MAX_PASSES);
out:
	offsets_free(&prev);
	offsets_free(&cur);
	free(x.frames);
	return ret;
}

const struct target target_x86_64 = {
	.name = "x86_64",
	.llvm_triple = "x86_64-linux-gnu",
	.elf_machine = EM_X86_64,
	.reloc_abs64 = R_X86_64_64,
	.compile_prog = compile_prog,
};
