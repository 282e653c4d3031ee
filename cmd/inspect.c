/* inspect.c - `bpfaot inspect OBJ`: print the module (and with --analysis its analysis).
 * The JSON form is documented in docs/inspect.md; change both together. */
#include "cmd.h"

#include "analysis.h"
#include "helper_names.h"
#include "json.h"
#include "module.h"
#include "report.h"
#include "util.h"

#include <argp.h>
#include <bpf/libbpf.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INSPECT_SCHEMA "bpfaot-inspect/1"

struct inspect_options {
	const char *object;
	bool json;
	bool analysis;
};

static const struct argp_option inspect_options[] = {
	{"json", 'j', NULL, 0, "print JSON (schema in docs/inspect.md) instead of text", 0},
	{"analysis", 'a', NULL, 0, "also run the analysis and print its report", 0},
	{NULL, 0, NULL, 0, NULL, 0},
};

static const char inspect_doc[] =
	"Print what bpfaot reads from a BPF ELF object: its programs (section, program type, "
	"subprograms, relocations, helper calls, and each instruction's origin), and its maps."
	"\v"
	"Exit status: 0 success, 1 the object cannot be read or the analysis rejects it (one "
	"diagnostic line on stderr), "
	"2 a usage error.";

static error_t parse_inspect(int key, char *arg, struct argp_state *state)
{
	struct inspect_options *opts = state->input;
	switch (key) {
	case 'j':
		opts->json = true;
		return 0;
	case 'a':
		opts->analysis = true;
		return 0;
	case ARGP_KEY_ARG:
		if (opts->object)
			argp_error(state, "more than one object given");
		opts->object = arg;
		return 0;
	case ARGP_KEY_END:
		if (!opts->object)
			argp_error(state, "no object given");
		return 0;
	default:
		return ARGP_ERR_UNKNOWN;
	}
}

static const char *prog_type_name(uint32_t type)
{
	const char *s = libbpf_bpf_prog_type_str((enum bpf_prog_type)type);
	return s ? s : "unknown";
}

static const char *attach_type_name(uint32_t type)
{
	const char *s = libbpf_bpf_attach_type_str((enum bpf_attach_type)type);
	return s ? s : "unknown";
}

static const char *map_type_name(uint32_t type)
{
	const char *s = libbpf_bpf_map_type_str((enum bpf_map_type)type);
	return s ? s : "unknown";
}

static const char *reloc_kind_name(enum reloc_kind kind)
{
	switch (kind) {
	case RELOC_MAP: return "map";
	case RELOC_MAP_VALUE: return "map_value";
	case RELOC_CALL: return "call";
	}
	return "unknown";
}

static const char *map_origin_name(enum map_origin origin)
{
	switch (origin) {
	case MAP_FROM_BTF: return "btf";
	case MAP_FROM_LEGACY: return "legacy";
	case MAP_GLOBAL_DATA: return "global_data";
	}
	return "unknown";
}

/* The file name of a path (line info and the object path vary with the checkout). */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* The instruction as 16 hex digits, bytes in file order. */
static void insn_hex(const struct bpf_insn *insn, char out[17])
{
	const uint8_t *b = (const uint8_t *)insn;
	for (int i = 0; i < 8; i++)
		snprintf(out + 2 * i, 3, "%02x", b[i]);
}

/* --- text ------------------------------------------------------------------------------ */

static void text_prog(FILE *out, const struct module *m, const struct prog *p)
{
	fprintf(out, "program %s\n", p->name);
	fprintf(out, "  section %s, type %s, expected attach type %s%s, %u instructions\n",
		p->section, prog_type_name(p->type), attach_type_name(p->expected_attach_type),
		p->sleepable ? ", sleepable" : "", p->n_insns);
	fprintf(out, "  subprograms:\n");
	for (uint32_t i = 0; i < p->n_subprogs; i++)
		fprintf(out, "    %5u  %s%s\n", p->subprogs[i].start, p->subprogs[i].name,
			p->subprogs[i].global ? " (global)" : "");
	if (p->n_relocs)
		fprintf(out, "  relocations:\n");
	for (uint32_t i = 0; i < p->n_relocs; i++) {
		const struct reloc *r = &p->relocs[i];
		fprintf(out, "    %5u  %-9s %s", r->insn, reloc_kind_name(r->kind), r->symbol);
		if (r->kind == RELOC_CALL)
			fprintf(out, " -> insn %u\n", r->offset);
		else if (r->kind == RELOC_MAP)
			fprintf(out, " -> map %s\n", m->maps[r->map].name);
		else
			fprintf(out, " -> map %s + %u\n", m->maps[r->map].name, r->offset);
	}
	bool any_helper = false;
	for (uint32_t i = 0; i < p->n_insns; i++) {
		if (!insn_is_helper_call(&p->insns[i]))
			continue;
		if (!any_helper)
			fprintf(out, "  helper calls:\n");
		any_helper = true;
		const char *name = kernel_helper_name(p->insns[i].imm);
		fprintf(out, "    %5u  %d %s\n", i, p->insns[i].imm, name ? name : "(unknown)");
	}
	fprintf(out, "  instructions:\n");
	for (uint32_t i = 0; i < p->n_insns; i++) {
		struct insn_origin o = insn_origin_at(m, p, i);
		char hex[17];
		insn_hex(&p->insns[i], hex);
		fprintf(out, "    %5u  %s  %s+0x%x", i, hex, o.section, o.offset);
		if (o.file)
			fprintf(out, "  %s:%u:%u", base_name(o.file), o.line, o.col);
		fputc('\n', out);
	}
}

