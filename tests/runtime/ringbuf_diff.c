/* ringbuf_diff.c - ringbuf_diff.bpf.c run once in the kernel (BPF_PROG_TEST_RUN) and once
 * compiled by bpfaot: the program's observations (`out`: reserve results, query values,
 * output return codes) and the records each ring buffer holds afterwards must be the same.
 * argv[1] is the BPF object. Skipped (77) where the kernel does not load it. */
#include "rt_test.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

extern struct bpfaot_object rbd__object;
uint64_t rbd__probe(void *ctx);

#define N_OUT 40
#define MAX_RECORDS 64

struct records {
	int n;
	size_t size[MAX_RECORDS];
	unsigned char first[MAX_RECORDS];
	unsigned char last[MAX_RECORDS];
};

static int collect(void *ctx, void *data, size_t size)
{
	struct records *r = ctx;
	if (r->n < MAX_RECORDS) {
		r->size[r->n] = size;
		r->first[r->n] = size ? ((unsigned char *)data)[0] : 0;
		r->last[r->n] = size ? ((unsigned char *)data)[size - 1] : 0;
	}
	r->n++;
	return 0;
}

static int run_in_kernel(const char *path, uint64_t *out, struct records *recs)
{
	libbpf_set_print(NULL);
	struct bpf_object *obj = bpf_object__open_file(path, NULL);
	if (!obj || bpf_object__load(obj) != 0)
		return -1;
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, "probe");
	struct bpf_map *out_map = bpf_object__find_map_by_name(obj, "out");
	struct bpf_map *rb = bpf_object__find_map_by_name(obj, "rb");
	LIBBPF_OPTS(bpf_test_run_opts, opts);
	int err = prog && out_map && rb ? bpf_prog_test_run_opts(bpf_program__fd(prog), &opts) : -1;
	if (err == 0) {
		for (uint32_t i = 0; i < N_OUT; i++)
			bpf_map_lookup_elem(bpf_map__fd(out_map), &i, &out[i]);
		struct ring_buffer *ring = ring_buffer__new(bpf_map__fd(rb), collect, recs, NULL);
		if (ring) {
			ring_buffer__consume(ring);
			ring_buffer__free(ring);
		} else {
			err = -1;
		}
	}
	bpf_object__close(obj);
	return err;
}

int main(int argc, char **argv)
{
	static uint64_t kout[N_OUT], aout[N_OUT];
	static struct records krec, arec;
	if (argc < 2)
		return 2;
	if (run_in_kernel(argv[1], kout, &krec) != 0) {
		printf("SKIP: the kernel does not load or run %s\n", argv[1]);
		return 77;
	}
	CHECK_EQ(rbd__probe(NULL), 0);
	struct bpfaot_map *out = bpfaot_object_find_map(&rbd__object, "out");
	struct bpfaot_map *rb = bpfaot_object_find_map(&rbd__object, "rb");
	CHECK(out && rb);
	if (!out || !rb)
		return 1;
	for (uint32_t i = 0; i < N_OUT; i++)
		CHECK_EQ(bpfaot_map_lookup_elem(out, &i, 4, &aout[i], 8, 0), 0);
	CHECK(bpfaot_ringbuf_consume(rb, collect, &arec) >= 0);
	for (int i = 0; i < N_OUT; i++) {
		if (kout[i] != aout[i])
			fprintf(stderr, "out[%d]: kernel 0x%llx, runtime 0x%llx\n", i,
				(unsigned long long)kout[i], (unsigned long long)aout[i]);
		CHECK(kout[i] == aout[i]);
	}
	CHECK_EQ(arec.n, krec.n);
	for (int i = 0; i < krec.n && i < arec.n && i < MAX_RECORDS; i++) {
		CHECK_EQ(arec.size[i], krec.size[i]);
		CHECK_EQ(arec.first[i], krec.first[i]);
		CHECK_EQ(arec.last[i], krec.last[i]);
	}
	printf("%s ring buffer: %d observations and %d records agree with the kernel\n",
	       test_failures ? "FAIL" : "ok  ", N_OUT, krec.n);
	return TEST_EXIT();
}
