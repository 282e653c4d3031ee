// SPDX-License-Identifier: MIT
/* The address of a kernel variable (a typed ksym, BPF_PSEUDO_BTF_ID): not supported. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern const int bpf_prog_active __ksym;

SEC("kprobe/do_nanosleep")
int uses_ksym(void *ctx)
{
	return (long)&bpf_prog_active == (long)ctx;
}

char LICENSE[] SEC("license") = "GPL";
