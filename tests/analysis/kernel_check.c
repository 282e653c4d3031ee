/* kernel_check.c - the Linux kernel as the authority on the analysis' verdicts.
 *
 *   kernel_check accept OBJ...   each object loads into the kernel, and in the x86-64
 *                                JIT image of every program the number of tail calls
 *                                the kernel made indirect equals the number the
 *                                analysis classified static or dynamic (the rest are
 *                                direct: a patched jump, no bounds check)
 *   kernel_check reject OBJ...   the kernel refuses to load each object, as the analysis does
 *
 * An indirect tail call in the kernel's x86-64 JIT (emit_bpf_tail_call_indirect) starts
 * with "mov edx, edx; cmp dword ptr [rsi + max_entries], edx": bytes 89 d2 39 56. A direct
 * one has no bounds check. Skips (exit 77) unless this is x86-64 and BPF programs can be
 * loaded (root or CAP_BPF, JIT on, constant blinding off).
 */
#include "analysis.h"
#include "kernel_version.h"
#include "module.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SKIP 77

/* libbpf's messages are kept, not printed: the reason for a rejection is the last line of
 * the verifier log before its statistics, or libbpf's own warning. */
static char last_reason[256];

static int keep_reason(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	char buf[8192];
	if (level != LIBBPF_WARN)
		return 0;
	vsnprintf(buf, sizeof(buf), fmt, ap);
	char *log = strstr(buf, "-- BEGIN PROG LOAD LOG --\n");
	if (log) {
		log += strlen("-- BEGIN PROG LOAD LOG --\n");
		for (char *line = strtok(log, "\n"); line; line = strtok(NULL, "\n"))
			if (strncmp(line, "processed ", 10) && strncmp(line, "verification time", 17) &&
			    strncmp(line, "stack depth", 11) && strncmp(line, "-- END", 6))
				snprintf(last_reason, sizeof(last_reason), "%.200s", line);
		char *stats = strstr(last_reason, "processed ");
		if (stats)
			*stats = 0; /* some messages lack their newline */
	} else if (!last_reason[0] && (strstr(buf, "failed to initialize slot") ||
				       strstr(buf, "BPF program load failed"))) {
		buf[strcspn(buf, "\n")] = 0;
		snprintf(last_reason, sizeof(last_reason), "%.200s", buf);
	}
	return 0;
}

static int read_int(const char *path)
{
	FILE *f = fopen(path, "r");
	int v = -1;
	if (f) {
		if (fscanf(f, "%d", &v) != 1)
			v = -1;
		fclose(f);
	}
	return v;
}

/* Can this machine tell us anything? */
static const char *why_skip(void)
{
#if !defined(__x86_64__)
	return "not x86-64 (the JIT pattern is x86-64's)";
#endif
	if (read_int("/proc/sys/net/core/bpf_jit_enable") != 1)
		return "the BPF JIT is off";
	if (read_int("/proc/sys/net/core/bpf_jit_harden") != 0)
		return "constant blinding is on (the kernel then makes no direct tail calls)";
	struct bpf_insn ret0[] = {{.code = BPF_ALU64 | BPF_MOV | BPF_K}, {.code = BPF_JMP | BPF_EXIT}};
	int fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, NULL, "GPL", ret0, 2, NULL);
	if (fd < 0)
		return "cannot load BPF programs here (needs root or CAP_BPF)";
	close(fd);
	return NULL;
}

struct jit_facts {
	int indirect;            /* indirect tail calls */
	uint32_t frames[64];     /* "sub rsp, N" of each function with a stack, in order */
	int n_frames;
};

/* What the x86-64 JIT image shows: the indirect tail calls, and each function's frame
 * (the prologue's "sub rsp, imm32" = 48 81 ec, emitted only when the depth is not 0,
 * with the depth rounded up to 8). */
static int jit_facts(int prog_fd, struct jit_facts *f)
{
	struct bpf_prog_info info;
	uint32_t len = sizeof(info);
	memset(&info, 0, sizeof(info));
	if (bpf_obj_get_info_by_fd(prog_fd, &info, &len))
		return -1;
	uint32_t size = info.jited_prog_len;
	uint8_t *image = calloc(1, size ? size : 1);
	memset(&info, 0, sizeof(info));
	info.jited_prog_len = size;
	info.jited_prog_insns = (uint64_t)(uintptr_t)image;
	len = sizeof(info);
	int err = bpf_obj_get_info_by_fd(prog_fd, &info, &len);
	memset(f, 0, sizeof(*f));
	for (uint32_t i = 0; !err && i + 4 <= size; i++) {
		if (image[i] == 0x89 && image[i + 1] == 0xd2 && image[i + 2] == 0x39 && image[i + 3] == 0x56)
			f->indirect++;
		if (image[i] == 0x48 && image[i + 1] == 0x81 && image[i + 2] == 0xec && i + 7 <= size &&
		    f->n_frames < 64)
			memcpy(&f->frames[f->n_frames++], image + i + 3, 4);
	}
	free(image);
	return err ? -1 : 0;
}

