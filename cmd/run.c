/* run.c - `bpfaot run OBJ [--prog NAME] [--data FILE] [--maps] [--target T]
 * [--set-prog-array MAP:INDEX:PROG|none]... [--repeat N]`: compile for
 * the host (or T), link with a tiny main and the runtime, run once, pass stdout and the
 * exit status through. Everything lives in a temporary directory that is removed after.
 *
 * The link step is a table per target: the C compiler, where the runtime library is
 * (next to the bpfaot binary in a build tree, else the install libdir) and a prefix to
 * run the result with (an emulator for a foreign target). BPFAOT_CC, BPFAOT_RUNTIME and
 * BPFAOT_EXEC_WRAPPER override them.
 */
#include "cmd.h"

#include "compile.h"
#include "diag.h"
#include "target.h"
#include "util.h"

#include <argp.h>
#include <errno.h>
#include <stdbool.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef BPFAOT_RUN_LINK_FLAGS
#define BPFAOT_RUN_LINK_FLAGS "" /* e.g. -fsanitize=address for a sanitized runtime */
#endif
#ifndef BPFAOT_LIBDIR
#define BPFAOT_LIBDIR "/usr/local/lib"
#endif

struct toolchain {
	const char *target;
	const char *cc;
	/* The runtime library, relative to the directory of the bpfaot binary (build tree). */
	const char *runtime_in_build;
	const char *runtime_installed;
	const char *exec_wrapper[4]; /* NULL-terminated argv prefix */
	const char *hint;            /* how to get the toolchain, for error messages */
};

#define AARCH64_HINT                                                                     \
	"install gcc-aarch64-linux-gnu, libc6-dev-arm64-cross and qemu-user, and cross-build " \
	"the runtime with scripts/setup-arm64.sh (see docs/arm64.md)"

static const struct toolchain toolchains[] = {
	{"x86_64", "cc", "../runtime/libbpfaot.a", BPFAOT_LIBDIR "/libbpfaot.a", {NULL},
	 "install a C compiler and build the runtime"},
	{"aarch64", "aarch64-linux-gnu-gcc", "../../build-aarch64/runtime/libbpfaot.a",
	 BPFAOT_LIBDIR "/aarch64-linux-gnu/libbpfaot.a", {"qemu-aarch64", "-L", "/usr/aarch64-linux-gnu", NULL},
	 AARCH64_HINT},
};

struct run_cli {
	const char *object;
	const char *target_name;
	char **passthrough; /* options for the generated main and the runtime's run driver */
	int n_passthrough;
};

enum { OPT_PROG = 0x100, OPT_DATA, OPT_MAPS, OPT_TARGET, OPT_SET_PROG_ARRAY, OPT_REPEAT };

static const struct argp_option run_options[] = {
	{"prog", OPT_PROG, "NAME", 0, "the program to run (needed when the object has several)", 0},
	{"data", OPT_DATA, "FILE", 0, "the input bytes: the packet for XDP, tc and socket filter programs; for other types r1 points at a copy and r2 holds the length", 0},
	{"maps", OPT_MAPS, NULL, 0, "print the maps after the run", 0},
	{"target", OPT_TARGET, "TARGET", 0, "x86_64, aarch64 or aarch64-lse (default: the host; aarch64 runs under qemu)", 0},
	{"set-prog-array", OPT_SET_PROG_ARRAY, "MAP:INDEX:PROG", 0,
	 "before running, put PROG at INDEX of prog array MAP ('none' empties the slot); repeatable", 0},
	{"repeat", OPT_REPEAT, "N", 0, "run N times (maps accumulate; r0 is the last run's)", 0},
	{NULL, 0, NULL, 0, NULL, 0},
};

static const char run_doc[] =
	"Compile a BPF object for the host, link it with the runtime, run one program once and "
	"print r0 in hex (and with --maps the maps, see docs/run-output.md)."
	"\v"
	"Exit status: that of the run (0 success), 1 when compiling or linking fails, 2 a usage "
	"error.";

