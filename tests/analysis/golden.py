#!/usr/bin/env python3
"""Golden-output test of the analysis report of `bpfaot inspect --analysis`.

    golden.py --bpfaot EXE --golden-dir DIR [--refresh] OBJ...

Only the analysis part is compared (the module dump is the frontend's golden test):
the text from the line "analysis" on, and the value of "analysis" in the JSON. For
OBJ "dir/NAME.bpf.o" the expected outputs are DIR/NAME.txt and DIR/NAME.json. With
--refresh the files are rewritten; review them with `git diff` line by line against
the verdicts derived in the sources' comments.
"""
import argparse
import difflib
import json
import os
import subprocess
import sys


def run(bpfaot, obj, json_output):
    cmd = [bpfaot, 'inspect', '--analysis', obj] + (['--json'] if json_output else [])
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0 or proc.stderr:
        sys.exit(f'{" ".join(cmd)}: exit {proc.returncode}: {proc.stderr.strip()}')
    if json_output:
        return json.dumps(json.loads(proc.stdout)['analysis'], indent=2) + '\n'
    lines = proc.stdout.splitlines(True)
    start = max(i for i, line in enumerate(lines) if line == 'analysis\n')
    return ''.join(lines[start:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bpfaot', required=True)
    ap.add_argument('--golden-dir', required=True)
    ap.add_argument('--refresh', action='store_true')
    ap.add_argument('objects', nargs='+')
    args = ap.parse_args()
    failed = 0
    for obj in args.objects:
        name = os.path.basename(obj).removesuffix('.bpf.o')
        for json_output, ext in ((False, '.txt'), (True, '.json')):
            actual = run(args.bpfaot, obj, json_output)
            path = os.path.join(args.golden_dir, name + ext)
            if args.refresh:
                with open(path, 'w') as f:
                    f.write(actual)
                print(f'wrote {path}')
                continue
            try:
                with open(path) as f:
                    expected = f.read()
            except FileNotFoundError:
                print(f'{path}: missing (meson compile -C BUILD refresh-analysis-golden)')
                failed += 1
                continue
            if actual != expected:
                failed += 1
                sys.stdout.writelines(difflib.unified_diff(
                    expected.splitlines(True), actual.splitlines(True), path, 'actual'))
            else:
                print(f'{path}: ok')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
