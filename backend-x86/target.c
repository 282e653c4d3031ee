/* target.c - the x86-64 target: one pass of isel, jump relaxation, and the target
 * description.
 *
 * Like the kernel's JIT, jumps are sized in passes: the first makes every jump long, each
 * later one sizes jumps from the offsets of the one before (rel8 where the distance fits,
 * nothing for a jump to the next byte). Sizes only shrink, so the offsets settle; the pass
 * whose offsets equal its predecessor's is the result.
 *
 * Only jumps (and calls to subprograms, whose rel32 depends on offsets) differ between
 * passes, so isel runs once: it emits every jump long and records it (struct x86_jump).
 * The later passes run over the jump records alone: an offset of the first pass moves by
 * the bytes the jumps before it have shed. Once the sizes settle, one copy of the first
 * pass's code, jumps encoded at their final size, is the result.
 */
#include "target.h"

#include "diag.h"
#include "util.h"
#include "x86.h"

#include <elf.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PASSES 64

/* Where something starts in the first pass's code, with the number of jumps before it. */
struct x86_mark {
	uint32_t at;
	uint32_t jumps_before;
};

/* The first pass: each instruction's own code (after a prologue), each function's start
 * and its epilogue. */
struct first_pass {
	struct x86_mark *code;     /* n_insns + 1 */
	struct x86_mark *func;     /* n_subprogs */
	struct x86_mark *epilogue; /* n_subprogs */
};

static struct x86_mark mark_here(const struct x86_ctx *x)
{
	return (struct x86_mark){(uint32_t)x->code->size, (uint32_t)x->n_jumps};
}

/* The bytes the first pass gives a jump: every jump long. */
static uint32_t long_size(const struct x86_jump *j)
{
	return j->kind == JUMP_CALL || j->cc == CC_ALWAYS ? 5 : 6;
}

void x86_record_jump(struct x86_ctx *x, enum x86_jump_kind kind, enum x86_cc cc, uint32_t target)
{
	struct x86_jump j = {.at = (uint32_t)x->code->size, .target = target,
			     .first = x->insn_first_jump, .kind = (uint8_t)kind, .cc = (uint8_t)cc};
	VEC_PUSH(x->jumps, x->n_jumps, x->cap_jumps, j);
	if (kind == JUMP_CALL)
		x86_call_rel32(x->code, 0);
	else
		x86_jcc(x->code, cc, 0, false);
}

/* One function: [wrapper,] prologue, its instructions, epilogue. */
static int emit_function(struct x86_ctx *x, uint32_t f, struct first_pass *fp)
{
	const struct prog *p = x->in->prog;
	struct prog_code *c = x->code;
	x->func = f;
	x->func_end = f + 1 < p->n_subprogs ? p->subprogs[f + 1].start : p->n_insns;
	fp->func[f] = mark_here(x);
	if (f == 0 && x->needs_counter) {
		code_reserve(c, X86_MAX_CODE_PER_INSN);
		x86_emit_entry_wrapper(x);
	}
	code_reserve(c, X86_MAX_CODE_PER_INSN);
	x86_emit_prologue(x, f);
	for (uint32_t i = p->subprogs[f].start; i < x->func_end; i++) {
		code_reserve(c, X86_MAX_CODE_PER_INSN);
		fp->code[i] = mark_here(x);
		x->insn_first_jump = (uint32_t)x->n_jumps;
		int covered = x86_emit_insn(x, i);
		if (covered < 0)
			return -1;
		/* the second half of ld_imm64, or an instruction fused into this one: no code */
		if (covered && i + 1 < x->func_end) {
			i++;
			fp->code[i] = mark_here(x);
		}
	}
	fp->epilogue[f] = mark_here(x);
	code_reserve(c, X86_MAX_CODE_PER_INSN);
	x86_emit_epilogue(x, f);
	return 0;
}