static void pass(struct run_cli *cli, const char *opt, const char *arg)
{
	cli->passthrough = xrealloc(cli->passthrough, ((size_t)cli->n_passthrough + 2) * sizeof(char *));
	cli->passthrough[cli->n_passthrough++] = (char *)opt;
	if (arg)
		cli->passthrough[cli->n_passthrough++] = (char *)arg;
}

static error_t parse_run(int key, char *arg, struct argp_state *state)
{
	struct run_cli *cli = state->input;
	switch (key) {
	case OPT_PROG:
		pass(cli, "--prog", arg);
		return 0;
	case OPT_DATA:
		pass(cli, "--data", arg);
		return 0;
	case OPT_MAPS:
		pass(cli, "--maps", NULL);
		return 0;
	case OPT_TARGET:
		cli->target_name = arg;
		return 0;
	case OPT_SET_PROG_ARRAY:
		pass(cli, "--set-prog-array", arg);
		return 0;
	case OPT_REPEAT:
		if (atol(arg) < 1)
			argp_error(state, "--repeat needs a count of at least 1");
		pass(cli, "--repeat", arg);
		return 0;
	case ARGP_KEY_ARG:
		if (cli->object)
			argp_error(state, "more than one object given");
		cli->object = arg;
		return 0;
	case ARGP_KEY_END:
		if (!cli->object)
			argp_error(state, "no object given");
		return 0;
	default:
		return ARGP_ERR_UNKNOWN;
	}
}

/* By the target's name, or its family ("aarch64-lse" links and runs like "aarch64"). */
static const struct toolchain *toolchain_for(const struct target *t)
{
	for (size_t i = 0; i < sizeof(toolchains) / sizeof(toolchains[0]); i++) {
		size_t n = strlen(toolchains[i].target);
		if (!strncmp(toolchains[i].target, t->name, n) && (t->name[n] == 0 || t->name[n] == '-'))
			return &toolchains[i];
	}
	return NULL;
}

/* The runtime library: $BPFAOT_RUNTIME, else the build tree next to this binary, else
 * the install libdir. */
static char *find_runtime(const struct toolchain *tc)
{
	const char *env = getenv("BPFAOT_RUNTIME");
	if (env)
		return xstrdup(env);
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n > 0) {
		self[n] = 0;
		char *slash = strrchr(self, '/');
		if (slash) {
			*slash = 0;
			char *candidate = xasprintf("%s/%s", self, tc->runtime_in_build);
			if (access(candidate, R_OK) == 0)
				return candidate;
			free(candidate);
		}
	}
	if (access(tc->runtime_installed, R_OK) == 0)
		return xstrdup(tc->runtime_installed);
	return NULL;
}

/* Whether a command name (without a slash) is found in $PATH, or a path is executable. */
static bool in_path(const char *cmd)
{
	if (strchr(cmd, '/'))
		return access(cmd, X_OK) == 0;
	const char *path = getenv("PATH");
	char *copy = xstrdup(path ? path : "/usr/bin:/bin");
	bool found = false;
	for (char *save = NULL, *dir = strtok_r(copy, ":", &save); dir && !found;
	     dir = strtok_r(NULL, ":", &save)) {
		char *candidate = xasprintf("%s/%s", *dir ? dir : ".", cmd);
		found = access(candidate, X_OK) == 0;
		free(candidate);
	}
	free(copy);
	return found;
}

/* The linker driver and the exec wrapper must exist before anything is compiled. */
static int check_tools(const struct toolchain *tc)
{
	const char *cc = getenv("BPFAOT_CC") ? getenv("BPFAOT_CC") : tc->cc;
	const char *env = getenv("BPFAOT_EXEC_WRAPPER");
	const char *wrapper = env && *env ? env : tc->exec_wrapper[0];
	const char *tools[] = {cc, wrapper};
	for (size_t i = 0; i < 2; i++) {
		if (tools[i] && !in_path(tools[i])) {
			fprintf(stderr, "bpfaot run: %s not found, needed for target %s: %s\n", tools[i],
				tc->target, tc->hint);
			return -1;
		}
	}
	return 0;
}

