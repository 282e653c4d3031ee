/* skeleton_test.c - the skeleton header of a hand-built module compiles as C11 and C++17
 * with -Wall -Wextra -Werror, and its data-section structs have the BTF layout.
 *
 * usage: skeleton_test OUTDIR RUNTIME_INCDIR CC CXX
 * The module holds every kind of member the generator writes: .data/.rodata/.bss with
 * padding, a struct-typed and an array-typed variable, a static variable (left out), a
 * hash map with a struct key, an array, a per-CPU array, a prog array, a ring buffer, and
 * XDP, tc and kprobe programs. The offsets below are hand-derived (C layout rules). */
#include "module.h"
#include "skeleton.h"
#include "util.h"

#include <bpf/btf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static struct map *add_map(struct module *m, const char *name, const char *section, enum map_origin origin,
			   uint32_t type, uint32_t ks, uint32_t vs, uint32_t max)
{
	m->maps = xrealloc(m->maps, (m->n_maps + 1) * sizeof(struct map));
	struct map *map = &m->maps[m->n_maps++];
	memset(map, 0, sizeof(*map));
	map->name = xstrdup(name);
	map->section = xstrdup(section);
	map->origin = origin;
	map->type = type;
	map->key_size = ks;
	map->value_size = vs;
	map->max_entries = max;
	return map;
}

static void add_prog(struct module *m, const char *name, const char *section, uint32_t type)
{
	m->progs = xrealloc(m->progs, (m->n_progs + 1) * sizeof(struct prog));
	struct prog *p = &m->progs[m->n_progs++];
	memset(p, 0, sizeof(*p));
	p->name = xstrdup(name);
	p->section = xstrdup(section);
	p->type = type;
}

static struct module *build_module(void)
{
	struct module *m = xcalloc(1, sizeof(*m));
	m->path = xstrdup("hand.bpf.o");
	m->name = xstrdup("hand");
	struct btf *b = btf__new_empty();
	int t_int = btf__add_int(b, "int", 4, BTF_INT_SIGNED);
	int t_uint = btf__add_int(b, "unsigned int", 4, 0);
	int t_u32 = btf__add_typedef(b, "__u32", t_uint);
	int t_ull = btf__add_int(b, "unsigned long long", 8, 0);
	int t_u64 = btf__add_typedef(b, "__u64", t_ull);
	int t_long = btf__add_int(b, "long", 8, BTF_INT_SIGNED);
	int t_char = btf__add_int(b, "char", 1, BTF_INT_CHAR);
	/* struct flow_key { __u32 saddr; __u32 daddr; unsigned short sport, dport; char proto; } : 16 bytes */
	int t_ushort = btf__add_int(b, "unsigned short", 2, 0);
	int t_key = btf__add_struct(b, "flow_key", 16);
	btf__add_field(b, "saddr", t_u32, 0, 0);
	btf__add_field(b, "daddr", t_u32, 32, 0);
	btf__add_field(b, "sport", t_ushort, 64, 0);
	btf__add_field(b, "dport", t_ushort, 80, 0);
	btf__add_field(b, "proto", t_char, 96, 0);
	/* struct pt { int a; char b; } : 8 bytes */
	int t_pt = btf__add_struct(b, "pt", 8);
	btf__add_field(b, "a", t_int, 0, 0);
	btf__add_field(b, "b", t_char, 32, 0);
	int t_idx = btf__add_int(b, "__ARRAY_SIZE_TYPE__", 4, 0);
	int t_long3 = btf__add_array(b, t_idx, t_long, 3);
	int t_char7 = btf__add_array(b, t_idx, t_char, 7);
	int t_cvint = btf__add_const(b, btf__add_volatile(b, t_int));

