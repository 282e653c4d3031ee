/* harness.c - runs every benchmark on three engines and prints the table:
 *   bpfaot  the object compiled by `bpfaot compile`, linked into this binary (weak
 *           symbols: absent objects show "n/a");
 *   kernel  the same BPF object loaded into the kernel, run with BPF_PROG_TEST_RUN;
 *   native  the same source compiled as plain C by gcc -O2.
 * Per repetition every engine runs the benchmark and the empty program back to back
 * (the engine's fixed cost, subtracted); engines are interleaved and the ratios are
 * formed per repetition, then summarised by their median (docs/bench.md). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* sched_getcpu, CPU_SET (the meson build defines it already) */
#endif
#include "harness.h"

#include "bpfaot.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { ENG_AOT, ENG_KERNEL, ENG_NATIVE, N_ENGINES };
static const char *const engine_names[N_ENGINES] = { "bpfaot", "kernel", "native" };

#define MAX_REPS 201
#define VERIFY_RUNS (2 * BENCH_SLOTS)

/* The native build's context and the tail-call count it resets per run (bench.h). */
struct native_skb {
	unsigned char *data, *data_end;
	uint32_t len;
};
typedef int (*native_fn)(void *ctx);
extern uint32_t nat_tail_cnt;

#define BENCH(name, kind, hops)                                                                \
	int nat_##name##__##name(void *ctx);                                                   \
	extern struct bpfaot_object name##__object __attribute__((weak));
#include "list.h"
#undef BENCH

struct bench_def {
	const char *name;
	enum bench_pkt_kind kind;
	int hops;
	native_fn native;
	struct bpfaot_object *aot;
};

