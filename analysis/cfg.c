/* cfg.c - subprograms, basic blocks and the control-flow checks the kernel makes before
 * it interprets anything: jumps stay inside their subprogram and never land on the second
 * slot of an ld_imm64, the last instruction of every subprogram is exit or ja (nothing
 * falls off the end), every instruction is reachable from the entry (following
 * bpf-to-bpf calls), and from every instruction some path leads to exit.
 */
#include "internal.h"

#include "diag.h"
#include "util.h"

#include <stdlib.h>

/* ja (JMP32) "gotol" keeps its offset in imm; every other jump in off. */
static int64_t jump_target(const struct bpf_insn *insn, uint32_t at)
{
	int64_t delta = insn->code == (BPF_JMP32 | BPF_JA) ? insn->imm : insn->off;
	return (int64_t)at + delta + 1;
}

uint32_t cfg_jump_target(const struct bpf_insn *insn, uint32_t at)
{
	return (uint32_t)jump_target(insn, at);
}

static uint32_t insn_width(const struct bpf_insn *insn)
{
	return insn_is_ld_imm64(insn) ? 2 : 1;
}

/* Four at a time, which the compiler makes one vector store (-O2 does not vectorize the
 * plain loop): the per-instruction arrays are filled at a fraction of an instruction
 * per element. */
static void fill_u32(uint32_t *dst, uint32_t n, uint32_t v)
{
	uint32_t i = 0;
	for (; i + 4 <= n; i += 4) {
		dst[i] = v;
		dst[i + 1] = v;
		dst[i + 2] = v;
		dst[i + 3] = v;
	}
	for (; i < n; i++)
		dst[i] = v;
}

static int build_subprogs(struct ana_prog *a)
{
	struct prog *p = a->p;
	uint32_t n = p->n_subprogs ? p->n_subprogs : 1;
	a->subs = xcalloc(n, sizeof(*a->subs));
	a->n_subs = n;
	for (uint32_t i = 0; i < n; i++) {
		struct ana_sub *s = &a->subs[i];
		s->name = p->n_subprogs ? p->subprogs[i].name : p->name;
		s->start = p->n_subprogs ? p->subprogs[i].start : 0;
		s->global = p->n_subprogs ? p->subprogs[i].global && i > 0 : false;
		bool sorted = i == 0 ? s->start == 0 : s->start > a->subs[i - 1].start;
		if (!sorted || s->start >= p->n_insns || a->ld_hi[s->start]) {
			diag_insn(a->m, p, s->start < p->n_insns ? s->start : 0,
				  "subprogram %s starts at an invalid instruction", s->name);
			return -1;
		}
	}
	for (uint32_t i = 0; i < n; i++)
		a->subs[i].end = i + 1 < n ? a->subs[i + 1].start : p->n_insns;
	a->sub_of = xmalloc(p->n_insns * sizeof(*a->sub_of));
	for (uint32_t i = 0; i < n; i++)
		fill_u32(a->sub_of + a->subs[i].start, a->subs[i].end - a->subs[i].start, i);
	return 0;
}

static uint32_t sub_starting_at(const struct ana_prog *a, uint32_t insn)
{
	uint32_t s = a->sub_of[insn];
	return a->subs[s].start == insn ? s : NO_INDEX;
}

/* Jump and call targets: inside the program, inside the subprogram, not into ld_imm64.
 * Only jumps and calls have targets: the instructions verify.c noted (ana_prog.special). */
static int check_targets(struct ana_prog *a)
{
	struct prog *p = a->p;
	for (uint32_t k = 0; k < a->n_special; k++) {
		uint32_t i = a->special[k];
		const struct bpf_insn *insn = &p->insns[i];
		if (insn_is_tail_call(insn))
			a->subs[a->sub_of[i]].has_tail_call = true;
		if (!cfg_is_jump(insn) && !insn_is_subprog_call(insn))
			continue;
		int64_t t = insn_is_subprog_call(insn) ? (int64_t)i + insn->imm + 1
						      : jump_target(insn, i);
		const struct ana_sub *s = &a->subs[a->sub_of[i]];
		if (t < 0 || t >= p->n_insns) {
			diag_insn(a->m, p, i, "jump out of range (to insn %lld)", (long long)t);
			return -1;
		}
		if (a->ld_hi[t]) {
			diag_insn(a->m, p, i, "jump into the middle of ld_imm64 at insn %lld",
				  (long long)t - 1);
			return -1;
		}
		if (insn_is_subprog_call(insn)) {
			if (sub_starting_at(a, (uint32_t)t) == NO_INDEX) {
				diag_insn(a->m, p, i, "call to insn %lld, which does not start a subprogram",
					  (long long)t);
				return -1;
			}
		} else if (t < s->start || t >= s->end) {
			diag_insn(a->m, p, i, "jump out of range (to insn %lld, outside subprogram %s)",
				  (long long)t, s->name);
			return -1;
		}
	}
	return 0;
}

