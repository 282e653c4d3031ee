/* rt_run_main.c - bpfaot_run_main(): the program behind `bpfaot run`, printing
 * docs/run-output.md exactly. */
#include "rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct run_options {
	const char *prog;
	const char *data;
	bool maps;
	long repeat;
	const char **slots; /* --set-prog-array MAP:INDEX:PROG|none, in order */
	int n_slots;
};

static const char usage[] = "usage: %s [--prog NAME] [--data FILE] [--maps] [--repeat N] "
			    "[--set-prog-array MAP:INDEX:PROG|none]...\n";

/* "--name VALUE" or "--name=VALUE"; returns whether argv[*i] was this option. */
static bool option_value(int argc, char **argv, int *i, const char *name, const char **value,
			 bool *missing)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n) != 0)
		return false;
	if (argv[*i][n] == '=') {
		*value = argv[*i] + n + 1;
		return true;
	}
	if (argv[*i][n] != '\0')
		return false;
	if (*i + 1 >= argc) {
		*missing = true;
		return true;
	}
	*value = argv[++*i];
	return true;
}

static int parse_options(int argc, char **argv, struct run_options *opts)
{
	opts->repeat = 1;
	for (int i = 1; i < argc; i++) {
		bool missing = false;
		const char *repeat = NULL, *slot = NULL;
		if (option_value(argc, argv, &i, "--prog", &opts->prog, &missing) ||
		    option_value(argc, argv, &i, "--data", &opts->data, &missing) ||
		    option_value(argc, argv, &i, "--repeat", &repeat, &missing) ||
		    option_value(argc, argv, &i, "--set-prog-array", &slot, &missing)) {
			if (missing) {
				fprintf(stderr, "bpfaot run: option %s needs a value\n", argv[i]);
				return -EINVAL;
			}
			if (repeat) {
				char *end;
				opts->repeat = strtol(repeat, &end, 10);
				if (*end || end == repeat || opts->repeat < 1) {
					fprintf(stderr, "bpfaot run: --repeat wants a positive count\n");
					return -EINVAL;
				}
			}
			if (slot)
				opts->slots[opts->n_slots++] = slot;
		} else if (strcmp(argv[i], "--maps") == 0) {
			opts->maps = true;
		} else {
			fprintf(stderr, "bpfaot run: unknown argument '%s'\n", argv[i]);
			return -EINVAL;
		}
	}
	return 0;
}

/* --set-prog-array MAP:INDEX:PROG, or MAP:INDEX:none to empty the slot (already empty
 * is fine). Returns 0, 1 (no such map or program, refused update) or 2 (malformed). */
static int set_prog_array(struct bpfaot_object *obj, const char *spec)
{
	const char *colon1 = strchr(spec, ':');
	const char *colon2 = colon1 ? strchr(colon1 + 1, ':') : NULL;
	char *end = NULL;
	unsigned long index = colon2 ? strtoul(colon1 + 1, &end, 0) : 0;
	if (!colon2 || end != colon2 || end == colon1 + 1 || index > UINT32_MAX ||
	    !colon2[1]) {
		fprintf(stderr, "bpfaot run: --set-prog-array wants MAP:INDEX:PROG, got '%s'\n",
			spec);
		return 2;
	}
	char map_name[256];
	size_t len = (size_t)(colon1 - spec);
	if (len >= sizeof(map_name))
		len = sizeof(map_name) - 1;
	memcpy(map_name, spec, len);
	map_name[len] = '\0';
	struct bpfaot_map *map = bpfaot_object_find_map(obj, map_name);
	if (!map || map->type != BPFAOT_MAP_TYPE_PROG_ARRAY) {
		fprintf(stderr, "bpfaot run: --set-prog-array: no prog array named '%s'\n",
			map_name);
		return 1;
	}
	const char *prog_name = colon2 + 1;
	int err;
	if (strcmp(prog_name, "none") == 0) {
		err = bpfaot_prog_array_delete(map, (uint32_t)index);
		if (err == -ENOENT)
			err = 0;
	} else {
		struct bpfaot_prog *prog = bpfaot_object_find_prog(obj, prog_name);
		if (!prog) {
			fprintf(stderr, "bpfaot run: --set-prog-array: no program named '%s'\n",
				prog_name);
			return 1;
		}
		err = bpfaot_prog_array_update(map, (uint32_t)index, prog);
	}
	if (err) {
		fprintf(stderr, "bpfaot run: --set-prog-array %s: %s\n", spec, strerror(-err));
		return 1;
	}
	return 0;
}

