/* main.c - `bpfaot SUBCOMMAND ...`: global options, then dispatch to a subcommand. */
#include "cmd.h"
#include "util.h"

#include <argp.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *argp_program_version = "bpfaot " BPFAOT_VERSION;
const char *argp_program_bug_address = NULL;

/* Address space for the heap, taken up front; only what is used is ever faulted in. */
#define HEAP_RESERVE ((size_t)32 << 20)

struct subcommand {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
};

static const struct subcommand subcommands[] = {
	{"compile", cmd_compile, "compile a BPF ELF object to a native object file"},
	{"inspect", cmd_inspect, "print what bpfaot reads from a BPF object (and its analysis)"},
	{"run", cmd_run, "compile for the host, link with the runtime and run one program once"},
};

#define N_SUBCOMMANDS (sizeof(subcommands) / sizeof(subcommands[0]))

static const char doc[] =
	"bpfaot -- ahead-of-time compiler from BPF ELF objects to native object files\v"
	"Subcommands:\n"
	"  compile   compile a BPF ELF object to a native object file\n"
	"  inspect   print what bpfaot reads from a BPF object (and its analysis)\n"
	"  run       compile for the host, link with the runtime and run one program once\n"
	"\n"
	"`bpfaot SUBCOMMAND --help` describes each one. Exit status: 0 success, 1 an error "
	"in the input (one diagnostic line on stderr), 2 a usage error.";

struct choice {
	const struct subcommand *sub;
	int index; /* argv index of the subcommand's name */
};

static error_t parse_global(int key, char *arg, struct argp_state *state)
{
	struct choice *choice = state->input;
	if (key != ARGP_KEY_ARG)
		return ARGP_ERR_UNKNOWN;
	for (size_t i = 0; i < N_SUBCOMMANDS; i++)
		if (!strcmp(arg, subcommands[i].name)) {
			choice->sub = &subcommands[i];
			choice->index = state->next - 1;
			state->next = state->argc; /* the rest belongs to the subcommand */
			return 0;
		}
	argp_error(state, "unknown subcommand '%s'", arg);
	return EINVAL;
}

int main(int argc, char **argv)
{
	static const struct argp argp = {NULL, parse_global, "SUBCOMMAND [ARGS...]", doc, NULL, NULL, NULL};
	argp_err_exit_status = 2; /* usage errors: see the exit statuses in doc[] */
	/* A short-lived process that allocates and frees per-program arrays of megabytes:
	 * keep freed memory for the next program instead of returning it to the kernel
	 * and faulting it in again; one heap for all threads, and that heap in huge pages
	 * (common/util.h: heap_reserve). */
	mallopt(M_MMAP_THRESHOLD, 256 << 20);
	mallopt(M_TRIM_THRESHOLD, 512 << 20);
	mallopt(M_ARENA_MAX, 1);
	heap_reserve(HEAP_RESERVE);
	struct choice choice = {NULL, 0};
	if (argp_parse(&argp, argc, argv, ARGP_IN_ORDER, NULL, &choice))
		return 2;
	const struct subcommand *chosen = choice.sub;
	if (!chosen) {
		fprintf(stderr, "bpfaot: no subcommand given; try 'bpfaot --help'\n");
		return 2;
	}
	/* The subcommand's name becomes its argv[0]. */
	int sub_argc = argc - choice.index;
	char **sub_argv = argv + choice.index;
	char *name = NULL;
	if (asprintf(&name, "bpfaot %s", chosen->name) < 0)
		return 2;
	sub_argv[0] = name;
	int status = chosen->run(sub_argc, sub_argv);
	free(name);
	return status;
}
