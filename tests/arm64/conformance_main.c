/* conformance_main.c - the qemu side of the aarch64 conformance run: every compiled
 * case in a child process (a crash fails one case, not the run), r0 compared with the
 * manifest's expected value. Prints one line per failure and "passed N/M". */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "conformance_table.c"

struct conformance_case {
	const char *name;
	uint64_t (*func)(void *, uint64_t);
	uint64_t expected;
	const uint8_t *mem;
	size_t mem_size;
};

static const struct conformance_case cases[] = {CONFORMANCE_TABLE};

/* Helper 5 of the conformance plugin ("unwind"): returns r1. The runtime's id 5 is
 * ktime_get_ns; here the test's own meaning is provided under that symbol. */
uint64_t bpfaot_helper_ktime_get_ns(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5);
uint64_t bpfaot_helper_ktime_get_ns(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5)
{
	(void)r2, (void)r3, (void)r4, (void)r5;
	return r1;
}

uint64_t bpfaot_helper_call(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5,
			    uint64_t id);
uint64_t bpfaot_helper_call(uint64_t r1, uint64_t r2, uint64_t r3, uint64_t r4, uint64_t r5,
			    uint64_t id)
{
	(void)r2, (void)r3, (void)r4, (void)r5;
	return id == 5 ? r1 : (uint64_t)-1;
}

static int run_case(const struct conformance_case *c)
{
	int fds[2];
	if (pipe(fds))
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		alarm(10);
		uint8_t *mem = NULL;
		if (c->mem_size) {
			mem = malloc(c->mem_size);
			memcpy(mem, c->mem, c->mem_size);
		}
		uint64_t r0 = c->func(mem, c->mem_size);
		ssize_t w = write(fds[1], &r0, sizeof(r0));
		_exit(w == sizeof(r0) ? 0 : 1);
	}
	close(fds[1]);
	uint64_t r0 = 0;
	ssize_t got = read(fds[0], &r0, sizeof(r0));
	close(fds[0]);
	int status;
	waitpid(pid, &status, 0);
	if (got != sizeof(r0) || !WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("FAIL %s: crashed (status 0x%x)\n", c->name, status);
		return 0;
	}
	if (r0 != c->expected) {
		printf("FAIL %s: r0 = 0x%llx, expected 0x%llx\n", c->name, (unsigned long long)r0,
		       (unsigned long long)c->expected);
		return 0;
	}
	return 1;
}

int main(void)
{
	size_t n = sizeof(cases) / sizeof(cases[0]), passed = 0;
	for (size_t i = 0; i < n; i++)
		passed += (size_t)run_case(&cases[i]);
	size_t total = n + CONFORMANCE_COMPILE_FAILURES;
	printf("passed %zu/%zu\n", passed, total);
	return passed == total ? 0 : 1;
}
