/* compile.c - `bpfaot compile OBJ -o OUT`. */
#include "cmd.h"

#include <stdio.h>

int cmd_compile(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "bpfaot compile: target not implemented yet\n");
	return 1;
}
