/* kernel_none.c - the kernel engine where there is none (the cross-built harness that runs
 * under qemu for correctness): every benchmark's kernel column is "n/a". */
#include "harness.h"

#include <errno.h>
#include <stdio.h>

int bench_kernel_open(struct bench_kernel *k, const char *path, const char *entry,
		      char *reason, size_t reason_size)
{
	(void)k;
	(void)path;
	(void)entry;
	snprintf(reason, reason_size, "no kernel engine in this build");
	return -EOPNOTSUPP;
}

void bench_kernel_close(struct bench_kernel *k)
{
	(void)k;
}

int64_t bench_kernel_run(struct bench_kernel *k, const unsigned char *pkt, uint32_t repeat,
			 uint32_t *retval)
{
	(void)k;
	(void)pkt;
	(void)repeat;
	(void)retval;
	return -EOPNOTSUPP;
}

int bench_kernel_load_time(const char *path, uint64_t *insns, int64_t *load_ns)
{
	(void)path;
	*insns = 0;
	*load_ns = 0;
	return -EOPNOTSUPP;
}

void bench_probe_types(void)
{
	printf("no kernel engine in this build\n");
}