	/* .data: int x @0; long y[3] @8 (padding 4) : 32 bytes */
	int v_x = btf__add_var(b, "x", BTF_VAR_GLOBAL_ALLOCATED, t_int);
	int v_y = btf__add_var(b, "y", BTF_VAR_GLOBAL_ALLOCATED, t_long3);
	int ds_data = btf__add_datasec(b, ".data", 32);
	btf__add_datasec_var_info(b, v_y, 8, 24); /* out of order on purpose */
	btf__add_datasec_var_info(b, v_x, 0, 4);
	/* .rodata: const volatile int cfg @0 : 4 bytes */
	int v_cfg = btf__add_var(b, "cfg", BTF_VAR_GLOBAL_ALLOCATED, t_cvint);
	int ds_rodata = btf__add_datasec(b, ".rodata", 4);
	btf__add_datasec_var_info(b, v_cfg, 0, 4);
	/* .bss: static int hidden @0; struct pt pp @4; char buf[7] @12; __u64 total @24 : 32 */
	int v_hidden = btf__add_var(b, "hidden", BTF_VAR_STATIC, t_int);
	int v_pp = btf__add_var(b, "pp", BTF_VAR_GLOBAL_ALLOCATED, t_pt);
	int v_buf = btf__add_var(b, "buf", BTF_VAR_GLOBAL_ALLOCATED, t_char7);
	int v_total = btf__add_var(b, "total", BTF_VAR_GLOBAL_ALLOCATED, t_u64);
	int ds_bss = btf__add_datasec(b, ".bss", 32);
	btf__add_datasec_var_info(b, v_hidden, 0, 4);
	btf__add_datasec_var_info(b, v_pp, 4, 8);
	btf__add_datasec_var_info(b, v_buf, 12, 7);
	btf__add_datasec_var_info(b, v_total, 24, 8);
	m->btf = b;

	struct map *map = add_map(m, "flows", ".maps", MAP_FROM_BTF, BPF_MAP_TYPE_HASH, 16, 8, 1024);
	map->btf_key_type_id = (uint32_t)t_key;
	map->btf_value_type_id = (uint32_t)t_u64;
	map = add_map(m, "counts", ".maps", MAP_FROM_BTF, BPF_MAP_TYPE_ARRAY, 4, 8, 4);
	map->btf_key_type_id = (uint32_t)t_u32;
	map->btf_value_type_id = (uint32_t)t_u64;
	map = add_map(m, "percpu", ".maps", MAP_FROM_BTF, BPF_MAP_TYPE_PERCPU_ARRAY, 4, 8, 1);
	map->btf_key_type_id = (uint32_t)t_u32;
	map->btf_value_type_id = (uint32_t)t_u64;
	add_map(m, "jmp", ".maps", MAP_FROM_BTF, BPF_MAP_TYPE_PROG_ARRAY, 4, 4, 8);
	add_map(m, "events", ".maps", MAP_FROM_BTF, BPF_MAP_TYPE_RINGBUF, 0, 0, 4096);
	add_map(m, "legacy", "maps", MAP_FROM_LEGACY, BPF_MAP_TYPE_HASH, 6, 12, 16);
	map = add_map(m, ".data", ".data", MAP_GLOBAL_DATA, BPF_MAP_TYPE_ARRAY, 4, 32, 1);
	map->btf_type_id = (uint32_t)ds_data;
	map = add_map(m, ".rodata", ".rodata", MAP_GLOBAL_DATA, BPF_MAP_TYPE_ARRAY, 4, 4, 1);
	map->btf_type_id = (uint32_t)ds_rodata;
	map->readonly = true;
	map = add_map(m, ".bss", ".bss", MAP_GLOBAL_DATA, BPF_MAP_TYPE_ARRAY, 4, 32, 1);
	map->btf_type_id = (uint32_t)ds_bss;
	add_map(m, ".rodata.str1.1", ".rodata.str1.1", MAP_GLOBAL_DATA, BPF_MAP_TYPE_ARRAY, 4, 6, 1)->readonly = true;

	add_prog(m, "classify", "xdp", BPF_PROG_TYPE_XDP);
	add_prog(m, "ingress", "tc", BPF_PROG_TYPE_SCHED_CLS);
	add_prog(m, "probe", "kprobe/do_sys_open", BPF_PROG_TYPE_KPROBE);
	return m;
}

/* Uses every accessor with the types a user would pass; static asserts check the layout
 * against the hand-derived offsets above. */