static const struct bench_def bench_defs[] = {
#define BENCH(id, kind_, hops_)                                                                \
	{ .name = #id, .kind = kind_, .hops = hops_, .native = nat_##id##__##id,               \
	  .aot = &id##__object },
#include "list.h"
#undef BENCH
};
#define N_BENCH (sizeof(bench_defs) / sizeof(bench_defs[0]))

/* bpfaot's tc context around the packet: only the fields the benchmarks read matter
 * (data, data_end, len), the compiler having rewritten __sk_buff accesses to it. */
static struct bpfaot_skb_ctx aot_skb_ctx;

struct options {
	int reps;
	int samples;
	double target_ms;
	const char *bpf_dir;
	const char *aot_dir;
	const char *only;
	const char *compile_obj;
	const char *bpfaot_exe;
	const char *json;
	int no_kernel;
	int check_only;
};

/* One program on one engine. */
struct engine_prog {
	int engine;
	int available;
	char reason[160];
	struct bench_kernel kern;
	native_fn native;
	uint64_t (*aot)(void *ctx);
	const struct bpfaot_prog *aot_prog;
	void *ctx;
};

struct bench_result {
	const struct bench_def *def;
	struct engine_prog prog[N_ENGINES];
	double net[N_ENGINES][MAX_REPS];  /* ns/run, empty subtracted */
	double empty[N_ENGINES][MAX_REPS]; /* ns/run of the empty program */
	uint32_t runs[N_ENGINES];
	char check[64];
	uint32_t aot_text;
};

static volatile uint32_t bench_sink;
static unsigned char bench_pkt[BENCH_PKT_SIZE];
static struct native_skb native_ctx;

/* ---- running one program on one engine ---- */

int64_t bench_now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int64_t engine_run(struct engine_prog *p, uint32_t n, uint32_t *last)
{
	uint32_t acc = 0, r = 0;
	int64_t t0, t1;
	switch (p->engine) {
	case ENG_KERNEL:
		return bench_kernel_run(&p->kern, bench_pkt, n, last);
	case ENG_NATIVE:
		t0 = bench_now_ns();
		for (uint32_t i = 0; i < n; i++) {
			nat_tail_cnt = 0;
			r = (uint32_t)p->native(p->ctx);
			acc += r;
		}
		t1 = bench_now_ns();
		break;
	default:
		t0 = bench_now_ns();
		for (uint32_t i = 0; i < n; i++) {
			r = (uint32_t)p->aot(p->ctx);
			acc += r;
		}
		t1 = bench_now_ns();
		break;
	}
	bench_sink = acc;
	if (last)
		*last = r;
	return t1 - t0;
}

static const struct bpfaot_prog *aot_find(const struct bpfaot_object *obj, const char *name)
{
	for (uint32_t i = 0; i < obj->n_progs; i++)
		if (strcmp(obj->progs[i].name, name) == 0)
			return &obj->progs[i];
	return NULL;
}

static void engine_open(struct engine_prog *p, int engine, const struct bench_def *d,
			const struct options *o)
{
	char path[4096];
	memset(p, 0, sizeof(*p));
	p->engine = engine;
	switch (engine) {
	case ENG_KERNEL:
		if (o->no_kernel) {
			snprintf(p->reason, sizeof(p->reason), "disabled (--no-kernel)");
			return;
		}
		snprintf(path, sizeof(path), "%s/%s.bpf.o", o->bpf_dir, d->name);
		p->available = bench_kernel_open(&p->kern, path, d->name, p->reason,
						 sizeof(p->reason)) == 0;
		return;
	case ENG_NATIVE:
		p->native = d->native;
		p->ctx = &native_ctx;
		p->available = 1;
		return;
	default:
		if (!d->aot || d->aot->abi_version != BPFAOT_ABI_VERSION) {
			snprintf(p->reason, sizeof(p->reason), "not compiled by bpfaot");
			return;
		}
		p->aot_prog = aot_find(d->aot, d->name);
		p->aot = p->aot_prog ? p->aot_prog->func : NULL;
		p->ctx = &aot_skb_ctx;
		if (!p->aot) {
			snprintf(p->reason, sizeof(p->reason), "no program %s", d->name);
			return;
		}
		p->available = 1;
	}
}

static void engine_close(struct engine_prog *p)
{
	if (p->engine == ENG_KERNEL && p->available)
		bench_kernel_close(&p->kern);
}

/* ---- statistics ---- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* The q-quantile (0..1) of n values, by linear interpolation. */
static double quantile(const double *v, int n, double q)
{
	double s[MAX_REPS];
	if (n <= 0)
		return NAN;
	memcpy(s, v, n * sizeof(double));
	qsort(s, n, sizeof(double), cmp_double);
	double pos = q * (n - 1);
	int i = (int)pos;
	return i + 1 < n ? s[i] + (pos - i) * (s[i + 1] - s[i]) : s[i];
}

/* Median of the per-repetition ratios a[r] / b[r]. */
static double paired_ratio(const double *a, const double *b, int n, double *spread)
{
	double r[MAX_REPS];
	for (int i = 0; i < n; i++)
		r[i] = a[i] / b[i];
	double med = quantile(r, n, 0.5);
	if (spread)
		*spread = (quantile(r, n, 0.75) - quantile(r, n, 0.25)) / 2 / med;
	return med;
}

/* ---- one benchmark ---- */

/* Runs the program VERIFY_RUNS times from its initial state (every engine starts with
 * the same map contents) and compares the results with the reference engine. */
static void bench_verify(struct bench_result *res)
{
	uint32_t got[N_ENGINES][VERIFY_RUNS];
	int ref = -1;
	snprintf(res->check, sizeof(res->check), "ok");
	for (int e = 0; e < N_ENGINES; e++) {
		struct engine_prog *p = &res->prog[e];
		if (!p->available)
			continue;
		for (int i = 0; i < VERIFY_RUNS; i++) {
			if (engine_run(p, 1, &got[e][i]) < 0) {
				snprintf(p->reason, sizeof(p->reason), "test run failed");
				p->available = 0;
				break;
			}
		}
	}
	for (int e = ENG_KERNEL; e < N_ENGINES && ref < 0; e++)
		if (res->prog[e].available)
			ref = e;
	for (int e = 0; e < N_ENGINES && ref >= 0; e++) {
		if (e == ref || !res->prog[e].available)
			continue;
		for (int i = 0; i < VERIFY_RUNS; i++) {
			if (got[e][i] != got[ref][i]) {
				snprintf(res->check, sizeof(res->check),
					 "%s run %d: %#x, %s %#x", engine_names[e], i, got[e][i],
					 engine_names[ref], got[ref][i]);
				return;
			}
		}
	}
}

/* Number of runs per measurement so that one takes about target_ms. */
static uint32_t bench_calibrate(struct engine_prog *p, double target_ms)
{
	uint64_t n = 16;
	int64_t t;
	for (;;) {
		t = engine_run(p, (uint32_t)n, NULL);
		if (t < 0)
			return 0;
		if (t >= 2000000 || n >= (1u << 28))
			break;
		n *= 4;
	}
	double want = (double)n * target_ms * 1e6 / (double)(t > 0 ? t : 1);
	return want < 1 ? 1 : want > 4e9 ? 4000000000u : (uint32_t)want;
}

/* One measurement of the benchmark and the empty program on one engine: the minimum over
 * `samples` alternating timings of n runs each (a timing that was preempted or interrupted
 * only ever gets longer, so the minimum is the one least disturbed by other load). */
static void bench_sample(struct engine_prog *p, struct engine_prog *empty, uint32_t n,
			 int samples, int empty_first, double *tb_min, double *te_min)
{
	*tb_min = *te_min = INFINITY;
	for (int s = 0; s < samples; s++) {
		double tb, te;
		if ((s + empty_first) & 1) {
			te = (double)engine_run(empty, n, NULL);
			tb = (double)engine_run(p, n, NULL);
		} else {
			tb = (double)engine_run(p, n, NULL);
			te = (double)engine_run(empty, n, NULL);
		}
		*tb_min = tb < *tb_min ? tb : *tb_min;
		*te_min = te < *te_min ? te : *te_min;
	}
}

static void bench_measure(struct bench_result *res, struct engine_prog *empty,
			  const struct options *o)
{
	for (int e = 0; e < N_ENGINES; e++)
		if (res->prog[e].available &&
		    !(res->runs[e] = bench_calibrate(&res->prog[e], o->target_ms / o->samples)))
			res->prog[e].available = 0;
	for (int rep = 0; rep < o->reps; rep++) {
		for (int k = 0; k < N_ENGINES; k++) {
			int e = (rep + k) % N_ENGINES; /* rotate which engine goes first */
			struct engine_prog *p = &res->prog[e];
			if (!p->available || !empty[e].available)
				continue;
			uint32_t n = res->runs[e];
			double tb, te;
			bench_sample(p, &empty[e], n, o->samples, rep & 1, &tb, &te);
			res->empty[e][rep] = te / n;
			res->net[e][rep] = (tb - te) / n;
		}
	}
}

/* ---- output ---- */

static void print_ns(double v, int ok)
{
	if (!ok)
		printf(" %10s", "n/a");
	else
		printf(" %10.2f", v);
}

static void print_ratio(double v, int ok)
{
	if (!ok || !(v > 0))
		printf(" %8s", "n/a");
	else
		printf(" %8.3f", v);
}

/* Pairs (a, b) of engines for the ratio columns. */
static const int ratio_pairs[3][2] = {
	{ ENG_AOT, ENG_KERNEL }, { ENG_AOT, ENG_NATIVE }, { ENG_KERNEL, ENG_NATIVE }
};

static void print_table(struct bench_result *res, int n, const struct options *o)
{
	double log_sum[3] = { 0 }, log_sum_nt[3] = { 0 };
	int log_n[3] = { 0 }, log_n_nt[3] = { 0 };
	printf("\n%-13s %10s %10s %10s %8s %8s %8s %6s  %s\n", "benchmark", "bpfaot ns",
	       "kernel ns", "native ns", "aot/kern", "aot/nat", "kern/nat", "noise", "check");
	for (int i = 0; i < n; i++) {
		struct bench_result *r = &res[i];
		double worst = 0;
		printf("%-13s", r->def->name);
		for (int e = 0; e < N_ENGINES; e++) {
			int ok = r->prog[e].available;
			double med = ok ? quantile(r->net[e], o->reps, 0.5) : NAN;
			print_ns(med, ok);
			if (ok) {
				double sp = (quantile(r->net[e], o->reps, 0.75) -
					     quantile(r->net[e], o->reps, 0.25)) / 2 / med;
				if (fabs(sp) > worst)
					worst = fabs(sp);
			}
		}
		for (int k = 0; k < 3; k++) {
			int a = ratio_pairs[k][0], b = ratio_pairs[k][1];
			int ok = r->prog[a].available && r->prog[b].available;
			double v = ok ? paired_ratio(r->net[a], r->net[b], o->reps, NULL) : NAN;
			print_ratio(v, ok);
			if (ok && v > 0) {
				log_sum[k] += log(v);
				log_n[k]++;
				if (!r->def->hops) {
					log_sum_nt[k] += log(v);
					log_n_nt[k]++;
				}
			}
		}
		printf(" %5.1f%%  %s\n", 100 * worst, r->check);
	}
	printf("%-13s %10s %10s %10s", "geomean", "", "", "");
	for (int k = 0; k < 3; k++)
		print_ratio(exp(log_sum[k] / (log_n[k] ? log_n[k] : 1)), log_n[k] > 0);
	printf("\n%-24s %21s", "geomean w/o tail calls", "");
	for (int k = 0; k < 3; k++)
		print_ratio(exp(log_sum_nt[k] / (log_n_nt[k] ? log_n_nt[k] : 1)), log_n_nt[k] > 0);
	printf("\n");
}

/* ns per call of the empty program through the runtime's public entry point,
 * bpfaot_prog_run() (what a host calls), rather than directly: min of 5 timings. */
static double aot_api_cost(const struct engine_prog *empty)
{
	const uint32_t n = 200000;
	double best = INFINITY;
	uint64_t ret;
	for (int s = 0; s < 5; s++) {
		int64_t t0 = bench_now_ns();
		for (uint32_t i = 0; i < n; i++)
			bpfaot_prog_run(empty->aot_prog, empty->ctx, 0, &ret);
		double t = (double)(bench_now_ns() - t0) / n;
		best = t < best ? t : best;
	}
	return best;
}

static void print_fixed_costs(struct engine_prog *empty, struct bench_result *res, int n,
			      const struct options *o)
{
	printf("\nfixed cost per run (empty program, median over all measurements, ns):");
	for (int e = 0; e < N_ENGINES; e++) {
		double all[MAX_REPS];
		int m = 0;
		for (int i = 0; i < n && m < MAX_REPS; i++)
			if (res[i].prog[e].available)
				all[m++] = quantile(res[i].empty[e], o->reps, 0.5);
		if (empty[e].available && m)
			printf("  %s %.2f", engine_names[e], quantile(all, m, 0.5));
		else
			printf("  %s n/a (%s)", engine_names[e], empty[e].reason);
	}
	printf("\n");
	if (empty[ENG_AOT].available)
		printf("(bpfaot's through bpfaot_prog_run() instead of a direct call: %.2f ns)\n",
		       aot_api_cost(&empty[ENG_AOT]));
}

static void print_tail_calls(struct bench_result *res, int n, const struct options *o)
{
	printf("\ntail calls, ns per hop = (chain - empty) / hops:\n%-13s %10s %10s %10s\n",
	       "kind", "bpfaot", "kernel", "native");
	for (int i = 0; i < n; i++) {
		if (!res[i].def->hops)
			continue;
		printf("%-13s", res[i].def->name + (strncmp(res[i].def->name, "tail_", 5) ? 0 : 5));
		for (int e = 0; e < N_ENGINES; e++)
			print_ns(quantile(res[i].net[e], o->reps, 0.5) / res[i].def->hops,
				 res[i].prog[e].available);
		printf("\n");
	}
}

/* Size of the .text section of an ELF object (0 when unreadable). */
static uint32_t elf_text_size(const char *path);

static void print_code_size(struct bench_result *res, int n, const struct options *o)
{
	printf("\ncode size, bytes (kernel: jited_prog_len summed over the object's programs;"
	       " bpfaot: .text of the compiled object):\n%-13s %10s %10s %8s %12s\n",
	       "benchmark", "kernel", "bpfaot", "ratio", "xlated insns");
	for (int i = 0; i < n; i++) {
		struct bench_result *r = &res[i];
		struct engine_prog *k = &r->prog[ENG_KERNEL];
		char path[4096];
		if (o->aot_dir) {
			snprintf(path, sizeof(path), "%s/%s.aot.o", o->aot_dir, r->def->name);
			r->aot_text = elf_text_size(path);
		}
		printf("%-13s", r->def->name);
		if (k->available)
			printf(" %10u", k->kern.jited_len);
		else
			printf(" %10s", "n/a");
		if (r->aot_text)
			printf(" %10u", r->aot_text);
		else
			printf(" %10s", "n/a");
		print_ratio((double)r->aot_text / k->kern.jited_len, k->available && r->aot_text);
		if (k->available)
			printf(" %12u\n", k->kern.xlated_insns);
		else
			printf(" %12s\n", "n/a");
	}
}

/* ---- machine-readable results (--json FILE) ---- */

static void json_number(FILE *f, double v)
{
	if (isfinite(v))
		fprintf(f, "%.4f", v);
	else
		fprintf(f, "null");
}

/* One object per benchmark: median net ns per engine (null: not available), the median
 * paired ratios, the check, the code sizes. Written after the tables. */
static int write_json(const char *path, struct bench_result *res, int n,
		      const struct options *o)
{
	static const char *const ratio_names[3] = { "aot_kernel", "aot_native", "kernel_native" };
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "bpfaot-bench: %s: cannot write\n", path);
		return -1;
	}
	fprintf(f, "{\n  \"reps\": %d, \"samples\": %d, \"benchmarks\": [\n", o->reps,
		o->samples);
	for (int i = 0; i < n; i++) {
		struct bench_result *r = &res[i];
		fprintf(f, "    {\"name\": \"%s\", \"hops\": %d, \"check\": \"%s\"", r->def->name,
			r->def->hops, strcmp(r->check, "ok") ? "mismatch" : "ok");
		for (int e = 0; e < N_ENGINES; e++) {
			fprintf(f, ", \"%s_ns\": ", engine_names[e]);
			json_number(f, r->prog[e].available ? quantile(r->net[e], o->reps, 0.5) : NAN);
		}
		for (int k = 0; k < 3; k++) {
			int a = ratio_pairs[k][0], b = ratio_pairs[k][1];
			fprintf(f, ", \"%s\": ", ratio_names[k]);
			json_number(f, r->prog[a].available && r->prog[b].available
					       ? paired_ratio(r->net[a], r->net[b], o->reps, NULL)
					       : NAN);
		}
		fprintf(f, ", \"kernel_jited_bytes\": ");
		json_number(f, r->prog[ENG_KERNEL].available ? r->prog[ENG_KERNEL].kern.jited_len : NAN);
		fprintf(f, ", \"aot_text_bytes\": ");
		json_number(f, r->aot_text ? r->aot_text : NAN);
		fprintf(f, "}%s\n", i + 1 < n ? "," : "");
	}
	fprintf(f, "  ]\n}\n");
	return fclose(f) ? -1 : 0;
}

