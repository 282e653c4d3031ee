/* hostapi_test.c - host-API error cases return the errors bpfaot.h documents (the kernel's
 * bpf(2) errors), and leave the maps as they were. Uses the skeleton of hostapi.bpf.c and
 * the runtime's functions directly. */
#include "hostapi.aot.h"

#include <stdio.h>

enum { XDP_DROP = 1, XDP_PASS = 2 }; /* <linux/bpf.h> */

static int failures, checks;

#define EXPECT_ERR(call, want)                                                          \
	do {                                                                            \
		int got_ = (call);                                                      \
		checks++;                                                               \
		if (got_ != (want)) {                                                   \
			failures++;                                                     \
			printf("FAIL line %d: %s = %d, want %s = %d\n", __LINE__, #call, got_, #want, \
			       (int)(want));                                            \
		}                                                                       \
	} while (0)
#define EXPECT(cond)                                                                    \
	do {                                                                            \
		checks++;                                                               \
		if (!(cond)) {                                                          \
			failures++;                                                     \
			printf("FAIL line %d: %s\n", __LINE__, #cond);                   \
		}                                                                       \
	} while (0)

static void names(struct hostapi *skel)
{
	EXPECT(bpfaot_object_find_map(skel->obj, "no_such_map") == NULL);
	EXPECT(bpfaot_object_find_prog(skel->obj, "no_such_prog") == NULL);
	EXPECT(bpfaot_object_find_map(skel->obj, "small_hash") == skel->maps.small_hash);
	EXPECT(bpfaot_object_find_map(skel->obj, "rodata") == skel->maps.rodata);
	EXPECT(bpfaot_object_find_prog(skel->obj, "xdp_b") == skel->progs.xdp_b);
	EXPECT(bpfaot_object_find_map(NULL, "small_hash") == NULL);
}

static void sizes(struct hostapi *skel)
{
	uint32_t key = 1;
	uint64_t value = 10, key64 = 1, big[2] = {0, 0};
	uint16_t small = 0;
	EXPECT_ERR(bpfaot_map_update_elem(skel->maps.small_hash, &key64, 8, &value, 8, BPFAOT_ANY), -EINVAL);
	EXPECT_ERR(bpfaot_map_update_elem(skel->maps.small_hash, &key, 4, big, 16, BPFAOT_ANY), -EINVAL);
	EXPECT_ERR(bpfaot_map_update_elem(skel->maps.small_hash, &key, 4, &small, 2, BPFAOT_ANY), -EINVAL);
	EXPECT_ERR(bpfaot_map_lookup_elem(skel->maps.small_array, &key, 2, &value, 8, 0), -EINVAL);
	EXPECT_ERR(bpfaot_map_lookup_elem(skel->maps.small_array, &key, 4, &value, 4, 0), -EINVAL);
	EXPECT_ERR(bpfaot_map_delete_elem(skel->maps.small_hash, &key64, 8, 0), -EINVAL);
	/* per-CPU values are one 8-byte slot per CPU: one value alone is the wrong size */
	EXPECT_ERR(bpfaot_map_lookup_elem(skel->maps.per_cpu, &key, 4, &value, 8, 0) == -EINVAL ||
			   bpfaot_num_possible_cpus() == 1,
		   1);
	/* nothing was inserted by the refused calls */
	__u32 next;
	EXPECT_ERR(hostapi__small_hash__next_key(skel, NULL, &next), -ENOENT);
}

static void full_maps(struct hostapi *skel)
{
	/* the typed accessors take the BTF types: __u32 keys, __u64 values */
	__u32 k1 = 1, k2 = 2, k3 = 3;
	__u64 v1 = 100, v2 = 200, v3 = 300, got = 0;
	EXPECT_ERR(hostapi__small_hash__update(skel, &k1, &v1, BPFAOT_NOEXIST), 0);
	EXPECT_ERR(hostapi__small_hash__update(skel, &k2, &v2, BPFAOT_NOEXIST), 0);
	EXPECT_ERR(hostapi__small_hash__update(skel, &k3, &v3, BPFAOT_NOEXIST), -E2BIG); /* full */
	EXPECT_ERR(hostapi__small_hash__update(skel, &k3, &v3, BPFAOT_ANY), -E2BIG);
	EXPECT_ERR(hostapi__small_hash__update(skel, &k1, &v3, BPFAOT_NOEXIST), -EEXIST);
	EXPECT_ERR(hostapi__small_hash__update(skel, &k3, &v3, BPFAOT_EXIST), -ENOENT);
	EXPECT_ERR(hostapi__small_hash__update(skel, &k1, &v3, 42), -EINVAL); /* no such flags */
	EXPECT_ERR(hostapi__small_hash__lookup(skel, &k3, &got), -ENOENT);
	EXPECT_ERR(hostapi__small_hash__lookup(skel, &k1, &got), 0);
	EXPECT(got == 100); /* unchanged by the refused updates */
	EXPECT_ERR(hostapi__small_hash__update(skel, &k1, &v3, BPFAOT_EXIST), 0);
	EXPECT_ERR(hostapi__small_hash__lookup(skel, &k1, &got), 0);
	EXPECT(got == 300);
	__u32 key, count = 0;
	const __u32 *prev = NULL;
	while (hostapi__small_hash__next_key(skel, prev, &key) == 0 && count < 10) {
		count++;
		prev = &key;
	}
	EXPECT(count == 2);
	EXPECT_ERR(hostapi__small_hash__delete(skel, &k3), -ENOENT);
	EXPECT_ERR(hostapi__small_hash__delete(skel, &k2), 0);
	EXPECT_ERR(hostapi__small_hash__update(skel, &k3, &v3, BPFAOT_NOEXIST), 0); /* room again */

	/* an LRU map evicts instead of refusing */
	EXPECT_ERR(hostapi__small_lru__update(skel, &k1, &v1, BPFAOT_NOEXIST), 0);
	EXPECT_ERR(hostapi__small_lru__update(skel, &k2, &v2, BPFAOT_NOEXIST), 0);
	EXPECT_ERR(hostapi__small_lru__update(skel, &k3, &v3, BPFAOT_NOEXIST), 0);
	EXPECT_ERR(hostapi__small_lru__lookup(skel, &k3, &got), 0);

	/* arrays: every index exists, none can be deleted, none past max_entries */
	__u32 i4 = 4, i0 = 0;
	EXPECT_ERR(hostapi__small_array__update(skel, &i4, &v1, BPFAOT_ANY), -E2BIG);
	EXPECT_ERR(hostapi__small_array__update(skel, &i0, &v1, BPFAOT_NOEXIST), -EEXIST);
	EXPECT_ERR(bpfaot_map_delete_elem(skel->maps.small_array, &i0, 4, 0), -EINVAL);
	EXPECT_ERR(hostapi__small_array__lookup(skel, &i4, &got), -ENOENT);

	/* read-only data and ring buffers */
	struct hostapi__rodata ro;
	EXPECT_ERR(bpfaot_map_update_elem(skel->maps.rodata, &i0, 4, &ro, sizeof(ro), BPFAOT_ANY), -EPERM);
	EXPECT_ERR(hostapi__rodata__lookup(skel, &i0, &ro), 0);
	EXPECT(ro.limit == 5);
	EXPECT_ERR(bpfaot_map_lookup_elem(skel->maps.events, &i0, 4, &got, 8, 0), -EOPNOTSUPP);
}

static void prog_arrays(struct hostapi *skel)
{
	EXPECT_ERR(hostapi__xdp_jmp__set(skel, 0, skel->progs.xdp_b), 0);
	/* a tc program into an array owned by XDP programs */
	EXPECT_ERR(hostapi__xdp_jmp__set(skel, 0, skel->progs.tc_a), -EINVAL);
	EXPECT_ERR(hostapi__xdp_jmp__set(skel, 1, skel->progs.tc_a), -EINVAL);
	EXPECT(bpfaot_prog_array_get(skel->maps.xdp_jmp, 0) == skel->progs.xdp_b); /* unchanged */
	EXPECT(bpfaot_prog_array_get(skel->maps.xdp_jmp, 1) == NULL);
	EXPECT_ERR(hostapi__xdp_jmp__set(skel, 4, skel->progs.xdp_b), -E2BIG);
	EXPECT_ERR(hostapi__xdp_jmp__set(skel, 2, NULL), -EINVAL);
	EXPECT_ERR(hostapi__xdp_jmp__clear(skel, 3), -ENOENT);
	EXPECT_ERR(hostapi__xdp_jmp__clear(skel, 9), -E2BIG);
	EXPECT_ERR(bpfaot_prog_array_update(skel->maps.small_array, 0, skel->progs.xdp_b), -EINVAL);

	/* the array still works: xdp_a tail-calls xdp_b, which returns XDP_DROP */
	unsigned char frame[64] = {0};
	struct bpfaot_xdp_ctx ctx;
	memset(&ctx, 0, sizeof(ctx));
	ctx.data = frame;
	ctx.data_meta = frame;
	ctx.data_end = frame + sizeof(frame);
	EXPECT(hostapi__xdp_a__run(skel, &ctx) == XDP_DROP);
	EXPECT_ERR(hostapi__xdp_jmp__clear(skel, 0), 0);
	EXPECT(hostapi__xdp_a__run(skel, &ctx) == XDP_PASS);
	uint32_t verdict = 0;
	EXPECT_ERR(hostapi__xdp_a__test_run(skel, frame, 13, &verdict), -EINVAL); /* < Ethernet header */
	EXPECT_ERR(hostapi__tc_a__test_run(skel, frame, sizeof(frame), &verdict), 0);
	EXPECT(verdict == sizeof(frame));
	__u32 i0 = 0;
	__u64 runs = 0;
	EXPECT_ERR(hostapi__small_array__lookup(skel, &i0, &runs), 0);
	EXPECT(runs == 2); /* the refused updates stored nothing; two runs */
}

int main(void)
{
	struct hostapi *skel = hostapi__open();
	if (!skel) {
		printf("FAIL: hostapi__open: %s\n", strerror(errno));
		return 1;
	}
	names(skel);
	sizes(skel);
	full_maps(skel);
	prog_arrays(skel);
	hostapi__destroy(skel);
	printf("%d checks, %d failures\n", checks, failures);
	return failures ? 1 : 0;
}
