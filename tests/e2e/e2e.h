/* e2e.h - shared by the end-to-end BPF programs in tests/e2e.
 *
 * Every program here has a context that passes through unchanged (raw_tp, syscall), so
 * that the kernel's BPF_PROG_TEST_RUN and `bpfaot run` see the same bytes: the kernel
 * copies the input file into the context (ctx_in), bpfaot points r1 at it.
 * raw_tp contexts are read as u64 words (at most 12 of them); see docs/testing-kernel.md.
 */
#ifndef E2E_H
#define E2E_H

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

typedef unsigned long long u64;
typedef unsigned int u32;

/* bpf_helper_defs.h declares bpf_tail_call's index as __u32, so clang truncates it before
 * the call. This one passes r3 unchanged, to show what the kernel does with a key whose
 * upper 32 bits are set. */
static long (*const tail_call64)(void *ctx, void *prog_array, u64 key) = (void *)12;

/* One u32 -> u64 map of the given type. */
#define U64_MAP(name, type_, n)                                                            \
	struct {                                                                           \
		__uint(type, type_);                                                       \
		__uint(max_entries, n);                                                    \
		__type(key, u32);                                                          \
		__type(value, u64);                                                        \
	} name SEC(".maps")

char LICENSE[] SEC("license") = "GPL";

#endif
