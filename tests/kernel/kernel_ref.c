/* kernel_ref.c - the kernel reference runner for differential tests.
 *
 *   kernel_ref OBJ --prog NAME [--data FILE] [--maps] [--repeat N]
 *              [--set-prog-array MAP:INDEX:PROG]...
 *
 * Opens a BPF object with libbpf, loads it into the running kernel, runs one program with
 * BPF_PROG_TEST_RUN and prints r0 (and with --maps every map) in the format of
 * docs/run-output.md, so that its output and `bpfaot run`'s can be diffed.
 *
 * This is a test tool: loading into a kernel is never part of the compiler.
 *
 * Exit status: 0 ran, 1 error (bad object, verifier rejection, test run error),
 * 2 usage, 77 the kernel refused for lack of privilege or support (one line on stderr
 * saying why; meson turns 77 into SKIP).
 */
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define EXIT_USAGE 2
#define EXIT_SKIP 77

#ifndef ENOTSUPP
#define ENOTSUPP 524 /* kernel-internal "not supported", seen by user space as-is */
#endif

/* Raw tracepoint programs take at most MAX_BPF_FUNC_ARGS u64 arguments as context. */
#define RAW_TP_MAX_CTX (12 * 8)

struct slot_update {
	const char *map;
	uint32_t index;
	const char *prog; /* NULL: delete the slot */
};

struct options {
	const char *obj_path;
	const char *prog_name;
	const char *data_path;
	bool print_maps;
	int repeat;
	bool verbose;
	bool jited_sizes; /* --jited-sizes: load, print every program's sizes, run nothing */
	const char *type; /* --type: override every program's type (objects without SEC()) */
	struct slot_update *slots;
	int n_slots;
};

static const char *tool = "kernel_ref";

static void die_msg(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", tool);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* libbpf's own messages (verifier logs among them) are held back until we know whether
 * they matter: printed when loading fails for a reason other than a refusal, dropped
 * otherwise, so that a refusal is one line on stderr. -v prints everything at once. */
static bool libbpf_verbose;
static char *held_text;
static size_t held_len;
static FILE *held;

static int libbpf_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	if (libbpf_verbose)
		return vfprintf(stderr, fmt, ap);
	if (level == LIBBPF_DEBUG)
		return 0;
	/* Kernels refuse BTF key/value types on prog arrays; libbpf retries without. */
	if (strstr(fmt, "Retrying without BTF"))
		return 0;
	if (!held)
		held = open_memstream(&held_text, &held_len);
	return held ? vfprintf(held, fmt, ap) : vfprintf(stderr, fmt, ap);
}

static void held_messages(bool print)
{
	if (!held)
		return;
	fclose(held);
	held = NULL;
	if (print && held_len)
		fputs(held_text, stderr);
	free(held_text);
	held_text = NULL;
	held_len = 0;
}

/* The kernel said no for lack of privilege or of bpf() itself. EACCES counts only for
 * non-root users: for root it is one of the verifier's ways of rejecting a program. */
static bool is_refusal(int err)
{
	err = err < 0 ? -err : err;
	return err == EPERM || err == ENOSYS || (err == EACCES && geteuid() != 0);
}

static bool is_unsupported(int err)
{
	err = err < 0 ? -err : err;
	return err == ENOTSUPP || err == EOPNOTSUPP;
}

/* ---- command line ---- */

static void usage(FILE *f)
{
	fprintf(f,
		"usage: %s OBJ --prog NAME [--data FILE] [--maps] [--repeat N]\n"
		"                  [--set-prog-array MAP:INDEX:PROG|none]... [-v]\n"
		"       %s OBJ --jited-sizes [--type xdp|raw_tp|syscall|tc|socket]\n",
		tool, tool);
}

static int parse_slot(const char *arg, struct slot_update *s)
{
	char *copy = strdup(arg);
	char *index, *prog, *end;

	if (!copy)
		return -1;
	index = strchr(copy, ':');
	prog = index ? strchr(index + 1, ':') : NULL;
	if (!index || !prog)
		goto bad;
	*index++ = 0;
	*prog++ = 0;
	errno = 0;
	unsigned long v = strtoul(index, &end, 0);
	if (errno || *end || end == index || v > UINT32_MAX)
		goto bad;
	s->map = copy;
	s->index = (uint32_t)v;
	s->prog = strcmp(prog, "none") == 0 ? NULL : prog;
	return 0;
bad:
	die_msg("--set-prog-array wants MAP:INDEX:PROG, got '%s'", arg);
	free(copy);
	return -1;
}

