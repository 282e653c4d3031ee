/* kernel_version.h - is the running kernel at least the one the kernel tests were
 * checked against? Older kernels track fewer values (so make fewer tail calls direct);
 * a difference there is reported as a skip, not a failure. */
#ifndef BPFAOT_TEST_KERNEL_VERSION_H
#define BPFAOT_TEST_KERNEL_VERSION_H

#include <stdbool.h>
#include <stdio.h>
#include <sys/utsname.h>

#define CHECKED_KERNEL_MAJOR 6
#define CHECKED_KERNEL_MINOR 18

static inline bool kernel_is_checked_version(char *release, size_t size)
{
	struct utsname u;
	int major = 0, minor = 0;
	if (uname(&u) || sscanf(u.release, "%d.%d", &major, &minor) != 2)
		return false;
	snprintf(release, size, "%s", u.release);
	return major > CHECKED_KERNEL_MAJOR ||
	       (major == CHECKED_KERNEL_MAJOR && minor >= CHECKED_KERNEL_MINOR);
}

#endif
