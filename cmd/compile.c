/* compile.c - `bpfaot compile OBJ [-o OUT] [--target T] [-S FILE] [--name PREFIX] [--header FILE]`. */
#include "cmd.h"

#include "compile.h"
#include "target.h"
#include "util.h"

#include <argp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct compile_cli {
	struct compile_options opt;
	const char *target_name;
};

enum { OPT_TARGET = 0x100, OPT_NAME, OPT_HEADER };

static const struct argp_option compile_options[] = {
	{"output", 'o', "FILE", 0, "write the object to FILE (default: OBJ with .bpf.o or .o replaced by .aot.o)", 0},
	{"target", OPT_TARGET, "TARGET", 0, "x86_64, aarch64 or aarch64-lse (default: the host)", 0},
	{NULL, 'S', "FILE", 0, "also write a listing: the native code under each BPF instruction ('-': stdout)", 0},
	{"name", OPT_NAME, "PREFIX", 0, "symbol prefix (default: the object's name)", 0},
	{"header", OPT_HEADER, "FILE", 0, "also write a skeleton header: typed access to the object's maps, global variables and programs", 0},
	{NULL, 0, NULL, 0, NULL, 0},
};

static const char compile_doc[] =
	"Compile a BPF ELF object into a native relocatable object file: every program becomes "
	"a global function `uint64_t PREFIX__PROG(void *ctx)`, with its maps and descriptor "
	"tables (see runtime/bpfaot_abi.h); link it with -lbpfaot."
	"\v"
	"Exit status: 0 success, 1 the object cannot be compiled (one diagnostic line on "
	"stderr), 2 a usage error.";

static error_t parse_compile(int key, char *arg, struct argp_state *state)
{
	struct compile_cli *cli = state->input;
	switch (key) {
	case 'o':
		cli->opt.output = arg;
		return 0;
	case OPT_TARGET:
		cli->target_name = arg;
		return 0;
	case 'S':
		cli->opt.listing = arg;
		return 0;
	case OPT_NAME:
		cli->opt.name = arg;
		return 0;
	case OPT_HEADER:
		cli->opt.header = arg;
		return 0;
	case ARGP_KEY_ARG:
		if (cli->opt.input)
			argp_error(state, "more than one object given");
		cli->opt.input = arg;
		return 0;
	case ARGP_KEY_END:
		if (!cli->opt.input)
			argp_error(state, "no object given");
		return 0;
	default:
		return ARGP_ERR_UNKNOWN;
	}
}

/* prog.bpf.o -> prog.aot.o, prog.o -> prog.aot.o, prog -> prog.aot.o */
static char *default_output(const char *input)
{
	size_t n = strlen(input);
	if (n > 6 && !strcmp(input + n - 6, ".bpf.o"))
		n -= 6;
	else if (n > 2 && !strcmp(input + n - 2, ".o"))
		n -= 2;
	return xasprintf("%.*s.aot.o", (int)n, input);
}

int cmd_compile(int argc, char **argv)
{
	static const struct argp argp = {compile_options, parse_compile, "OBJ", compile_doc, NULL, NULL, NULL};
	struct compile_cli cli = {0};
	if (argp_parse(&argp, argc, argv, 0, NULL, &cli))
		return 2;
	cli.opt.target = cli.target_name ? target_by_name(cli.target_name) : target_host();
	if (!cli.opt.target) {
		fprintf(stderr, "bpfaot compile: unknown target '%s' (x86_64, aarch64 or aarch64-lse)\n",
			cli.target_name ? cli.target_name : "host");
		return 2;
	}
	char *output = cli.opt.output ? NULL : default_output(cli.opt.input);
	if (output)
		cli.opt.output = output;
	int ret = compile_file(&cli.opt);
	free(output);
	return ret ? 1 : 0;
}
