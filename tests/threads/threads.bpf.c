// SPDX-License-Identifier: MIT
/* threads.bpf.c - several programs, of which those selected with -DFAIL_<prog> fail, in
 * different stages: ctx_ctx in the context rewrite, ana_* in the analysis, compat_* in the
 * check across programs. bpfaot runs each stage's programs on several threads
 * (common/par.h); check.py requires the same single diagnostic as with one thread. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define NAKED __attribute__((naked))

struct {
	__uint(type, BPF_MAP_TYPE_PROG_ARRAY);
	__uint(max_entries, 4);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} jt SEC(".maps");

SEC("tc") int ok0(struct __sk_buff *skb)
{
	return skb->len + skb->mark;
}

SEC("tc") NAKED int ana_early(void)
{
#ifdef FAIL_ana_early
	asm volatile("r0 = r5; exit;");
#else
	asm volatile("r0 = 0; exit;");
#endif
}

SEC("tc") int ok1(struct __sk_buff *skb)
{
	bpf_tail_call(skb, &jt, 0);
	return skb->len;
}

SEC("tc") NAKED int ana_late(void)
{
#ifdef FAIL_ana_late
	asm volatile("r0 = 0; *(u64 *)(r10 - 520) = r0; exit;");
#else
	asm volatile("r0 = 0; exit;");
#endif
}

SEC("tc") NAKED int ctx_late(void)
{
#ifdef FAIL_ctx_late
	asm volatile("r2 = 1; lock *(u32 *)(r1 + 0) += r2; r0 = 0; exit;");
#else
	asm volatile("r0 = 0; exit;");
#endif
}

SEC("tc") int ok2(struct __sk_buff *skb)
{
	return skb->protocol;
}

#ifdef FAIL_compat
SEC("xdp") NAKED int compat_user(void)
{
	asm volatile("r2 = %[jt] ll; r3 = 0; call 12; r0 = 0; exit;" :: [jt] "i"(&jt));
}
#endif

char LICENSE[] SEC("license") = "GPL";