static int emit_first_pass(struct x86_ctx *x, struct first_pass *fp)
{
	const struct prog *p = x->in->prog;
	code_reset(x->code);
	for (uint32_t f = 0; f < p->n_subprogs; f++)
		if (emit_function(x, f, fp))
			return -1;
	fp->code[p->n_insns] = mark_here(x);
	return 0;
}

/* Each jump's target in first-pass terms. */
static void resolve_targets(struct x86_ctx *x, const struct first_pass *fp)
{
	for (size_t k = 0; k < x->n_jumps; k++) {
		struct x86_jump *j = &x->jumps[k];
		const struct x86_mark *m = j->kind == JUMP_INSN ? &fp->code[j->target]
					   : j->kind == JUMP_CALL ? &fp->func[j->target]
								  : &fp->epilogue[j->target];
		j->target_at = m->at;
		j->target_jumps_before = m->jumps_before;
	}
}

/* The bytes a jump takes in a pass, from the offsets of the previous one: `shed` holds,
 * per jump k, the bytes jumps 0..k-1 shed in the previous pass (prev) and so far in this
 * one (cur). `here` is where the jump starts: its instruction's start in the previous
 * pass plus its distance from there in this one (what the kernel's JIT does too). */
static uint32_t jump_size(const struct x86_jump *j, size_t k, const uint32_t *prev_shed,
			  const uint32_t *cur_shed)
{
	if (j->kind == JUMP_CALL)
		return 5;
	/* an exit that ends its function falls into the epilogue (after the first pass) */
	if (j->kind == JUMP_FALLTHROUGH)
		return 0;
	int64_t here = (int64_t)j->at - prev_shed[j->first] - (cur_shed[k] - cur_shed[j->first]);
	int64_t target = (int64_t)j->target_at - prev_shed[j->target_jumps_before];
	if (target == here)
		return 0;
	if (x86_fits8(target - (here + 2)))
		return 2;
	return long_size(j);
}

/* One relaxation pass: every jump's size in `size`, and the prefix sums of the bytes
 * shed in `cur_shed` (n_jumps + 1). Returns whether any size changed. */
static bool relax_pass(const struct x86_ctx *x, uint8_t *size, const uint32_t *prev_shed,
		       uint32_t *cur_shed)
{
	bool changed = false;
	cur_shed[0] = 0;
	for (size_t k = 0; k < x->n_jumps; k++) {
		const struct x86_jump *j = &x->jumps[k];
		uint32_t s = jump_size(j, k, prev_shed, cur_shed);
		changed |= s != size[k];
		size[k] = (uint8_t)s;
		cur_shed[k + 1] = cur_shed[k] + (long_size(j) - s);
	}
	return changed;
}

/* Where a first-pass offset lands in the final code: after the first `jumps_before` jumps
 * shed their bytes. */
static uint32_t final_at(uint32_t at, const uint32_t *shed, uint32_t jumps_before)
{
	return at - shed[jumps_before];
}

/* Jump k encoded at its settled size into c (which is at its final offset). */
static void encode_jump(struct prog_code *c, const struct x86_jump *j, uint32_t size,
			const uint32_t *shed, size_t k)
{
	int64_t here = (int64_t)final_at(j->at, shed, (uint32_t)k);
	int64_t target = final_at(j->target_at, shed, j->target_jumps_before);
	if (j->kind == JUMP_CALL)
		x86_call_rel32(c, (int32_t)(target - (here + 5)));
	else if (size)
		x86_jcc(c, (enum x86_cc)j->cc, (int32_t)(target - (here + size)), size == 2);
}

/* The final code: the first pass's bytes between the jumps, the jumps at their size.
 * Jumps only shrink, so every byte moves towards the start: the code is assembled in
 * place, front to back. */