/* fork + exec argv; returns the exit status, or -1 when it could not run or was killed. */
static int spawn(char **argv)
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		execvp(argv[0], argv);
		fprintf(stderr, "bpfaot run: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		fprintf(stderr, "bpfaot run: the program was killed by signal %d\n", WTERMSIG(status));
	return -1;
}

/* The program `bpfaot run` links: it applies --set-prog-array, runs the program
 * --repeat N - 1 times quietly (maps accumulate), then hands the last run and the output
 * to the runtime's run driver. The object's symbol is defined in front of it. */
static const char run_main_source[] =
	"#include <stdint.h>\n"
	"#include <stdio.h>\n"
	"#include <stdlib.h>\n"
	"#include <string.h>\n"
	"struct bpfaot_object;\n"
	"struct bpfaot_map;\n"
	"struct bpfaot_prog;\n"
	"extern struct bpfaot_object OBJECT;\n"
	"int bpfaot_run_main(struct bpfaot_object *obj, int argc, char **argv);\n"
	"struct bpfaot_map *bpfaot_object_find_map(const struct bpfaot_object *obj, const char *name);\n"
	"struct bpfaot_prog *bpfaot_object_find_prog(const struct bpfaot_object *obj, const char *name);\n"
	"int bpfaot_prog_array_update(struct bpfaot_map *map, uint32_t index, struct bpfaot_prog *prog);\n"
	"int bpfaot_prog_array_delete(struct bpfaot_map *map, uint32_t index);\n"
	"int bpfaot_prog_test_run(const struct bpfaot_prog *prog, void *data, size_t size, uint64_t *retval);\n"
	"\n"
	"/* MAP:INDEX:PROG, or MAP:INDEX:none to empty the slot */\n"
	"static int set_prog_array(const char *spec)\n"
	"{\n"
	"\tchar map[256], prog[256];\n"
	"\tunsigned index;\n"
	"\tif (sscanf(spec, \"%255[^:]:%u:%255s\", map, &index, prog) != 3) {\n"
	"\t\tfprintf(stderr, \"bpfaot run: --set-prog-array %s: expected MAP:INDEX:PROG|none\\n\", spec);\n"
	"\t\treturn 2;\n"
	"\t}\n"
	"\tstruct bpfaot_map *m = bpfaot_object_find_map(&OBJECT, map);\n"
	"\tstruct bpfaot_prog *p = strcmp(prog, \"none\") ? bpfaot_object_find_prog(&OBJECT, prog) : NULL;\n"
	"\tif (!m || (strcmp(prog, \"none\") && !p)) {\n"
	"\t\tfprintf(stderr, \"bpfaot run: --set-prog-array %s: no such %s\\n\", spec, m ? \"program\" : \"map\");\n"
	"\t\treturn 1;\n"
	"\t}\n"
	"\tint err = p ? bpfaot_prog_array_update(m, index, p) : bpfaot_prog_array_delete(m, index);\n"
	"\tif (err && !(err == -2 && !p)) { /* emptying an empty slot is fine */\n"
	"\t\tfprintf(stderr, \"bpfaot run: --set-prog-array %s: error %d\\n\", spec, err);\n"
	"\t\treturn 1;\n"
	"\t}\n"
	"\treturn 0;\n"
	"}\n"
	"\n"
	"static void *read_file(const char *path, size_t *size)\n"
	"{\n"
	"\tFILE *f = fopen(path, \"rb\");\n"
	"\tchar *buf = NULL;\n"
	"\tsize_t n = 0, cap = 0, got;\n"
	"\tif (!f)\n"
	"\t\treturn NULL;\n"
	"\tdo {\n"
	"\t\tif (n == cap && !(buf = realloc(buf, cap = cap ? 2 * cap : 4096)))\n"
	"\t\t\texit(1);\n"
	"\t\tgot = fread(buf + n, 1, cap - n, f);\n"
	"\t\tn += got;\n"
	"\t} while (got);\n"
	"\tfclose(f);\n"
	"\t*size = n;\n"
	"\treturn buf;\n"
	"}\n"
	"\n"
	"/* The first N - 1 runs of --repeat N; the run driver makes the last one. */\n"
	"static int run_quietly(const char *prog_name, const char *data_path, long times)\n"
	"{\n"
	"\tstruct bpfaot_prog *p = prog_name ? bpfaot_object_find_prog(&OBJECT, prog_name) : NULL;\n"
	"\t/* No --prog: the only program (struct bpfaot_object: n_progs at 4, progs at 24;\n"
	"\t * struct bpfaot_prog starts with its name). */\n"
	"\tif (!prog_name && ((const uint32_t *)&OBJECT)[1] == 1)\n"
	"\t\tp = bpfaot_object_find_prog(&OBJECT, **(const char *const *const *)((const char *)&OBJECT + 24));\n"
	"\tif (!p || times <= 0)\n"
	"\t\treturn 0; /* the run driver reports it */\n"
	"\tsize_t size = 0;\n"
	"\tvoid *data = data_path ? read_file(data_path, &size) : NULL;\n"
	"\tfor (long i = 0; i < times; i++) {\n"
	"\t\tvoid *copy = size ? malloc(size) : NULL;\n"
	"\t\tuint64_t r0;\n"
	"\t\tif (size)\n"
	"\t\t\tmemcpy(copy, data, size);\n"
	"\t\tbpfaot_prog_test_run(p, copy, size, &r0);\n"
	"\t\tfree(copy);\n"
	"\t}\n"
	"\tfree(data);\n"
	"\treturn 0;\n"
	"}\n"
	"\n"
	"int main(int argc, char **argv)\n"
	"{\n"
	"\tchar **rest = calloc((size_t)argc + 1, sizeof(char *));\n"
	"\tconst char *prog = NULL, *data = NULL;\n"
	"\tlong repeat = 1;\n"
	"\tint n = 0;\n"
	"\trest[n++] = argv[0];\n"
	"\tfor (int i = 1; i < argc; i++) {\n"
	"\t\tif (!strcmp(argv[i], \"--set-prog-array\") && i + 1 < argc) {\n"
	"\t\t\tint err = set_prog_array(argv[++i]);\n"
	"\t\t\tif (err) {\n"
	"\t\t\t\tfree(rest);\n"
	"\t\t\t\treturn err;\n"
	"\t\t\t}\n"
	"\t\t} else if (!strcmp(argv[i], \"--repeat\") && i + 1 < argc) {\n"
	"\t\t\trepeat = strtol(argv[++i], NULL, 10);\n"
	"\t\t} else {\n"
	"\t\t\tif (!strcmp(argv[i], \"--prog\") && i + 1 < argc)\n"
	"\t\t\t\tprog = argv[i + 1];\n"
	"\t\t\tif (!strcmp(argv[i], \"--data\") && i + 1 < argc)\n"
	"\t\t\t\tdata = argv[i + 1];\n"
	"\t\t\trest[n++] = argv[i];\n"
	"\t\t}\n"
	"\t}\n"
	"\trun_quietly(prog, data, repeat - 1);\n"
	"\tint status = bpfaot_run_main(&OBJECT, n, rest);\n"
	"\tfree(rest);\n"
	"\treturn status;\n"
	"}\n";