static void free_options(struct options *o)
{
	for (int i = 0; i < o->n_slots; i++)
		free((char *)o->slots[i].map); /* the strdup'd "MAP:INDEX:PROG" */
	free(o->slots);
}

static int parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "prog", required_argument, NULL, 'p' },
		{ "data", required_argument, NULL, 'd' },
		{ "maps", no_argument, NULL, 'm' },
		{ "repeat", required_argument, NULL, 'r' },
		{ "set-prog-array", required_argument, NULL, 's' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "jited-sizes", no_argument, NULL, 'j' },
		{ "type", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	o->repeat = 1;
	while ((c = getopt_long(argc, argv, "p:d:mr:s:vjt:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'p': o->prog_name = optarg; break;
		case 'd': o->data_path = optarg; break;
		case 'm': o->print_maps = true; break;
		case 'v': o->verbose = true; break;
		case 'j': o->jited_sizes = true; break;
		case 't': o->type = optarg; break;
		case 'r':
			o->repeat = atoi(optarg);
			if (o->repeat < 1) {
				die_msg("--repeat wants a positive count");
				return -1;
			}
			break;
		case 's': {
			struct slot_update *n = realloc(o->slots, (o->n_slots + 1) * sizeof(*n));
			if (!n)
				return -1;
			o->slots = n;
			if (parse_slot(optarg, &o->slots[o->n_slots]))
				return -1;
			o->n_slots++;
			break;
		}
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); return -1;
		}
	}
	if (optind != argc - 1 || (!o->prog_name && !o->jited_sizes)) {
		usage(stderr);
		return -1;
	}
	o->obj_path = argv[optind];
	return 0;
}

/* ---- input ---- */