static void assemble(struct x86_ctx *x, const uint8_t *size, const uint32_t *shed)
{
	struct prog_code *c = x->code;
	size_t end = c->size, from = 0;
	c->size = 0;
	for (size_t k = 0; k < x->n_jumps; k++) {
		const struct x86_jump *j = &x->jumps[k];
		memmove(c->bytes + c->size, c->bytes + from, j->at - from);
		c->size += j->at - from;
		code_reserve(c, X86_MAX_CODE_PER_INSN);
		encode_jump(c, j, size[k], shed, k);
		from = j->at + long_size(j);
	}
	memmove(c->bytes + c->size, c->bytes + from, end - from);
	c->size += end - from;
}

/* Each instruction's final offset (a subprogram's first instruction: its function's
 * start), and the relocations (first-pass offsets, in order) moved by the bytes the jumps
 * before them shed. */
static void final_offsets(struct x86_ctx *x, const struct first_pass *fp, const uint32_t *shed)
{
	const struct prog *p = x->in->prog;
	struct prog_code *c = x->code;
	for (uint32_t i = 0; i <= p->n_insns; i++)
		c->insn_offset[i] = final_at(fp->code[i].at, shed, fp->code[i].jumps_before);
	for (uint32_t f = 0; f < p->n_subprogs; f++)
		c->insn_offset[p->subprogs[f].start] = final_at(fp->func[f].at, shed, fp->func[f].jumps_before);
	size_t k = 0;
	for (size_t r = 0; r < c->n_relocs; r++) {
		while (k < x->n_jumps && x->jumps[k].at < c->relocs[r].offset)
			k++;
		c->relocs[r].offset -= shed[k];
	}
}

/* The passes after the first, over the jumps alone, until the sizes settle (sizes only
 * shrink, so equal sizes are equal offsets); then the final code. */
static int relax_and_assemble(struct x86_ctx *x, const struct first_pass *fp)
{
	size_t n = x->n_jumps;
	uint8_t *size = xmalloc(n + 1);
	uint32_t *prev_shed = xcalloc(n + 1, sizeof(uint32_t));
	uint32_t *cur_shed = xmalloc((n + 1) * sizeof(uint32_t));
	for (size_t k = 0; k < n; k++)
		size[k] = (uint8_t)long_size(&x->jumps[k]);
	int ret = -1;
	for (int pass = 1; pass < MAX_PASSES; pass++) {
		if (!relax_pass(x, size, prev_shed, cur_shed)) {
			assemble(x, size, cur_shed);
			final_offsets(x, fp, cur_shed);
			ret = 0;
			break;
		}
		uint32_t *t = prev_shed;
		prev_shed = cur_shed;
		cur_shed = t;
	}
	if (ret)
		diag_prog(x->in->module, x->in->prog, "jump sizes did not settle after %d passes", MAX_PASSES);
	free(size);
	free(prev_shed);
	free(cur_shed);
	return ret;
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

static int compile_prog(const struct codegen_input *in, struct prog_code *out)
{
	const struct prog *p = in->prog;
	if (p->n_insns == 0 || !subprogs_valid(p)) {
		diag_prog(in->module, p, "program has no instructions or malformed subprograms");
		return -1;
	}
	struct x86_ctx x = {.in = in, .code = out};
	x.frames = xcalloc(p->n_subprogs, sizeof(*x.frames));
	x86_frames_plan(&x);
	free(out->insn_offset);
	/* every entry is written by final_offsets; nothing reads them after an error */
	out->insn_offset = xmalloc((p->n_insns + 1) * sizeof(uint32_t));
	out->n_insn_offsets = p->n_insns + 1;
	out->tail_entry = 0;
	struct first_pass fp = {
		.code = xmalloc((p->n_insns + 1) * sizeof(struct x86_mark)),
		.func = xmalloc(p->n_subprogs * sizeof(struct x86_mark)),
		.epilogue = xmalloc(p->n_subprogs * sizeof(struct x86_mark)),
	};
	int ret = emit_first_pass(&x, &fp);
	if (!ret) {
		resolve_targets(&x, &fp);
		ret = relax_and_assemble(&x, &fp);
	}
	free(fp.code);
	free(fp.func);
	free(fp.epilogue);
	free(x.jumps);
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
