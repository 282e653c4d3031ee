/* bpfaot_run_main(): options, the RAW protocol, exit codes, and the exact output of
 * docs/run-output.md for every kind of map (expected texts derived by hand from that
 * document). */
#include "rt_test.h"

#include <linux/bpf.h>
#include <unistd.h>

static uint64_t counts_storage[4];
static struct bpfaot_map counts = {.type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 8,
				   .max_entries = 4, .name = "counts",
				   .storage = counts_storage};
static struct bpfaot_map stats = {.type = BPF_MAP_TYPE_PERCPU_ARRAY, .key_size = 4,
				  .value_size = 8, .max_entries = 2, .name = "stats"};
static struct bpfaot_map flows = {.type = BPF_MAP_TYPE_HASH, .key_size = 4, .value_size = 4,
				  .max_entries = 8, .name = "flows"};
static struct bpfaot_map lru = {.type = BPF_MAP_TYPE_LRU_PERCPU_HASH, .key_size = 2,
				.value_size = 4, .max_entries = 8, .name = "lru"};
static void *jmp_slots[16];
static struct bpfaot_map jmp = {.type = BPF_MAP_TYPE_PROG_ARRAY, .key_size = 4, .value_size = 4,
				.max_entries = 8, .owner_prog_type = BPFAOT_OWNER_UNSET,
				.name = "jmp", .storage = jmp_slots};
static struct bpfaot_map events = {.type = BPF_MAP_TYPE_RINGBUF, .max_entries = 4096,
				   .name = "events"};
static uint64_t rodata_storage[1] = {0x2a};
static struct bpfaot_map rodata = {.type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 4,
				   .max_entries = 1, .flags = BPF_F_RDONLY_PROG,
				   .name = ".rodata", .storage = rodata_storage};
static struct bpfaot_map *maps[] = {&counts, &stats, &flows, &lru, &jmp, &events, &rodata};

/* prog_a(data, len): the RAW protocol; returns len + data[0], or 0xdead without data. */
static uint64_t prog_a(void *data, uint64_t len)
{
	uint32_t k;
	uint64_t v;
	k = 0, v = 1;
	H4(bpfaot_helper_map_update_elem, &counts, &k, &v, BPF_ANY);
	k = 2, v = 5;
	H4(bpfaot_helper_map_update_elem, &counts, &k, &v, BPF_ANY);
	k = 1, v = 3;
	H4(bpfaot_helper_map_update_elem, &stats, &k, &v, BPF_ANY);
	uint32_t order[3] = {3, 1, 0x100};
	for (int i = 0; i < 3; i++) {
		uint32_t val = order[i] * 2;
		H4(bpfaot_helper_map_update_elem, &flows, &order[i], &val, BPF_ANY);
	}
	uint16_t lk = 0x0201;
	uint32_t lv = 9;
	H4(bpfaot_helper_map_update_elem, &lru, &lk, &lv, BPF_ANY);
	H4(bpfaot_helper_ringbuf_output, &events, "ab", 2, 0);
	H4(bpfaot_helper_ringbuf_output, &events, "cd", 2, 0);
	void *r = (void *)(uintptr_t)H3(bpfaot_helper_ringbuf_reserve, &events, 8, 0);
	if (r)
		H2(bpfaot_helper_ringbuf_discard, r, 0);
	if (!data && len == 0)
		return 0xdead;
	return len + ((unsigned char *)data)[0];
}

static uint64_t prog_b(void *ctx)
{
	(void)ctx;
	return 0;
}

/* counts[3] += 1 and its new value; the input's first byte must still be 0x10 (each run
 * gets a fresh copy of the input), which the program then overwrites. */
static uint64_t prog_count(void *data, uint64_t len)
{
	unsigned char *bytes = data;
	if (len < 1 || bytes[0] != 0x10)
		return 0xbad;
	bytes[0] = 0xff;
	counts_storage[3]++;
	return counts_storage[3];
}

