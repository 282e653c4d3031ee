/* rt_helpers.c - the helpers that are not about maps, and dispatch of other helper ids. */
#include "rt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

/* ---- Reading memory that may not be mapped ------------------------------------------ */

/* process_vm_readv() on ourselves reports an unmapped source as EFAULT instead of
 * faulting; where it is not allowed (seccomp, very old kernels) fall back to memcpy. */
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
	memcpy(dst, src, n);
	return 0;
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
static long safe_strncpy(char *dst, const char *src, uint32_t size)
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
	return RT_ERR(safe_strncpy((char *)(uintptr_t)dst, (const char *)(uintptr_t)src,
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

/* ---- trace_printk ------------------------------------------------------------------- */

/* bpf_trace_printk(fmt, fmt_size, arg1, arg2, arg3): format with the kernel's subset and
 * write the message as one line to stderr (a newline is added when the message has none,
 * as each trace_pipe event is a line). Returns the message length or -EINVAL. */
uint64_t bpfaot_helper_trace_printk(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4,
				    uint64_t r5)
{
	char buf[1024 + 1]; /* the kernel's MAX_BPRINTF_BUF, and room for the newline */
	const uint64_t args[3] = {r3, r4, r5};
	int len = rt_format(buf, sizeof(buf) - 1, (const char *)(uintptr_t)r1, (uint32_t)r2, args,
			    3);
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
