#!/usr/bin/env python3
"""check.py - bpfaot compiles every object to the same bytes on one thread and on several.

For each object and target, `bpfaot compile` runs with BPFAOT_THREADS=1 (the sequential
code path) and with BPFAOT_THREADS=N, writing the object, the -S listing and the --header
skeleton; the exit status, stderr and every output file must be identical. An object that
fails must fail with exactly one diagnostic line and leave no output file.

usage: check.py --bpfaot BPFAOT [--threads N] OBJ...
"""
import argparse
import os
import subprocess
import sys
import tempfile

TARGETS = ['x86_64', 'aarch64', 'aarch64-lse']


def compile_once(bpfaot, obj, target, threads, outdir):
    os.makedirs(outdir)
    base = os.path.basename(obj).replace('.bpf.o', '')
    out = {k: os.path.join(outdir, base + ext) for k, ext in
           [('obj', '.aot.o'), ('listing', '.s'), ('header', '.h')]}
    env = dict(os.environ, BPFAOT_THREADS=str(threads))
    r = subprocess.run([bpfaot, 'compile', '--target', target, '-o', out['obj'],
                        '-S', out['listing'], '--header', out['header'], obj],
                       env=env, capture_output=True)
    files = {}
    for name in sorted(os.listdir(outdir)):
        with open(os.path.join(outdir, name), 'rb') as f:
            files[name] = f.read()
    return r.returncode, r.stderr, r.stdout, files


def check(bpfaot, obj, target, threads, tmp):
    """Returns a list of problems (empty when the runs agree)."""
    where = f'{obj} --target {target}'
    one = compile_once(bpfaot, obj, target, 1, os.path.join(tmp, target, '1'))
    many = compile_once(bpfaot, obj, target, threads, os.path.join(tmp, target, str(threads)))
    problems = []
    for what, a, b in [('exit status', one[0], many[0]), ('stderr', one[1], many[1]),
                       ('stdout', one[2], many[2]), ('output files', sorted(one[3]), sorted(many[3]))]:
        if a != b:
            problems.append(f'{where}: {what} differs: 1 thread {a!r}, {threads} threads {b!r}')
    for name in sorted(set(one[3]) & set(many[3])):
        if one[3][name] != many[3][name]:
            problems.append(f'{where}: {name} differs between 1 and {threads} threads')
    if one[0] != 0 and (one[0] != 1 or one[1].count(b'\n') != 1 or one[3]):
        problems.append(f'{where}: a failure must be exit 1, one line, no output: {one[0]} {one[1]!r} {sorted(one[3])}')
    if one[0] == 0 and one[1]:
        problems.append(f'{where}: success with diagnostics: {one[1]!r}')
    return problems, one[0] == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bpfaot', required=True)
    ap.add_argument('--threads', type=int, default=4)
    ap.add_argument('objects', nargs='+')
    args = ap.parse_args()
    problems, compiled, failed = [], 0, 0
    for obj in args.objects:
        for target in TARGETS:
            with tempfile.TemporaryDirectory(prefix='bpfaot-threads-') as tmp:
                p, ok = check(args.bpfaot, obj, target, args.threads, tmp)
            problems += p
            compiled += ok
            failed += not ok
    for p in problems:
        print(p)
    print(f'{len(args.objects)} objects x {len(TARGETS)} targets: {compiled} compiled, '
          f'{failed} rejected, 1 vs {args.threads} threads: {len(problems)} differences')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