/* The kernel: "last insn is not an exit or jmp". */
static int check_ends(struct ana_prog *a)
{
	struct prog *p = a->p;
	for (uint32_t s = 0; s < a->n_subs; s++) {
		uint32_t last = a->subs[s].end - 1;
		if (a->ld_hi[last])
			last--;
		const struct bpf_insn *insn = &p->insns[last];
		bool ends = insn->code == (BPF_JMP | BPF_EXIT) || insn->code == (BPF_JMP | BPF_JA) ||
			    insn->code == (BPF_JMP32 | BPF_JA);
		if (!ends) {
			if (a->n_subs == 1)
				diag_insn(a->m, p, last, "falls off the end of the program "
					  "(the last instruction is not exit or ja)");
			else
				diag_insn(a->m, p, last, "falls off the end of subprogram %s "
					  "(the last instruction is not exit or ja)", a->subs[s].name);
			return -1;
		}
	}
	return 0;
}

static bool ends_block(const struct bpf_insn *insn)
{
	return cfg_is_jump(insn) || insn->code == (BPF_JMP | BPF_EXIT) || insn_is_subprog_call(insn);
}

static void set_bit(uint64_t *bits, uint32_t i)
{
	bits[i / 64] |= 1ull << (i % 64);
}

/* The first instructions of blocks, as a bitmap: subprogram starts, jump targets and
 * the instructions after jumps, exits and calls. Jump targets also go to the output. */
static uint64_t *find_leaders(struct ana_prog *a)
{
	struct prog *p = a->p;
	uint64_t *leader = xcalloc((p->n_insns + 63) / 64, sizeof(*leader));
	for (uint32_t s = 0; s < a->n_subs; s++)
		set_bit(leader, a->subs[s].start);
	for (uint32_t k = 0; k < a->n_special; k++) {
		uint32_t i = a->special[k];
		const struct bpf_insn *insn = &p->insns[i];
		if (cfg_is_jump(insn)) {
			uint32_t t = cfg_jump_target(insn, i);
			set_bit(leader, t);
			a->out->jump_target[t] = 1;
		}
		uint32_t next = i + insn_width(insn);
		if (ends_block(insn) && next < p->n_insns)
			set_bit(leader, next);
	}
	return leader;
}

/* Blocks in instruction order; a block ends before the next one starts (a leader is
 * never the second slot of an ld_imm64, so every block has an instruction of its own). */
static void number_blocks(struct ana_prog *a, const uint64_t *leader)
{
	struct prog *p = a->p;
	uint32_t words = (p->n_insns + 63) / 64, n = 0;
	for (uint32_t w = 0; w < words; w++)
		n += bit_count(leader[w]);
	a->blocks = xcalloc(n, sizeof(*a->blocks));
	a->n_blocks = n;
	a->block_of = xmalloc(p->n_insns * sizeof(*a->block_of));
	fill_u32(a->block_of, p->n_insns, NO_INDEX);
	uint32_t b = 0;
	for (uint32_t w = 0; w < words; w++)
		for (uint64_t bits = leader[w]; bits; bits &= bits - 1) {
			uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(bits);
			a->block_of[i] = b;
			a->blocks[b].first = i;
			a->blocks[b].sub = a->sub_of[i];
			b++;
		}
	for (b = 0; b < n; b++) {
		uint32_t end = b + 1 < n ? a->blocks[b + 1].first : p->n_insns;
		a->blocks[b].last = a->ld_hi[end - 1] ? end - 2 : end - 1;
	}
}