static const char use_src[] =
	"#include \"hand.aot.h\"\n"
	"#define CHECK_OFF(t, f, o) hand__ASSERT(offsetof(t, f) == (o), #t \".\" #f)\n"
	"CHECK_OFF(struct hand__data, x, 0);\n"
	"CHECK_OFF(struct hand__data, y, 8);\n"
	"CHECK_OFF(struct hand__rodata, cfg, 0);\n"
	"CHECK_OFF(struct hand__bss, pp, 4);\n"
	"CHECK_OFF(struct hand__bss, buf, 12);\n"
	"CHECK_OFF(struct hand__bss, total, 24);\n"
	"hand__ASSERT(sizeof(struct flow_key) == 16, \"flow_key\");\n"
	"int use(void);\n"
	"int use(void)\n"
	"{\n"
	"\tstruct hand *skel = hand__open();\n"
	"\tif (!skel)\n\t\treturn 1;\n"
	"\tstruct flow_key key;\n\tmemset(&key, 0, sizeof(key));\n"
	"\t__u64 v = 1;\n\t__u32 idx = 0;\n"
	"\tint err = hand__flows__update(skel, &key, &v, BPFAOT_NOEXIST);\n"
	"\terr |= hand__flows__lookup(skel, &key, &v);\n"
	"\terr |= hand__flows__delete(skel, &key);\n"
	"\terr |= hand__flows__next_key(skel, NULL, &key);\n"
	"\terr |= hand__counts__update(skel, &idx, &v, BPFAOT_ANY);\n"
	"\tuint64_t per[4];\n\terr |= hand__percpu__lookup(skel, &idx, per, sizeof(per));\n"
	"\terr |= hand__jmp__set(skel, 1, skel->progs.ingress);\n"
	"\terr |= hand__jmp__clear(skel, 1);\n"
	"\tchar lk[6] = {0}, lv[12];\n\terr |= hand__legacy__lookup(skel, lk, lv);\n"
	"\tstruct hand__bss bss;\n\terr |= hand__bss__lookup(skel, &idx, &bss);\n"
	"\tskel->data->x = 3;\n\tskel->data->y[2] = 4;\n\tskel->bss->pp.b = 'a';\n\tskel->bss->total += 1;\n"
	"\tint cfg = skel->rodata->cfg;\n"
	"\tunsigned char pkt[64] = {0};\n"
	"\tstruct bpfaot_xdp_ctx xdp;\n\tmemset(&xdp, 0, sizeof(xdp));\n"
	"\txdp.data = pkt;\n\txdp.data_end = pkt + sizeof(pkt);\n"
	"\tuint32_t verdict = hand__classify__run(skel, &xdp);\n"
	"\tstruct bpfaot_skb_ctx skb;\n\tmemset(&skb, 0, sizeof(skb));\n"
	"\tverdict += hand__ingress__run(skel, &skb);\n"
	"\terr |= hand__ingress__test_run(skel, pkt, sizeof(pkt), &verdict);\n"
	"\tuint64_t r0 = hand__probe__run(skel, pkt, sizeof(pkt));\n"
	"\t(void)skel->maps.events;\n"
	"\thand__destroy(skel);\n"
	"\treturn err + cfg + (int)verdict + (int)r0;\n"
	"}\n";

static int run(char *const argv[])
{
	pid_t pid = fork();
	if (pid == 0) {
		execvp(argv[0], argv);
		_exit(127);
	}
	int status;
	waitpid(pid, &status, 0);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: skeleton_test OUTDIR RUNTIME_INCDIR CC CXX\n");
		return 2;
	}
	const char *dir = argv[1], *rt = argv[2];
	char *rt_header = xasprintf("%s/bpfaot.h", rt);
	if (access(rt_header, R_OK)) {
		printf("SKIP: %s missing (the runtime's public header has not landed)\n", rt_header);
		free(rt_header);
		return 77;
	}
	mkdir(dir, 0755);
	struct module *m = build_module();
	char *header = xasprintf("%s/hand.aot.h", dir);
	if (skeleton_write_file(header, m, "hand"))
		return 1;
	char *use = xasprintf("%s/use.c", dir);
	FILE *f = fopen(use, "w");
	fputs(use_src, f);
	fclose(f);
	char *inc = xasprintf("-I%s", rt);
	char *incdir = xasprintf("-I%s", dir);
	char *c_obj = xasprintf("%s/use_c.o", dir), *cxx_obj = xasprintf("%s/use_cxx.o", dir);
	char *cc[] = {argv[3], "-std=c11", "-Wall", "-Wextra", "-Werror", inc, incdir, "-c", use, "-o", c_obj, NULL};
	char *cxx[] = {argv[4], "-x", "c++", "-std=c++17", "-Wall", "-Wextra", "-Werror", inc, incdir, "-c", use, "-o", cxx_obj, NULL};
	int failures = 0;
	if (run(cc)) {
		printf("FAIL: %s does not compile as C11\n", header);
		failures++;
	}
	if (run(cxx)) {
		printf("FAIL: %s does not compile as C++17\n", header);
		failures++;
	}
	printf("%s: C11 %s, C++17 %s\n", header, failures ? "?" : "ok", failures ? "?" : "ok");
	module_free(m);
	free(rt_header);
	free(header);
	free(use);
	free(inc);
	free(incdir);
	free(c_obj);
	free(cxx_obj);
	return failures ? 1 : 0;
}