static void text_map(FILE *out, const struct module *m, uint32_t idx)
{
	const struct map *map = &m->maps[idx];
	fprintf(out, "map %s\n", map->name);
	fprintf(out, "  section %s, from %s, type %s, key %u, value %u, max_entries %u, flags 0x%x\n",
		map->section, map_origin_name(map->origin), map_type_name(map->type), map->key_size,
		map->value_size, map->max_entries, map->flags);
	if (map->btf_type_id || map->btf_key_type_id || map->btf_value_type_id)
		fprintf(out, "  btf type %u, key type %u, value type %u\n", map->btf_type_id,
			map->btf_key_type_id, map->btf_value_type_id);
	if (map->origin == MAP_GLOBAL_DATA)
		fprintf(out, "  %s, %u initial bytes\n", map->readonly ? "read-only" : "writable",
			map->init ? map->value_size : 0);
	if (map->prog_init) {
		fprintf(out, "  initial programs:");
		for (uint32_t i = 0; i < map->max_entries; i++)
			if (map->prog_init[i] >= 0)
				fprintf(out, " [%u] %s", i, m->progs[map->prog_init[i]].name);
		fputc('\n', out);
	}
}

static void print_text(FILE *out, const struct module *m)
{
	fprintf(out, "object %s (%s)\n", m->name, base_name(m->path));
	fprintf(out, "license %s\n", m->license ? m->license : "(none)");
	fprintf(out, "btf %s\n", m->btf ? "yes" : "no");
	for (uint32_t i = 0; i < m->n_progs; i++)
		text_prog(out, m, &m->progs[i]);
	for (uint32_t i = 0; i < m->n_maps; i++)
		text_map(out, m, i);
}

/* --- JSON ------------------------------------------------------------------------------ */

static void json_kv_string(struct json *j, const char *key, const char *v)
{
	json_key(j, key);
	json_string(j, v);
}

static void json_kv_uint(struct json *j, const char *key, uint64_t v)
{
	json_key(j, key);
	json_uint(j, v);
}

static void json_kv_bool(struct json *j, const char *key, bool v)
{
	json_key(j, key);
	json_bool(j, v);
}

static void json_prog_relocs(struct json *j, const struct module *m, const struct prog *p)
{
	json_key(j, "relocations");
	json_array_begin(j);
	for (uint32_t i = 0; i < p->n_relocs; i++) {
		const struct reloc *r = &p->relocs[i];
		json_object_begin(j);
		json_kv_uint(j, "insn", r->insn);
		json_kv_string(j, "kind", reloc_kind_name(r->kind));
		json_kv_string(j, "symbol", r->symbol);
		json_key(j, "map");
		json_string(j, r->kind == RELOC_CALL ? NULL : m->maps[r->map].name);
		json_key(j, "offset");
		if (r->kind == RELOC_MAP_VALUE)
			json_uint(j, r->offset);
		else
			json_null(j);
		json_key(j, "target");
		if (r->kind == RELOC_CALL)
			json_uint(j, r->offset);
		else
			json_null(j);
		json_object_end(j);
	}
	json_array_end(j);
}

static void json_prog_helpers(struct json *j, const struct prog *p)
{
	json_key(j, "helper_calls");
	json_array_begin(j);
	for (uint32_t i = 0; i < p->n_insns; i++) {
		if (!insn_is_helper_call(&p->insns[i]))
			continue;
		json_object_begin(j);
		json_kv_uint(j, "insn", i);
		json_key(j, "id");
		json_int(j, p->insns[i].imm);
		json_kv_string(j, "name", kernel_helper_name(p->insns[i].imm));
		json_object_end(j);
	}
	json_array_end(j);
}

static void json_prog_insns(struct json *j, const struct module *m, const struct prog *p)
{
	json_key(j, "instructions");
	json_array_begin(j);
	for (uint32_t i = 0; i < p->n_insns; i++) {
		struct insn_origin o = insn_origin_at(m, p, i);
		char hex[17];
		insn_hex(&p->insns[i], hex);
		json_object_begin(j);
		json_kv_uint(j, "index", i);
		json_kv_string(j, "raw", hex);
		json_kv_string(j, "section", o.section);
		json_kv_uint(j, "offset", o.offset);
		json_kv_string(j, "file", o.file ? base_name(o.file) : NULL);
		json_kv_uint(j, "line", o.line);
		json_kv_uint(j, "col", o.col);
		json_object_end(j);
	}
	json_array_end(j);
}

