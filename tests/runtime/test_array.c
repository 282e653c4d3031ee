/* Array, per-CPU array and global-data maps, from the host and from programs, against the
 * kernel's semantics (kernel/bpf/arraymap.c); constants against <linux/bpf.h>. */
#include "rt_test.h"

#include <linux/bpf.h>

_Static_assert(BPFAOT_MAP_TYPE_HASH == BPF_MAP_TYPE_HASH, "map type");
_Static_assert(BPFAOT_MAP_TYPE_ARRAY == BPF_MAP_TYPE_ARRAY, "map type");
_Static_assert(BPFAOT_MAP_TYPE_PROG_ARRAY == BPF_MAP_TYPE_PROG_ARRAY, "map type");
_Static_assert(BPFAOT_MAP_TYPE_PERCPU_HASH == BPF_MAP_TYPE_PERCPU_HASH, "map type");
_Static_assert(BPFAOT_MAP_TYPE_PERCPU_ARRAY == BPF_MAP_TYPE_PERCPU_ARRAY, "map type");
_Static_assert(BPFAOT_MAP_TYPE_LRU_HASH == BPF_MAP_TYPE_LRU_HASH, "map type");
_Static_assert(BPFAOT_MAP_TYPE_LRU_PERCPU_HASH == BPF_MAP_TYPE_LRU_PERCPU_HASH, "map type");
_Static_assert(BPFAOT_MAP_TYPE_RINGBUF == BPF_MAP_TYPE_RINGBUF, "map type");
_Static_assert(BPFAOT_ANY == BPF_ANY && BPFAOT_NOEXIST == BPF_NOEXIST &&
		       BPFAOT_EXIST == BPF_EXIST,
	       "update flags");
_Static_assert(BPFAOT_F_RDONLY_PROG == BPF_F_RDONLY_PROG, "map flags");
_Static_assert(BPFAOT_RB_NO_WAKEUP == BPF_RB_NO_WAKEUP &&
		       BPFAOT_RB_FORCE_WAKEUP == BPF_RB_FORCE_WAKEUP,
	       "ringbuf flags");
_Static_assert(BPFAOT_RB_AVAIL_DATA == BPF_RB_AVAIL_DATA &&
		       BPFAOT_RB_RING_SIZE == BPF_RB_RING_SIZE &&
		       BPFAOT_RB_CONS_POS == BPF_RB_CONS_POS && BPFAOT_RB_PROD_POS == BPF_RB_PROD_POS,
	       "ringbuf query flags");
/* Helper ids are the kernel's (helpers.def against enum bpf_func_id). */
#define HELPER(id, name) _Static_assert(id == BPF_FUNC_##name, #name);
#include "helpers.def"
#undef HELPER

/* value_size 12: elements are 16 bytes apart in the object's storage. */
static uint64_t counts_storage[4 * 2];
static struct bpfaot_map counts = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 12, 4, counts_storage);

static void test_array_storage_layout(void)
{
	uint32_t key = 2;
	unsigned char value[12];
	for (int i = 0; i < 12; i++)
		value[i] = (unsigned char)(i + 1);
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, value, 12, BPF_ANY), 0);
	/* index 2 starts at byte 2 * round_up(12, 8) = 32 of the storage */
	CHECK(memcmp((char *)counts_storage + 32, value, 12) == 0);
	void *p = (void *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &counts, &key);
	CHECK(p == (char *)counts_storage + 32);
	unsigned char out[12] = {0};
	CHECK_EQ(bpfaot_map_lookup_elem(&counts, &key, 4, out, 12, 0), 0);
	CHECK(memcmp(out, value, 12) == 0);
}

static void test_array_errors(void)
{
	uint32_t key = 4; /* == max_entries */
	unsigned char value[12] = {0};
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, value, 12, BPF_ANY), -E2BIG);
	CHECK_EQ(bpfaot_map_lookup_elem(&counts, &key, 4, value, 12, 0), -ENOENT);
	CHECK(H2(bpfaot_helper_map_lookup_elem, &counts, &key) == 0);
	key = 1;
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, value, 12, BPF_NOEXIST), -EEXIST);
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, value, 12, BPF_EXIST), 0);
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, value, 12, 3), -EINVAL);
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, value, 12, BPF_F_LOCK), -EINVAL);
	CHECK_EQ(bpfaot_map_delete_elem(&counts, &key, 4, 0), -EINVAL);
	/* wrong sizes */
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 8, value, 12, BPF_ANY), -EINVAL);
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, value, 16, BPF_ANY), -EINVAL);
	CHECK_EQ(bpfaot_map_lookup_elem(&counts, &key, 4, value, 8, 0), -EINVAL);
	CHECK_EQ(bpfaot_map_lookup_elem(&counts, &key, 4, value, 12, 1), -EINVAL);
	CHECK_EQ(bpfaot_map_delete_elem(&counts, &key, 2, 0), -EINVAL);
	/* from a program: the helper returns the errno as a 64-bit negative number */
	CHECK_EQ((int64_t)H4(bpfaot_helper_map_update_elem, &counts, &key, value, BPF_NOEXIST),
		 -EEXIST);
	CHECK_EQ((int64_t)H2(bpfaot_helper_map_delete_elem, &counts, &key), -EINVAL);
	key = 7;
	CHECK_EQ((int64_t)H4(bpfaot_helper_map_update_elem, &counts, &key, value, BPF_ANY), -E2BIG);
}