static int write_main(const char *path, const char *obj_name)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fprintf(f, "/* generated by bpfaot run */\n#define OBJECT %s__object\n%s", obj_name, run_main_source);
	return fclose(f);
}

struct workdir {
	char *dir, *object, *main_c, *exe;
};

static void workdir_remove(struct workdir *w)
{
	const char *files[] = {w->object, w->main_c, w->exe};
	for (size_t i = 0; i < 3; i++)
		if (files[i])
			unlink(files[i]);
	if (w->dir)
		rmdir(w->dir);
	free(w->object);
	free(w->main_c);
	free(w->exe);
	free(w->dir);
}

/* Compile the object and link it into w->exe. */
static int build(const struct run_cli *cli, const struct target *t, const struct toolchain *tc,
		 struct workdir *w)
{
	struct module *m = module_read(cli->object);
	if (!m)
		return -1;
	struct compiled c;
	int ret = compile_module(m, t, NULL, &c);
	if (ret == 0)
		ret = compile_write_object(&c, w->object);
	if (ret == 0 && write_main(w->main_c, c.obj_name)) {
		diag_file(w->main_c, "cannot write: %s", strerror(errno));
		ret = -1;
	}
	compiled_free(&c);
	module_free(m);
	if (ret)
		return -1;
	char *runtime = find_runtime(tc);
	if (!runtime) {
		fprintf(stderr, "bpfaot run: cannot find the %s runtime library (set BPFAOT_RUNTIME, or %s)\n",
			t->name, tc->hint);
		return -1;
	}
	const char *cc = getenv("BPFAOT_CC") ? getenv("BPFAOT_CC") : tc->cc;
	char *argv[] = {(char *)cc, w->main_c, w->object, runtime, "-lpthread", "-o", w->exe, NULL, NULL};
	/* Only the runtime built next to this binary is sanitized; a foreign target's
	 * (build-aarch64) is not, and its sanitizers cannot run under qemu. */
	if (BPFAOT_RUN_LINK_FLAGS[0] && t == target_host())
		argv[7] = BPFAOT_RUN_LINK_FLAGS;
	ret = spawn(argv) == 0 ? 0 : -1;
	if (ret)
		fprintf(stderr, "bpfaot run: linking with %s failed\n", cc);
	free(runtime);
	return ret;
}