static void json_prog(struct json *j, const struct module *m, const struct prog *p)
{
	json_object_begin(j);
	json_kv_string(j, "name", p->name);
	json_kv_string(j, "section", p->section);
	json_kv_string(j, "type", prog_type_name(p->type));
	json_kv_uint(j, "type_id", p->type);
	json_kv_string(j, "expected_attach_type", attach_type_name(p->expected_attach_type));
	json_kv_uint(j, "expected_attach_type_id", p->expected_attach_type);
	json_kv_bool(j, "sleepable", p->sleepable);
	json_kv_uint(j, "insn_count", p->n_insns);
	json_key(j, "subprograms");
	json_array_begin(j);
	for (uint32_t i = 0; i < p->n_subprogs; i++) {
		json_object_begin(j);
		json_kv_string(j, "name", p->subprogs[i].name);
		json_kv_uint(j, "start", p->subprogs[i].start);
		json_kv_bool(j, "global", p->subprogs[i].global);
		json_object_end(j);
	}
	json_array_end(j);
	json_prog_relocs(j, m, p);
	json_prog_helpers(j, p);
	json_prog_insns(j, m, p);
	json_object_end(j);
}

static void json_map(struct json *j, const struct module *m, const struct map *map)
{
	json_object_begin(j);
	json_kv_string(j, "name", map->name);
	json_kv_string(j, "section", map->section);
	json_kv_string(j, "origin", map_origin_name(map->origin));
	json_kv_string(j, "type", map_type_name(map->type));
	json_kv_uint(j, "type_id", map->type);
	json_kv_uint(j, "key_size", map->key_size);
	json_kv_uint(j, "value_size", map->value_size);
	json_kv_uint(j, "max_entries", map->max_entries);
	json_kv_uint(j, "flags", map->flags);
	json_kv_uint(j, "btf_type_id", map->btf_type_id);
	json_kv_uint(j, "btf_key_type_id", map->btf_key_type_id);
	json_kv_uint(j, "btf_value_type_id", map->btf_value_type_id);
	json_kv_bool(j, "readonly", map->readonly);
	json_kv_uint(j, "init_size", map->init ? map->value_size : 0);
	json_key(j, "prog_init");
	if (map->prog_init) {
		json_array_begin(j);
		for (uint32_t i = 0; i < map->max_entries; i++) {
			if (map->prog_init[i] < 0)
				continue;
			json_object_begin(j);
			json_kv_uint(j, "slot", i);
			json_kv_string(j, "prog", m->progs[map->prog_init[i]].name);
			json_object_end(j);
		}
		json_array_end(j);
	} else {
		json_null(j);
	}
	json_object_end(j);
}

static void print_json(FILE *out, const struct module *m, bool close)
{
	struct json j;
	json_init(&j, out);
	json_object_begin(&j);
	json_kv_string(&j, "schema", INSPECT_SCHEMA);
	json_kv_string(&j, "object", m->name);
	json_kv_string(&j, "file", base_name(m->path));
	json_kv_string(&j, "license", m->license);
	json_kv_bool(&j, "btf", m->btf != NULL);
	json_key(&j, "programs");
	json_array_begin(&j);
	for (uint32_t i = 0; i < m->n_progs; i++)
		json_prog(&j, m, &m->progs[i]);
	json_array_end(&j);
	json_key(&j, "maps");
	json_array_begin(&j);
	for (uint32_t i = 0; i < m->n_maps; i++)
		json_map(&j, m, &m->maps[i]);
	json_array_end(&j);
	if (close) {
		json_object_end(&j);
		json_end(&j);
	} else {
		/* The analysis report follows as the value of "analysis". */
		fputs(",\n  \"analysis\": ", out);
	}
}

static int run_analysis(FILE *out, struct module *m, bool json)
{
	struct prog_analysis *analyses = xcalloc(m->n_progs ? m->n_progs : 1, sizeof(*analyses));
	int err = analysis_run(m, analyses);
	if (!err) {
		if (json) {
			print_json(out, m, false);
			analysis_report_print(out, m, analyses, true);
			fputs("}\n", out);
		} else {
			print_text(out, m);
			analysis_report_print(out, m, analyses, false);
		}
	}
	for (uint32_t i = 0; i < m->n_progs; i++)
		prog_analysis_free(&analyses[i]);
	free(analyses);
	return err ? 1 : 0;
}

int cmd_inspect(int argc, char **argv)
{
	static const struct argp argp = {inspect_options, parse_inspect, "OBJ", inspect_doc,
					 NULL, NULL, NULL};
	struct inspect_options opts = {NULL, false, false};
	if (argp_parse(&argp, argc, argv, 0, NULL, &opts))
		return 2;
	struct module *m = module_read(opts.object);
	if (!m)
		return 1;
	int status = 0;
	if (opts.analysis)
		status = run_analysis(stdout, m, opts.json);
	else if (opts.json)
		print_json(stdout, m, true);
	else
		print_text(stdout, m);
	module_free(m);
	if (fflush(stdout)) {
		fprintf(stderr, "bpfaot inspect: cannot write the output\n");
		return 1;
	}
	return status;
}