static void test_array_iteration(void)
{
	uint32_t key, next;
	CHECK_EQ(bpfaot_map_get_next_key(&counts, NULL, &next, 4), 0);
	CHECK_EQ(next, 0);
	key = 0;
	CHECK_EQ(bpfaot_map_get_next_key(&counts, &key, &next, 4), 0);
	CHECK_EQ(next, 1);
	key = 3;
	CHECK_EQ(bpfaot_map_get_next_key(&counts, &key, &next, 4), -ENOENT);
	key = 100; /* out of range restarts, as in the kernel */
	CHECK_EQ(bpfaot_map_get_next_key(&counts, &key, &next, 4), 0);
	CHECK_EQ(next, 0);
}

/* A .rodata-style global-data map: one element; the host may not write it. */
static uint64_t rodata_storage[1] = {0x1122334455667788u};
static struct bpfaot_map rodata = {
	.type = BPF_MAP_TYPE_ARRAY, .key_size = 4, .value_size = 8, .max_entries = 1,
	.flags = BPF_F_RDONLY_PROG, .owner_prog_type = BPFAOT_OWNER_UNSET,
	.owner_attach_type = BPFAOT_OWNER_UNSET, .name = ".rodata", .storage = rodata_storage,
};

static void test_global_data(void)
{
	uint32_t key = 0;
	uint64_t v = 0;
	CHECK_EQ(bpfaot_map_lookup_elem(&rodata, &key, 4, &v, 8, 0), 0);
	CHECK(v == 0x1122334455667788u);
	CHECK_EQ(bpfaot_map_update_elem(&rodata, &key, 4, &v, 8, BPF_ANY), -EPERM);
	key = 1;
	CHECK_EQ(bpfaot_map_lookup_elem(&rodata, &key, 4, &v, 8, 0), -ENOENT);
}

/* An array whose storage the object does not provide is allocated on first use. */
static struct bpfaot_map dynamic = MAP_INIT(BPF_MAP_TYPE_ARRAY, 4, 4, 3, NULL);

static void test_array_without_storage(void)
{
	uint32_t key = 1, v = 42, out = 0;
	CHECK_EQ(bpfaot_map_lookup_elem(&dynamic, &key, 4, &out, 4, 0), 0);
	CHECK_EQ(out, 0);
	CHECK_EQ(H4(bpfaot_helper_map_update_elem, &dynamic, &key, &v, BPF_ANY), 0);
	CHECK_EQ(bpfaot_map_lookup_elem(&dynamic, &key, 4, &out, 4, 0), 0);
	CHECK_EQ(out, 42);
}

static struct bpfaot_map pcpu = MAP_INIT(BPF_MAP_TYPE_PERCPU_ARRAY, 4, 4, 2, NULL);

static void test_percpu_array(void)
{
	int ncpu = bpfaot_num_possible_cpus();
	size_t host_size = 8 * (size_t)ncpu; /* round_up(4, 8) per CPU */
	uint64_t *all = calloc((size_t)ncpu, 8);
	uint32_t key = 1;
	/* a program updates its own CPU's value only */
	uint32_t v = 7;
	CHECK_EQ(H4(bpfaot_helper_map_update_elem, &pcpu, &key, &v, BPF_ANY), 0);
	uint32_t *mine = (uint32_t *)(uintptr_t)H2(bpfaot_helper_map_lookup_elem, &pcpu, &key);
	CHECK(mine && *mine == 7);
	int cpu = bpfaot_cpu_current();
	CHECK_EQ(bpfaot_map_lookup_elem(&pcpu, &key, 4, all, host_size, 0), 0);
	for (int c = 0; c < ncpu; c++)
		CHECK_EQ(all[c], c == cpu ? 7 : 0);
	/* the host sets every CPU's value */
	for (int c = 0; c < ncpu; c++)
		all[c] = (uint64_t)(100 + c);
	CHECK_EQ(bpfaot_map_update_elem(&pcpu, &key, 4, all, host_size, BPF_EXIST), 0);
	CHECK_EQ(*mine, 100 + cpu);
	CHECK_EQ(bpfaot_map_update_elem(&pcpu, &key, 4, all, 4, BPF_ANY), -EINVAL);
	CHECK_EQ(bpfaot_map_update_elem(&pcpu, &key, 4, all, host_size, BPF_NOEXIST), -EEXIST);
	key = 2;
	CHECK_EQ(bpfaot_map_update_elem(&pcpu, &key, 4, all, host_size, BPF_ANY), -E2BIG);
	CHECK_EQ(bpfaot_map_delete_elem(&pcpu, &key, 4, 0), -EINVAL);
	free(all);
}

