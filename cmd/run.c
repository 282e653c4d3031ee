/* run.c - `bpfaot run OBJ`: compile for the host, link with the runtime, run once. */
#include "cmd.h"

#include <stdio.h>

int cmd_run(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "bpfaot run: not implemented yet\n");
	return 1;
}