/* Run N times, each on a fresh copy of the input (maps accumulate); r0 of the last. */
static int run_repeatedly(const struct bpfaot_prog *prog, const unsigned char *input, size_t size,
			  bool have_input, long repeat, uint64_t *r0)
{
	unsigned char *copy = have_input ? malloc(size ? size : 1) : NULL;
	if (have_input && !copy)
		return -ENOMEM;
	int err = 0;
	for (long i = 0; i < repeat && !err; i++) {
		if (copy)
			memcpy(copy, input, size);
		err = bpfaot_prog_test_run(prog, copy, size, r0);
	}
	free(copy);
	return err;
}

static struct bpfaot_prog *choose_prog(struct bpfaot_object *obj, const char *name)
{
	if (name) {
		struct bpfaot_prog *prog = bpfaot_object_find_prog(obj, name);
		if (!prog)
			fprintf(stderr, "bpfaot run: no program named '%s' in %s\n", name,
				obj->name ? obj->name : "the object");
		return prog;
	}
	if (obj->n_progs == 1)
		return &obj->progs[0];
	fprintf(stderr, "bpfaot run: the object has %u programs; choose one with --prog:",
		obj->n_progs);
	for (uint32_t i = 0; i < obj->n_progs; i++)
		fprintf(stderr, " %s", obj->progs[i].name);
	fputc('\n', stderr);
	return NULL;
}

/* The whole file in a writable buffer (never NULL on success, even when empty). */
static unsigned char *read_file(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "bpfaot run: cannot open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	size_t cap = 4096, len = 0;
	unsigned char *buf = malloc(cap);
	while (buf) {
		len += fread(buf + len, 1, cap - len, f);
		if (len < cap)
			break;
		unsigned char *bigger = realloc(buf, cap * 2);
		if (!bigger) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = bigger;
		cap *= 2;
	}
	bool failed = !buf || ferror(f);
	fclose(f);
	if (failed) {
		fprintf(stderr, "bpfaot run: cannot read %s\n", path);
		free(buf);
		return NULL;
	}
	*size = len;
	return buf;
}

static void print_hex(const void *bytes, size_t n)
{
	for (size_t i = 0; i < n; i++)
		printf("%02x", ((const unsigned char *)bytes)[i]);
}

static bool all_zero(const unsigned char *bytes, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (bytes[i])
			return false;
	return true;
}

/* Per-CPU values in the one view that is the same everywhere: the sum over CPUs of each
 * little-endian 64-bit word, in place into the first slot. */
static void sum_cpus(unsigned char *values, size_t value_size, int nr_cpus)
{
	size_t slot = RT_ROUND_UP(value_size, 8);
	for (size_t w = 0; w < slot; w += 8) {
		uint64_t sum = 0;
		for (int c = 0; c < nr_cpus; c++) {
			uint64_t v;
			memcpy(&v, values + (size_t)c * slot + w, 8);
			sum += v;
		}
		memcpy(values + w, &sum, 8);
	}
}

struct entry {
	unsigned char *key;
	unsigned char *value;
	size_t key_size;
};

static int compare_entries(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	return memcmp(x->key, y->key, x->key_size);
}

static int print_elements(struct bpfaot_map *map)
{
	bool percpu = rt_map_is_percpu(map->type);
	int nr_cpus = percpu ? bpfaot_num_possible_cpus() : 1;
	size_t vsize = percpu ? RT_ROUND_UP((size_t)map->value_size, 8) * (size_t)nr_cpus
			      : map->value_size;
	bool is_array = map->type == BPFAOT_MAP_TYPE_ARRAY ||
			map->type == BPFAOT_MAP_TYPE_PERCPU_ARRAY;
	struct entry *entries = calloc(map->max_entries ? map->max_entries : 1, sizeof(*entries));
	size_t n = 0;
	unsigned char *prev = NULL;
	int err = entries ? 0 : -ENOMEM;
	while (!err && n < map->max_entries) {
		unsigned char *key = malloc(map->key_size);
		unsigned char *value = malloc(vsize);
		if (!key || !value) {
			free(key), free(value);
			err = -ENOMEM;
			break;
		}
		int next = bpfaot_map_get_next_key(map, prev, key, map->key_size);
		if (next == 0)
			next = bpfaot_map_lookup_elem(map, key, map->key_size, value, vsize, 0);
		if (next != 0) {
			free(key), free(value);
			err = next == -ENOENT ? 0 : next;
			break;
		}
		entries[n++] = (struct entry){key, value, map->key_size};
		prev = key;
	}
	if (!is_array)
		qsort(entries, n, sizeof(*entries), compare_entries);
	for (size_t i = 0; i < n; i++) {
		if (percpu)
			sum_cpus(entries[i].value, map->value_size, nr_cpus);
		if (!is_array || !all_zero(entries[i].value, map->value_size)) {
			printf("  ");
			print_hex(entries[i].key, map->key_size);
			printf(": ");
			print_hex(entries[i].value, map->value_size);
			printf("\n");
		}
		free(entries[i].key);
		free(entries[i].value);
	}
	free(entries);
	return err;
}

