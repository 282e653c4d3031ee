/* Helpers other than maps: clocks, randomness, CPU id, probe_read*, trace_printk, and
 * dispatch of other ids to helpers the host registered. */
#include "rt_test.h"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint64_t now(clockid_t clock)
{
	struct timespec ts;
	clock_gettime(clock, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

#define CALL0(fn) fn(0, 0, 0, 0, 0)

static void test_clocks(void)
{
	uint64_t before = now(CLOCK_MONOTONIC);
	uint64_t t1 = CALL0(bpfaot_helper_ktime_get_ns);
	uint64_t t2 = CALL0(bpfaot_helper_ktime_get_ns);
	uint64_t after = now(CLOCK_MONOTONIC);
	CHECK(t1 != 0);
	CHECK(before <= t1 && t1 <= t2 && t2 <= after);
	uint64_t b0 = now(CLOCK_BOOTTIME);
	uint64_t boot = CALL0(bpfaot_helper_ktime_get_boot_ns);
	uint64_t b1 = now(CLOCK_BOOTTIME);
	CHECK(b0 <= boot && boot <= b1);
	/* what callx with a helper id reaches: the conformance corpus calls 5 */
	CHECK(bpfaot_helper_call((uint64_t)-1, 0, 0, 0, 0, 5) != 0);
}

static void *random_words(void *arg)
{
	uint64_t *out = arg;
	for (int i = 0; i < 4; i++)
		out[i] = CALL0(bpfaot_helper_get_prandom_u32);
	return NULL;
}

static void test_prandom(void)
{
	uint64_t first = CALL0(bpfaot_helper_get_prandom_u32), ors = 0;
	int same = 0;
	for (int i = 0; i < 1000; i++) {
		uint64_t v = CALL0(bpfaot_helper_get_prandom_u32);
		ors |= v;
		same += v == first;
		CHECK(v <= UINT32_MAX);
	}
	CHECK(same < 5);
	CHECK_EQ(ors, UINT32_MAX); /* every bit seen set */
	uint64_t a[4], b[4];
	pthread_t ta, tb;
	pthread_create(&ta, NULL, random_words, a);
	pthread_create(&tb, NULL, random_words, b);
	pthread_join(ta, NULL);
	pthread_join(tb, NULL);
	CHECK(memcmp(a, b, sizeof(a)) != 0); /* threads do not share one sequence */
}

static void test_smp_processor_id(void)
{
	if (!getenv("BPFAOT_NR_CPUS")) /* the default: configured CPUs, at least 64 */
		CHECK(bpfaot_num_possible_cpus() >= 64 &&
		      bpfaot_num_possible_cpus() >= sysconf(_SC_NPROCESSORS_CONF));
	uint64_t id = CALL0(bpfaot_helper_get_smp_processor_id);
	CHECK_EQ(id, 0); /* the lowest free slot: no other thread has one */
	CHECK(id < (uint64_t)bpfaot_num_possible_cpus());
	CHECK_EQ(CALL0(bpfaot_helper_get_smp_processor_id), id);
	CHECK_EQ(bpfaot_cpu_current(), (int)id);
}

/* Two pages: the first readable, the second not. */
static char *guarded_page(void)
{
	long page = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);
	if (p == MAP_FAILED)
		return NULL;
	mprotect(p + page, (size_t)page, PROT_NONE);
	return p;
}

static void test_probe_read(void)
{
	char dst[16];
	const char src[8] = "abcdefg";
	CHECK_EQ(H3(bpfaot_helper_probe_read_kernel, dst, 8, src), 0);
	CHECK(memcmp(dst, src, 8) == 0);
	CHECK_EQ(H3(bpfaot_helper_probe_read_user, dst, 0, NULL), 0);
	memset(dst, 'x', sizeof(dst));
	CHECK_EQ((int64_t)H3(bpfaot_helper_probe_read, dst, 8, NULL), -EFAULT);
	CHECK(dst[0] == 0 && dst[7] == 0 && dst[8] == 'x'); /* the size is zeroed, no more */
	char *p = guarded_page();
	long page = sysconf(_SC_PAGESIZE);
	CHECK(p != NULL);
	if (!p)
		return;
	memset(dst, 'x', sizeof(dst));
	CHECK_EQ((int64_t)H3(bpfaot_helper_probe_read_user, dst, 8, p + page - 4), -EFAULT);
	CHECK(dst[0] == 0);
	CHECK_EQ(H3(bpfaot_helper_probe_read_user, dst, 4, p + page - 4), 0);
	munmap(p, 2 * (size_t)page);
}

static void test_probe_read_str(void)
{
	char dst[10];
	memset(dst, 'x', sizeof(dst));
	CHECK_EQ(H3(bpfaot_helper_probe_read_kernel_str, dst, 10, "hello"), 6); /* with NUL */
	CHECK(strcmp(dst, "hello") == 0);
	CHECK_EQ(dst[6], 'x'); /* nothing written past the NUL */
	CHECK_EQ(H3(bpfaot_helper_probe_read_user_str, dst, 3, "hello"), 3); /* truncated */
	CHECK(strcmp(dst, "he") == 0);
	CHECK_EQ(H3(bpfaot_helper_probe_read_str, dst, 10, ""), 1);
	CHECK_EQ(H3(bpfaot_helper_probe_read_str, dst, 0, "abc"), 0);
	memset(dst, 'x', sizeof(dst));
	CHECK_EQ((int64_t)H3(bpfaot_helper_probe_read_user_str, dst, 10, NULL), -EFAULT);
	CHECK(dst[0] == 0 && dst[9] == 0);
	char *p = guarded_page();
	long page = sysconf(_SC_PAGESIZE);
	if (!p)
		return;
	memcpy(p + page - 4, "abc", 4); /* ends right at the unreadable page */
	CHECK_EQ(H3(bpfaot_helper_probe_read_kernel_str, dst, 10, p + page - 4), 4);
	memcpy(p + page - 4, "abcd", 4); /* runs into it */
	CHECK_EQ((int64_t)H3(bpfaot_helper_probe_read_kernel_str, dst, 10, p + page - 4), -EFAULT);
	CHECK(dst[0] == 0);
	munmap(p, 2 * (size_t)page);
}

/* trace_printk output, captured from stderr. */
static int64_t printk(const char *fmt, uint64_t a, uint64_t b, uint64_t c, char *out,
		      size_t out_size)
{
	int fds[2];
	if (pipe(fds) != 0)
		return -999;
	int saved = dup(2);
	dup2(fds[1], 2);
	int64_t ret = (int64_t)bpfaot_helper_trace_printk((uint64_t)(uintptr_t)fmt,
							  strlen(fmt) + 1, a, b, c);
	dup2(saved, 2);
	close(saved);
	close(fds[1]);
	ssize_t n = read(fds[0], out, out_size - 1);
	out[n > 0 ? n : 0] = '\0';
	close(fds[0]);
	return ret;
}

#define CHECK_PRINTK(fmt, a, b, c, expected)                                                \
	do {                                                                                \
		char out_[256];                                                             \
		int64_t ret_ = printk(fmt, (uint64_t)(a), (uint64_t)(b), (uint64_t)(c), out_, \
				      sizeof(out_));                                        \
		if (strcmp(out_, expected "\n") != 0) {                                     \
			fprintf(stderr, "%s:%d: printk(\"%s\") wrote \"%s\"\n", __FILE__,    \
				__LINE__, fmt, out_);                                       \
			test_failures++;                                                    \
		}                                                                           \
		CHECK_EQ(ret_, (int64_t)strlen(expected));                                  \
	} while (0)

static void test_trace_printk(void)
{
	CHECK_PRINTK("hello %d", -5, 0, 0, "hello -5");
	CHECK_PRINTK("%u %x %X", (uint64_t)-1, 255, 255, "4294967295 ff FF");
	CHECK_PRINTK("%ld %lu %llx", (uint64_t)-2, (uint64_t)-1, 0x123456789abull,
		     "-2 18446744073709551615 123456789ab");
	CHECK_PRINTK("[%5d|%-4x|%03u]", 42, 10, 7, "[   42|a   |007]");
	CHECK_PRINTK("%s and %c", "str", 'Z', 0, "str and Z");
	CHECK_PRINTK("[%s|%5s]", 0, "ab", 0, "[|   ab]"); /* unreadable: empty */
	CHECK_PRINTK("100%% %d", 1, 0, 0, "100% 1");
	const unsigned char ip4[4] = {192, 168, 0, 1};
	CHECK_PRINTK("%pI4 %pi4", ip4, ip4, 0, "192.168.0.1 192.168.000.001");
	CHECK_PRINTK("%px", 0x1234, 0, 0, "0000000000001234");
	CHECK_PRINTK("%p.", 0xabc, 0, 0, "0000000000000abc.");
	/* the message's own newline is kept, none is added */
	char out[64];
	CHECK_EQ(printk("line\n", 0, 0, 0, out, sizeof(out)), 5);
	CHECK(strcmp(out, "line\n") == 0);
	/* rejected formats: nothing printed */
	const char *bad[] = {"%d %d %d %d", "%f", "%.2d", "%lq", "\x01", "%pZ", "%hd", "%"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int64_t ret = printk(bad[i], 1, 2, 3, out, sizeof(out));
		if (ret != -EINVAL || out[0])
			fprintf(stderr, "format %zu accepted: %lld \"%s\"\n", i, (long long)ret,
				out);
		CHECK(ret == -EINVAL && out[0] == '\0');
	}
	/* the format must be NUL-terminated within fmt_size */
	CHECK_EQ((int64_t)bpfaot_helper_trace_printk((uint64_t)(uintptr_t)"abc", 3, 0, 0, 0), -EINVAL);
	CHECK_EQ((int64_t)bpfaot_helper_trace_printk((uint64_t)(uintptr_t)"abc", 0, 0, 0, 0), -EINVAL);
}

static void test_current_task(void)
{
	uint64_t pid_tgid = CALL0(bpfaot_helper_get_current_pid_tgid);
	CHECK_EQ(pid_tgid >> 32, getpid());
	CHECK_EQ((uint32_t)pid_tgid, gettid());
	uint64_t uid_gid = CALL0(bpfaot_helper_get_current_uid_gid);
	CHECK_EQ(uid_gid >> 32, getgid());
	CHECK_EQ((uint32_t)uid_gid, getuid());
	prctl(PR_SET_NAME, "rt-helpers", 0, 0, 0);
	char comm[16];
	memset(comm, 'x', sizeof(comm));
	CHECK_EQ(H2(bpfaot_helper_get_current_comm, comm, sizeof(comm)), 0);
	CHECK(strcmp(comm, "rt-helpers") == 0 && comm[15] == 0); /* NUL-padded */
	char shortbuf[4];
	CHECK_EQ(H2(bpfaot_helper_get_current_comm, shortbuf, sizeof(shortbuf)), 0);
	CHECK(strcmp(shortbuf, "rt-") == 0);
	CHECK_EQ(CALL0(bpfaot_helper_get_numa_node_id), 0);
	uint64_t c0 = now(CLOCK_MONOTONIC_COARSE);
	uint64_t coarse = CALL0(bpfaot_helper_ktime_get_coarse_ns);
	CHECK(coarse >= c0 && coarse <= now(CLOCK_MONOTONIC_COARSE));
	uint64_t t0 = now(CLOCK_TAI);
	uint64_t tai = CALL0(bpfaot_helper_ktime_get_tai_ns);
	CHECK(tai >= t0 && tai <= now(CLOCK_TAI));
}

static void test_strncmp(void)
{
	CHECK_EQ((int64_t)H3(bpfaot_helper_strncmp, "abc", 3, "abd"), -1);
	CHECK_EQ((int64_t)H3(bpfaot_helper_strncmp, "abc", 2, "abd"), 0);
	CHECK_EQ((int64_t)H3(bpfaot_helper_strncmp, "b", 2, "a"), 1);
}

static void test_snprintf_and_vprintk(void)
{
	char out[16];
	uint64_t args[4] = {1, (uint64_t)(uintptr_t)"two", 3, 4};
	/* the length needed including the NUL, even when truncated */
	CHECK_EQ(bpfaot_helper_snprintf((uint64_t)(uintptr_t)out, sizeof(out),
					(uint64_t)(uintptr_t)"%d-%s-%d-%d", (uint64_t)(uintptr_t)args,
					32),
		 10);
	CHECK(strcmp(out, "1-two-3-4") == 0);
	CHECK_EQ(bpfaot_helper_snprintf((uint64_t)(uintptr_t)out, 4,
					(uint64_t)(uintptr_t)"%d-%s-%d-%d", (uint64_t)(uintptr_t)args,
					32),
		 10);
	CHECK(strcmp(out, "1-t") == 0);
	/* fewer arguments than conversions, a length not a multiple of 8, too many */
	CHECK_EQ((int64_t)bpfaot_helper_snprintf((uint64_t)(uintptr_t)out, sizeof(out),
						 (uint64_t)(uintptr_t)"%d %d",
						 (uint64_t)(uintptr_t)args, 8),
		 -EINVAL);
	CHECK_EQ((int64_t)bpfaot_helper_snprintf((uint64_t)(uintptr_t)out, sizeof(out),
						 (uint64_t)(uintptr_t)"%d", (uint64_t)(uintptr_t)args,
						 12),
		 -EINVAL);
	CHECK_EQ((int64_t)bpfaot_helper_snprintf((uint64_t)(uintptr_t)out, sizeof(out),
						 (uint64_t)(uintptr_t)"x", 0, 13 * 8),
		 -EINVAL);
	/* trace_vprintk: five arguments */
	int fds[2];
	CHECK(pipe(fds) == 0);
	int saved = dup(2);
	dup2(fds[1], 2);
	uint64_t five[5] = {1, 2, 3, 4, 5};
	const char *fmt = "%d %d %d %d %d";
	int64_t ret = (int64_t)bpfaot_helper_trace_vprintk((uint64_t)(uintptr_t)fmt,
							   strlen(fmt) + 1,
							   (uint64_t)(uintptr_t)five, 40, 0);
	dup2(saved, 2);
	close(saved);
	close(fds[1]);
	char msg[64] = {0};
	ssize_t n = read(fds[0], msg, sizeof(msg) - 1);
	close(fds[0]);
	CHECK_EQ(ret, 9);
	CHECK(n == 10 && strcmp(msg, "1 2 3 4 5\n") == 0);
}

/* bpf_spin_lock: threads adding to a value under the value's lock lose no update. */
struct locked_value {
	uint32_t lock; /* struct bpf_spin_lock */
	uint32_t pad;
	uint64_t counter;
};

static struct locked_value locked;

static void *locked_adder(void *arg)
{
	(void)arg;
	for (int i = 0; i < 100000; i++) {
		bpfaot_helper_spin_lock((uint64_t)(uintptr_t)&locked.lock, 0, 0, 0, 0);
		locked.counter++;
		bpfaot_helper_spin_unlock((uint64_t)(uintptr_t)&locked.lock, 0, 0, 0, 0);
	}
	return NULL;
}

static void test_spin_lock(void)
{
	pthread_t t[3];
	for (int i = 0; i < 3; i++)
		pthread_create(&t[i], NULL, locked_adder, NULL);
	for (int i = 0; i < 3; i++)
		pthread_join(t[i], NULL);
	CHECK_EQ(locked.counter, 300000);
	CHECK_EQ(locked.lock, 0);
}

static uint64_t sum5(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e)
{
	return a + b + c + d + e;
}

static void test_registered_helpers(void)
{
	CHECK_EQ(bpfaot_register_helper(1000, sum5), 0);
	CHECK_EQ(bpfaot_helper_call(1, 2, 3, 4, 5, 1000), 15);
	CHECK_EQ(bpfaot_register_helper(1, sum5), -EINVAL); /* built-in */
	CHECK_EQ(bpfaot_register_helper(0, sum5), -EINVAL);
	CHECK_EQ(bpfaot_register_helper(-3, sum5), -EINVAL);
	CHECK_EQ(bpfaot_register_helper(BPFAOT_HELPER_ID_MAX, sum5), -EINVAL);
	/* built-ins are reachable by id too (callx) */
	uint32_t key = 0;
	uint64_t storage[1] = {77};
	struct bpfaot_map m = MAP_INIT(2 /* array */, 4, 8, 1, storage);
	uint64_t *p = (uint64_t *)(uintptr_t)bpfaot_helper_call((uint64_t)(uintptr_t)&m,
								(uint64_t)(uintptr_t)&key, 0, 0,
								0, 1);
	CHECK(p && *p == 77);
	CHECK_EQ(bpfaot_register_helper(1000, NULL), 0);
	bpfaot_map_free(&m);
}

static void test_unknown_helper_aborts(void)
{
	int fds[2];
	CHECK(pipe(fds) == 0);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], 2);
		bpfaot_helper_call(0, 0, 0, 0, 0, 2000);
		_exit(0);
	}
	close(fds[1]);
	char msg[256] = {0};
	ssize_t n = read(fds[0], msg, sizeof(msg) - 1);
	(void)n;
	close(fds[0]);
	int status = 0;
	waitpid(pid, &status, 0);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
	CHECK(strstr(msg, "helper 2000") != NULL);
}

int main(void)
{
	RUN(test_clocks);
	RUN(test_prandom);
	RUN(test_smp_processor_id);
	RUN(test_probe_read);
	RUN(test_probe_read_str);
	RUN(test_trace_printk);
	RUN(test_current_task);
	RUN(test_strncmp);
	RUN(test_snprintf_and_vprintk);
	RUN(test_spin_lock);
	RUN(test_registered_helpers);
	RUN(test_unknown_helper_aborts);
	return TEST_EXIT();
}
