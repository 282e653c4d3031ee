#!/usr/bin/env python3
"""Golden -S listings: compile each object with `bpfaot compile -S` and diff the listing
against tests/x86/golden/NAME.s. With BPFAOT_REFRESH_GOLDEN=1 the goldens are rewritten
instead (then review them with `git diff tests/x86/golden`).

usage: golden.py BPFAOT GOLDEN_DIR WORK_DIR NAME=OBJECT...

GOLDEN_TARGET, when set, is passed to `bpfaot compile --target` (the arm64 goldens of
the same programs use this script too).
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
import golden_lib  # noqa: E402


def main():
    bpfaot, golden_dir, work = sys.argv[1:4]
    refresh = golden_lib.refresh_requested()
    os.makedirs(work, exist_ok=True)
    failed = 0
    for arg in sys.argv[4:]:
        name, obj = arg.split('=', 1)
        listing = os.path.join(work, name + '.s')
        target = ['--target', os.environ['GOLDEN_TARGET']] if os.environ.get('GOLDEN_TARGET') else []
        p = subprocess.run([bpfaot, 'compile'] + target + ['--name', name.replace('-', '_'), obj,
                            '-o', os.path.join(work, name + '.o'), '-S', listing],
                           capture_output=True, text=True)
        if p.returncode:
            print('FAIL %s: bpfaot compile: %s' % (name, p.stderr.strip()))
            failed += 1
            continue
        with open(listing) as f:
            got = f.read()
        if not golden_lib.check(os.path.join(golden_dir, name + '.s'), got, refresh,
                                'BPFAOT_REFRESH_GOLDEN=1 meson test golden-listings'):
            failed += 1
    print('%d golden listings, %d differ' % (len(sys.argv) - 4, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
