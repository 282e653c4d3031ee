/* ctxrewrite_test.c - the context rewriting pass on hand-built programs.
 *
 * Expected offsets come from the two struct layouts (UAPI <linux/bpf.h> and
 * runtime/bpfaot_abi.h) and from the kernel's access rules (net/core/filter.c:
 * xdp_is_valid_access, bpf_skb_is_valid_access, tc_cls_act_is_valid_access,
 * sk_filter_is_valid_access), not from the pass's output. */
#include "bpfaot_abi.h"
#include "ctxrewrite.h"
#include "diag.h"
#include "module.h"
#include "util.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define INSN(c, d, s, o, i) ((struct bpf_insn){.code = (c), .dst_reg = (d), .src_reg = (s), .off = (o), .imm = (i)})
#define LDX(sz, d, s, o) INSN(BPF_LDX | BPF_MEM | (sz), d, s, o, 0)
#define STX(sz, d, s, o) INSN(BPF_STX | BPF_MEM | (sz), d, s, o, 0)
#define ST(sz, d, o, i) INSN(BPF_ST | BPF_MEM | (sz), d, 0, o, i)
#define MOV64(d, s) INSN(BPF_ALU64 | BPF_MOV | BPF_X, d, s, 0, 0)
#define MOV64I(d, i) INSN(BPF_ALU64 | BPF_MOV | BPF_K, d, 0, 0, i)
#define ADD64I(d, i) INSN(BPF_ALU64 | BPF_ADD | BPF_K, d, 0, 0, i)
#define JGTI(d, i, o) INSN(BPF_JMP | BPF_JGT | BPF_K, d, 0, o, i)
#define JA(o) INSN(BPF_JMP | BPF_JA, 0, 0, o, 0)
#define CALL(id) INSN(BPF_JMP | BPF_CALL, 0, 0, 0, id)
#define CALLSUB(rel) INSN(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_CALL, 0, rel)
#define EXIT INSN(BPF_JMP | BPF_EXIT, 0, 0, 0, 0)

static int failures, checks;

#define CHECK(cond, ...)                                                      \
	do {                                                                  \
		checks++;                                                     \
		if (!(cond)) {                                                \
			failures++;                                           \
			fprintf(stdout, "FAIL %s:%d: ", __FILE__, __LINE__);  \
			fprintf(stdout, __VA_ARGS__);                         \
			fputc('\n', stdout);                                  \
		}                                                             \
	} while (0)

static struct module *one_prog_module(const char *name, uint32_t type, const struct bpf_insn *insns, uint32_t n)
{
	struct module *m = xcalloc(1, sizeof(*m));
	m->path = xstrdup("hand.bpf.o");
	m->name = xstrdup("hand");
	m->progs = xcalloc(1, sizeof(struct prog));
	m->n_progs = 1;
	struct prog *p = &m->progs[0];
	p->name = xstrdup(name);
	p->section = xstrdup(type == BPF_PROG_TYPE_XDP ? "xdp" : "tc");
	p->type = type;
	p->insns = xmalloc(n * sizeof(*insns));
	memcpy(p->insns, insns, n * sizeof(*insns));
	p->n_insns = n;
	p->site = xcalloc(n, sizeof(struct insn_site));
	uint32_t sec = module_add_code_sec(m, module_intern(m, p->section), 0, 0);
	for (uint32_t i = 0; i < n; i++)
		p->site[i] = (struct insn_site){.offset = i * 8, .sec = sec};
	p->subprogs = xcalloc(1, sizeof(struct subprog));
	p->subprogs[0].name = xstrdup(name);
	p->n_subprogs = 1;
	return m;
}

/* Run the pass with stderr captured into buf. */
static int run_pass(struct module *m, uint32_t *n, char *buf, size_t cap)
{
	fflush(stderr);
	FILE *tmp = tmpfile();
	int saved = dup(2);
	dup2(fileno(tmp), 2);
	int err = ctx_rewrite_prog(m, &m->progs[0], n);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	size_t len = fread(buf, 1, cap - 1, tmp);
	buf[len] = 0;
	fclose(tmp);
	return err;
}

static void expect_insn(const struct prog *p, uint32_t i, uint8_t code, int16_t off, const char *what)
{
	CHECK(p->insns[i].code == code && p->insns[i].off == off, "%s: insn %u is code 0x%02x off %d, want 0x%02x off %d",
	      what, i, p->insns[i].code, p->insns[i].off, code, off);
}

