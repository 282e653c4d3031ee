/* probe.c - which program types this kernel can BPF_PROG_TEST_RUN, with and without
 * `repeat`, and the cost per run of an empty program of each (`bpfaot-bench --probe`). */
#include "harness.h"

#include <bpf/bpf.h>
#include <errno.h>
#include <linux/bpf.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct probe_type {
	const char *name;
	enum bpf_prog_type type;
	enum bpf_attach_type attach;
	int packet;      /* takes data_in */
	size_t ctx_size; /* ctx_in size, 0 for none */
};

static const struct probe_type probe_types[] = {
	{ "tc (sched_cls)", BPF_PROG_TYPE_SCHED_CLS, 0, 1, 0 },
	{ "xdp", BPF_PROG_TYPE_XDP, 0, 1, 0 },
	{ "socket_filter", BPF_PROG_TYPE_SOCKET_FILTER, 0, 1, 0 },
	{ "cgroup_skb", BPF_PROG_TYPE_CGROUP_SKB, BPF_CGROUP_INET_INGRESS, 1, 0 },
	{ "lwt_in", BPF_PROG_TYPE_LWT_IN, 0, 1, 0 },
	{ "flow_dissector", BPF_PROG_TYPE_FLOW_DISSECTOR, BPF_FLOW_DISSECTOR, 1, 0 },
	{ "sk_lookup", BPF_PROG_TYPE_SK_LOOKUP, BPF_SK_LOOKUP, 0, sizeof(struct bpf_sk_lookup) },
	{ "raw_tracepoint", BPF_PROG_TYPE_RAW_TRACEPOINT, 0, 0, 16 },
	{ "syscall", BPF_PROG_TYPE_SYSCALL, 0, 0, 16 },
};

static int probe_load(const struct probe_type *t)
{
	/* r0 = 0 (SK_PASS = 1 for sk_lookup); exit */
	struct bpf_insn insns[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = t->type == BPF_PROG_TYPE_SK_LOOKUP },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	LIBBPF_OPTS(bpf_prog_load_opts, opts, .expected_attach_type = t->attach);
	if (t->type == BPF_PROG_TYPE_SYSCALL)
		opts.prog_flags = BPF_F_SLEEPABLE;
	return bpf_prog_load(t->type, "probe", "GPL", insns, 2, &opts);
}

static void probe_one(const struct probe_type *t, const unsigned char *pkt)
{
	unsigned char ctx[256] = { 0 };
	struct bpf_sk_lookup *sk = (void *)ctx;
	printf("%-16s", t->name);
	int fd = probe_load(t);
	if (fd < 0) {
		printf(" load: %s\n", strerror(errno));
		return;
	}
	if (t->type == BPF_PROG_TYPE_SK_LOOKUP) {
		sk->family = 2; /* AF_INET */
		sk->protocol = 6;
	}
	/* One call with repeat = 0 (some types accept nothing else), then the best of five
	 * calls with a large repeat. */
	for (int i = 0; i < 2; i++) {
		uint32_t repeat = i ? 100000 : 0;
		double best = -1;
		uint32_t duration = 0;
		int err = 0;
		for (int s = 0; s < (i ? 5 : 1) && !err; s++) {
			LIBBPF_OPTS(bpf_test_run_opts, opts, .repeat = repeat);
			if (t->packet) {
				opts.data_in = pkt;
				opts.data_size_in = 64;
			}
			if (t->ctx_size) {
				opts.ctx_in = ctx;
				opts.ctx_size_in = t->ctx_size;
			}
			int64_t t0 = bench_now_ns();
			err = bpf_prog_test_run_opts(fd, &opts) ? errno : 0;
			double ns = (double)(bench_now_ns() - t0);
			if (!err && (best < 0 || ns < best)) {
				best = ns;
				duration = opts.duration;
			}
		}
		if (err)
			printf("  repeat=%-6u %-30s", repeat, strerror(err));
		else if (i)
			printf("  repeat=%-6u %6.2f ns/run wall, duration %u ns", repeat,
			       best / repeat, duration);
		else
			printf("  repeat=%-6u ok, one call %7.1f us     ", repeat, best / 1e3);
	}
	printf("\n");
	close(fd);
}

void bench_probe_types(void)
{
	unsigned char pkt[BENCH_PKT_SIZE];
	bench_packet_fill(pkt, PKT_FLOWS);
	printf("BPF_PROG_TEST_RUN of an empty program per type (wall clock includes the syscall;\n"
	       "duration is the kernel's own average, truncated to whole ns):\n");
	for (size_t i = 0; i < sizeof(probe_types) / sizeof(probe_types[0]); i++)
		probe_one(&probe_types[i], pkt);
}
