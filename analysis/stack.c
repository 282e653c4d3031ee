/* stack.c - stack depth per subprogram and along every call chain, with the limits of
 * the kernel's check_max_stack_depth (JIT rounding):
 *
 *   - a frame is its depth rounded up to 16 bytes;
 *   - the frames along any chain of bpf-to-bpf calls add up to at most 512 bytes;
 *   - a chain has at most 8 frames (the entry counts as one);
 *   - a subprogram other than the entry that contains a tail call must be reached with
 *     less than 256 bytes of stack in the frames above it (a tail call keeps the callers'
 *     frames, so 33 tail calls could otherwise pile up 33 large frames);
 *   - a subprogram may not call itself, directly or not (unbounded recursion).
 *
 * The depth of one frame (at most 512) is checked by absint.c at each stack access.
 */
#include "internal.h"

#include "diag.h"
#include "util.h"

#include <stdlib.h>

struct call_edge {
	uint32_t insn, caller, callee;
};

struct call_graph {
	struct call_edge *edges;
	uint32_t n_edges;
	uint32_t *order; /* subprograms in topological order (callers first) */
	uint32_t n_order;
	uint8_t *color;  /* 0 new, 1 on the DFS path, 2 done */
};

static uint32_t round_up(uint32_t v, uint32_t to)
{
	return (v + to - 1) / to * to;
}

static int visit(struct ana_prog *a, struct call_graph *g, uint32_t sub, uint32_t *post, uint32_t *n_post)
{
	g->color[sub] = 1;
	for (uint32_t e = 0; e < g->n_edges; e++) {
		const struct call_edge *edge = &g->edges[e];
		if (edge->caller != sub)
			continue;
		if (g->color[edge->callee] == 1) {
			diag_insn(a->m, a->p, edge->insn, "unbounded recursion: %s calls %s",
				  a->subs[sub].name, a->subs[edge->callee].name);
			return -1;
		}
		if (!g->color[edge->callee] && visit(a, g, edge->callee, post, n_post))
			return -1;
	}
	g->color[sub] = 2;
	post[(*n_post)++] = sub;
	return 0;
}

static int build_call_graph(struct ana_prog *a, struct call_graph *g)
{
	size_t cap = 0, n = 0;
	for (uint32_t b = 0; b < a->n_blocks; b++)
		if (a->blocks[b].callee != NO_INDEX) {
			struct call_edge e = {a->blocks[b].last, a->blocks[b].sub, a->blocks[b].callee};
			VEC_PUSH(g->edges, n, cap, e);
		}
	g->n_edges = (uint32_t)n;
	g->color = xcalloc(a->n_subs, 1);
	uint32_t *post = xmalloc(a->n_subs * sizeof(*post));
	uint32_t n_post = 0;
	int err = visit(a, g, 0, post, &n_post);
	g->order = xmalloc(a->n_subs * sizeof(*g->order));
	for (uint32_t i = 0; i < n_post; i++)
		g->order[i] = post[n_post - 1 - i];
	g->n_order = n_post;
	free(post);
	return err;
}

/* Longest chains (in bytes and in frames) from the entry to every subprogram. */
static int chains(struct ana_prog *a, const struct call_graph *g)
{
	struct subprog_frame *f = a->out->frames;
	f[0].chain_depth = f[0].frame_size;
	f[0].call_depth = 1;
	for (uint32_t i = 0; i < g->n_order; i++) {
		uint32_t sub = g->order[i];
		for (uint32_t e = 0; e < g->n_edges; e++) {
			const struct call_edge *edge = &g->edges[e];
			if (edge->caller != sub)
				continue;
			uint32_t above = f[sub].chain_depth, callee = edge->callee;
			if (a->subs[callee].has_tail_call && above >= MAX_STACK_WITH_TAIL_CALLS) {
				diag_insn(a->m, a->p, edge->insn,
					  "subprogram %s makes tail calls but is called with %u bytes of "
					  "stack in use (must be below %d)",
					  a->subs[callee].name, above, MAX_STACK_WITH_TAIL_CALLS);
				return -1;
			}
			uint32_t total = above + f[callee].frame_size, frames = f[sub].call_depth + 1;
			if (total > MAX_STACK) {
				diag_insn(a->m, a->p, edge->insn,
					  "combined stack of %u frames is %u bytes (limit %d)", frames, total,
					  MAX_STACK);
				return -1;
			}
			if (frames > MAX_CALL_FRAMES) {
				diag_insn(a->m, a->p, edge->insn,
					  "call chain of %u frames is too deep (limit %d)", frames,
					  MAX_CALL_FRAMES);
				return -1;
			}
			if (total > f[callee].chain_depth)
				f[callee].chain_depth = total;
			if (frames > f[callee].call_depth)
				f[callee].call_depth = frames;
		}
	}
	for (uint32_t s = 0; s < a->n_subs; s++)
		if (f[s].chain_depth > a->out->max_chain_depth)
			a->out->max_chain_depth = f[s].chain_depth;
	return 0;
}

int stack_check(struct ana_prog *a)
{
	struct prog_analysis *out = a->out;
	out->frames = xcalloc(a->n_subs, sizeof(*out->frames));
	for (uint32_t s = 0; s < a->n_subs; s++) {
		out->frames[s].stack_depth = round_up(a->subs[s].stack_depth, 8);
		out->frames[s].frame_size = round_up(out->frames[s].stack_depth, 16);
	}
	struct call_graph g = {0};
	int err = build_call_graph(a, &g);
	out->has_subprog_calls = g.n_edges > 0;
	if (!err)
		err = chains(a, &g);
	free(g.edges);
	free(g.order);
	free(g.color);
	return err;
}
