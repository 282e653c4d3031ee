#!/usr/bin/env python3
"""Golden-output test of `bpfaot inspect` (text and --json) for BPF objects.

    golden.py --bpfaot EXE --golden-dir DIR [--refresh] OBJ...

For OBJ "dir/NAME.bpf.o" (or "NAME.o") the expected outputs are DIR/NAME.txt and
DIR/NAME.json. Without --refresh, a difference fails the test and prints a unified
diff; with --refresh the files are rewritten (review them with `git diff`).
"""
import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import golden_lib  # noqa: E402


def golden_name(obj):
    base = os.path.basename(obj)
    for suffix in ('.bpf.o', '.o'):
        if base.endswith(suffix):
            base = base[:-len(suffix)]
            break
    # Conformance objects get a prefix so that they cannot clash with corpus names.
    if '/conformance/' in obj:
        base = 'conformance-' + base
    return base


def inspect(bpfaot, obj, json_output):
    cmd = [bpfaot, 'inspect', obj] + (['--json'] if json_output else [])
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f'{" ".join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()}')
    if proc.stderr:
        sys.exit(f'{" ".join(cmd)}: unexpected stderr: {proc.stderr.strip()}')
    return proc.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bpfaot', required=True)
    ap.add_argument('--golden-dir', required=True)
    ap.add_argument('--refresh', action='store_true')
    ap.add_argument('objects', nargs='+')
    args = ap.parse_args()
    failed = 0
    for obj in args.objects:
        name = golden_name(obj)
        for json_output, ext in ((False, '.txt'), (True, '.json')):
            actual = inspect(args.bpfaot, obj, json_output)
            path = os.path.join(args.golden_dir, name + ext)
            if not golden_lib.check(path, actual, golden_lib.refresh_requested(args.refresh),
                                    'run the refresh-frontend-golden target'):
                failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
