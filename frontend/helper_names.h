/* helper_names.h - the kernel's name of a helper id (for inspect and listings). */
#ifndef BPFAOT_HELPER_NAMES_H
#define BPFAOT_HELPER_NAMES_H

#include <stdint.h>

/* "map_lookup_elem" for 1; NULL for an id <linux/bpf.h> does not list. */
const char *kernel_helper_name(int32_t id);

#endif
