/* test_conformance.c - the analysis on the BPF ISA conformance corpus, read from the raw
 * instruction files (NAME.bin) so that it does not depend on the ELF reader:
 *   - every tests/NAME.bin must pass (the kernel or uBPF accepts each of them);
 *   - every negative/unused-*.bin must be rejected (RFC 9669: unused fields are zero).
 * The program type is BPF_PROG_TYPE_UNSPEC (the corpus' `.text` layout). */
#include "analysis.h"
#include "testmod.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int analyse_file(const char *path, char *err, size_t err_size)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -2;
	struct bpf_insn insns[4096];
	size_t n = fread(insns, sizeof(insns[0]), 4096, f);
	fclose(f);
	struct module *m = tm_new(path);
	tm_add_prog(m, "main", BPF_PROG_TYPE_UNSPEC, insns, (uint32_t)n);
	struct prog_analysis an;
	fflush(stderr);
	int saved = dup(2);
	FILE *tmp = tmpfile();
	dup2(fileno(tmp), 2);
	int rc = analysis_run(m, &an);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	size_t got = fread(err, 1, err_size - 1, tmp);
	err[got] = 0;
	fclose(tmp);
	prog_analysis_free(&an);
	tm_free(m);
	return rc;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && !strcmp(s + a - b, suffix);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s CONFORMANCE_DIR\n", argv[0]);
		return 2;
	}
	int passed = 0, rejected = 0, failures = 0;
	const char *subdirs[] = {"tests", "negative"};
	for (int d = 0; d < 2; d++) {
		char *dir_path;
		if (asprintf(&dir_path, "%s/%s", argv[1], subdirs[d]) < 0)
			return 2;
		DIR *dir = opendir(dir_path);
		if (!dir) {
			fprintf(stderr, "SKIP: no conformance corpus at %s\n", dir_path);
			free(dir_path);
			return 77;
		}
		struct dirent *e;
		while ((e = readdir(dir))) {
			bool negative = d == 1;
			if (!ends_with(e->d_name, ".bin") || (negative && strncmp(e->d_name, "unused-", 7)))
				continue;
			char *path, err[1024];
			if (asprintf(&path, "%s/%s", dir_path, e->d_name) < 0)
				return 2;
			int rc = analyse_file(path, err, sizeof(err));
			if (!negative && rc != 0) {
				printf("FAIL (rejected): %s: %s", e->d_name, err);
				failures++;
			} else if (negative && rc != -1) {
				printf("FAIL (accepted): %s\n", e->d_name);
				failures++;
			} else if (negative) {
				printf("rejected %s: %s", e->d_name, err);
				rejected++;
			} else {
				passed++;
			}
			free(path);
		}
		closedir(dir);
		free(dir_path);
	}
	printf("conformance: %d accepted, %d negative rejected, %d failures\n", passed, rejected, failures);
	if (passed != 313 || rejected != 45) {
		printf("expected 313 accepted and 45 rejected\n");
		failures++;
	}
	return failures ? 1 : 0;
}
