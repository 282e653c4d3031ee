/* report.c - the analysis report of `bpfaot inspect --analysis`: text for people, JSON
 * for tools. The JSON schema is documented in docs/analysis.md; keep the two in step. */
#include "report.h"

#include "internal.h"
#include "json.h"

#include <inttypes.h>

static const char *kind_name(enum tail_call_kind kind)
{
	switch (kind) {
	case TAIL_CALL_STATIC: return "static";
	case TAIL_CALL_DYNAMIC: return "dynamic";
	case TAIL_CALL_DIRECT: return "direct";
	}
	return "?";
}

static const char *subprog_name(const struct prog *p, uint32_t i)
{
	return p->n_subprogs ? p->subprogs[i].name : p->name;
}

static uint32_t subprog_start(const struct prog *p, uint32_t i)
{
	return p->n_subprogs ? p->subprogs[i].start : 0;
}

static uint32_t n_frames(const struct prog *p)
{
	return p->n_subprogs ? p->n_subprogs : 1;
}

static const char *site_map_name(const struct module *m, const struct tail_call_site *t)
{
	return t->map < m->n_maps ? m->maps[t->map].name : "-";
}

static void text_prog(FILE *out, const struct module *m, const struct prog *p,
		      const struct prog_analysis *a)
{
	fprintf(out, "prog %s (section %s, type %u, attach type %u%s)\n", p->name,
		p->section ? p->section : "?", p->type, p->expected_attach_type,
		p->sleepable ? ", sleepable" : "");
	fprintf(out, "  used_maps:%s\n", a->n_used_maps ? "" : " none");
	for (uint32_t i = 0; i < a->n_used_maps; i++) {
		const struct map *map = &m->maps[a->used_maps[i]];
		fprintf(out, "    [%u] %s (%s, max_entries %u)\n", i, map->name, map_type_name(map->type),
			map->max_entries);
	}
	fprintf(out, "  tail calls:%s\n", a->n_tail_calls ? "" : " none");
	for (uint32_t i = 0; i < a->n_tail_calls; i++) {
		const struct tail_call_site *t = &a->tail_calls[i];
		fprintf(out, "    insn %u: %s map %s", t->insn, kind_name(t->kind), site_map_name(m, t));
		if (t->key_known)
			fprintf(out, " key %" PRIu64, t->key);
		else
			fprintf(out, " key ?");
		if (t->poke >= 0)
			fprintf(out, " poke %d", t->poke);
		else
			fprintf(out, " poke -");
		fprintf(out, " imm 0x%08x\n", t->imm);
	}
	fprintf(out, "  stack:\n");
	for (uint32_t i = 0; i < n_frames(p) && a->frames; i++) {
		const struct subprog_frame *f = &a->frames[i];
		fprintf(out, "    %s @%u: depth %u, frame %u, chain %u, frames %u\n", subprog_name(p, i),
			subprog_start(p, i), f->stack_depth, f->frame_size, f->chain_depth, f->call_depth);
	}
	fprintf(out, "  max chain depth: %u\n", a->max_chain_depth);
}

static void json_used_maps(struct json *j, const struct module *m, const struct prog_analysis *a)
{
	json_key(j, "used_maps");
	json_array_begin(j);
	for (uint32_t i = 0; i < a->n_used_maps; i++) {
		const struct map *map = &m->maps[a->used_maps[i]];
		json_object_begin(j);
		json_key(j, "slot");
		json_uint(j, i);
		json_key(j, "name");
		json_string(j, map->name);
		json_key(j, "type");
		json_string(j, map_type_name(map->type));
		json_key(j, "max_entries");
		json_uint(j, map->max_entries);
		json_object_end(j);
	}
	json_array_end(j);
}

static void json_tail_calls(struct json *j, const struct module *m, const struct prog_analysis *a)
{
	char hex[16];
	json_key(j, "tail_calls");
	json_array_begin(j);
	for (uint32_t i = 0; i < a->n_tail_calls; i++) {
		const struct tail_call_site *t = &a->tail_calls[i];
		json_object_begin(j);
		json_key(j, "insn");
		json_uint(j, t->insn);
		json_key(j, "kind");
		json_string(j, kind_name(t->kind));
		json_key(j, "map");
		json_string(j, t->map < m->n_maps ? m->maps[t->map].name : NULL);
		json_key(j, "map_slot");
		json_uint(j, t->imm & 0xff);
		json_key(j, "key");
		if (t->key_known)
			json_uint(j, t->key);
		else
			json_null(j);
		json_key(j, "poke");
		if (t->poke >= 0)
			json_int(j, t->poke);
		else
			json_null(j);
		json_key(j, "imm");
		snprintf(hex, sizeof(hex), "0x%08x", t->imm);
		json_string(j, hex);
		json_object_end(j);
	}
	json_array_end(j);
}

static void json_frames(struct json *j, const struct prog *p, const struct prog_analysis *a)
{
	json_key(j, "subprograms");
	json_array_begin(j);
	for (uint32_t i = 0; i < n_frames(p) && a->frames; i++) {
		const struct subprog_frame *f = &a->frames[i];
		json_object_begin(j);
		json_key(j, "name");
		json_string(j, subprog_name(p, i));
		json_key(j, "start");
		json_uint(j, subprog_start(p, i));
		json_key(j, "stack_depth");
		json_uint(j, f->stack_depth);
		json_key(j, "frame_size");
		json_uint(j, f->frame_size);
		json_key(j, "chain_depth");
		json_uint(j, f->chain_depth);
		json_key(j, "call_depth");
		json_uint(j, f->call_depth);
		json_object_end(j);
	}
	json_array_end(j);
}

static void json_prog(struct json *j, const struct module *m, const struct prog *p,
		      const struct prog_analysis *a)
{
	json_object_begin(j);
	json_key(j, "name");
	json_string(j, p->name);
	json_key(j, "section");
	json_string(j, p->section);
	json_key(j, "type");
	json_uint(j, p->type);
	json_key(j, "expected_attach_type");
	json_uint(j, p->expected_attach_type);
	json_key(j, "sleepable");
	json_bool(j, p->sleepable);
	json_used_maps(j, m, a);
	json_tail_calls(j, m, a);
	json_frames(j, p, a);
	json_key(j, "max_chain_depth");
	json_uint(j, a->max_chain_depth);
	json_key(j, "has_subprog_calls");
	json_bool(j, a->has_subprog_calls);
	json_key(j, "has_tail_calls");
	json_bool(j, a->has_tail_calls);
	json_object_end(j);
}

void analysis_report_print(FILE *out, const struct module *m, const struct prog_analysis *analyses,
			   bool json)
{
	if (!json) {
		fputs("analysis\n", out);
		for (uint32_t i = 0; i < m->n_progs; i++)
			text_prog(out, m, &m->progs[i], &analyses[i]);
		return;
	}
	struct json j;
	json_init(&j, out);
	json_object_begin(&j);
	json_key(&j, "programs");
	json_array_begin(&j);
	for (uint32_t i = 0; i < m->n_progs; i++)
		json_prog(&j, m, &m->progs[i], &analyses[i]);
	json_array_end(&j);
	json_object_end(&j);
	json_end(&j);
}
