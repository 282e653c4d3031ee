#!/usr/bin/env python3
"""`bpfaot inspect` must load every object of the conformance corpus.

    conformance_load.py BPFAOT DIR EXPECTED_COUNT

Fails if DIR does not hold exactly EXPECTED_COUNT objects (the corpus README's count),
or if inspect exits non-zero or prints anything on stderr for any of them; every
object must also come out as the one entry program `main`.
"""
import glob
import json
import os
import subprocess
import sys


def main():
    bpfaot, directory, expected = sys.argv[1], sys.argv[2], int(sys.argv[3])
    objects = sorted(glob.glob(os.path.join(directory, '*.o')))
    failures = []
    for obj in objects:
        proc = subprocess.run([bpfaot, 'inspect', '--json', obj], capture_output=True, text=True)
        if proc.returncode != 0 or proc.stderr:
            failures.append(f'{obj}: exit {proc.returncode}: {proc.stderr.strip()}')
            continue
        doc = json.loads(proc.stdout)
        names = [p['name'] for p in doc['programs']]
        size = os.path.getsize(obj.replace('.o', '.bin'))
        if names != ['main']:
            failures.append(f'{obj}: programs {names}, expected ["main"]')
        elif doc['programs'][0]['insn_count'] != size // 8:
            failures.append(f'{obj}: {doc["programs"][0]["insn_count"]} instructions, .bin has {size // 8}')
    for f in failures:
        print(f)
    print(f'{len(objects) - len(failures)} of {len(objects)} conformance objects loaded '
          f'(expected {expected} objects)')
    if len(objects) != expected:
        print(f'found {len(objects)} objects, expected {expected}')
        return 1
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