static int check_accept(const char *path)
{
	struct module *m = module_read(path);
	if (!m)
		return 1;
	struct prog_analysis *an = calloc(m->n_progs ? m->n_progs : 1, sizeof(*an));
	int failed = 0;
	if (analysis_run(m, an)) {
		printf("FAIL %s: the analysis rejects it\n", path);
		failed = 1;
	}
	struct bpf_object *obj = bpf_object__open_file(path, NULL);
	if (!failed && (!obj || bpf_object__load(obj))) {
		printf("FAIL %s: the kernel does not load it (%s)\n", path, strerror(errno));
		failed = 1;
	}
	for (uint32_t i = 0; i < m->n_progs && !failed; i++) {
		uint32_t ours = 0;
		for (uint32_t k = 0; k < an[i].n_tail_calls; k++)
			ours += an[i].tail_calls[k].kind != TAIL_CALL_DIRECT;
		struct bpf_program *prog = bpf_object__find_program_by_name(obj, m->progs[i].name);
		struct jit_facts f = {0};
		bool ok = prog && !jit_facts(bpf_program__fd(prog), &f) && f.indirect == (int)ours;
		printf("%s %s: %s: %u tail calls, indirect: analysis %u, kernel %d; frames (analysis/kernel):",
		       ok ? "ok" : "FAIL", path, m->progs[i].name, an[i].n_tail_calls, ours,
		       prog ? f.indirect : -1);
		/* Frames: ours rounded to 8 are the JIT's, for the functions with a stack. */
		int k = 0;
		uint32_t n_subs = m->progs[i].n_subprogs ? m->progs[i].n_subprogs : 1;
		for (uint32_t sub = 0; prog && sub < n_subs; sub++) {
			uint32_t depth = an[i].frames[sub].stack_depth;
			if (!depth)
				continue;
			printf(" %u/%u", depth, k < f.n_frames ? f.frames[k] : 0);
			ok &= k < f.n_frames && f.frames[k] == depth;
			k++;
		}
		ok &= prog && k == f.n_frames;
		printf("%s\n", ok ? "" : "  <- differs");
		failed |= !ok;
	}
	bpf_object__close(obj);
	for (uint32_t i = 0; i < m->n_progs; i++)
		prog_analysis_free(&an[i]);
	free(an);
	module_free(m);
	return failed;
}

static int check_reject(const char *path)
{
	last_reason[0] = 0;
	struct bpf_object *obj = bpf_object__open_file(path, NULL);
	int loaded = obj && !bpf_object__load(obj);
	printf("%s %s: the kernel %s it%s%s%s\n", loaded ? "FAIL" : "ok", path, loaded ? "loads" : "rejects",
	       loaded ? "" : " (", loaded ? "" : last_reason, loaded ? "" : ")");
	bpf_object__close(obj);
	return loaded;
}

int main(int argc, char **argv)
{
	if (argc < 3 || (strcmp(argv[1], "accept") && strcmp(argv[1], "reject"))) {
		fprintf(stderr, "usage: %s accept|reject OBJ...\n", argv[0]);
		return 2;
	}
	libbpf_set_print(keep_reason);
	const char *skip = why_skip();
	if (skip) {
		printf("SKIP: %s\n", skip);
		return SKIP;
	}
	int failed = 0;
	bool accept = !strcmp(argv[1], "accept");
	for (int i = 2; i < argc; i++)
		failed |= accept ? check_accept(argv[i]) : check_reject(argv[i]);
	char release[128] = "?";
	if (failed && accept && !kernel_is_checked_version(release, sizeof(release))) {
		printf("SKIP: kernel %s is older than %d.%d, which these verdicts were checked "
		       "against; it may know fewer constants\n", release, CHECKED_KERNEL_MAJOR,
		       CHECKED_KERNEL_MINOR);
		return SKIP;
	}
	return failed;
}