/* The argv that runs the linked program: [wrapper...] exe [options...]. */
static char **run_argv(const struct run_cli *cli, const struct toolchain *tc, const char *exe)
{
	char **argv = xcalloc(16 + (size_t)cli->n_passthrough, sizeof(char *));
	int n = 0;
	const char *env = getenv("BPFAOT_EXEC_WRAPPER");
	if (env && *env)
		argv[n++] = (char *)env;
	else
		for (int i = 0; tc->exec_wrapper[i]; i++)
			argv[n++] = (char *)tc->exec_wrapper[i];
	argv[n++] = (char *)exe;
	for (int i = 0; i < cli->n_passthrough; i++)
		argv[n++] = cli->passthrough[i];
	return argv;
}

int cmd_run(int argc, char **argv)
{
	static const struct argp argp = {run_options, parse_run, "OBJ", run_doc, NULL, NULL, NULL};
	struct run_cli cli = {0};
	if (argp_parse(&argp, argc, argv, 0, NULL, &cli))
		return 2;
	const struct target *t = cli.target_name ? target_by_name(cli.target_name) : target_host();
	const struct toolchain *tc = t ? toolchain_for(t) : NULL;
	if (!tc) {
		fprintf(stderr, "bpfaot run: unknown target '%s' (x86_64, aarch64 or aarch64-lse)\n",
			cli.target_name ? cli.target_name : "host");
		return 2;
	}
	if (check_tools(tc))
		return 1;
	const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	struct workdir w = {.dir = xasprintf("%s/bpfaot-run-XXXXXX", tmp)};
	if (!mkdtemp(w.dir)) {
		fprintf(stderr, "bpfaot run: cannot create a temporary directory in %s: %s\n", tmp, strerror(errno));
		free(w.dir);
		return 1;
	}
	w.object = xasprintf("%s/prog.o", w.dir);
	w.main_c = xasprintf("%s/main.c", w.dir);
	w.exe = xasprintf("%s/prog", w.dir);
	int status = 1;
	if (build(&cli, t, tc, &w) == 0) {
		fflush(stdout);
		char **args = run_argv(&cli, tc, w.exe);
		status = spawn(args);
		if (status < 0)
			status = 1;
		free(args);
	}
	workdir_remove(&w);
	free(cli.passthrough);
	return status;
}