/* ---- ELF .text size, read directly (ELF64 little-endian only) ---- */

#include <elf.h>

static uint32_t elf_text_size(const char *path)
{
	FILE *f = fopen(path, "rb");
	Elf64_Ehdr eh;
	uint32_t size = 0;
	if (!f)
		return 0;
	if (fread(&eh, sizeof(eh), 1, f) != 1 || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_shentsize != sizeof(Elf64_Shdr))
		goto out;
	Elf64_Shdr *sh = calloc(eh.e_shnum, sizeof(*sh));
	if (!sh || fseek(f, (long)eh.e_shoff, SEEK_SET) ||
	    fread(sh, sizeof(*sh), eh.e_shnum, f) != eh.e_shnum || eh.e_shstrndx >= eh.e_shnum) {
		free(sh);
		goto out;
	}
	char *names = malloc(sh[eh.e_shstrndx].sh_size + 1);
	if (names && fseek(f, (long)sh[eh.e_shstrndx].sh_offset, SEEK_SET) == 0 &&
	    fread(names, 1, sh[eh.e_shstrndx].sh_size, f) == sh[eh.e_shstrndx].sh_size) {
		names[sh[eh.e_shstrndx].sh_size] = 0;
		for (int i = 0; i < eh.e_shnum; i++)
			if (sh[i].sh_name < sh[eh.e_shstrndx].sh_size &&
			    strncmp(names + sh[i].sh_name, ".text", 5) == 0 &&
			    (sh[i].sh_flags & SHF_EXECINSTR))
				size += (uint32_t)sh[i].sh_size;
	}
	free(names);
	free(sh);
out:
	fclose(f);
	return size;
}