/* Rewrites that must succeed: check each rewritten instruction. */
static struct prog *expect_ok(struct module *m, uint32_t want_n, const char *what)
{
	char err[512];
	uint32_t n = 0;
	int rc = run_pass(m, &n, err, sizeof(err));
	CHECK(rc == 0 && err[0] == 0, "%s: pass failed: %s", what, err);
	CHECK(n == want_n, "%s: %u instructions rewritten, want %u", what, n, want_n);
	return &m->progs[0];
}

static void expect_diag(struct module *m, const char *needle, const char *what)
{
	char err[512];
	unsigned before = diag_count();
	int rc = run_pass(m, NULL, err, sizeof(err));
	CHECK(rc == -1, "%s: pass accepted the program", what);
	CHECK(diag_count() == before + 1, "%s: %u diagnostics, want 1", what, diag_count() - before);
	CHECK(strstr(err, needle) != NULL, "%s: diagnostic '%s' lacks '%s'", what, err, needle);
	module_free(m);
}

#define N(a) (uint32_t)(sizeof(a) / sizeof((a)[0]))
#define XDP_OFF(f) (int16_t)offsetof(struct bpfaot_xdp_ctx, f)
#define SKB_OFF(f) (int16_t)offsetof(struct bpfaot_skb_ctx, f)
#define LDXW (BPF_LDX | BPF_MEM | BPF_W)
#define LDXDW (BPF_LDX | BPF_MEM | BPF_DW)

static void test_xdp_fields(void)
{
	const struct bpf_insn prog[] = {
		LDX(BPF_W, 2, 1, 0),  /* data */
		LDX(BPF_W, 3, 1, 4),  /* data_end */
		LDX(BPF_W, 4, 1, 8),  /* data_meta */
		LDX(BPF_W, 5, 1, 12), /* ingress_ifindex */
		LDX(BPF_W, 0, 1, 16), /* rx_queue_index */
		EXIT,
	};
	struct module *m = one_prog_module("xdp_fields", BPF_PROG_TYPE_XDP, prog, N(prog));
	struct prog *p = expect_ok(m, 5, "xdp fields");
	expect_insn(p, 0, LDXDW, XDP_OFF(data), "xdp data");
	expect_insn(p, 1, LDXDW, XDP_OFF(data_end), "xdp data_end");
	expect_insn(p, 2, LDXDW, XDP_OFF(data_meta), "xdp data_meta");
	expect_insn(p, 3, LDXW, XDP_OFF(ingress_ifindex), "xdp ingress_ifindex");
	expect_insn(p, 4, LDXW, XDP_OFF(rx_queue_index), "xdp rx_queue_index");
	CHECK(p->insns[0].dst_reg == 2 && p->insns[0].src_reg == 1, "registers kept");
	module_free(m);
}

static void test_xdp_devmap_egress(void)
{
	const struct bpf_insn prog[] = {LDX(BPF_W, 0, 1, 20), EXIT};
	struct module *m = one_prog_module("devmap", BPF_PROG_TYPE_XDP, prog, N(prog));
	m->progs[0].expected_attach_type = BPF_XDP_DEVMAP;
	expect_insn(expect_ok(m, 1, "devmap egress"), 0, LDXW, XDP_OFF(egress_ifindex), "egress_ifindex");
	module_free(m);
	expect_diag(one_prog_module("plain", BPF_PROG_TYPE_XDP, prog, N(prog)), "field egress_ifindex",
		    "egress_ifindex outside devmap");
}

static void test_xdp_refused(void)
{
	const struct bpf_insn write[] = {MOV64I(2, 0), STX(BPF_W, 1, 2, 16), EXIT};
	expect_diag(one_prog_module("w", BPF_PROG_TYPE_XDP, write, N(write)), "store to struct xdp_md field rx_queue_index",
		    "xdp store");
	const struct bpf_insn narrow[] = {LDX(BPF_H, 0, 1, 12), EXIT};
	expect_diag(one_prog_module("n", BPF_PROG_TYPE_XDP, narrow, N(narrow)), "2-byte load from struct xdp_md",
		    "xdp narrow load");
	const struct bpf_insn past[] = {LDX(BPF_W, 0, 1, 24), EXIT};
	expect_diag(one_prog_module("p", BPF_PROG_TYPE_XDP, past, N(past)), "offset 24: no such field",
		    "xdp past the end");
}

