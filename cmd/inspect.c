/* inspect.c - `bpfaot inspect OBJ`: print the module (and with --analysis its analysis). */
#include "cmd.h"

#include <stdio.h>

int cmd_inspect(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "bpfaot inspect: not implemented yet\n");
	return 1;
}
