/* compile.c - the compile driver (see compile.h). */
#include "compile.h"

#include "ctxrewrite.h"
#include "diag.h"
#include "listing.h"
#include "par.h"
#include "skeleton.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum compile_stage { STAGE_CTX_REWRITE, STAGE_ANALYSIS, STAGE_CODEGEN, N_STAGES };

static int compile_stage(void *ctx, uint32_t p, unsigned stage)
{
	struct compiled *c = ctx;
	struct module *m = c->module;
	switch (stage) {
	case STAGE_CTX_REWRITE:
		/* xdp_md / __sk_buff accesses become runtime context accesses, before the analysis */
		return ctx_rewrite_prog(m, &m->progs[p], NULL);
	case STAGE_ANALYSIS:
		return analysis_prog(m, p, &c->analyses[p]);
	default: {
		struct codegen_input in = {
			.module = m,
			.prog = &m->progs[p],
			.prog_index = p,
			.analysis = &c->analyses[p],
			.obj_name = c->obj_name,
		};
		return c->target->compile_prog(&in, &c->code[p]);
	}
	}
}

static int check_module(void *ctx)
{
	struct compiled *c = ctx;
	return analysis_check_module(c->module, c->analyses);
}

int compile_module(struct module *m, const struct target *t, const char *name, struct compiled *out)
{
	memset(out, 0, sizeof(*out));
	out->module = m;
	out->target = t;
	out->obj_name = c_identifier(name ? name : m->name);
	out->analyses = xcalloc(m->n_progs, sizeof(*out->analyses));
	out->code = xcalloc(m->n_progs, sizeof(*out->code));
	/* Each program goes through all three stages on one thread (common/par.h); the
	 * programs are checked against each other before any code generation is reported. */
	struct par_pipeline pl = {
		.n = m->n_progs,
		.n_stages = N_STAGES,
		.fn = compile_stage,
		.ctx = out,
		.gate_before = STAGE_CODEGEN,
		.gate = check_module,
	};
	return par_run_pipeline(&pl);
}

void compiled_free(struct compiled *c)
{
	if (c->module) {
		for (uint32_t p = 0; p < c->module->n_progs; p++) {
			if (c->analyses)
				prog_analysis_free(&c->analyses[p]);
			if (c->code)
				code_free(&c->code[p]);
		}
	}
	free(c->analyses);
	free(c->code);
	free(c->obj_name);
	memset(c, 0, sizeof(*c));
}

struct objwriter_input compiled_objwriter_input(const struct compiled *c)
{
	return (struct objwriter_input){
		.target = c->target,
		.module = c->module,
		.analyses = c->analyses,
		.code = c->code,
		.obj_name = c->obj_name,
	};
}

/* Renaming over an existing file makes ext4 (auto_da_alloc) start writing the new file's
 * data out at once: ~3 ms for a 600 KB object, 20% of a whole compile. Into an empty place
 * it does not. So an old regular file goes first, as ld's output does; there is never a
 * partly written output, at worst none for a moment. (Anything else, say a device, is
 * left to rename, as before.) */
static int remove_old_output(const char *path)
{
	struct stat st;
	if (lstat(path, &st) || !S_ISREG(st.st_mode) || !unlink(path) || errno == ENOENT)
		return 0;
	diag_file(path, "cannot replace: %s", strerror(errno));
	return -1;
}

int compile_write_object(const struct compiled *c, const char *path)
{
	char *tmp = xasprintf("%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		diag_file(path, "cannot create a temporary file next to it: %s", strerror(errno));
		free(tmp);
		return -1;
	}
	/* mkstemp makes the file 0600; an object file is 0666 less the umask, as cc's are. */
	mode_t mask = umask(0);
	umask(mask);
	int ret = 0;
	if (fchmod(fd, 0666 & ~mask)) {
		diag_file(path, "cannot set the mode of the temporary file: %s", strerror(errno));
		ret = -1;
	}
	struct objwriter_input in = compiled_objwriter_input(c);
	if (ret == 0)
		ret = objwriter_write(&in, fd, path);
	if (close(fd) && ret == 0) {
		diag_file(path, "cannot write: %s", strerror(errno));
		ret = -1;
	}
	if (ret == 0 && remove_old_output(path))
		ret = -1;
	if (ret == 0 && rename(tmp, path)) {
		diag_file(path, "cannot rename the temporary file into place: %s", strerror(errno));
		ret = -1;
	}
	if (ret)
		unlink(tmp);
	free(tmp);
	return ret;
}

int compile_write_listing(const struct compiled *c, const char *path)
{
	bool to_stdout = !strcmp(path, "-");
	FILE *f = to_stdout ? stdout : fopen(path, "w");
	if (!f) {
		diag_file(path, "cannot open: %s", strerror(errno));
		return -1;
	}
	struct objwriter_input in = compiled_objwriter_input(c);
	int ret = listing_write(f, &in);
	if (to_stdout ? fflush(f) : fclose(f)) {
		if (ret == 0)
			diag_file(path, "cannot write: %s", strerror(errno));
		ret = -1;
	}
	return ret;
}

int compile_file(const struct compile_options *opt)
{
	struct module *m = module_read(opt->input);
	if (!m)
		return -1;
	struct compiled c;
	int ret = compile_module(m, opt->target, opt->name, &c);
	if (ret == 0 && opt->listing)
		ret = compile_write_listing(&c, opt->listing);
	if (ret == 0)
		ret = compile_write_object(&c, opt->output);
	if (ret == 0 && opt->header)
		ret = skeleton_write_file(opt->header, m, c.obj_name);
	compiled_free(&c);
	module_free(m);
	return ret;
}