static void test_type_names(void)
{
	CHECK(strcmp(bpfaot_map_type_name(BPF_MAP_TYPE_LRU_PERCPU_HASH), "lru_percpu_hash") == 0);
	CHECK(strcmp(bpfaot_map_type_name(BPF_MAP_TYPE_RINGBUF), "ringbuf") == 0);
	CHECK(strcmp(bpfaot_map_type_name(9999), "unknown") == 0);
}

static void test_unsupported_map(void)
{
	struct bpfaot_map devmap = MAP_INIT(BPF_MAP_TYPE_DEVMAP, 4, 4, 4, NULL);
	struct bpfaot_map bad_array = MAP_INIT(BPF_MAP_TYPE_ARRAY, 8, 4, 4, NULL);
	uint32_t v = 0;
	CHECK_EQ(bpfaot_map_update_elem(&devmap, &v, 4, &v, 4, 0), -EINVAL);
	CHECK_EQ(bpfaot_map_lookup_elem(&bad_array, &v, 8, &v, 4, 0), -EINVAL);
	CHECK_EQ(bpfaot_map_lookup_elem(NULL, &v, 4, &v, 4, 0), -EINVAL);
	CHECK(bad_array.impl == NULL);
	bpfaot_map_free(&devmap);
	bpfaot_map_free(&bad_array);
}

static uint64_t noop(void *ctx)
{
	(void)ctx;
	return 0;
}

static void test_object(void)
{
	static struct bpfaot_prog progs[] = {{.name = "first", .func = noop},
					     {.name = "second", .func = noop}};
	static struct bpfaot_map *maps[] = {&counts, &rodata, &dynamic};
	struct bpfaot_object obj = {.abi_version = BPFAOT_ABI_VERSION, .n_progs = 2, .n_maps = 3,
				    .name = "obj", .progs = progs, .maps = maps};
	CHECK_EQ(bpfaot_object_open(&obj), 0);
	CHECK(bpfaot_object_find_map(&obj, ".rodata") == &rodata);
	CHECK(bpfaot_object_find_map(&obj, "rodata") == &rodata); /* as the symbol names it */
	CHECK(bpfaot_object_find_map(&obj, "BPF_MAP_TYPE_ARRAY") == &counts);
	CHECK(bpfaot_object_find_map(&obj, "nope") == NULL);
	CHECK(bpfaot_object_find_map(NULL, "rodata") == NULL);
	CHECK(bpfaot_object_find_prog(&obj, "second") == &progs[1]);
	CHECK(bpfaot_object_find_prog(&obj, "third") == NULL);
	/* close frees the state; arrays keep the values in their storage */
	uint32_t key = 2;
	uint64_t big[2] = {0x55, 0};
	CHECK_EQ(bpfaot_map_update_elem(&counts, &key, 4, big, 12, BPF_ANY), 0);
	bpfaot_object_close(&obj);
	CHECK(counts.impl == NULL && rodata.impl == NULL && dynamic.impl == NULL);
	uint64_t out[2] = {0, 0};
	CHECK_EQ(bpfaot_map_lookup_elem(&counts, &key, 4, out, 12, 0), 0);
	CHECK_EQ(out[0], 0x55);
	/* what open refuses */
	struct bpfaot_object bad = obj;
	bad.abi_version = BPFAOT_ABI_VERSION + 1;
	CHECK_EQ(bpfaot_object_open(&bad), -EINVAL);
	CHECK_EQ(bpfaot_object_open(NULL), -EINVAL);
	struct bpfaot_map devmap = MAP_INIT(BPF_MAP_TYPE_DEVMAP, 4, 4, 4, NULL);
	struct bpfaot_map *bad_maps[] = {&devmap};
	bad = obj;
	bad.n_maps = 1;
	bad.maps = bad_maps;
	CHECK_EQ(bpfaot_object_open(&bad), -EINVAL);
	struct bpfaot_map bad_ring = MAP_INIT(BPF_MAP_TYPE_RINGBUF, 0, 0, 1000, NULL);
	bad_maps[0] = &bad_ring;
	CHECK_EQ(bpfaot_object_open(&bad), -EINVAL);
}

int main(void)
{
	RUN(test_array_storage_layout);
	RUN(test_array_errors);
	RUN(test_array_iteration);
	RUN(test_global_data);
	RUN(test_array_without_storage);
	RUN(test_percpu_array);
	RUN(test_type_names);
	RUN(test_unsupported_map);
	RUN(test_object);
	return TEST_EXIT();
}
