/* maps_diff.c - maps_diff.bpf.c run once in the kernel (BPF_PROG_TEST_RUN) and once
 * compiled by bpfaot: every map afterwards (per-CPU values summed over CPUs, the view that
 * does not depend on which CPU ran the program) must be the same. argv[1] is the BPF
 * object. Skipped (77) where the kernel does not load it. */
#include "rt_test.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

extern struct bpfaot_object md__object;
uint64_t md__ops(void *ctx);

#define MAX_ELEMS 64

struct contents {
	int n;
	uint32_t key[MAX_ELEMS];
	uint64_t value[MAX_ELEMS]; /* values are at most 8 bytes here */
};

static int ncpu;

static uint64_t summed(const unsigned char *values, uint32_t value_size, bool percpu)
{
	uint64_t sum = 0;
	for (int c = 0; c < (percpu ? ncpu : 1); c++) {
		uint64_t v = 0;
		memcpy(&v, values + (size_t)c * ((value_size + 7) / 8 * 8), value_size);
		sum += v;
	}
	return sum;
}

static int compare_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static void kernel_contents(int fd, uint32_t value_size, bool percpu, struct contents *c)
{
	unsigned char values[8 * 512];
	uint32_t key, prev;
	const void *cur = NULL;
	c->n = 0;
	while (c->n < MAX_ELEMS && bpf_map_get_next_key(fd, cur, &key) == 0) {
		c->key[c->n++] = key;
		prev = key;
		cur = &prev;
	}
	qsort(c->key, (size_t)c->n, 4, compare_u32);
	for (int i = 0; i < c->n; i++) {
		c->value[i] = ~0ull;
		if (bpf_map_lookup_elem(fd, &c->key[i], values) == 0)
			c->value[i] = summed(values, value_size, percpu);
	}
}

static void aot_contents(struct bpfaot_map *m, bool percpu, struct contents *c)
{
	unsigned char values[8 * 512];
	size_t vsize = percpu ? (m->value_size + 7) / 8 * 8 * (size_t)ncpu : m->value_size;
	uint32_t key, prev;
	const void *cur = NULL;
	c->n = 0;
	while (c->n < MAX_ELEMS && bpfaot_map_get_next_key(m, cur, &key, 4) == 0) {
		c->key[c->n++] = key;
		prev = key;
		cur = &prev;
	}
	qsort(c->key, (size_t)c->n, 4, compare_u32);
	for (int i = 0; i < c->n; i++) {
		c->value[i] = ~0ull;
		if (bpfaot_map_lookup_elem(m, &c->key[i], 4, values, vsize, 0) == 0)
			c->value[i] = summed(values, m->value_size, percpu);
	}
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	ncpu = libbpf_num_possible_cpus();
	if (ncpu < 1 || bpfaot_set_nr_cpus(ncpu) != 0) {
		printf("SKIP: cannot match the kernel's possible CPUs\n");
		return 77;
	}
	libbpf_set_print(NULL);
	struct bpf_object *obj = bpf_object__open_file(argv[1], NULL);
	if (!obj || bpf_object__load(obj) != 0) {
		printf("SKIP: the kernel does not load %s\n", argv[1]);
		return 77;
	}
	LIBBPF_OPTS(bpf_test_run_opts, opts);
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, "ops");
	if (!prog || bpf_prog_test_run_opts(bpf_program__fd(prog), &opts) != 0) {
		printf("SKIP: the kernel does not run the program\n");
		return 77;
	}
	CHECK_EQ(md__ops(NULL), 0);
	int maps = 0;
	struct bpf_map *km;
	bpf_object__for_each_map(km, obj) {
		const char *name = bpf_map__name(km);
		/* libbpf names global data "<obj>.bss"; the runtime keeps the section name */
		const char *dot = strchr(name, '.');
		struct bpfaot_map *am = bpfaot_object_find_map(&md__object, dot ? dot : name);
		CHECK(am != NULL);
		if (!am)
			continue;
		bool percpu = bpf_map__type(km) == BPF_MAP_TYPE_PERCPU_ARRAY ||
			      bpf_map__type(km) == BPF_MAP_TYPE_PERCPU_HASH;
		static struct contents k, a;
		kernel_contents(bpf_map__fd(km), bpf_map__value_size(km), percpu, &k);
		aot_contents(am, percpu, &a);
		bool same = k.n == a.n && memcmp(k.key, a.key, (size_t)k.n * 4) == 0 &&
			    memcmp(k.value, a.value, (size_t)k.n * 8) == 0;
		if (!same) {
			fprintf(stderr, "map %s differs:\n", name);
			for (int i = 0; i < k.n || i < a.n; i++)
				fprintf(stderr, "  kernel %u: %lld   runtime %u: %lld\n",
					i < k.n ? k.key[i] : 0, i < k.n ? (long long)k.value[i] : 0,
					i < a.n ? a.key[i] : 0, i < a.n ? (long long)a.value[i] : 0);
		}
		CHECK(same);
		maps++;
	}
	bpf_object__close(obj);
	printf("%s %d maps after the program agree with the kernel\n", test_failures ? "FAIL" : "ok  ",
	       maps);
	return TEST_EXIT();
}
