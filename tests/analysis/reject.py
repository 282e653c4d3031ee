#!/usr/bin/env python3
"""Rejection tests: `bpfaot inspect --analysis OBJ` must exit 1 with exactly one line on
stderr, the one the source promises.

    reject.py --bpfaot EXE --source reject.bpf.c CASE=OBJ...

For each case, the source has a block `#ifdef CASE_<case>` with one comment
`/* expect prog NAME insn N: MESSAGE */`; the expected stderr is
`<source file name>:<line of that comment>: prog NAME insn N: MESSAGE`. The file part
is compared by its last component: clang-14 prefixes the compilation directory to the
BTF line info's file name where clang-19 does not.
"""
import argparse
import os
import re
import subprocess
import sys


def expectations(source):
    cases, current = {}, None
    with open(source) as f:
        for lineno, line in enumerate(f, 1):
            m = re.match(r'#ifdef CASE_(\w+)', line)
            if m:
                current = m.group(1)
            m = re.search(r'/\* expect (prog \S+ insn \d+: .*) \*/', line)
            if m and current:
                cases[current] = f'{os.path.basename(source)}:{lineno}: {m.group(1)}\n'
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bpfaot', required=True)
    ap.add_argument('--source', required=True)
    ap.add_argument('objects', nargs='+', help='CASE=OBJ')
    args = ap.parse_args()
    want = expectations(args.source)
    failed = 0
    for item in args.objects:
        case, obj = item.split('=', 1)
        if case not in want:
            print(f'{case}: no "expect" comment in {args.source}')
            failed += 1
            continue
        proc = subprocess.run([args.bpfaot, 'inspect', '--analysis', obj], capture_output=True,
                              text=True)
        got = proc.stderr
        m = re.match(r'(.*?):(\d+: prog .*\n)$', got)
        if m:
            got = os.path.basename(m.group(1)) + ':' + m.group(2)
        if proc.returncode != 1 or got != want[case]:
            print(f'{case}: want exit 1 and\n  {want[case]}got exit {proc.returncode} and\n  {proc.stderr}')
            failed += 1
        else:
            print(f'{case}: ok: {proc.stderr.strip()}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
