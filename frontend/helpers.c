/* helpers.c - helper names by id, from the UAPI header's list of helpers. */
#include "frontend.h"

#include <linux/bpf.h>

#define HELPER_NAME(name) #name

/* Index = helper id: <linux/bpf.h> lists the helpers in id order, from 0 ("unspec"). */
static const char *const helper_names[] = {__BPF_FUNC_MAPPER(HELPER_NAME)};

const char *kernel_helper_name(int32_t id)
{
	if (id <= 0 || (uint32_t)id >= sizeof(helper_names) / sizeof(helper_names[0]))
		return NULL;
	return helper_names[id];
}
