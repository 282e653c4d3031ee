/* ctxrewrite.h - rewrite program context accesses to the runtime's context structs.
 *
 * The kernel's verifier turns every load/store of a `struct xdp_md` or `struct __sk_buff`
 * field into an access of its own xdp_buff / sk_buff (convert_ctx_accesses). This pass
 * does the same for bpfaot: a module -> module pass, run before analysis_run, that turns
 * each such access into an access of `struct bpfaot_xdp_ctx` / `struct bpfaot_skb_ctx`
 * (runtime/bpfaot_abi.h), whose packet pointers are native 64-bit pointers.
 *
 * Every field access is rewritten one instruction for one (offset and size change, the
 * opcode class stays). Legacy packet loads (BPF_LD | BPF_ABS / BPF_IND) in skb programs
 * become inline sequences; jumps, subprogram starts, relocations and origins are moved
 * to the new instruction numbers.
 *
 * Which register holds the context is proven by a small dataflow over registers and
 * 8-byte stack slots (spills), across bpf-to-bpf calls. A memory access through a register
 * that holds the context on some paths and something else on others, through a context
 * pointer moved by arithmetic, or to a field the kernel refuses or the runtime lacks, is a
 * diagnostic (file:line: prog NAME insn N: ...). Program types without a rewritten context
 * are left untouched: their ctx is the caller's pointer.
 */
#ifndef BPFAOT_CTXREWRITE_H
#define BPFAOT_CTXREWRITE_H

#include "module.h"

#include <stdint.h>

/* The context kind of a program (enum bpfaot_ctx_kind from bpfaot_abi.h): XDP for
 * BPF_PROG_TYPE_XDP, SKB for sched_cls, sched_act and socket_filter, RAW otherwise. */
uint32_t ctx_kind_of_prog(const struct prog *p);

/* Rewrite one program in place. *n_rewritten (may be NULL) receives the number of
 * instructions changed. Returns 0, or -1 after one diagnostic. */
int ctx_rewrite_prog(const struct module *m, struct prog *p, uint32_t *n_rewritten);

/* Rewrite every program of the module. Returns 0, or -1 after one diagnostic. */
int ctx_rewrite(struct module *m);

#endif
