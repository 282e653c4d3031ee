#!/usr/bin/env python3
"""Golden-output test of `bpfaot compile -S` listings.

    listing_golden.py --bpfaot EXE --target T --golden-dir DIR [--refresh] OBJ...

For OBJ ".../NAME.bpf.o" (or "NAME.o"; conformance objects get the prefix
"conformance-") the expected listing is DIR/NAME.T.S. Paths are reduced to their file
names so that the goldens do not depend on where the tree or the build lives. Without
--refresh a difference fails and prints a unified diff; with --refresh the files are
rewritten: review them with `git diff`.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
import tempfile


def golden_name(obj):
    base = os.path.basename(obj)
    for suffix in ('.bpf.o', '.o'):
        if base.endswith(suffix):
            base = base[:-len(suffix)]
            break
    if '/conformance/' in obj:
        base = 'conformance-' + base
    return base


def listing(bpfaot, target, obj):
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [bpfaot, 'compile', '--target', target, '-S', '-', '-o', os.path.join(tmp, 'out.o'), obj]
        proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f'{" ".join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()}')
    # absolute paths (the object, BTF line info) -> file names
    # (a path: directories, then a file name with a dot; BPF text like "s/=" is no path)
    return re.sub(r'/?(?:[^\s:;/]+/)+([^/\s:;]*\.[^/\s:;]+)', r'\1', proc.stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bpfaot', required=True)
    ap.add_argument('--target', required=True)
    ap.add_argument('--golden-dir', required=True)
    ap.add_argument('--refresh', action='store_true')
    ap.add_argument('objects', nargs='+')
    args = ap.parse_args()
    failed = 0
    for obj in args.objects:
        got = listing(args.bpfaot, args.target, obj)
        path = os.path.join(args.golden_dir, f'{golden_name(obj)}.{args.target}.S')
        if args.refresh:
            with open(path, 'w') as f:
                f.write(got)
            print(f'wrote {path}')
            continue
        try:
            want = open(path).read()
        except FileNotFoundError:
            print(f'FAIL {path}: missing (run with --refresh and review the diff)')
            failed += 1
            continue
        if got != want:
            sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                       path, 'bpfaot -S'))
            failed += 1
        else:
            print(f'ok {path}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