/* ---- compile throughput ---- */

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
extern char **environ;

/* `bpfaot compile IN -o OUT` once: wall-clock ns and the child's CPU ns (user + system),
 * or -1 when it fails. CPU time is what a loaded machine does not inflate. */
static int time_bpfaot_compile(const char *exe, const char *in, const char *out, int64_t *wall,
			       int64_t *cpu)
{
	char *argv[] = { (char *)exe, "compile", (char *)in, "-o", (char *)out, NULL };
	posix_spawn_file_actions_t quiet;
	struct rusage ru;
	pid_t pid;
	int status, err;
	posix_spawn_file_actions_init(&quiet);
	posix_spawn_file_actions_addopen(&quiet, 2, "/dev/null", O_WRONLY, 0);
	int64_t t0 = bench_now_ns();
	err = posix_spawn(&pid, exe, &quiet, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&quiet);
	if (err != 0)
		return -1;
	if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return -1;
	*wall = bench_now_ns() - t0;
	*cpu = ((int64_t)ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000 +
	       ((int64_t)ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000;
	return 0;
}

static int64_t thread_cpu_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void keep_min(int64_t *best, int64_t v)
{
	if (*best < 0 || v < *best)
		*best = v;
}

#define COMPILE_TRIES 5

static void print_rate(const char *what, uint64_t insns, int64_t wall, int64_t cpu)
{
	printf("  %-30s wall %8.1f ms %6.2f M insns/s   cpu %8.1f ms %6.2f M insns/s\n", what,
	       wall / 1e6, insns / (wall / 1e9) / 1e6, cpu / 1e6, insns / (cpu / 1e9) / 1e6);
}

static int compile_throughput(const struct options *o)
{
	uint64_t insns = 0;
	int64_t load_wall = -1, load_cpu = -1, aot_wall = -1, aot_cpu = -1, small_wall = -1,
		small_cpu = -1;
	char out[4096], small_in[4096], small_out[4096];
	snprintf(out, sizeof(out), "%s.aot.o", o->compile_obj);
	snprintf(small_in, sizeof(small_in), "%s/empty.bpf.o", o->bpf_dir);
	snprintf(small_out, sizeof(small_out), "%s.empty.aot.o", o->compile_obj);
	for (int i = 0; i < COMPILE_TRIES; i++) {
		int64_t wall, cpu, c0 = thread_cpu_ns();
		if (!o->no_kernel && bench_kernel_load_time(o->compile_obj, &insns, &wall) == 0) {
			keep_min(&load_wall, wall);
			keep_min(&load_cpu, thread_cpu_ns() - c0);
		}
		if (o->bpfaot_exe) {
			if (time_bpfaot_compile(o->bpfaot_exe, o->compile_obj, out, &wall, &cpu) == 0) {
				keep_min(&aot_wall, wall);
				keep_min(&aot_cpu, cpu);
			}
			if (time_bpfaot_compile(o->bpfaot_exe, small_in, small_out, &wall, &cpu) == 0) {
				keep_min(&small_wall, wall);
				keep_min(&small_cpu, cpu);
			}
		}
	}
	if (!insns)
		bench_kernel_load_time(o->compile_obj, &insns, &(int64_t){ 0 });
	printf("\ncompile throughput (%s, %llu BPF instructions, best of %d):\n", o->compile_obj,
	       (unsigned long long)insns, COMPILE_TRIES);
	if (aot_wall > 0) {
		print_rate("bpfaot compile (process)", insns, aot_wall, aot_cpu);
		if (small_wall > 0 && aot_wall > small_wall && aot_cpu > small_cpu)
			print_rate("  less an empty object's", insns, aot_wall - small_wall,
				   aot_cpu - small_cpu);
		printf("  bpfaot .text %u bytes (%.1f per BPF instruction)\n", elf_text_size(out),
		       (double)elf_text_size(out) / (insns ? insns : 1));
	} else {
		printf("  bpfaot compile n/a (%s)\n",
		       o->bpfaot_exe ? "bpfaot compile failed on it" : "no bpfaot executable");
	}
	if (load_wall > 0)
		print_rate("kernel load (verifier + JIT)", insns, load_wall, load_cpu);
	else
		printf("  kernel load n/a\n");
	return 0;
}

/* ---- main ---- */

static int selected(const struct options *o, const char *name)
{
	if (!o->only)
		return 1;
	size_t len = strlen(name);
	for (const char *s = o->only; *s;) {
		const char *comma = strchr(s, ',');
		size_t n = comma ? (size_t)(comma - s) : strlen(s);
		if (n == len && strncmp(s, name, n) == 0)
			return 1;
		s += n + (comma != NULL);
	}
	return 0;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: bpfaot-bench --bpf-dir DIR [--aot-dir DIR] [--reps N] [--ms T] [--samples K]\n"
		   "                    [--only a,b,...] [--no-kernel] [--json FILE]\n"
		   "                    [--compile OBJ [--bpfaot EXE]]\n"
		   "       bpfaot-bench --check ...  (results only: every engine against the reference)\n"
		   "       bpfaot-bench --probe   (which program types BPF_PROG_TEST_RUN runs here)\n");
}

static int parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "bpf-dir", required_argument, NULL, 'b' }, { "aot-dir", required_argument, NULL, 'a' },
		{ "reps", required_argument, NULL, 'r' },    { "ms", required_argument, NULL, 'm' },
		{ "only", required_argument, NULL, 'o' },    { "no-kernel", no_argument, NULL, 'k' },
		{ "compile", required_argument, NULL, 'c' }, { "bpfaot", required_argument, NULL, 'x' },
		{ "samples", required_argument, NULL, 's' }, { "probe", no_argument, NULL, 'p' },
		{ "check", no_argument, NULL, 'C' },         { "json", required_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	*o = (struct options){ .reps = 21, .samples = 5, .target_ms = 10, .bpf_dir = "." };
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'b': o->bpf_dir = optarg; break;
		case 'a': o->aot_dir = optarg; break;
		case 'r': o->reps = atoi(optarg); break;
		case 'm': o->target_ms = atof(optarg); break;
		case 's': o->samples = atoi(optarg); break;
		case 'o': o->only = optarg; break;
		case 'k': o->no_kernel = 1; break;
		case 'c': o->compile_obj = optarg; break;
		case 'x': o->bpfaot_exe = optarg; break;
		case 'p': bench_probe_types(); exit(0);
		case 'C': o->check_only = 1; break;
		case 'j': o->json = optarg; break;
		case 'h': usage(stdout); exit(0);
		default: usage(stderr); return -1;
		}
	}
	if (o->reps < 1 || o->reps > MAX_REPS || !(o->target_ms > 0) || o->samples < 1) {
		fprintf(stderr, "bpfaot-bench: --reps must be 1..%d, --ms and --samples positive\n",
			MAX_REPS);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct options o;
	static struct bench_result res[N_BENCH];
	struct engine_prog empty[N_ENGINES];
	int n = 0, failed = 0;
	if (parse_options(argc, argv, &o))
		return 2;
	setvbuf(stdout, NULL, _IOLBF, 0);
	/* One CPU for the whole run: the kernel's per-CPU map values (percpu) must stay those
	 * of one CPU for the results check, and migrations only add noise. */
	int cpu = sched_getcpu();
	cpu_set_t all_cpus;
	int have_all_cpus = sched_getaffinity(0, sizeof(all_cpus), &all_cpus) == 0;
	if (cpu >= 0) {
		cpu_set_t set;
		CPU_ZERO(&set);
		CPU_SET(cpu, &set);
		sched_setaffinity(0, sizeof(set), &set);
	}
	native_ctx = (struct native_skb){ bench_pkt, bench_pkt + BENCH_PKT_SIZE, BENCH_PKT_SIZE };
	aot_skb_ctx.data = aot_skb_ctx.data_meta = bench_pkt;
	aot_skb_ctx.data_end = bench_pkt + BENCH_PKT_SIZE;
	aot_skb_ctx.len = aot_skb_ctx.wire_len = BENCH_PKT_SIZE;
	for (int e = 0; e < N_ENGINES; e++)
		engine_open(&empty[e], e, &bench_defs[0], &o);
	if (o.check_only)
		printf("bpfaot bench --check: %d runs per benchmark and engine from the initial"
		       " state, results against the kernel's (else the native build's)\n",
		       VERIFY_RUNS);
	else
		printf("bpfaot bench: %d repetitions of min-of-%d timings (~%.0f ms per engine"
		       " and repetition), packet %d slots x %d B,\nengines interleaved, empty"
		       " program subtracted, ratios paired per repetition, medians shown\n",
		       o.reps, o.samples, o.target_ms * 2, BENCH_SLOTS, BENCH_SLOT_SIZE);
	for (int e = 0; e < N_ENGINES; e++)
		if (!empty[e].available)
			printf("%s: n/a: %s\n", engine_names[e], empty[e].reason);
	for (size_t i = 1; i < N_BENCH; i++) {
		const struct bench_def *d = &bench_defs[i];
		if (!selected(&o, d->name))
			continue;
		struct bench_result *r = &res[n++];
		r->def = d;
		bench_packet_fill(bench_pkt, d->kind);
		for (int e = 0; e < N_ENGINES; e++) {
			engine_open(&r->prog[e], e, d, &o);
			if (!r->prog[e].available && empty[e].available)
				printf("%s on %s: n/a: %s\n", d->name, engine_names[e], r->prog[e].reason);
		}
		bench_verify(r);
		failed |= strcmp(r->check, "ok") != 0;
		if (o.check_only) {
			printf("%-13s %s", d->name, r->check);
			for (int e = 0; e < N_ENGINES; e++)
				printf("  %s:%s", engine_names[e], r->prog[e].available ? "ran" : "n/a");
			printf("\n");
			for (int e = 0; e < N_ENGINES; e++)
				engine_close(&r->prog[e]);
			continue;
		}
		bench_measure(r, empty, &o);
		for (int e = 0; e < N_ENGINES; e++)
			engine_close(&r->prog[e]);
		/* keep the kernel's jited size for the code size table */
		fprintf(stderr, "  %s done\n", d->name);
	}
	if (o.check_only) {
		for (int e = 0; e < N_ENGINES; e++)
			engine_close(&empty[e]);
		return failed;
	}
	if (n > 0) {
		print_fixed_costs(empty, res, n, &o);
		print_table(res, n, &o);
		print_tail_calls(res, n, &o);
		print_code_size(res, n, &o);
		if (o.json && write_json(o.json, res, n, &o))
			failed = 1;
	}
	for (int e = 0; e < N_ENGINES; e++)
		engine_close(&empty[e]);
	/* bpfaot compiles a module's programs on as many threads as it has CPUs (its
	 * affinity, which a child inherits): give it back all of them. */
	if (o.compile_obj && have_all_cpus)
		sched_setaffinity(0, sizeof(all_cpus), &all_cpus);
	if (o.compile_obj)
		compile_throughput(&o);
	return failed;
}
