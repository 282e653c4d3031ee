/* compile.h - the compile driver: module -> analysis -> backend -> object (+ listing).
 * Used by `bpfaot compile` and `bpfaot run`. */
#ifndef BPFAOT_COMPILE_H
#define BPFAOT_COMPILE_H

#include "analysis.h"
#include "codebuf.h"
#include "module.h"
#include "objwriter.h"
#include "target.h"

/* A module compiled for one target: everything the object writer, the listing and the
 * skeleton header need. */
struct compiled {
	struct module *module;
	const struct target *target;
	char *obj_name;                /* symbol prefix */
	struct prog_analysis *analyses; /* one per program */
	struct prog_code *code;         /* one per program */
};

/* Analyse the module (rewriting tail calls in place) and compile every program.
 * name: the symbol prefix, NULL for module->name. The module stays owned by the caller.
 * Returns 0, or -1 after one diagnostic. */
int compile_module(struct module *m, const struct target *t, const char *name, struct compiled *out);
void compiled_free(struct compiled *c);
struct objwriter_input compiled_objwriter_input(const struct compiled *c);

/* Write the object to path atomically (a temporary file in the same directory, renamed
 * into place): on failure nothing is left at path. */
int compile_write_object(const struct compiled *c, const char *path);
/* Write the -S listing to path ("-" for stdout). */
int compile_write_listing(const struct compiled *c, const char *path);

struct compile_options {
	const char *input;
	const char *output;
	const struct target *target;
	const char *name;    /* NULL: the module's name */
	const char *listing; /* -S: NULL for none */
	const char *header;  /* --header: the skeleton header to write, NULL for none */
};

/* The whole of `bpfaot compile`. */
int compile_file(const struct compile_options *opt);

#endif
