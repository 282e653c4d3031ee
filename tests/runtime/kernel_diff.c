/* kernel_diff.c - the kernel is the authority: the same random sequences of host map
 * operations (update with every flag, delete, lookup, lookup-and-delete, iteration) run on
 * a kernel map (bpf(2) through libbpf) and on the runtime's map, and every return code and
 * the map's whole contents after every step must be the same. Skipped (77) where bpf(2) is
 * not allowed. LRU maps are left out: the kernel's LRU evicts approximately (per-CPU free
 * lists), so contents legitimately differ. */
#include "rt_test.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>
#include <unistd.h>

#define MAX_KEYS 16

struct pair {
	int fd;                 /* the kernel's map */
	struct bpfaot_map *aot; /* ours */
	size_t value_size;      /* the host view's size */
	const char *what;
};

static int ncpu;
static long steps;
static long seen_errno[256]; /* how often the kernel returned -e: the sequences hit them all */

/* Every key and value of a map, as a sorted table, for comparison. */
struct snapshot {
	int n;
	uint32_t keys[MAX_KEYS];
	unsigned char values[MAX_KEYS][8 * 256];
};

static int compare_keys(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static void snapshot_kernel(struct pair *p, struct snapshot *s)
{
	uint32_t key, prev;
	s->n = 0;
	const void *cur = NULL;
	while (s->n < MAX_KEYS && bpf_map_get_next_key(p->fd, cur, &key) == 0) {
		s->keys[s->n++] = key;
		prev = key;
		cur = &prev;
	}
	qsort(s->keys, (size_t)s->n, 4, compare_keys);
	for (int i = 0; i < s->n; i++)
		if (bpf_map_lookup_elem(p->fd, &s->keys[i], s->values[i]) != 0)
			memset(s->values[i], 0xee, p->value_size);
}

static void snapshot_aot(struct pair *p, struct snapshot *s)
{
	uint32_t key, prev;
	s->n = 0;
	const void *cur = NULL;
	while (s->n < MAX_KEYS && bpfaot_map_get_next_key(p->aot, cur, &key, 4) == 0) {
		s->keys[s->n++] = key;
		prev = key;
		cur = &prev;
	}
	qsort(s->keys, (size_t)s->n, 4, compare_keys);
	for (int i = 0; i < s->n; i++)
		if (bpfaot_map_lookup_elem(p->aot, &s->keys[i], 4, s->values[i], p->value_size, 0))
			memset(s->values[i], 0xee, p->value_size);
}

static bool same_contents(struct pair *p)
{
	static struct snapshot k, a;
	snapshot_kernel(p, &k);
	snapshot_aot(p, &a);
	if (k.n != a.n || memcmp(k.keys, a.keys, (size_t)k.n * 4) != 0)
		return false;
	for (int i = 0; i < k.n; i++)
		if (memcmp(k.values[i], a.values[i], p->value_size) != 0)
			return false;
	return true;
}

/* libbpf 1.x returns -errno from these calls. */
static int kernel_op(struct pair *p, int op, uint32_t key, void *value, uint64_t flags)
{
	switch (op) {
	case 0: return bpf_map_update_elem(p->fd, &key, value, flags);
	case 1: return bpf_map_delete_elem(p->fd, &key);
	case 2: return bpf_map_lookup_elem(p->fd, &key, value);
	default: return bpf_map_lookup_and_delete_elem(p->fd, &key, value);
	}
}

static int aot_op(struct pair *p, int op, uint32_t key, void *value, uint64_t flags)
{
	switch (op) {
	case 0: return bpfaot_map_update_elem(p->aot, &key, 4, value, p->value_size, flags);
	case 1: return bpfaot_map_delete_elem(p->aot, &key, 4, 0);
	case 2: return bpfaot_map_lookup_elem(p->aot, &key, 4, value, p->value_size, 0);
	default: return bpfaot_map_lookup_and_delete_elem(p->aot, &key, 4, value, p->value_size, 0);
	}
}

static const char *op_names[] = {"update", "delete", "lookup", "lookup_and_delete"};

static void run_sequence(struct pair *p, uint32_t key_range, int n_ops, bool lookup_and_delete)
{
	uint32_t x = 12345;
	unsigned char value[8 * 256], kv[8 * 256], av[8 * 256];
	for (int i = 0; i < n_ops; i++, steps++) {
		x = x * 1103515245u + 12345u;
		uint32_t r = x >> 8;
		int op = (int)(r % (lookup_and_delete ? 4 : 3));
		uint32_t key = (r >> 4) % key_range;
		/* flags: mostly valid ones, sometimes 3 and BPF_F_LOCK (both invalid here) */
		static const uint64_t flag_choice[] = {BPF_ANY, BPF_NOEXIST, BPF_EXIST, BPF_ANY,
						       BPF_NOEXIST, BPF_EXIST, 3, BPF_F_LOCK};
		uint64_t flags = flag_choice[(r >> 12) % 8];
		for (size_t b = 0; b < p->value_size; b++)
			value[b] = (unsigned char)(i + b);
		memcpy(kv, value, p->value_size);
		memcpy(av, value, p->value_size);
		int kret = kernel_op(p, op, key, kv, flags);
		int aret = aot_op(p, op, key, av, flags);
		if (kret <= 0 && kret > -256)
			seen_errno[-kret]++;
		bool same = kret == aret;
		if (same && kret == 0 && op >= 2)
			same = memcmp(kv, av, p->value_size) == 0;
		if (same)
			same = same_contents(p);
		if (!same) {
			fprintf(stderr,
				"%s step %d: %s key %u flags %llu: kernel %d, runtime %d%s\n",
				p->what, i, op_names[op], key, (unsigned long long)flags, kret, aret,
				kret == aret ? " (values or contents differ)" : "");
			test_failures++;
			return;
		}
	}
}

static int create(enum bpf_map_type type, uint32_t value_size, uint32_t max)
{
	return bpf_map_create(type, NULL, 4, value_size, max, NULL);
}

static void diff_map(enum bpf_map_type type, const char *what, uint32_t value_size, uint32_t max,
		     uint32_t key_range, bool lookup_and_delete)
{
	int fd = create(type, value_size, max);
	CHECK(fd >= 0);
	if (fd < 0)
		return;
	struct bpfaot_map m = MAP_INIT(type, 4, value_size, max, NULL);
	m.name = what;
	bool percpu = type == BPF_MAP_TYPE_PERCPU_ARRAY || type == BPF_MAP_TYPE_PERCPU_HASH;
	struct pair p = {fd, &m, percpu ? (size_t)(value_size + 7) / 8 * 8 * (size_t)ncpu : value_size,
			 what};
	run_sequence(&p, key_range, 3000, lookup_and_delete);
	close(fd);
	bpfaot_map_free(&m);
}

static void test_hash(void) { diff_map(BPF_MAP_TYPE_HASH, "hash", 8, 8, 12, true); }
static void test_hash_odd_value(void) { diff_map(BPF_MAP_TYPE_HASH, "hash/5", 5, 4, 7, true); }
static void test_percpu_hash(void)
{
	diff_map(BPF_MAP_TYPE_PERCPU_HASH, "percpu_hash", 4, 6, 9, true);
}
static void test_array(void) { diff_map(BPF_MAP_TYPE_ARRAY, "array", 8, 8, 10, false); }
static void test_percpu_array(void)
{
	diff_map(BPF_MAP_TYPE_PERCPU_ARRAY, "percpu_array", 12, 4, 6, false);
}

/* Queue and stack maps have no keys: push (update), peek (lookup), pop
 * (lookup-and-delete), delete (-EINVAL); return codes and values must agree. */
static void diff_queue(enum bpf_map_type type, const char *what)
{
	int fd = bpf_map_create(type, NULL, 0, 8, 5, NULL);
	CHECK(fd >= 0);
	if (fd < 0)
		return;
	struct bpfaot_map m = MAP_INIT(type, 0, 8, 5, NULL);
	m.name = what;
	static const uint64_t flag_choice[] = {BPF_ANY, BPF_ANY, BPF_EXIST, BPF_NOEXIST, 3};
	uint32_t x = 777;
	for (int i = 0; i < 3000; i++, steps++) {
		x = x * 1103515245u + 12345u;
		uint32_t r = x >> 8;
		int op = (int)(r % 5); /* push twice as often */
		uint64_t flags = flag_choice[(r >> 4) % 5];
		uint64_t kv = (uint64_t)i, av = (uint64_t)i;
		int kret, aret;
		switch (op) {
		case 0:
		case 1:
			kret = bpf_map_update_elem(fd, NULL, &kv, flags);
			aret = bpfaot_map_update_elem(&m, NULL, 0, &av, 8, flags);
			break;
		case 2:
			kret = bpf_map_lookup_elem(fd, NULL, &kv);
			aret = bpfaot_map_lookup_elem(&m, NULL, 0, &av, 8, 0);
			break;
		case 3:
			kret = bpf_map_lookup_and_delete_elem(fd, NULL, &kv);
			aret = bpfaot_map_lookup_and_delete_elem(&m, NULL, 0, &av, 8, 0);
			break;
		default:
			kret = bpf_map_delete_elem(fd, NULL);
			aret = bpfaot_map_delete_elem(&m, NULL, 0, 0);
			break;
		}
		if (kret <= 0 && kret > -256)
			seen_errno[-kret]++;
		if (kret != aret || kv != av) {
			fprintf(stderr, "%s step %d: op %d flags %llu: kernel %d (%llu), runtime %d (%llu)\n",
				what, i, op, (unsigned long long)flags, kret, (unsigned long long)kv,
				aret, (unsigned long long)av);
			test_failures++;
			break;
		}
	}
	close(fd);
	bpfaot_map_free(&m);
}

static void test_queue(void) { diff_queue(BPF_MAP_TYPE_QUEUE, "queue"); }
static void test_stack(void) { diff_queue(BPF_MAP_TYPE_STACK, "stack"); }

int main(void)
{
	int probe = create(BPF_MAP_TYPE_HASH, 8, 1);
	if (probe < 0) {
		printf("SKIP: the kernel refuses bpf(BPF_MAP_CREATE): %s\n", strerror(-probe));
		return 77;
	}
	close(probe);
	ncpu = libbpf_num_possible_cpus();
	if (ncpu < 1 || bpfaot_set_nr_cpus(ncpu) != 0) {
		printf("SKIP: cannot match the kernel's %d possible CPUs\n", ncpu);
		return 77;
	}
	RUN(test_hash);
	RUN(test_hash_odd_value);
	RUN(test_percpu_hash);
	RUN(test_array);
	RUN(test_percpu_array);
	RUN(test_queue);
	RUN(test_stack);
	printf("     %ld operations compared with the kernel (%d possible CPUs): 0 x%ld, "
	       "ENOENT x%ld, EEXIST x%ld, E2BIG x%ld, EINVAL x%ld\n",
	       steps, ncpu, seen_errno[0], seen_errno[ENOENT], seen_errno[EEXIST],
	       seen_errno[E2BIG], seen_errno[EINVAL]);
	CHECK(seen_errno[ENOENT] && seen_errno[EEXIST] && seen_errno[E2BIG] && seen_errno[EINVAL]);
	return TEST_EXIT();
}