static int read_file(const char *path, uint8_t **buf, size_t *len)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 4096, n = 0;
	uint8_t *b = malloc(cap);

	if (!f || !b) {
		die_msg("%s: %s", path, strerror(errno));
		if (f)
			fclose(f);
		free(b);
		return -1;
	}
	for (;;) {
		if (n == cap) {
			uint8_t *nb = realloc(b, cap *= 2);
			if (!nb) {
				free(b);
				fclose(f);
				return -1;
			}
			b = nb;
		}
		size_t got = fread(b + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	*buf = b;
	*len = n;
	return 0;
}

/* ---- printing (docs/run-output.md) ---- */

static void print_hex(const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		printf("%02x", p[i]);
}

static const char *map_type_name(enum bpf_map_type t)
{
	switch (t) {
	case BPF_MAP_TYPE_ARRAY: return "array";
	case BPF_MAP_TYPE_PERCPU_ARRAY: return "percpu_array";
	case BPF_MAP_TYPE_HASH: return "hash";
	case BPF_MAP_TYPE_PERCPU_HASH: return "percpu_hash";
	case BPF_MAP_TYPE_LRU_HASH: return "lru_hash";
	case BPF_MAP_TYPE_LRU_PERCPU_HASH: return "lru_percpu_hash";
	case BPF_MAP_TYPE_PROG_ARRAY: return "prog_array";
	case BPF_MAP_TYPE_RINGBUF: return "ringbuf";
	default: {
		const char *s = libbpf_bpf_map_type_str(t);
		return s ? s : "unknown";
	}
	}
}

static bool is_percpu(enum bpf_map_type t)
{
	return t == BPF_MAP_TYPE_PERCPU_ARRAY || t == BPF_MAP_TYPE_PERCPU_HASH ||
	       t == BPF_MAP_TYPE_LRU_PERCPU_HASH;
}

static bool is_array_like(enum bpf_map_type t)
{
	return t == BPF_MAP_TYPE_ARRAY || t == BPF_MAP_TYPE_PERCPU_ARRAY;
}

/* The name bpfaot's frontend gives a map: libbpf names global-data maps after part of the
 * object name and truncates them to 15 characters ("tailcall.bss"); the module keeps the
 * section name (".bss", ".data.custom"), which is the name of the map's BTF DATASEC. */
static const char *map_display_name(const struct bpf_object *obj, const struct bpf_map *map)
{
	const char *name = bpf_map__name(map);

	if (!bpf_map__is_internal(map))
		return name;
	const struct btf *btf = bpf_object__btf(obj);
	uint32_t id = bpf_map__btf_value_type_id(map);
	if (btf && id) {
		const struct btf_type *t = btf__type_by_id(btf, id);
		if (t && btf_is_datasec(t)) {
			const char *sec = btf__name_by_offset(btf, t->name_off);
			if (sec && sec[0] == '.')
				return sec;
		}
	}
	const char *dot = name[0] == '.' ? name : strchr(name, '.');
	return dot ? dot : name;
}

/* Per-CPU values come back as one 8-byte-aligned value per possible CPU; sum them as
 * little-endian u64 words into out (value_size bytes). */
static void sum_percpu(const uint8_t *all, uint32_t value_size, int ncpus, uint8_t *out)
{
	uint32_t stride = (value_size + 7) & ~7u;
	uint8_t acc[stride];

	memset(acc, 0, stride);
	for (int cpu = 0; cpu < ncpus; cpu++) {
		for (uint32_t w = 0; w < stride; w += 8) {
			uint64_t a, b;
			memcpy(&a, acc + w, 8);
			memcpy(&b, all + (size_t)cpu * stride + w, 8);
			a += b;
			memcpy(acc + w, &a, 8);
		}
	}
	memcpy(out, acc, value_size);
}

struct map_view {
	int fd;
	enum bpf_map_type type;
	uint32_t key_size, value_size, max_entries;
	int ncpus;     /* 1 unless per-CPU */
	uint8_t *raw;  /* lookup buffer: value_size rounded up * ncpus */
	uint8_t *value;
};

/* Look up one key; returns 1 found, 0 absent, -1 error. view->value holds the result. */
static int view_lookup(struct map_view *v, const void *key)
{
	if (bpf_map_lookup_elem(v->fd, key, v->raw)) {
		if (errno == ENOENT)
			return 0;
		die_msg("map lookup: %s", strerror(errno));
		return -1;
	}
	if (v->ncpus > 1 || is_percpu(v->type))
		sum_percpu(v->raw, v->value_size, v->ncpus, v->value);
	else
		memcpy(v->value, v->raw, v->value_size);
	return 1;
}

static bool all_zero(const uint8_t *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return false;
	return true;
}

static void print_entry(const struct map_view *v, const void *key)
{
	printf("  ");
	print_hex(key, v->key_size);
	printf(": ");
	print_hex(v->value, v->value_size);
	printf("\n");
}

static int print_array(struct map_view *v)
{
	for (uint32_t i = 0; i < v->max_entries; i++) {
		int r = view_lookup(v, &i);
		if (r < 0)
			return -1;
		if (r && !all_zero(v->value, v->value_size))
			print_entry(v, &i);
	}
	return 0;
}

static size_t sort_key_size;
static int cmp_keys(const void *a, const void *b)
{
	return memcmp(a, b, sort_key_size);
}

static int print_hash(struct map_view *v)
{
	size_t n = 0, cap = 16;
	uint8_t *keys = malloc(cap * v->key_size);
	uint8_t *prev = NULL;
	int ret = 0;

	if (!keys)
		return -1;
	for (;;) {
		if (n == cap) {
			uint8_t *nk = realloc(keys, (cap *= 2) * v->key_size);
			if (!nk) {
				free(keys);
				return -1;
			}
			keys = nk;
			prev = n ? keys + (n - 1) * v->key_size : NULL;
		}
		if (bpf_map_get_next_key(v->fd, prev, keys + n * v->key_size))
			break;
		prev = keys + n * v->key_size;
		n++;
	}
	sort_key_size = v->key_size;
	qsort(keys, n, v->key_size, cmp_keys);
	for (size_t i = 0; i < n && ret == 0; i++) {
		int r = view_lookup(v, keys + i * v->key_size);
		if (r < 0)
			ret = -1;
		else if (r)
			print_entry(v, keys + i * v->key_size);
	}
	free(keys);
	return ret;
}

static const char *prog_name_by_id(struct bpf_object *obj, uint32_t id)
{
	struct bpf_program *p;

	bpf_object__for_each_program(p, obj) {
		struct bpf_prog_info info;
		uint32_t len = sizeof(info);
		int fd = bpf_program__fd(p);

		memset(&info, 0, sizeof(info));
		if (fd >= 0 && bpf_obj_get_info_by_fd(fd, &info, &len) == 0 && info.id == id)
			return bpf_program__name(p);
	}
	return NULL;
}

static int print_prog_array(struct bpf_object *obj, const struct map_view *v)
{
	for (uint32_t i = 0; i < v->max_entries; i++) {
		uint32_t id;
		if (bpf_map_lookup_elem(v->fd, &i, &id)) {
			if (errno == ENOENT)
				continue;
			die_msg("prog array lookup: %s", strerror(errno));
			return -1;
		}
		const char *name = prog_name_by_id(obj, id);
		printf("  ");
		print_hex((const uint8_t *)&i, sizeof(i));
		if (name)
			printf(": %s\n", name);
		else
			printf(": <prog id %u>\n", id);
	}
	return 0;
}

static int count_record(void *ctx, void *data, size_t size)
{
	(void)data;
	(void)size;
	(*(long *)ctx)++;
	return 0;
}

static int print_ringbuf(const struct map_view *v)
{
	long records = 0;
	struct ring_buffer *rb = ring_buffer__new(v->fd, count_record, &records, NULL);

	if (!rb) {
		die_msg("ring buffer: %s", strerror(errno));
		return -1;
	}
	int r = ring_buffer__consume(rb);
	ring_buffer__free(rb);
	if (r < 0) {
		die_msg("ring buffer consume: %s", strerror(-r));
		return -1;
	}
	printf("  records: %ld\n", records);
	return 0;
}

static int print_map(struct bpf_object *obj, const struct bpf_map *map)
{
	struct map_view v = {
		.fd = bpf_map__fd(map),
		.type = bpf_map__type(map),
		.key_size = bpf_map__key_size(map),
		.value_size = bpf_map__value_size(map),
		.max_entries = bpf_map__max_entries(map),
		.ncpus = 1,
	};
	int ret = 0;

	printf("map %s %s key=%u value=%u max=%u\n", map_display_name(obj, map),
	       map_type_name(v.type), v.key_size, v.value_size, v.max_entries);
	if (v.type == BPF_MAP_TYPE_PROG_ARRAY)
		return print_prog_array(obj, &v);
	if (v.type == BPF_MAP_TYPE_RINGBUF)
		return print_ringbuf(&v);
	if (is_percpu(v.type)) {
		v.ncpus = libbpf_num_possible_cpus();
		if (v.ncpus < 1) {
			die_msg("cannot count possible CPUs");
			return -1;
		}
	}
	v.raw = calloc(v.ncpus, (v.value_size + 7) & ~7u);
	v.value = calloc(1, v.value_size + 8);
	if (!v.raw || !v.value) {
		free(v.raw);
		free(v.value);
		return -1;
	}
	if (is_array_like(v.type) || bpf_map__is_internal(map))
		ret = print_array(&v);
	else if (v.type == BPF_MAP_TYPE_HASH || v.type == BPF_MAP_TYPE_PERCPU_HASH ||
		 v.type == BPF_MAP_TYPE_LRU_HASH || v.type == BPF_MAP_TYPE_LRU_PERCPU_HASH)
		ret = print_hash(&v);
	free(v.raw);
	free(v.value);
	return ret;
}

static int print_maps(struct bpf_object *obj)
{
	struct bpf_map *map;

	bpf_object__for_each_map(map, obj) {
		if (print_map(obj, map))
			return -1;
	}
	return 0;
}

/* ---- loading and running ---- */

static int apply_slot(struct bpf_object *obj, const struct slot_update *s)
{
	struct bpf_map *map = bpf_object__find_map_by_name(obj, s->map);
	int err;

	if (!map || bpf_map__type(map) != BPF_MAP_TYPE_PROG_ARRAY) {
		die_msg("--set-prog-array: no prog array named '%s'", s->map);
		return -1;
	}
	if (!s->prog) {
		err = bpf_map_delete_elem(bpf_map__fd(map), &s->index);
		if (err && errno != ENOENT) {
			die_msg("--set-prog-array %s:%u: delete: %s", s->map, s->index, strerror(errno));
			return -1;
		}
		return 0;
	}
	struct bpf_program *p = bpf_object__find_program_by_name(obj, s->prog);
	if (!p) {
		die_msg("--set-prog-array: no program named '%s'", s->prog);
		return -1;
	}
	int prog_fd = bpf_program__fd(p);
	if (bpf_map_update_elem(bpf_map__fd(map), &s->index, &prog_fd, BPF_ANY)) {
		die_msg("--set-prog-array %s:%u:%s: %s", s->map, s->index, s->prog, strerror(errno));
		return -1;
	}
	return 0;
}

/* Program types whose test run takes the input as the context (ctx_in) instead of as
 * packet data (data_in). */
static bool input_is_ctx(enum bpf_prog_type t)
{
	return t == BPF_PROG_TYPE_RAW_TRACEPOINT || t == BPF_PROG_TYPE_SYSCALL ||
	       t == BPF_PROG_TYPE_TRACING || t == BPF_PROG_TYPE_STRUCT_OPS;
}

/* Test runs of these types refuse `repeat`; repetition is a loop in user space. */
static bool kernel_repeats(enum bpf_prog_type t)
{
	return !input_is_ctx(t);
}

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int test_run_once(int fd, struct bpf_test_run_opts *opts, const char *prog_name,
			 enum bpf_prog_type type)
{
	if (bpf_prog_test_run_opts(fd, opts) == 0)
		return 0;
	int err = errno;
	if (is_unsupported(err)) {
		die_msg("program '%s': the kernel has no BPF_PROG_TEST_RUN for program type %s",
			prog_name, libbpf_bpf_prog_type_str(type));
		return EXIT_SKIP;
	}
	if (is_refusal(err)) {
		die_msg("BPF_PROG_TEST_RUN refused (%s): needs root with CAP_BPF/CAP_SYS_ADMIN",
			strerror(err));
		return EXIT_SKIP;
	}
	die_msg("BPF_PROG_TEST_RUN of '%s' failed: %s%s", prog_name, strerror(err),
		err == EINVAL && type == BPF_PROG_TYPE_RAW_TRACEPOINT
			? " (raw_tp input must be at most 96 bytes and cover what the program reads)"
			: "");
	return 1;
}

static int run_program(struct bpf_program *prog, const uint8_t *data, size_t len, int repeat,
		       uint32_t *retval)
{
	enum bpf_prog_type type = bpf_program__type(prog);
	LIBBPF_OPTS(bpf_test_run_opts, opts);
	const char *name = bpf_program__name(prog);
	int fd = bpf_program__fd(prog);
	int loops = 1, ret = 0;

	if (input_is_ctx(type)) {
		opts.ctx_in = len ? data : NULL;
		opts.ctx_size_in = (uint32_t)len;
	} else {
		opts.data_in = len ? data : NULL;
		opts.data_size_in = (uint32_t)len;
	}
	if (kernel_repeats(type))
		opts.repeat = repeat;
	else
		loops = repeat;

	double t0 = now_ns();
	for (int i = 0; i < loops && ret == 0; i++)
		ret = test_run_once(fd, &opts, name, type);
	double t1 = now_ns();
	if (ret)
		return ret;
	*retval = opts.retval;
	if (repeat > 1) {
		if (kernel_repeats(type))
			fprintf(stderr, "%s: %d runs: %u ns/run (kernel duration)\n", tool, repeat,
				opts.duration);
		else
			fprintf(stderr, "%s: %d runs: %.1f ns/run (wall clock, one syscall per run)\n",
				tool, repeat, (t1 - t0) / repeat);
	}
	return 0;
}

/* --type names for objects whose sections say nothing (the conformance corpus: .text). */
static int parse_prog_type(const char *name, enum bpf_prog_type *type)
{
	static const struct {
		const char *name;
		enum bpf_prog_type type;
	} types[] = {
		{ "xdp", BPF_PROG_TYPE_XDP },
		{ "raw_tp", BPF_PROG_TYPE_RAW_TRACEPOINT },
		{ "syscall", BPF_PROG_TYPE_SYSCALL },
		{ "tc", BPF_PROG_TYPE_SCHED_CLS },
		{ "socket", BPF_PROG_TYPE_SOCKET_FILTER },
	};

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		if (strcmp(name, types[i].name) == 0) {
			*type = types[i].type;
			return 0;
		}
	}
	die_msg("--type: unknown program type '%s'", name);
	return -1;
}

