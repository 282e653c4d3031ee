/* cmd.h - the subcommands of the bpfaot CLI. Each parses its own options with argp and
 * returns the process exit status: 0 success, 1 a diagnostic was printed, 2 usage. */
#ifndef BPFAOT_CMD_H
#define BPFAOT_CMD_H

int cmd_compile(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_run(int argc, char **argv);

#endif