#define ENTRY(f) ((uint64_t(*)(void *))(void (*)(void))(f))
static struct bpfaot_prog progs[] = {
	{.name = "prog_a", .section = "raw", .func = ENTRY(prog_a)},
	{.name = "prog_b", .section = "raw", .func = prog_b,
	 .tail_entry = (const void *)(uintptr_t)prog_b},
	{.name = "count", .section = "raw", .func = ENTRY(prog_count)},
};
static struct bpfaot_object obj = {.abi_version = BPFAOT_ABI_VERSION, .n_progs = 3, .n_maps = 7,
				   .name = "obj", .progs = progs, .maps = maps};

/* bpfaot_run_main with stdout captured into out. */
static int run(char *out, size_t out_size, int argc, char **argv)
{
	fflush(stdout);
	FILE *tmp = tmpfile();
	int saved = dup(1);
	dup2(fileno(tmp), 1);
	int status = bpfaot_run_main(&obj, argc, argv);
	fflush(stdout);
	dup2(saved, 1);
	close(saved);
	rewind(tmp);
	size_t n = fread(out, 1, out_size - 1, tmp);
	out[n] = '\0';
	fclose(tmp);
	return status;
}

static const char *data_file(void)
{
	static char path[64];
	snprintf(path, sizeof(path), "/tmp/bpfaot-run-main-XXXXXX");
	int fd = mkstemp(path);
	unsigned char bytes[3] = {0x10, 0x20, 0x30};
	if (fd < 0 || write(fd, bytes, 3) != 3)
		return NULL;
	close(fd);
	return path;
}

static void test_maps_output(void)
{
	const char *path = data_file();
	CHECK(path != NULL);
	for (int i = 0; i < 7; i++)
		maps[i]->object = &obj;
	CHECK_EQ(bpfaot_prog_array_update(&jmp, 0, &progs[1]), 0);
	uint32_t k = 0;
	uint64_t per_cpu[2] = {1, 2}; /* host-set values of both CPUs: summed to 3 */
	CHECK_EQ(bpfaot_map_update_elem(&stats, &k, 4, per_cpu, sizeof(per_cpu), BPF_ANY), 0);
	char *argv[] = {"run", "--prog", "prog_a", "--data", (char *)path, "--maps", NULL};
	char out[2048];
	CHECK_EQ(run(out, sizeof(out), 6, argv), 0);
	const char *expected = "0x13\n"
			       "map counts array key=4 value=8 max=4\n"
			       "  00000000: 0100000000000000\n"
			       "  02000000: 0500000000000000\n"
			       "map stats percpu_array key=4 value=8 max=2\n"
			       "  00000000: 0300000000000000\n"
			       "  01000000: 0300000000000000\n"
			       "map flows hash key=4 value=4 max=8\n"
			       "  00010000: 00020000\n"
			       "  01000000: 02000000\n"
			       "  03000000: 06000000\n"
			       "map lru lru_percpu_hash key=2 value=4 max=8\n"
			       "  0102: 09000000\n"
			       "map jmp prog_array key=4 value=4 max=8\n"
			       "  00000000: prog_b\n"
			       "map events ringbuf key=0 value=0 max=4096\n"
			       "  records: 2\n"
			       "map .rodata array key=4 value=4 max=1\n"
			       "  00000000: 2a000000\n";
	if (strcmp(out, expected) != 0)
		fprintf(stderr, "got:\n%s\nexpected:\n%s", out, expected);
	CHECK(strcmp(out, expected) == 0);
	unlink(path);
}

static void test_without_data_and_forms(void)
{
	char out[2048];
	char *argv[] = {"run", "--prog=prog_a", NULL};
	CHECK_EQ(run(out, sizeof(out), 2, argv), 0);
	CHECK(strcmp(out, "0xdead\n") == 0);
	char *argv_b[] = {"run", "--prog", "prog_b", NULL};
	CHECK_EQ(run(out, sizeof(out), 3, argv_b), 0);
	CHECK(strcmp(out, "0x0\n") == 0);
}