static int set_prog_types(struct bpf_object *obj, const char *name)
{
	enum bpf_prog_type type;
	struct bpf_program *p;

	if (parse_prog_type(name, &type))
		return -1;
	bpf_object__for_each_program(p, obj) {
		bpf_program__set_type(p, type);
		if (type == BPF_PROG_TYPE_SYSCALL)
			bpf_program__set_flags(p, bpf_program__flags(p) | BPF_F_SLEEPABLE);
	}
	return 0;
}

static int load_object(struct bpf_object *obj, const char *path)
{
	int err = bpf_object__load(obj);

	held_messages(err != 0 && !is_refusal(err));
	if (err == 0)
		return 0;
	if (is_refusal(err) && geteuid() != 0) {
		die_msg("the kernel refused to load %s (%s): not root; needs CAP_BPF", path,
			strerror(-err));
		return EXIT_SKIP;
	}
	if (is_refusal(err)) {
		die_msg("the kernel refused to load %s (%s): bpf() needs CAP_BPF and CAP_PERFMON "
			"(or CAP_SYS_ADMIN)", path, strerror(-err));
		return EXIT_SKIP;
	}
	die_msg("loading %s into the kernel failed: %s (verifier log above, if any)", path,
		strerror(-err));
	return 1;
}

/* One line per program: name, type, the JIT's native bytes (all subprograms included)
 * and the verifier's rewritten BPF ("xlated") bytes. For tools/jit-size.py. */
