#!/usr/bin/env python3
"""compare_output.py - a command's stdout must equal a reference, byte for byte.

  compare_output.py --expected FILE -- CMD [ARGS...]
  compare_output.py --reference-cmd 'REF [ARGS...]' -- CMD [ARGS...]

With --reference-cmd the reference is another command's stdout (the kernel runner); when it
exits 77 the test is skipped with its message. Prints a unified diff on a mismatch.
"""
import argparse
import difflib
import shlex
import subprocess
import sys

SKIP = 77


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--expected")
    ap.add_argument("--reference-cmd")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    if args.expected:
        want = open(args.expected).read()
        source = args.expected
    else:
        ref = subprocess.run(shlex.split(args.reference_cmd), stdout=subprocess.PIPE, text=True)
        if ref.returncode == SKIP:
            print(ref.stdout.strip() or "SKIP: the reference runner skipped")
            return SKIP
        if ref.returncode:
            print(f"reference command failed with exit {ref.returncode}")
            return 1
        want = ref.stdout
        source = "reference"
    got = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if got.returncode:
        print(f"{cmd[0]} failed with exit {got.returncode}")
        return 1
    if got.stdout != want:
        sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.stdout.splitlines(True),
                                                   source, "output"))
        return 1
    print(f"{len(want.splitlines())} lines identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
