#!/usr/bin/env python3
"""The BPF ISA conformance corpus (../shared/conformance) through bpfaot.

Every case's ELF object is compiled with `bpfaot compile --name cN`, all of them are
linked into one program with the runtime, and each case runs in its own child process
with r1 = a writable copy of its memory and r2 = its length (the corpus protocol), through
the program descriptor (bpfaot_prog_run). r0 is compared with the manifest's expected
value. Prints the failures, then "N passed, N failed"; exits 1 unless every case passes.

usage: conformance.py BPFAOT CC RUNTIME_LIB CONFORMANCE_DIR WORK_DIR [NAME...]

For another target: CONFORMANCE_TARGET is passed to `bpfaot compile --target`, and
CONFORMANCE_EXEC (words split on spaces) is the command prefix that runs the harness,
e.g. "qemu-aarch64 -L /usr/aarch64-linux-gnu".
"""
import csv
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HARNESS = r'''
#include "bpfaot.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct tcase { const char *name; struct bpfaot_prog *prog; const unsigned char *mem; size_t len; uint64_t expected; };
%(decls)s
static const struct tcase cases[] = {
%(cases)s
};

/* Run one case in a child so that a crash is one failure, not the end of the run. */
static int run_case(const struct tcase *t, uint64_t *r0)
{
	int fds[2];
	if (pipe(fds)) return -1;
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		unsigned char *mem = t->len ? malloc(t->len) : NULL;
		if (t->len) memcpy(mem, t->mem, t->len);
		uint64_t v = 0;
		if (bpfaot_prog_run(t->prog, mem, t->len, &v)) _exit(2);
		if (write(fds[1], &v, sizeof(v)) != sizeof(v)) _exit(3);
		_exit(0);
	}
	close(fds[1]);
	ssize_t n = read(fds[0], r0, sizeof(*r0));
	close(fds[0]);
	int status;
	waitpid(pid, &status, 0);
	if (!WIFEXITED(status) || WEXITSTATUS(status) || n != sizeof(*r0)) return WIFSIGNALED(status) ? -WTERMSIG(status) : -100;
	return 0;
}

int main(void)
{
	int passed = 0, failed = 0;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		uint64_t r0 = 0;
		int err = run_case(&cases[i], &r0);
		if (err) {
			printf("FAIL %%s: did not complete (%%d)\n", cases[i].name, err);
			failed++;
		} else if (r0 != cases[i].expected) {
			printf("FAIL %%s: r0 = 0x%%llx, expected 0x%%llx\n", cases[i].name, (unsigned long long)r0,
			       (unsigned long long)cases[i].expected);
			failed++;
		} else {
			passed++;
		}
	}
	printf("%%d passed, %%d failed\n", passed, failed);
	return failed ? 1 : 0;
}
'''


def c_bytes(data):
    return ', '.join('0x%02x' % b for b in data) or '0'


def main():
    bpfaot, cc, runtime, corpus, work = sys.argv[1:6]
    only = set(sys.argv[6:])
    runtime_dir = os.path.dirname(os.path.abspath(__file__))
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(work)
    with open(os.path.join(corpus, 'manifest.tsv')) as f:
        rows = [r for r in csv.DictReader(f, delimiter='\t') if not only or r['name'] in only]

    def compile_case(k_row):
        k, row = k_row
        out = os.path.join(work, 'c%d.o' % k)
        target = ['--target', os.environ['CONFORMANCE_TARGET']] if os.environ.get('CONFORMANCE_TARGET') else []
        p = subprocess.run([bpfaot, 'compile'] + target + ['--name', 'c%d' % k, '-o', out,
                            os.path.join(corpus, 'tests', row['name'] + '.o')],
                           capture_output=True, text=True)
        return k, row, out if p.returncode == 0 else None, p.stderr.strip()

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(compile_case, enumerate(rows)))

    decls, cases, objects, compile_failures = [], [], [], []
    for k, row, obj, err in results:
        if obj is None:
            compile_failures.append('FAIL %s: does not compile: %s' % (row['name'], err))
            continue
        objects.append(obj)
        mem = b''
        mem_path = os.path.join(corpus, 'tests', row['name'] + '.mem')
        if int(row['mem_size']) and os.path.exists(mem_path):
            mem = open(mem_path, 'rb').read()
        decls.append('extern struct bpfaot_prog c%d__progs[];\nstatic const unsigned char mem%d[] = {%s};'
                     % (k, k, c_bytes(mem)))
        cases.append('\t{"%s", c%d__progs, mem%d, %d, %sull},' % (row['name'], k, k, len(mem),
                                                                   row['expected_r0_u64']))
    harness = os.path.join(work, 'harness.c')
    with open(harness, 'w') as f:
        f.write(HARNESS % {'decls': '\n'.join(decls), 'cases': '\n'.join(cases)})
    exe = os.path.join(work, 'conformance')
    include = os.path.join(os.path.dirname(os.path.dirname(runtime_dir)), 'runtime')
    extra = os.environ.get('BPFAOT_TEST_LDFLAGS', '').split()
    link = subprocess.run([cc, '-I', include, harness] + objects + [runtime, '-lpthread', '-o', exe] + extra,
                          capture_output=True, text=True)
    if link.returncode:
        print(link.stderr)
        print('0 passed, %d failed (link failed)' % len(rows))
        return 1
    run = subprocess.run(os.environ.get('CONFORMANCE_EXEC', '').split() + [exe], capture_output=True, text=True)
    lines = run.stdout.strip().splitlines()
    for line in compile_failures + lines[:-1]:
        print(line)
    passed, failed = [int(w) for w in lines[-1].replace(',', '').split()[::2]]
    failed += len(compile_failures)
    print('%d passed, %d failed' % (passed, failed))
    return 0 if failed == 0 and passed == len(rows) else 1


if __name__ == '__main__':
    sys.exit(main())
