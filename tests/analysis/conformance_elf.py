#!/usr/bin/env python3
"""`bpfaot inspect --analysis` on the conformance corpus as ELF objects (through the
frontend): every tests/*.o exits 0; every negative/unused-*.o exits 1 with one line.

    conformance_elf.py BPFAOT CONFORMANCE_DIR
"""
import glob
import os
import subprocess
import sys


def main():
    bpfaot, corpus = sys.argv[1], sys.argv[2]
    good = sorted(glob.glob(os.path.join(corpus, 'tests', '*.o')))
    bad = sorted(glob.glob(os.path.join(corpus, 'negative', 'unused-*.o')))
    if not good:
        print(f'SKIP: no conformance corpus at {corpus}')
        return 77
    failed = 0
    for obj in good:
        proc = subprocess.run([bpfaot, 'inspect', '--analysis', obj], capture_output=True, text=True)
        if proc.returncode != 0 or proc.stderr:
            print(f'FAIL (rejected) {obj}: {proc.stderr.strip()}')
            failed += 1
    for obj in bad:
        proc = subprocess.run([bpfaot, 'inspect', '--analysis', obj], capture_output=True, text=True)
        if proc.returncode != 1 or proc.stderr.count('\n') != 1:
            print(f'FAIL (accepted or not one line) {obj}: exit {proc.returncode}: {proc.stderr}')
            failed += 1
    print(f'{len(good)} accepted, {len(bad)} rejected, {failed} failures')
    if len(good) != 313 or len(bad) != 45:
        print('expected 313 and 45 objects')
        failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