static void build_blocks(struct ana_prog *a)
{
	struct prog *p = a->p;
	uint64_t *leader = find_leaders(a);
	number_blocks(a, leader);
	free(leader);
	uint32_t n = a->n_blocks;
	for (uint32_t b = 0; b < n; b++) {
		struct cfg_block *blk = &a->blocks[b];
		const struct bpf_insn *insn = &p->insns[blk->last];
		uint32_t next = blk->last + insn_width(insn);
		bool is_ja = cfg_is_jump(insn) && BPF_OP(insn->code) == BPF_JA;
		bool falls = insn->code != (BPF_JMP | BPF_EXIT) && !is_ja;
		blk->succ[0] = blk->succ[1] = NO_INDEX;
		blk->callee = NO_INDEX;
		if (falls && next < a->subs[blk->sub].end)
			blk->succ[0] = a->block_of[next];
		if (cfg_is_jump(insn))
			blk->succ[1] = a->block_of[cfg_jump_target(insn, blk->last)];
		if (insn_is_subprog_call(insn))
			blk->callee = a->sub_of[blk->last + insn->imm + 1];
	}
}

/* Every block reachable from the entry, following calls into their callees. */
static int check_reachable(struct ana_prog *a)
{
	uint8_t *seen = xcalloc(a->n_blocks, 1);
	uint32_t *stack = xmalloc((a->n_blocks + 1) * sizeof(*stack));
	uint32_t top = 0;
	stack[top++] = 0;
	seen[0] = 1;
	while (top) {
		const struct cfg_block *blk = &a->blocks[stack[--top]];
		uint32_t next[3] = {blk->succ[0], blk->succ[1],
				    blk->callee == NO_INDEX ? NO_INDEX : a->block_of[a->subs[blk->callee].start]};
		for (int k = 0; k < 3; k++)
			if (next[k] != NO_INDEX && !seen[next[k]]) {
				seen[next[k]] = 1;
				stack[top++] = next[k];
			}
	}
	int err = 0;
	for (uint32_t b = 0; b < a->n_blocks; b++)
		if (!seen[b]) {
			diag_insn(a->m, a->p, a->blocks[b].first, "unreachable instruction");
			err = -1;
			break;
		}
	free(stack);
	free(seen);
	return err;
}

/* Backwards from every exit over the edges inside subprograms (a call returns to the
 * next instruction): a block that reaches no exit is an infinite loop. */
static int check_exits_reachable(struct ana_prog *a)
{
	uint32_t n = a->n_blocks;
	uint32_t *count = xcalloc(n + 1, sizeof(*count));
	for (uint32_t b = 0; b < n; b++)
		for (int k = 0; k < 2; k++)
			if (a->blocks[b].succ[k] != NO_INDEX)
				count[a->blocks[b].succ[k] + 1]++;
	for (uint32_t b = 0; b < n; b++)
		count[b + 1] += count[b];
	uint32_t *preds = xmalloc((count[n] + 1) * sizeof(*preds));
	uint32_t *fill = xmalloc((n + 1) * sizeof(*fill));
	for (uint32_t b = 0; b <= n; b++)
		fill[b] = count[b];
	for (uint32_t b = 0; b < n; b++)
		for (int k = 0; k < 2; k++)
			if (a->blocks[b].succ[k] != NO_INDEX)
				preds[fill[a->blocks[b].succ[k]]++] = b;
	uint8_t *live = xcalloc(n, 1);
	uint32_t *stack = xmalloc((n + 1) * sizeof(*stack));
	uint32_t top = 0;
	for (uint32_t b = 0; b < n; b++)
		if (a->p->insns[a->blocks[b].last].code == (BPF_JMP | BPF_EXIT)) {
			live[b] = 1;
			stack[top++] = b;
		}
	while (top) {
		uint32_t b = stack[--top];
		for (uint32_t k = count[b]; k < count[b + 1]; k++)
			if (!live[preds[k]]) {
				live[preds[k]] = 1;
				stack[top++] = preds[k];
			}
	}
	int err = 0;
	for (uint32_t b = 0; b < n; b++)
		if (!live[b]) {
			diag_insn(a->m, a->p, a->blocks[b].last, "infinite loop: no path from here to exit");
			err = -1;
			break;
		}
	free(stack);
	free(live);
	free(fill);
	free(preds);
	free(count);
	return err;
}

int cfg_build(struct ana_prog *a)
{
	if (build_subprogs(a) || check_targets(a) || check_ends(a))
		return -1;
	build_blocks(a);
	return check_reachable(a) || check_exits_reachable(a) ? -1 : 0;
}
