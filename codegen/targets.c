/* targets.c - choose a backend by name. The only place that lists the targets. */
#include "target.h"

#include <string.h>

static const struct target *const targets[] = {&target_x86_64, &target_aarch64,
						&target_aarch64_lse};

const struct target *target_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof(targets) / sizeof(targets[0]); i++)
		if (!strcmp(targets[i]->name, name))
			return targets[i];
	/* The names users also know them by. */
	if (!strcmp(name, "x86-64") || !strcmp(name, "amd64"))
		return &target_x86_64;
	if (!strcmp(name, "arm64"))
		return &target_aarch64;
	return NULL;
}

const struct target *target_host(void)
{
#if defined(__x86_64__)
	return &target_x86_64;
#elif defined(__aarch64__)
	return &target_aarch64;
#else
	return NULL;
#endif
}
