// SPDX-License-Identifier: MIT
/* A CO-RE relocation (field offset through preserve_access_index): not supported yet. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct task_like {
	int pid;
	int tgid;
} __attribute__((preserve_access_index));

SEC("kprobe/do_nanosleep")
int uses_core(struct task_like *t)
{
	return t->tgid;
}

char LICENSE[] SEC("license") = "GPL";
