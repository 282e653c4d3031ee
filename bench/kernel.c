/* kernel.c - the kernel engine: the same BPF object loaded with libbpf (which also fills
 * its statically initialised prog arrays) and run with BPF_PROG_TEST_RUN. */
#include "harness.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>

static int kernel_quiet_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

static void kernel_sum_sizes(struct bench_kernel *k)
{
	struct bpf_program *prog;
	bpf_object__for_each_program(prog, k->obj) {
		struct bpf_prog_info info;
		uint32_t len = sizeof(info);
		memset(&info, 0, sizeof(info));
		if (bpf_obj_get_info_by_fd(bpf_program__fd(prog), &info, &len) == 0) {
			k->jited_len += info.jited_prog_len;
			k->xlated_insns += info.xlated_prog_len / 8;
		}
	}
}

int bench_kernel_open(struct bench_kernel *k, const char *path, const char *entry,
		      char *reason, size_t reason_size)
{
	memset(k, 0, sizeof(*k));
	k->prog_fd = -1;
	libbpf_set_print(kernel_quiet_print);
	k->obj = bpf_object__open_file(path, NULL);
	if (!k->obj) {
		int err = -errno;
		snprintf(reason, reason_size, "open %s: %s", path, strerror(-err));
		return err;
	}
	int err = bpf_object__load(k->obj);
	if (err) {
		/* Without CAP_PERFMON the verifier refuses the benchmarks' variable-offset
		 * packet pointers (Spectre v1 hardening): EACCES, not EPERM. */
		snprintf(reason, reason_size, "load: %s%s", strerror(-err),
			 err == -EPERM || err == -EACCES
				 ? " (needs root, or CAP_BPF+CAP_NET_ADMIN+CAP_PERFMON)"
				 : "");
		bench_kernel_close(k);
		return err;
	}
	struct bpf_program *prog = bpf_object__find_program_by_name(k->obj, entry);
	if (!prog) {
		snprintf(reason, reason_size, "no program %s in %s", entry, path);
		bench_kernel_close(k);
		return -ENOENT;
	}
	k->prog_fd = bpf_program__fd(prog);
	kernel_sum_sizes(k);
	return 0;
}

void bench_kernel_close(struct bench_kernel *k)
{
	bpf_object__close(k->obj);
	k->obj = NULL;
	k->prog_fd = -1;
}

int64_t bench_kernel_run(struct bench_kernel *k, const unsigned char *pkt, uint32_t repeat,
			 uint32_t *retval)
{
	LIBBPF_OPTS(bpf_test_run_opts, opts, .data_in = pkt, .data_size_in = BENCH_PKT_SIZE,
		    .repeat = repeat);
	int64_t t0 = bench_now_ns();
	int err = bpf_prog_test_run_opts(k->prog_fd, &opts);
	int64_t t1 = bench_now_ns();
	if (err)
		return err < 0 ? err : -EINVAL;
	if (retval)
		*retval = opts.retval;
	return t1 - t0;
}

int bench_kernel_load_time(const char *path, uint64_t *insns, int64_t *load_ns)
{
	libbpf_set_print(kernel_quiet_print);
	struct bpf_object *obj = bpf_object__open_file(path, NULL);
	if (!obj)
		return -errno;
	struct bpf_program *prog;
	*insns = 0;
	bpf_object__for_each_program(prog, obj)
		*insns += bpf_program__insn_cnt(prog);
	int64_t t0 = bench_now_ns();
	int err = bpf_object__load(obj);
	*load_ns = bench_now_ns() - t0;
	bpf_object__close(obj);
	return err;
}
