/* flowcount_kernel.c - the example's BPF programs run by the Linux kernel: the reference
 * for the daemon's `--dump` output.
 *
 * usage: flowcount_kernel FLOWCOUNT.BPF.O FILE.pcap
 * Loads the object with libbpf, installs handle_icmp at SLOT_ICMP (as the daemon does),
 * runs `classify` with BPF_PROG_TEST_RUN on every frame of the pcap, and prints verdicts,
 * counters, largest_packet, the flow table and the ring buffer's records (consumed after
 * every frame) exactly as `flowcount --dump` does.
 * Exits 77 (skip) with a message when the kernel does not let us load or run programs. */
#include "../../examples/flowcount/flowcount.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SKIP 77
#define N_VERDICTS 5
#define FLOW_KEY_SIZE 40

struct flow {
	unsigned char key[FLOW_KEY_SIZE];
	unsigned long long packets, bytes;
};

static int by_key(const void *a, const void *b)
{
	return memcmp(((const struct flow *)a)->key, ((const struct flow *)b)->key, FLOW_KEY_SIZE);
}

#define MAX_EVENTS 64
static unsigned char events[MAX_EVENTS][sizeof(struct syn_event)];
static size_t n_events;

static int on_event(void *ctx, void *data, size_t size)
{
	(void)ctx;
	if (size == sizeof(struct syn_event) && n_events < MAX_EVENTS)
		memcpy(events[n_events++], data, size);
	return 0;
}

static int silent(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: flowcount_kernel FLOWCOUNT.BPF.O FILE.pcap\n");
		return 2;
	}
	libbpf_set_print(silent);
	struct bpf_object *obj = bpf_object__open_file(argv[1], NULL);
	if (!obj) {
		fprintf(stderr, "flowcount_kernel: cannot open %s\n", argv[1]);
		return 1;
	}
	int err = bpf_object__load(obj);
	if (err) {
		printf("SKIP: the kernel refused to load %s (%s): needs root / CAP_BPF\n", argv[1], strerror(-err));
		return SKIP;
	}
	int classify = bpf_program__fd(bpf_object__find_program_by_name(obj, "classify"));
	int icmp = bpf_program__fd(bpf_object__find_program_by_name(obj, "handle_icmp"));
	int handlers = bpf_map__fd(bpf_object__find_map_by_name(obj, "handlers"));
	int counters = bpf_map__fd(bpf_object__find_map_by_name(obj, "counters"));
	int flows_fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "flows"));
	struct bpf_map *bss = NULL, *m;
	bpf_object__for_each_map(m, obj)
		if (strstr(bpf_map__name(m), ".bss"))
			bss = m;
	struct ring_buffer *rb = ring_buffer__new(bpf_map__fd(bpf_object__find_map_by_name(obj, "syn_events")),
						  on_event, NULL, NULL);
	if (!rb) {
		fprintf(stderr, "flowcount_kernel: ring_buffer__new: %s\n", strerror(errno));
		return 1;
	}
	__u32 slot = SLOT_ICMP;
	if (bpf_map_update_elem(handlers, &slot, &icmp, BPF_ANY)) {
		fprintf(stderr, "flowcount_kernel: prog array update: %s\n", strerror(errno));
		return 1;
	}

	FILE *f = fopen(argv[2], "rb");
	unsigned char hdr[24], rec[16], frame[4096];
	if (!f || fread(hdr, 1, 24, f) != 24) {
		fprintf(stderr, "flowcount_kernel: cannot read %s\n", argv[2]);
		return 1;
	}
	unsigned long long verdicts[N_VERDICTS + 1] = {0};
	while (fread(rec, 1, 16, f) == 16) {
		__u32 len;
		memcpy(&len, rec + 8, 4);
		if (len > sizeof(frame) || fread(frame, 1, len, f) != len) {
			fprintf(stderr, "flowcount_kernel: truncated pcap\n");
			return 1;
		}
		LIBBPF_OPTS(bpf_test_run_opts, opts, .data_in = frame, .data_size_in = len, .repeat = 1);
		err = bpf_prog_test_run_opts(classify, &opts);
		if (err) {
			if (errno == EPERM || errno == EACCES) {
				printf("SKIP: BPF_PROG_TEST_RUN not permitted: %s\n", strerror(errno));
				return SKIP;
			}
			fprintf(stderr, "flowcount_kernel: BPF_PROG_TEST_RUN on a %u-byte frame: %s\n", len,
				strerror(errno));
			return 1;
		}
		verdicts[opts.retval < N_VERDICTS ? opts.retval : N_VERDICTS]++;
		if (ring_buffer__consume(rb) < 0) {
			fprintf(stderr, "flowcount_kernel: ring_buffer__consume failed\n");
			return 1;
		}
	}
	fclose(f);

	for (int v = 0; v <= N_VERDICTS; v++)
		printf("verdict %d: %llu\n", v, verdicts[v]);
	for (__u32 c = 0; c < N_COUNTERS; c++) {
		__u64 value = 0;
		bpf_map_lookup_elem(counters, &c, &value);
		printf("counter %u: %llu\n", c, (unsigned long long)value);
	}
	__u32 zero = 0, largest = 0;
	if (bss)
		bpf_map_lookup_elem(bpf_map__fd(bss), &zero, &largest);
	printf("largest_packet: %u\n", largest);

	struct flow flows[1024];
	size_t n = 0;
	unsigned char key[FLOW_KEY_SIZE], next[FLOW_KEY_SIZE];
	void *prev = NULL;
	while (n < 1024 && !bpf_map_get_next_key(flows_fd, prev, next)) {
		__u64 stats[2];
		memcpy(flows[n].key, next, FLOW_KEY_SIZE);
		bpf_map_lookup_elem(flows_fd, next, stats);
		flows[n].packets = stats[0];
		flows[n].bytes = stats[1];
		n++;
		memcpy(key, next, FLOW_KEY_SIZE);
		prev = key;
	}
	qsort(flows, n, sizeof(flows[0]), by_key);
	for (size_t i = 0; i < n; i++) {
		printf("flow ");
		for (int j = 0; j < FLOW_KEY_SIZE; j++)
			printf("%02x", flows[i].key[j]);
		printf(": %llu %llu\n", flows[i].packets, flows[i].bytes);
	}
	for (size_t i = 0; i < n_events; i++) {
		printf("event ");
		for (size_t j = 0; j < sizeof(struct syn_event); j++)
			printf("%02x", events[i][j]);
		printf("\n");
	}
	ring_buffer__free(rb);
	bpf_object__close(obj);
	return 0;
}