static void print_prog_array(struct bpfaot_map *map)
{
	for (uint32_t i = 0; i < map->max_entries; i++) {
		struct bpfaot_prog *prog = bpfaot_prog_array_get(map, i);
		if (!prog)
			continue;
		printf("  ");
		print_hex(&i, sizeof(i));
		printf(": %s\n", prog->name ? prog->name : "?");
	}
}

static int print_map(struct bpfaot_map *map)
{
	printf("map %s %s key=%u value=%u max=%u\n", map->name ? map->name : "?",
	       bpfaot_map_type_name(map->type), map->key_size, map->value_size, map->max_entries);
	switch (map->type) {
	case BPFAOT_MAP_TYPE_PROG_ARRAY:
		print_prog_array(map);
		return 0;
	case BPFAOT_MAP_TYPE_RINGBUF:
		printf("  records: %llu\n", (unsigned long long)rt_ringbuf_pending_records(map));
		return 0;
	case BPFAOT_MAP_TYPE_QUEUE:
	case BPFAOT_MAP_TYPE_STACK:
		return 0; /* no keys: the header only, as tests/kernel's reference runner */
	default:
		return rt_map_ops(map->type) ? print_elements(map) : 0;
	}
}

static int run_main(struct bpfaot_object *obj, const struct run_options *opts_in);

int bpfaot_run_main(struct bpfaot_object *obj, int argc, char **argv)
{
	struct run_options opts = {0};
	opts.slots = calloc(argc > 0 ? (size_t)argc : 1, sizeof(*opts.slots));
	if (!opts.slots || parse_options(argc, argv, &opts) != 0) {
		fprintf(stderr, usage, argc > 0 ? argv[0] : "bpfaot run");
		free(opts.slots);
		return 2;
	}
	int status = run_main(obj, &opts);
	free(opts.slots);
	return status;
}

static int run_main(struct bpfaot_object *obj, const struct run_options *opts_in)
{
	const struct run_options opts = *opts_in;
	if (obj && obj->abi_version != BPFAOT_ABI_VERSION) {
		fprintf(stderr, "bpfaot run: the object has ABI version %u, this runtime %u\n",
			obj->abi_version, BPFAOT_ABI_VERSION);
		return 1;
	}
	int err = bpfaot_object_open(obj);
	if (err) {
		fprintf(stderr, "bpfaot run: cannot open the object: %s\n", strerror(-err));
		return 1;
	}
	struct bpfaot_prog *prog = choose_prog(obj, opts.prog);
	if (!prog)
		return opts.prog ? 1 : 2;
	for (int i = 0; i < opts.n_slots; i++) {
		int status = set_prog_array(obj, opts.slots[i]);
		if (status)
			return status;
	}
	unsigned char *data = NULL;
	size_t size = 0;
	if (opts.data && !(data = read_file(opts.data, &size)))
		return 1;
	uint64_t r0 = 0;
	err = run_repeatedly(prog, data, size, opts.data != NULL, opts.repeat, &r0);
	free(data);
	if (err) {
		fprintf(stderr, "bpfaot run: cannot run %s: %s\n", prog->name,
			err == -EOPNOTSUPP ? "its context kind is not supported yet"
					   : strerror(-err));
		return 1;
	}
	printf("0x%llx\n", (unsigned long long)r0);
	for (uint32_t i = 0; opts.maps && i < obj->n_maps; i++) {
		err = print_map(obj->maps[i]);
		if (err) {
			fflush(stdout);
			fprintf(stderr, "bpfaot run: cannot read map %s: %s\n", obj->maps[i]->name,
				strerror(-err));
			return 1;
		}
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
