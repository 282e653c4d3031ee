/* tailcall.c - used_maps[], tail-call classification and the imm encoding.
 *
 * used_maps[] lists the maps in the order of their first ld_imm64 in the linked program
 * (maps and global data alike), as the kernel's resolve_pseudo_ldimm64 builds it.
 *
 * A site's verdict follows the kernel (record_func_map, record_func_key and the
 * BPF_TAIL_CALL fixup in do_misc_fixups), with "every path" replaced by the join of the
 * abstract states that reach the site:
 *   - r2 one prog array on every path, r3 the same constant on every path and that
 *     constant (all 64 bits) below max_entries: direct, with a poke descriptor;
 *   - r2 one prog array on every path otherwise: static;
 *   - r2 different maps on different paths (poisoned): dynamic; bits 0-7 of imm then
 *     name the lowest used_maps[] slot among the maps that reach it. Also dynamic: a
 *     map on some paths and something else on others (the kernel would only accept the
 *     program if those paths never reach the call), and a value loaded through a stack
 *     pointer of unknown offset (slot 0).
 * A site the interpretation never reaches (dead behind a constant branch) is encoded as
 * dynamic with slot 0: it reads everything from r2 should it ever run. Its map is
 * used_maps[0], or UINT32_MAX when the program uses no map at all.
 */
#include "internal.h"

#include "diag.h"
#include "util.h"

#include <string.h>

const char *map_type_name(uint32_t type)
{
	switch (type) {
	case BPF_MAP_TYPE_HASH: return "hash";
	case BPF_MAP_TYPE_ARRAY: return "array";
	case BPF_MAP_TYPE_PROG_ARRAY: return "prog_array";
	case BPF_MAP_TYPE_PERF_EVENT_ARRAY: return "perf_event_array";
	case BPF_MAP_TYPE_PERCPU_HASH: return "percpu_hash";
	case BPF_MAP_TYPE_PERCPU_ARRAY: return "percpu_array";
	case BPF_MAP_TYPE_LRU_HASH: return "lru_hash";
	case BPF_MAP_TYPE_RINGBUF: return "ringbuf";
	}
	return "other";
}

static bool refers_to_map(const struct bpf_insn *insn)
{
	return insn_is_ld_imm64(insn) &&
	       (insn->src_reg == BPF_PSEUDO_MAP_FD || insn->src_reg == BPF_PSEUDO_MAP_VALUE ||
		insn->src_reg == BPF_PSEUDO_MAP_IDX || insn->src_reg == BPF_PSEUDO_MAP_IDX_VALUE);
}

int tailcall_collect_maps(struct ana_prog *a)
{
	struct prog_analysis *out = a->out;
	struct prog *p = a->p;
	size_t cap_maps = 0, cap_sites = 0;
	a->map_slot = xmalloc((a->m->n_maps + 1) * sizeof(*a->map_slot));
	memset(a->map_slot, 0xff, (a->m->n_maps + 1) * sizeof(*a->map_slot));
	for (uint32_t k = 0; k < a->n_special; k++) { /* all ld_imm64 and calls among them */
		uint32_t i = a->special[k];
		const struct bpf_insn *insn = &p->insns[i];
		if (insn_is_tail_call(insn)) {
			struct tail_site_state site = {.insn = i};
			VEC_PUSH(a->sites, a->n_sites, cap_sites, site);
		}
		if (!refers_to_map(insn) || a->map_slot[insn->imm] != NO_INDEX)
			continue;
		if (out->n_used_maps == 256) {
			diag_insn(a->m, p, i, "more than 256 maps in one program "
				  "(the tail-call encoding has 8 bits for the map)");
			return -1;
		}
		a->map_slot[insn->imm] = out->n_used_maps;
		size_t n = out->n_used_maps;
		VEC_PUSH(out->used_maps, n, cap_maps, (uint32_t)insn->imm);
		out->n_used_maps = (uint32_t)n;
	}
	return 0;
}

static const char *kind_name(uint8_t kind)
{
	switch (kind) {
	case V_SCALAR:
	case V_CONST: return "a scalar";
	case V_CTX: return "the context";
	case V_STACK:
	case V_STACK_ANY: return "a stack pointer";
	case V_MAP_VALUE: return "a map value pointer";
	}
	return "a pointer";
}

/* r2 must be a prog array on every path. */
static int check_prog_array(struct ana_prog *a, const struct tail_site_state *site)
{
	const struct aval *r2 = &site->r2;
	if (r2->kind == V_MAP && r2->all_prog_arrays)
		return 0;
	/* Loaded through a pointer of unknown offset: could be anything, a map too. */
	if (r2->kind == V_STACK_ANY)
		return 0;
	if (r2->kind != V_MAP)
		diag_insn(a->m, a->p, site->insn, "tail call: r2 is not a prog array map (it is %s)",
			  kind_name(r2->kind));
	else if (!r2->poisoned) {
		const struct map *map = &a->m->maps[a->out->used_maps[r2->id]];
		diag_insn(a->m, a->p, site->insn, "tail call: r2 is map %s of type %s, not a prog array",
			  map->name, map_type_name(map->type));
	} else
		diag_insn(a->m, a->p, site->insn,
			  "tail call: r2 may hold a map that is not a prog array");
	return -1;
}

static struct tail_call_site classify(struct ana_prog *a, const struct tail_site_state *st)
{
	struct tail_call_site site = {.insn = st->insn, .poke = -1};
	bool known_map = st->reached && st->r2.kind == V_MAP;
	uint32_t slot = known_map ? st->r2.id : 0;
	site.map = a->out->n_used_maps ? a->out->used_maps[slot] : NO_INDEX;
	site.key_known = st->reached && st->r3.kind == V_CONST;
	site.key = site.key_known ? st->r3.val : 0;
	if (!known_map || st->r2.poisoned)
		site.kind = TAIL_CALL_DYNAMIC;
	else if (site.key_known && site.key < a->m->maps[site.map].max_entries)
		site.kind = TAIL_CALL_DIRECT;
	else
		site.kind = TAIL_CALL_STATIC;
	site.imm = slot | (site.kind == TAIL_CALL_DYNAMIC ? 1u << 8 : 0);
	return site;
}

int tailcall_classify(struct ana_prog *a)
{
	struct prog_analysis *out = a->out;
	out->tail_calls = xcalloc(a->n_sites ? a->n_sites : 1, sizeof(*out->tail_calls));
	out->pokes = xcalloc(a->n_sites ? a->n_sites : 1, sizeof(*out->pokes));
	for (uint32_t i = 0; i < a->n_sites; i++)
		if (a->sites[i].reached && check_prog_array(a, &a->sites[i]))
			return -1;
	for (uint32_t i = 0; i < a->n_sites; i++) {
		struct tail_call_site site = classify(a, &a->sites[i]);
		if (site.kind == TAIL_CALL_DIRECT) {
			site.poke = (int32_t)out->n_pokes;
			site.imm |= (uint32_t)(site.poke + 1) << 16;
			out->pokes[out->n_pokes++] =
				(struct poke_desc){.insn = site.insn, .map = site.map, .key = (uint32_t)site.key};
		}
		out->tail_calls[out->n_tail_calls++] = site;
		/* The kernel's internal form of a classified tail call (analysis.h). */
		struct bpf_insn *insn = &a->p->insns[site.insn];
		*insn = (struct bpf_insn){.code = BPF_JMP | BPF_TAIL_CALL, .imm = (int32_t)site.imm};
	}
	out->has_tail_calls = a->n_sites > 0;
	return 0;
}