static void test_tc_fields(void)
{
	const struct bpf_insn prog[] = {
		LDX(BPF_W, 2, 1, 76),    /* data */
		LDX(BPF_W, 3, 1, 80),    /* data_end */
		LDX(BPF_W, 4, 1, 140),   /* data_meta */
		LDX(BPF_W, 5, 1, 0),     /* len */
		LDX(BPF_B, 5, 1, 16),    /* protocol, low byte */
		LDX(BPF_H, 5, 1, 18),    /* protocol, high half */
		STX(BPF_W, 1, 5, 8),     /* mark = */
		ST(BPF_W, 1, 32, 7),     /* priority = 7 */
		STX(BPF_DW, 1, 5, 56),   /* cb[2..3] as one u64 */
		LDX(BPF_B, 0, 1, 65),    /* cb[4] byte 1 */
		LDX(BPF_DW, 0, 1, 152),  /* tstamp */
		LDX(BPF_DW, 0, 1, 184),  /* hwtstamp */
		LDX(BPF_W, 0, 1, 68),    /* hash */
		STX(BPF_W, 1, 0, 72),    /* tc_classid = */
		LDX(BPF_W, 0, 1, 40),    /* ifindex */
		EXIT,
	};
	struct module *m = one_prog_module("tc_fields", BPF_PROG_TYPE_SCHED_CLS, prog, N(prog));
	struct prog *p = expect_ok(m, 15, "tc fields");
	expect_insn(p, 0, LDXDW, SKB_OFF(data), "skb data");
	expect_insn(p, 1, LDXDW, SKB_OFF(data_end), "skb data_end");
	expect_insn(p, 2, LDXDW, SKB_OFF(data_meta), "skb data_meta");
	expect_insn(p, 3, LDXW, SKB_OFF(len), "skb len");
	expect_insn(p, 4, BPF_LDX | BPF_MEM | BPF_B, SKB_OFF(protocol), "skb protocol byte");
	expect_insn(p, 5, BPF_LDX | BPF_MEM | BPF_H, SKB_OFF(protocol) + 2, "skb protocol half");
	expect_insn(p, 6, BPF_STX | BPF_MEM | BPF_W, SKB_OFF(mark), "skb mark store");
	expect_insn(p, 7, BPF_ST | BPF_MEM | BPF_W, SKB_OFF(priority), "skb priority store");
	CHECK(p->insns[7].imm == 7, "st keeps its immediate");
	expect_insn(p, 8, BPF_STX | BPF_MEM | BPF_DW, SKB_OFF(cb) + 8, "skb cb[2] u64 store");
	expect_insn(p, 9, BPF_LDX | BPF_MEM | BPF_B, SKB_OFF(cb) + 17, "skb cb[4] byte");
	expect_insn(p, 10, LDXDW, SKB_OFF(tstamp), "skb tstamp");
	expect_insn(p, 11, LDXDW, SKB_OFF(hwtstamp), "skb hwtstamp");
	expect_insn(p, 12, LDXW, SKB_OFF(hash), "skb hash");
	expect_insn(p, 13, BPF_STX | BPF_MEM | BPF_W, SKB_OFF(tc_classid), "skb tc_classid");
	expect_insn(p, 14, LDXW, SKB_OFF(ifindex), "skb ifindex");
	module_free(m);
}