static int print_jited_sizes(struct bpf_object *obj)
{
	struct bpf_program *p;

	bpf_object__for_each_program(p, obj) {
		struct bpf_prog_info info;
		uint32_t len = sizeof(info);

		memset(&info, 0, sizeof(info));
		if (bpf_obj_get_info_by_fd(bpf_program__fd(p), &info, &len)) {
			die_msg("program info of '%s': %s", bpf_program__name(p), strerror(errno));
			return 1;
		}
		printf("%s %s jited=%u xlated=%u\n", bpf_program__name(p),
		       libbpf_bpf_prog_type_str(bpf_program__type(p)), info.jited_prog_len,
		       info.xlated_prog_len);
	}
	return 0;
}

static int run(const struct options *o, const uint8_t *data, size_t len)
{
	struct bpf_object *obj = bpf_object__open_file(o->obj_path, NULL);
	int ret;

	if (!obj) {
		int err = errno;
		held_messages(true);
		die_msg("cannot open %s: %s", o->obj_path, strerror(err));
		return 1;
	}
	if (o->type && set_prog_types(obj, o->type)) {
		ret = EXIT_USAGE;
		goto out;
	}
	if (o->jited_sizes) {
		ret = load_object(obj, o->obj_path);
		if (ret == 0)
			ret = print_jited_sizes(obj);
		goto out;
	}
	struct bpf_program *prog = bpf_object__find_program_by_name(obj, o->prog_name);
	if (!prog) {
		die_msg("%s has no program named '%s'", o->obj_path, o->prog_name);
		ret = 1;
		goto out;
	}
	ret = load_object(obj, o->obj_path);
	if (ret)
		goto out;
	for (int i = 0; i < o->n_slots; i++) {
		if (apply_slot(obj, &o->slots[i])) {
			ret = 1;
			goto out;
		}
	}
	uint32_t retval = 0;
	ret = run_program(prog, data, len, o->repeat, &retval);
	if (ret)
		goto out;
	printf("0x%x\n", retval);
	if (o->print_maps && print_maps(obj))
		ret = 1;
out:
	bpf_object__close(obj);
	return ret;
}

int main(int argc, char **argv)
{
	struct options o;
	uint8_t *data = NULL;
	size_t len = 0;

	if (parse_args(argc, argv, &o)) {
		free_options(&o);
		return EXIT_USAGE;
	}
	libbpf_verbose = o.verbose;
	libbpf_set_print(libbpf_print);
	if (o.data_path && read_file(o.data_path, &data, &len)) {
		free_options(&o);
		return 1;
	}
	int ret = run(&o, data, len);
	held_messages(ret != 0 && ret != EXIT_SKIP);
	fflush(stdout);
	free(data);
	free_options(&o);
	return ret;
}
