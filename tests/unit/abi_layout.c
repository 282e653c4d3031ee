/* abi_layout.c - the byte offsets the backends hard-code match the C layouts. */
#include "bpfaot_abi.h"

#include <stddef.h>
#include <stdio.h>

static int failures;

#define CHECK(expr)                                                    \
	do {                                                           \
		if (!(expr)) {                                         \
			fprintf(stderr, "abi_layout: %s is false\n", #expr); \
			failures++;                                    \
		}                                                      \
	} while (0)

int main(void)
{
	CHECK(offsetof(struct bpfaot_map, max_entries) == BPFAOT_MAP_OFF_MAX_ENTRIES);
	CHECK(offsetof(struct bpfaot_map, storage) == BPFAOT_MAP_OFF_STORAGE);
	CHECK(sizeof(struct bpfaot_map) == BPFAOT_MAP_SIZE);
	CHECK(offsetof(struct bpfaot_prog, func) == BPFAOT_PROG_OFF_FUNC);
	CHECK(offsetof(struct bpfaot_prog, tail_entry) == BPFAOT_PROG_OFF_TAIL_ENTRY);
	CHECK(sizeof(struct bpfaot_prog) == BPFAOT_PROG_SIZE);
	CHECK(sizeof(struct bpfaot_object) == BPFAOT_OBJECT_SIZE);
	CHECK(offsetof(struct bpfaot_object, progs) == 24);
	CHECK(offsetof(struct bpfaot_object, maps) == 32);
	if (!failures)
		printf("abi_layout: all offsets match\n");
	return failures ? 1 : 0;
}