static void test_tc_refused(void)
{
	const struct bpf_insn len_w[] = {ST(BPF_W, 1, 0, 1), EXIT};
	expect_diag(one_prog_module("lw", BPF_PROG_TYPE_SCHED_CLS, len_w, N(len_w)), "store to struct __sk_buff field len",
		    "tc len store");
	const struct bpf_insn data_b[] = {LDX(BPF_B, 0, 1, 76), EXIT};
	expect_diag(one_prog_module("db", BPF_PROG_TYPE_SCHED_CLS, data_b, N(data_b)), "1-byte load from struct __sk_buff field data",
		    "tc narrow data");
	const struct bpf_insn cb_mis[] = {LDX(BPF_DW, 0, 1, 52), EXIT};
	expect_diag(one_prog_module("cm", BPF_PROG_TYPE_SCHED_CLS, cb_mis, N(cb_mis)), "kernel refuses",
		    "misaligned cb u64");
	const struct bpf_insn cb_over[] = {LDX(BPF_DW, 0, 1, 64), EXIT};
	expect_diag(one_prog_module("co", BPF_PROG_TYPE_SCHED_CLS, cb_over, N(cb_over)), "kernel refuses",
		    "cb u64 past cb[4]");
	const struct bpf_insn family[] = {LDX(BPF_W, 0, 1, 88), EXIT};
	expect_diag(one_prog_module("fa", BPF_PROG_TYPE_SCHED_CLS, family, N(family)), "field family: not supported",
		    "family");
	const struct bpf_insn qm[] = {STX(BPF_W, 1, 1, 12), EXIT};
	expect_diag(one_prog_module("qm", BPF_PROG_TYPE_SCHED_CLS, qm, N(qm)), "field queue_mapping: not supported by bpfaot",
		    "queue_mapping store");
	const struct bpf_insn sk[] = {LDX(BPF_DW, 0, 1, 168), EXIT};
	expect_diag(one_prog_module("sk", BPF_PROG_TYPE_SCHED_CLS, sk, N(sk)), "field sk: not supported", "sk");
	const struct bpf_insn atomic[] = {MOV64I(2, 1), INSN(BPF_STX | BPF_ATOMIC | BPF_W, 1, 2, 8, BPF_ADD), EXIT};
	expect_diag(one_prog_module("at", BPF_PROG_TYPE_SCHED_CLS, atomic, N(atomic)), "atomic operation",
		    "atomic on ctx");
}

static void test_socket_filter(void)
{
	const struct bpf_insn ok[] = {LDX(BPF_W, 0, 1, 0), STX(BPF_W, 1, 0, 48), EXIT};
	struct module *m = one_prog_module("sf", BPF_PROG_TYPE_SOCKET_FILTER, ok, N(ok));
	struct prog *p = expect_ok(m, 2, "socket filter len, cb");
	expect_insn(p, 0, LDXW, SKB_OFF(len), "sf len");
	expect_insn(p, 1, BPF_STX | BPF_MEM | BPF_W, SKB_OFF(cb), "sf cb[0] store");
	module_free(m);
	const struct bpf_insn data[] = {LDX(BPF_W, 0, 1, 76), EXIT};
	expect_diag(one_prog_module("sfd", BPF_PROG_TYPE_SOCKET_FILTER, data, N(data)), "field data",
		    "socket filter data");
	const struct bpf_insn mark[] = {STX(BPF_W, 1, 1, 8), EXIT};
	expect_diag(one_prog_module("sfm", BPF_PROG_TYPE_SOCKET_FILTER, mark, N(mark)), "store to struct __sk_buff field mark",
		    "socket filter mark store");
}

/* BPF_LD | BPF_ABS / BPF_IND become inline sequences (14 instructions for a byte, 16 for
 * an indirect half-word: see gen_ld_abs); jumps over them move. */
static void test_ld_abs(void)
{
	const struct bpf_insn prog[] = {
		MOV64(6, 1),                                     /* 0 */
		JGTI(1, 0, 2),                                   /* 1: to 4 */
		INSN(BPF_LD | BPF_ABS | BPF_B, 0, 0, 0, 23),     /* 2 */
		INSN(BPF_LD | BPF_IND | BPF_H, 0, 0, 0, 2),      /* 3: [r0 + 2] */
		EXIT,                                            /* 4 */
	};
	struct module *m = one_prog_module("sfa", BPF_PROG_TYPE_SOCKET_FILTER, prog, N(prog));
	struct prog *p = expect_ok(m, 2, "ld_abs");
	CHECK(p->n_insns == 3 + 14 + 16, "ld_abs: %u instructions, want 33", p->n_insns);
	CHECK(p->insns[1].off == 30, "ld_abs: the jump over the loads has off %d, want 30", p->insns[1].off);
	CHECK(p->insns[32].code == (BPF_JMP | BPF_EXIT), "ld_abs: the final exit moved to 32");
	CHECK(p->insns[2].code == (BPF_ALU64 | BPF_MOV | BPF_K) && p->insns[2].imm == 23, "ld_abs: r2 = 23 first");
	expect_insn(p, 6, LDXDW, SKB_OFF(data), "ld_abs: packet start");
	expect_insn(p, 7, LDXDW, SKB_OFF(data_end), "ld_abs: packet end");
	CHECK(p->insns[12].code == (BPF_LDX | BPF_MEM | BPF_B), "ld_abs: a byte load");
	CHECK(p->insns[16].dst_reg == 2 && p->insns[16].src_reg == 0, "ld_ind: r2 = r0");
	CHECK(p->insns[28].code == (BPF_ALU | BPF_END | BPF_TO_BE) && p->insns[28].imm == 16, "ld_ind: be16");
	CHECK(p->site[2].offset == 16 && p->site[15].offset == 16 && p->site[16].offset == 24 &&
	      p->site[32].offset == 32, "ld_abs: origins follow the original instructions");
	module_free(m);

	const struct bpf_insn no_r6[] = {INSN(BPF_LD | BPF_ABS | BPF_B, 0, 0, 0, 23), EXIT};
	expect_diag(one_prog_module("n6", BPF_PROG_TYPE_SOCKET_FILTER, no_r6, N(no_r6)), "cannot prove that r6",
		    "ld_abs without r6");
	const struct bpf_insn xdp[] = {MOV64(6, 1), INSN(BPF_LD | BPF_ABS | BPF_B, 0, 0, 0, 23), EXIT};
	expect_diag(one_prog_module("xa", BPF_PROG_TYPE_XDP, xdp, N(xdp)), "without an skb", "ld_abs in xdp");
	const struct bpf_insn dw[] = {MOV64(6, 1), INSN(BPF_LD | BPF_ABS | BPF_DW, 0, 0, 0, 0), EXIT};
	expect_diag(one_prog_module("dw", BPF_PROG_TYPE_SCHED_CLS, dw, N(dw)), "8-byte legacy", "ld_abs dw");
}

