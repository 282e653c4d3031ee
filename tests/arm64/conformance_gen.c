/* conformance_gen.c - compile conformance programs (.bin) for aarch64 into one assembly
 * file, without the ELF frontend or the object writer.
 *
 *   conformance_gen DIR OUT.S OUT.c NAME...  (reads DIR/tests/NAME.{bin,mem})
 *
 * With A64_ELF=1 the program comes from NAME.o through the frontend (module_read) and
 * the analysis (analysis_run: real frame sizes) instead of the raw .bin.
 *
 * Each program becomes the function `t_NAME` (its words as .inst, its relocations as
 * .reloc directives); OUT.c holds the table the qemu harness (conformance_main.c) runs:
 * name, function, expected r0 and input memory. From .bin, subprograms are the targets
 * of bpf-to-bpf calls and, without an analysis, every frame gets the full 512 bytes.
 */
#include "a64.h"
#include "analysis.h"
#include "asm_out.h"
#include "symbols.h"
#include "util.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t *read_all(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	uint8_t *buf = NULL;
	size_t cap = 0, n = 0;
	for (;;) {
		grow_array((void **)&buf, &cap, n + 4096, 1);
		size_t got = fread(buf + n, 1, 4096, f);
		n += got;
		if (got < 4096)
			break;
	}
	fclose(f);
	*len = n;
	return buf;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static void find_subprogs(struct prog *p)
{
	uint32_t *starts = xcalloc(p->n_insns + 1, sizeof(uint32_t));
	uint32_t n = 0;
	starts[n++] = 0;
	for (uint32_t i = 0; i < p->n_insns; i++) {
		const struct bpf_insn *in = &p->insns[i];
		if (insn_is_subprog_call(in) || (insn_is_ld_imm64(in) && in->src_reg == BPF_PSEUDO_FUNC)) {
			uint32_t t = i + 1 + (uint32_t)in->imm;
			bool seen = false;
			for (uint32_t k = 0; k < n; k++)
				seen |= starts[k] == t;
			if (!seen && t < p->n_insns)
				starts[n++] = t;
		}
	}
	qsort(starts, n, sizeof(uint32_t), cmp_u32);
	p->subprogs = xcalloc(n, sizeof(struct subprog));
	for (uint32_t k = 0; k < n; k++) {
		p->subprogs[k].start = starts[k];
		p->subprogs[k].name = xasprintf("sub%u", k);
	}
	p->n_subprogs = n;
	free(starts);
}

/* expected r0 of NAME from the manifest, as text "0x..." */
static char *expected_of(const char *dir, const char *name)
{
	char *path = xasprintf("%s/manifest.tsv", dir);
	FILE *f = fopen(path, "r");
	free(path);
	if (!f)
		return NULL;
	char line[4096];
	char *result = NULL;
	while (!result && fgets(line, sizeof(line), f)) {
		char *cols[16];
		int n = 0;
		for (char *p = line; n < 16;) {
			cols[n++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = 0;
		}
		if (n >= 9 && !strcmp(cols[0], name)) {
			cols[8][strcspn(cols[8], "\r\n")] = 0;
			result = xstrdup(cols[8]);
		}
	}
	fclose(f);
	return result;
}

static int compile_one(const char *dir, const char *name, FILE *s, FILE *t)
{
	char *path = xasprintf("%s/tests/%s.bin", dir, name);
	size_t len;
	uint8_t *bin = read_all(path, &len);
	free(path);
	char *expected = expected_of(dir, name);
	if (!bin || !expected || len % 8 || len == 0) {
		fprintf(stderr, "%s: cannot read the program or its expected result\n", name);
		return -1;
	}
	struct prog p = {.name = (char *)name, .section = (char *)".text"};
	p.insns = (struct bpf_insn *)bin;
	p.n_insns = (uint32_t)(len / 8);
	find_subprogs(&p);
	struct module m = {.path = (char *)name, .name = (char *)"conf", .progs = &p, .n_progs = 1};
	struct codegen_input in = {.module = &m, .prog = &p, .obj_name = "conf"};
	struct prog_code code = {0};
	const char *lse = getenv("A64_LSE"), *elf = getenv("A64_ELF");
	struct module *mod = NULL;
	struct prog_analysis an = {0};
	int ret = 0;
	if (elf && *elf == '1') {
		path = xasprintf("%s/tests/%s.o", dir, name);
		mod = module_read(path);
		free(path);
		if (!mod || mod->n_progs != 1 || analysis_run(mod, &an))
			ret = -1;
		else
			in = (struct codegen_input){.module = mod, .prog = &mod->progs[0],
						     .analysis = &an, .obj_name = "conf"};
	}
	if (ret == 0)
		ret = a64_compile(&in, &code, lse && *lse == '1');
	if (mod) {
		prog_analysis_free(&an);
		module_free(mod);
	}
	if (ret == 0) {
		char *fn = xasprintf("t_%s", name);
		for (char *q = fn; *q; q++)
			if (*q == '-')
				*q = '_';
		a64_write_asm(s, fn, &code);
		path = xasprintf("%s/tests/%s.mem", dir, name);
		size_t mlen = 0;
		uint8_t *mem = read_all(path, &mlen);
		free(path);
		fprintf(t, "uint64_t %s(void *, uint64_t);\nstatic const uint8_t m_%s[] = {", fn, fn + 2);
		for (size_t i = 0; mem && i < mlen; i++)
			fprintf(t, "%s0x%02x", i ? "," : "", mem[i]);
		fprintf(t, "%s};\n", mem && mlen ? "" : "0");
		fprintf(t, "#define ENTRY_%s {\"%s\", %s, %sull, m_%s, %zu},\n", fn + 2, name, fn,
			expected, fn + 2, mem ? mlen : 0);
		free(mem);
		free(fn);
	}
	code_free(&code);
	for (uint32_t k = 0; k < p.n_subprogs; k++)
		free(p.subprogs[k].name);
	free(p.subprogs);
	free(bin);
	free(expected);
	return ret;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: conformance_gen DIR OUT.S OUT.c NAME...\n");
		return 2;
	}
	FILE *s = fopen(argv[2], "w"), *t = fopen(argv[3], "w");
	if (!s || !t) {
		perror("conformance_gen");
		return 2;
	}
	fprintf(s, "\t.text\n");
	fprintf(t, "/* generated by conformance_gen */\n#include <stdint.h>\n");
	int failed = 0;
	struct strbuf table = {0};
	for (int i = 4; i < argc; i++) {
		if (compile_one(argv[1], argv[i], s, t)) {
			printf("FAIL %s: does not compile\n", argv[i]);
			failed++;
			continue;
		}
		char *id = xstrdup(argv[i]);
		for (char *q = id; *q; q++)
			if (*q == '-')
				*q = '_';
		sb_printf(&table, "ENTRY_%s\n", id);
		free(id);
	}
	fprintf(t, "#define CONFORMANCE_TABLE \\\n");
	for (char *line = table.s; line && *line;) {
		char *nl = strchr(line, '\n');
		fprintf(t, "\t%.*s \\\n", (int)(nl - line), line);
		line = nl + 1;
	}
	fprintf(t, "\n#define CONFORMANCE_COMPILE_FAILURES %d\n", failed);
	sb_free(&table);
	fclose(s);
	fclose(t);
	return 0;
}
