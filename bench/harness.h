/* harness.h - shared declarations of the benchmark harness (bench_ prefix). */
#ifndef BENCH_HARNESS_H
#define BENCH_HARNESS_H

#include <stddef.h>
#include <stdint.h>

#define BENCH_SLOTS 8
#define BENCH_SLOT_SIZE 128
#define BENCH_PKT_SIZE (BENCH_SLOTS * BENCH_SLOT_SIZE)

enum bench_pkt_kind { PKT_RANDOM, PKT_FLOWS };

/* packet.c: fill `pkt` (BENCH_PKT_SIZE bytes) with the input of that kind. */
void bench_packet_fill(unsigned char *pkt, enum bench_pkt_kind kind);

/* kernel.c: one BPF object loaded into the kernel, its entry program run with
 * BPF_PROG_TEST_RUN. */
struct bench_kernel {
	struct bpf_object *obj;
	int prog_fd;
	uint32_t jited_len; /* sum over the object's programs */
	uint32_t xlated_insns;
};
/* Loads PATH and finds program ENTRY; on failure returns -errno and writes a reason. */
int bench_kernel_open(struct bench_kernel *k, const char *path, const char *entry,
		      char *reason, size_t reason_size);
void bench_kernel_close(struct bench_kernel *k);
/* Runs the entry `repeat` times on the packet; returns wall-clock ns (<0: -errno). */
int64_t bench_kernel_run(struct bench_kernel *k, const unsigned char *pkt, uint32_t repeat,
			 uint32_t *retval);
/* Counts the instructions of every program of PATH, and times bpf_object__load of it. */
int bench_kernel_load_time(const char *path, uint64_t *insns, int64_t *load_ns);

int64_t bench_now_ns(void);

/* probe.c: prints which program types BPF_PROG_TEST_RUN accepts here, and their cost. */
void bench_probe_types(void);

#endif