/* The context followed through moves, spills, helper calls and subprogram calls. */
static void test_tracking(void)
{
	const struct bpf_insn prog[] = {
		MOV64(6, 1),             /* 0: r6 = ctx */
		STX(BPF_DW, 10, 1, -8),  /* 1: spill ctx */
		MOV64(2, 10),            /* 2: r2 = fp */
		ADD64I(2, -16),          /* 3: r2 = fp - 16 */
		STX(BPF_DW, 2, 1, 0),    /* 4: spill ctx through r2 to fp-16 */
		CALL(5),                 /* 5: ktime_get_ns: r1-r5 clobbered */
		LDX(BPF_W, 0, 6, 0),     /* 6: len through r6 */
		LDX(BPF_DW, 3, 10, -8),  /* 7: reload from fp-8 */
		LDX(BPF_W, 0, 3, 8),     /* 8: mark through the reload */
		LDX(BPF_DW, 4, 10, -16), /* 9: reload from fp-16 */
		LDX(BPF_W, 0, 4, 4),     /* 10: pkt_type */
		MOV64(1, 6),             /* 11 */
		CALLSUB(2),              /* 12: call 15 */
		LDX(BPF_W, 0, 6, 16),    /* 13: protocol, r6 survives the call */
		EXIT,                    /* 14 */
		LDX(BPF_W, 0, 1, 40),    /* 15: subprog: ifindex through its r1 */
		EXIT,                    /* 16 */
	};
	struct module *m = one_prog_module("track", BPF_PROG_TYPE_SCHED_CLS, prog, N(prog));
	struct prog *p = expect_ok(m, 5, "tracking");
	expect_insn(p, 6, LDXW, SKB_OFF(len), "through r6");
	expect_insn(p, 8, LDXW, SKB_OFF(mark), "through a spill");
	expect_insn(p, 10, LDXW, SKB_OFF(pkt_type), "through a spill by pointer");
	expect_insn(p, 13, LDXW, SKB_OFF(protocol), "after a subprogram call");
	expect_insn(p, 15, LDXW, SKB_OFF(ifindex), "in a subprogram");
	/* stack accesses themselves are untouched */
	expect_insn(p, 7, LDXDW, -8, "stack reload");
	module_free(m);

	/* A spill overwritten by a scalar: the reload is not the context. */
	const struct bpf_insn over[] = {
		STX(BPF_DW, 10, 1, -8), ST(BPF_DW, 10, -8, 0), LDX(BPF_DW, 2, 10, -8),
		LDX(BPF_W, 0, 2, 0), EXIT,
	};
	m = one_prog_module("over", BPF_PROG_TYPE_SCHED_CLS, over, N(over));
	p = expect_ok(m, 0, "overwritten spill");
	expect_insn(p, 3, LDXW, 0, "not a ctx access");
	module_free(m);
}

