/* rt_helpers.c - the helpers that are not about maps, and dispatch of other helper ids. */
#include "rt.h"

#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

/* ---- Reading memory that may not be mapped ------------------------------------------ */

/* Fallback where process_vm_readv() is missing (qemu-user, seccomp): write() into a pipe
 * also fails with EFAULT on an unreadable source; read the bytes back from the pipe. One
 * pipe for the process, used under a lock, in chunks below its capacity. */
static pthread_mutex_t probe_pipe_lock = PTHREAD_MUTEX_INITIALIZER;
static int probe_pipe[2] = {-1, -1};

static int pipe_read(void *dst, const void *src, size_t n)
{
	int err = 0;
	pthread_mutex_lock(&probe_pipe_lock);
	if (probe_pipe[0] < 0 && pipe2(probe_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
		pthread_mutex_unlock(&probe_pipe_lock);
		memcpy(dst, src, n); /* nothing left to check with */
		return 0;
	}
	for (size_t done = 0; done < n && !err;) {
		size_t chunk = n - done < 4096 ? n - done : 4096;
		ssize_t put = write(probe_pipe[1], (const char *)src + done, chunk);
		if (put <= 0) {
			err = -EFAULT;
			break;
		}
		ssize_t got = read(probe_pipe[0], (char *)dst + done, (size_t)put);
		if (got != put)
			err = -EFAULT;
		done += (size_t)put;
	}
	pthread_mutex_unlock(&probe_pipe_lock);
	return err;
}

/* process_vm_readv() on ourselves reports an unmapped source as EFAULT instead of
 * faulting; where it is not available, the pipe above. */
static int vm_read(void *dst, const void *src, size_t n)
{
	static int vm_readv_works = 1;
	if (n == 0)
		return 0;
	if (__atomic_load_n(&vm_readv_works, __ATOMIC_RELAXED)) {
		struct iovec local = {dst, n};
		struct iovec remote = {(void *)src, n};
		ssize_t got = process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
		if (got == (ssize_t)n)
			return 0;
		if (got >= 0 || errno == EFAULT)
			return -EFAULT;
		__atomic_store_n(&vm_readv_works, 0, __ATOMIC_RELAXED);
	}
	return pipe_read(dst, src, n);
}

int rt_safe_copy(void *dst, const void *src, size_t n)
{
	int err = vm_read(dst, src, n);
	if (err)
		memset(dst, 0, n);
	return err;
}

/* The kernel's strncpy_from_*_nofault as the probe_read_*_str helpers use it: the string's
 * length including its NUL, or size when truncated (the last byte then NUL); -EFAULT with
 * dst zeroed when the source is not readable. An empty string gives 1. */
long rt_safe_strncpy(char *dst, const char *src, uint32_t size)
{
	if (size == 0)
		return 0;
	long page = sysconf(_SC_PAGESIZE);
	uint32_t done = 0;
	while (done < size) {
		/* Read through a bounce buffer in pieces that do not cross a page, so that
		 * nothing past the NUL lands in dst and a fault is reported where it is. */
		char chunk[256];
		uintptr_t at = (uintptr_t)src + done;
		size_t n = (size_t)page - (at & ((uintptr_t)page - 1));
		if (n > sizeof(chunk))
			n = sizeof(chunk);
		if (n > size - done)
			n = size - done;
		if (vm_read(chunk, (const void *)at, n) != 0) {
			memset(dst, 0, size);
			return -EFAULT;
		}
		const char *nul = memchr(chunk, '\0', n);
		size_t take = nul ? (size_t)(nul - chunk) + 1 : n;
		memcpy(dst + done, chunk, take);
		done += (uint32_t)take;
		if (nul)
			return done;
	}
	dst[size - 1] = '\0';
	return size;
}

static uint64_t probe_read(uint64_t dst, uint64_t size, uint64_t src)
{
	return RT_ERR(rt_safe_copy((void *)(uintptr_t)dst, (const void *)(uintptr_t)src,
				   (uint32_t)size));
}

static uint64_t probe_read_str(uint64_t dst, uint64_t size, uint64_t src)
{
	return RT_ERR(rt_safe_strncpy((char *)(uintptr_t)dst, (const char *)(uintptr_t)src,
				   (uint32_t)size));
}

/* In userspace there is one address space: the user and kernel variants are the same. */
#define PROBE_HELPER(name, impl)                                                           \
	uint64_t bpfaot_helper_##name(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,  \
				      uint64_t r5)                                         \
	{                                                                                  \
		(void)r4, (void)r5;                                                        \
		return impl(r1, r2, r3);                                                   \
	}
