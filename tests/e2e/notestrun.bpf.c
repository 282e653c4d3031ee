/* notestrun.bpf.c - a kprobe program: the kernel has no BPF_PROG_TEST_RUN for kprobes, so
 * kernel_ref must exit 77 (skip) with a line saying so. */
#include "e2e.h"

SEC("kprobe/do_nanosleep") int kp(void *ctx)
{
	return 0;
}