static void test_unprovable(void)
{
	/* r1 is the context on one path and the stack on the other. */
	const struct bpf_insn mixed[] = {
		JGTI(2, 0, 1), MOV64(1, 10), LDX(BPF_W, 0, 1, -8), EXIT,
	};
	struct module *m = one_prog_module("mixed", BPF_PROG_TYPE_SCHED_CLS, mixed, N(mixed));
	m->progs[0].insns[0].dst_reg = 1; /* compare r1 itself: r2 is not written */
	expect_diag(m, "prog mixed insn 2: cannot prove that r1 holds the context", "mixed paths");

	const struct bpf_insn moved[] = {ADD64I(1, 4), LDX(BPF_W, 0, 1, 0), EXIT};
	expect_diag(one_prog_module("moved", BPF_PROG_TYPE_XDP, moved, N(moved)), "insn 1: access through r1, a context pointer moved",
		    "moved ctx");

	/* A subprogram called with the context from one site and a stack pointer from another. */
	const struct bpf_insn sub[] = {
		CALLSUB(4),           /* 0: call 5 with ctx */
		MOV64(1, 10),         /* 1 */
		ADD64I(1, -8),        /* 2 */
		CALLSUB(1),           /* 3: call 5 with fp-8 */
		EXIT,                 /* 4 */
		LDX(BPF_W, 0, 1, 0),  /* 5 */
		EXIT,
	};
	expect_diag(one_prog_module("sub", BPF_PROG_TYPE_XDP, sub, N(sub)), "insn 5: cannot prove", "subprog mixed");
}

static void test_raw_untouched(void)
{
	const struct bpf_insn prog[] = {LDX(BPF_W, 0, 1, 0), LDX(BPF_W, 0, 1, 88), EXIT};
	struct module *m = one_prog_module("kp", BPF_PROG_TYPE_KPROBE, prog, N(prog));
	struct prog *p = expect_ok(m, 0, "kprobe");
	CHECK(!memcmp(p->insns, prog, sizeof(prog)), "kprobe program changed");
	CHECK(ctx_kind_of_prog(p) == BPFAOT_CTX_RAW, "kprobe ctx kind");
	module_free(m);
	m = one_prog_module("x", BPF_PROG_TYPE_XDP, prog, N(prog));
	CHECK(ctx_kind_of_prog(&m->progs[0]) == BPFAOT_CTX_XDP, "xdp ctx kind");
	m->progs[0].type = BPF_PROG_TYPE_SCHED_ACT;
	CHECK(ctx_kind_of_prog(&m->progs[0]) == BPFAOT_CTX_SKB, "sched_act ctx kind");
	m->progs[0].type = BPF_PROG_TYPE_SOCKET_FILTER;
	CHECK(ctx_kind_of_prog(&m->progs[0]) == BPFAOT_CTX_SKB, "socket filter ctx kind");
	module_free(m);
}

static void test_layouts(void)
{
	CHECK(sizeof(struct bpfaot_xdp_ctx) == BPFAOT_XDP_CTX_SIZE, "xdp ctx size %zu", sizeof(struct bpfaot_xdp_ctx));
	CHECK(sizeof(struct bpfaot_skb_ctx) == BPFAOT_SKB_CTX_SIZE, "skb ctx size %zu", sizeof(struct bpfaot_skb_ctx));
	CHECK(offsetof(struct bpfaot_xdp_ctx, ingress_ifindex) == 32, "xdp ingress_ifindex at 32");
	CHECK(offsetof(struct bpfaot_xdp_ctx, user) == 48, "xdp user at 48");
	CHECK(offsetof(struct bpfaot_skb_ctx, len) == 24, "skb len at 24");
	CHECK(offsetof(struct bpfaot_skb_ctx, cb) == 72, "skb cb at 72");
	CHECK(offsetof(struct bpfaot_skb_ctx, cb) % 8 == offsetof(struct __sk_buff, cb) % 8, "cb alignment kept");
	CHECK(offsetof(struct bpfaot_skb_ctx, tstamp) == 120, "skb tstamp at 120");
	CHECK(offsetof(struct bpfaot_skb_ctx, user) == 136, "skb user at 136");
}

int main(void)
{
	test_layouts();
	test_xdp_fields();
	test_xdp_devmap_egress();
	test_xdp_refused();
	test_tc_fields();
	test_tc_refused();
	test_socket_filter();
	test_ld_abs();
	test_tracking();
	test_unprovable();
	test_raw_untouched();
	printf("%d checks, %d failures\n", checks, failures);
	return failures ? 1 : 0;
}