PROBE_HELPER(probe_read, probe_read)
PROBE_HELPER(probe_read_user, probe_read)
PROBE_HELPER(probe_read_kernel, probe_read)
PROBE_HELPER(probe_read_str, probe_read_str)
PROBE_HELPER(probe_read_user_str, probe_read_str)
PROBE_HELPER(probe_read_kernel_str, probe_read_str)

/* ---- Time, randomness, CPU ---------------------------------------------------------- */

static uint64_t clock_ns(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

uint64_t bpfaot_helper_ktime_get_ns(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				    uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return clock_ns(CLOCK_MONOTONIC);
}

uint64_t bpfaot_helper_ktime_get_coarse_ns(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					   uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return clock_ns(CLOCK_MONOTONIC_COARSE);
}

uint64_t bpfaot_helper_ktime_get_tai_ns(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return clock_ns(CLOCK_TAI);
}

uint64_t bpfaot_helper_ktime_get_boot_ns(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					 uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return clock_ns(CLOCK_BOOTTIME);
}

/* One xorshift128+ generator per thread, seeded from getrandom() (or the clock and a
 * counter when that fails) on the thread's first call. */
static _Thread_local uint64_t prng_state[2];

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static void prng_seed(void)
{
	static uint64_t threads_seeded;
	uint64_t seed;
	if (getrandom(&seed, sizeof(seed), GRND_NONBLOCK) != (ssize_t)sizeof(seed))
		seed = clock_ns(CLOCK_MONOTONIC) ^
		       (__atomic_add_fetch(&threads_seeded, 1, __ATOMIC_RELAXED) << 32);
	prng_state[0] = splitmix64(&seed);
	prng_state[1] = splitmix64(&seed) | 1;
}

uint64_t bpfaot_helper_get_prandom_u32(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				       uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	if (!prng_state[0] && !prng_state[1])
		prng_seed();
	uint64_t s1 = prng_state[0];
	const uint64_t s0 = prng_state[1];
	prng_state[0] = s0;
	s1 ^= s1 << 23;
	prng_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
	return (uint32_t)((prng_state[1] + s0) >> 32);
}

uint64_t bpfaot_helper_get_smp_processor_id(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					    uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return (uint32_t)rt_cpu_current();
}

/* ---- bpf_spin_lock ------------------------------------------------------------------- */

/* struct bpf_spin_lock is a u32 inside a map value: rt_spin_lock's layout. Critical
 * sections are short and call no helpers (the verifier's rules), so spinning is right. */
uint64_t bpfaot_helper_spin_lock(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				 uint64_t r5)
{
	(void)r2, (void)r3, (void)r4, (void)r5;
	rt_spin_lock((uint32_t *)(uintptr_t)r1);
	return 0;
}

uint64_t bpfaot_helper_spin_unlock(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				   uint64_t r5)
{
	(void)r2, (void)r3, (void)r4, (void)r5;
	rt_spin_unlock((uint32_t *)(uintptr_t)r1);
	return 0;
}

/* ---- The current task: in userspace, the calling thread ------------------------------ */

/* tgid (the process id) in the upper 32 bits, pid (the thread id) in the lower. */
uint64_t bpfaot_helper_get_current_pid_tgid(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					    uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return (uint64_t)(uint32_t)getpid() << 32 | (uint32_t)gettid();
}

/* gid in the upper 32 bits, uid in the lower. */
uint64_t bpfaot_helper_get_current_uid_gid(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					   uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return (uint64_t)getgid() << 32 | getuid();
}

/* The thread's name (prctl PR_GET_NAME, what the kernel's comm is), NUL-padded to size. */
uint64_t bpfaot_helper_get_current_comm(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					uint64_t r5)
{
	(void)r3, (void)r4, (void)r5;
	char *buf = (char *)(uintptr_t)r1;
	uint32_t size = (uint32_t)r2;
	char comm[17] = {0};
	if (size == 0)
		return RT_ERR(-EINVAL);
	if (prctl(PR_GET_NAME, comm, 0, 0, 0) != 0)
		comm[0] = '\0';
	memset(buf, 0, size);
	size_t len = strnlen(comm, 16);
	memcpy(buf, comm, len < size ? len : size - 1);
	return 0;
}

uint64_t bpfaot_helper_get_numa_node_id(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
					uint64_t r5)
{
	(void)r1, (void)r2, (void)r3, (void)r4, (void)r5;
	return 0; /* one node as far as programs can tell */
}

/* bpf_strncmp(s1, s1_size, s2): strncmp(s1, s2, s1_size), as the kernel computes it. */
uint64_t bpfaot_helper_strncmp(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r4, (void)r5;
	int cmp = strncmp((const char *)(uintptr_t)r1, (const char *)(uintptr_t)r3, (uint32_t)r2);
	return RT_ERR(cmp < 0 ? -1 : cmp > 0 ? 1 : 0);
}

/* ---- trace_printk ------------------------------------------------------------------- */

/* bpf_trace_printk(fmt, fmt_size, arg1, arg2, arg3): format with the kernel's subset and
 * write the message as one line to stderr (a newline is added when the message has none,
 * as each trace_pipe event is a line). Returns the message length or -EINVAL. */
static uint64_t trace_message(const char *fmt, uint32_t fmt_size, const uint64_t *args,
			      int n_args)
{
	char buf[1024 + 1]; /* the kernel's MAX_BPRINTF_BUF, and room for the newline */
	int len = rt_format(buf, sizeof(buf) - 1, fmt, fmt_size, args, n_args);
	if (len < 0)
		return RT_ERR(len);
	size_t out = (size_t)len < sizeof(buf) - 2 ? (size_t)len : sizeof(buf) - 2;
	if (out == 0 || buf[out - 1] != '\n')
		buf[out++] = '\n';
	/* One write, so that lines of concurrent programs do not interleave. */
	ssize_t ignored = write(STDERR_FILENO, buf, out);
	(void)ignored;
	return (uint64_t)len;
}

uint64_t bpfaot_helper_trace_printk(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				    uint64_t r5)
{
	const uint64_t args[3] = {r3, r4, r5};
	return trace_message((const char *)(uintptr_t)r1, (uint32_t)r2, args, 3);
}

/* Arguments of the varargs helpers: data_len a multiple of 8, at most 12 of them
 * (MAX_BPRINTF_VARARGS), data non-NULL when there are any. */
static int varargs(uint64_t data, uint64_t data_len, uint64_t *args, int *n_args)
{
	if (data_len % 8 || data_len > 12 * 8 || (data_len && !data))
		return -EINVAL;
	*n_args = (int)(data_len / 8);
	memcpy(args, (const void *)(uintptr_t)data, data_len);
	return 0;
}

/* bpf_trace_vprintk(fmt, fmt_size, data, data_len): trace_printk with up to 12
 * arguments in an array (what libbpf's bpf_printk uses beyond three). */
uint64_t bpfaot_helper_trace_vprintk(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				     uint64_t r5)
{
	(void)r5;
	uint64_t args[12];
	int n_args;
	if (varargs(r3, r4, args, &n_args) != 0)
		return RT_ERR(-EINVAL);
	return trace_message((const char *)(uintptr_t)r1, (uint32_t)r2, args, n_args);
}

/* bpf_snprintf(str, str_size, fmt, data, data_len): the formatted string, truncated to
 * str_size with a NUL; returns the length it needed including the NUL, or -EINVAL. */
uint64_t bpfaot_helper_snprintf(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	uint64_t args[12];
	int n_args;
	if (varargs(r4, r5, args, &n_args) != 0)
		return RT_ERR(-EINVAL);
	char *str = (char *)(uintptr_t)r1;
	uint32_t size = (uint32_t)r2;
	char empty[1];
	int len = rt_format(size ? str : empty, size ? size : 1, (const char *)(uintptr_t)r3,
			    UINT32_MAX, args, n_args);
	if (len < 0)
		return RT_ERR(len);
	return (uint64_t)len + 1;
}

/* ---- Helpers for other ids ---------------------------------------------------------- */

static bpfaot_helper_fn registered[BPFAOT_HELPER_ID_MAX];

static bool is_builtin(int64_t id)
{
	switch (id) {
#define HELPER(hid, name) case hid:
#include "helpers.def"
#undef HELPER
		return true;
	default:
		return false;
	}
}

int bpfaot_register_helper(int32_t id, bpfaot_helper_fn fn)
{
	if (id <= 0 || id >= BPFAOT_HELPER_ID_MAX || is_builtin(id))
		return -EINVAL;
	__atomic_store_n(&registered[id], fn, __ATOMIC_RELEASE);
	return 0;
}

typedef uint64_t (*builtin_fn)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t);

static builtin_fn builtin(int64_t id)
{
	switch (id) {
#define HELPER(hid, name)                                                                  \
	case hid:                                                                          \
		return bpfaot_helper_##name;
#include "helpers.def"
#undef HELPER
	default:
		return NULL;
	}
}

/* Also reached by callx, whose register may hold a built-in id. */
uint64_t bpfaot_helper_call(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5,
			    uint64_t id)
{
	int64_t sid = (int64_t)id;
	builtin_fn fn = builtin(sid);
	if (!fn && sid > 0 && sid < BPFAOT_HELPER_ID_MAX)
		fn = __atomic_load_n(&registered[sid], __ATOMIC_ACQUIRE);
	if (fn)
		return fn(r1, r2, r3, r4, r5);
	fprintf(stderr,
		"bpfaot: program called helper %lld, which is not implemented and not registered "
		"(bpfaot_register_helper)\n",
		(long long)sid);
	abort();
}