static void test_set_prog_array_and_repeat(void)
{
	char out[2048];
	const char *path = data_file();
	char *set[] = {"run", "--prog", "prog_b", "--set-prog-array", "jmp:3:prog_b",
		       "--set-prog-array=jmp:0:none", "--set-prog-array", "jmp:5:none", NULL};
	CHECK_EQ(run(out, sizeof(out), 8, set), 0);
	CHECK(bpfaot_prog_array_get(&jmp, 3) == &progs[1]);
	CHECK(bpfaot_prog_array_get(&jmp, 0) == NULL);
	char *bad_spec[] = {"run", "--prog", "prog_b", "--set-prog-array", "jmp:x:prog_b", NULL};
	CHECK_EQ(run(out, sizeof(out), 5, bad_spec), 2);
	CHECK_EQ(out[0], '\0');
	char *no_map[] = {"run", "--prog", "prog_b", "--set-prog-array", "counts:0:prog_b", NULL};
	CHECK_EQ(run(out, sizeof(out), 5, no_map), 1);
	char *no_prog[] = {"run", "--prog", "prog_b", "--set-prog-array", "jmp:0:nope", NULL};
	CHECK_EQ(run(out, sizeof(out), 5, no_prog), 1);
	char *too_far[] = {"run", "--prog", "prog_b", "--set-prog-array", "jmp:8:prog_b", NULL};
	CHECK_EQ(run(out, sizeof(out), 5, too_far), 1);
	CHECK_EQ(out[0], '\0');
	uint64_t before = counts_storage[3];
	char *repeat[] = {"run", "--prog", "count", "--data", (char *)path, "--repeat", "3", NULL};
	CHECK_EQ(run(out, sizeof(out), 7, repeat), 0);
	char expected[32];
	snprintf(expected, sizeof(expected), "0x%llx\n", (unsigned long long)(before + 3));
	CHECK(strcmp(out, expected) == 0);
	char *bad_repeat[] = {"run", "--prog", "count", "--repeat", "0", NULL};
	CHECK_EQ(run(out, sizeof(out), 5, bad_repeat), 2);
	unlink(path);
}

static void test_errors(void)
{
	char out[256];
	char *no_prog[] = {"run", NULL};
	CHECK_EQ(run(out, sizeof(out), 1, no_prog), 2); /* several programs: --prog needed */
	CHECK_EQ(out[0], '\0');
	char *unknown_opt[] = {"run", "--frobnicate", NULL};
	CHECK_EQ(run(out, sizeof(out), 2, unknown_opt), 2);
	char *missing_value[] = {"run", "--prog", NULL};
	CHECK_EQ(run(out, sizeof(out), 2, missing_value), 2);
	char *unknown_prog[] = {"run", "--prog", "nope", NULL};
	CHECK_EQ(run(out, sizeof(out), 3, unknown_prog), 1);
	char *no_file[] = {"run", "--prog", "prog_b", "--data", "/nonexistent/bpfaot", NULL};
	CHECK_EQ(run(out, sizeof(out), 5, no_file), 1);
	CHECK_EQ(out[0], '\0');
	/* an object the runtime cannot open */
	struct bpfaot_object bad = obj;
	bad.abi_version = 99;
	struct bpfaot_object saved = obj;
	obj = bad;
	char *argv_b[] = {"run", "--prog", "prog_b", NULL};
	CHECK_EQ(run(out, sizeof(out), 3, argv_b), 1);
	obj = saved;
}

int main(void)
{
	CHECK_EQ(bpfaot_set_nr_cpus(2), 0);
	RUN(test_maps_output);
	RUN(test_without_data_and_forms);
	RUN(test_set_prog_array_and_repeat);
	RUN(test_errors);
	return TEST_EXIT();
}
