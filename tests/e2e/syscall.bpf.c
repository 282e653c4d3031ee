/* syscall.bpf.c - a BPF_PROG_TYPE_SYSCALL program: its context is any bytes, read at any
 * aligned offset and size, which is the conformance protocol's "r1 points at the input".
 * (Syscall programs are sleepable; the kernel allows them array, hash and ring buffer
 * maps but not prog arrays, so tail calls live in raw_tp programs.) */
#include "e2e.h"

typedef unsigned char u8;

struct input {
	u8 b[16];
};

U64_MAP(seen, BPF_MAP_TYPE_HASH, 4);

/* Returns sum of b[i] * (i + 1); seen[b[0]] = that sum. */
SEC("syscall") int weighted_sum(struct input *in)
{
	u64 s = 0;

	for (int i = 0; i < 16; i++)
		s += in->b[i] * (i + 1);
	u32 k = in->b[0];
	bpf_map_update_elem(&seen, &k, &s, BPF_ANY);
	return s;
}
