#!/usr/bin/env python3
"""kdiff.py - run one program in the kernel and through `bpfaot run`, and diff the outputs.

  tools/kdiff.py OBJ --prog NAME [--data FILE | --u64 W ...] [--set-prog-array M:I:P]...
                 [--build build]

For objects that have no hand-written case yet: both engines print the format of
docs/run-output.md, so any difference is a bug in one of them (and the kernel is the
authority). Exit status: 0 same, 1 different, 77 an engine is not available.
"""
import argparse
import difflib
import os
import struct
import subprocess
import sys
import tempfile


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("obj")
    ap.add_argument("--prog", required=True)
    ap.add_argument("--data")
    ap.add_argument("--u64", nargs="+", help="input as little-endian u64 words")
    ap.add_argument("--set-prog-array", action="append", default=[])
    ap.add_argument("--build", default="build")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kdiff-") as tmp:
        data = args.data
        if args.u64:
            data = os.path.join(tmp, "input")
            with open(data, "wb") as f:
                f.write(b"".join(struct.pack("<Q", int(w, 0) & (2**64 - 1)) for w in args.u64))
        common = ["--prog", args.prog, "--maps"] + (["--data", data] if data else [])
        for s in args.set_prog_array:
            common += ["--set-prog-array", s]
        kernel = [os.path.join(args.build, "tests/kernel/kernel_ref"), args.obj] + common
        bpfaot = [os.path.join(args.build, "cmd/bpfaot"), "run", args.obj] + common
        results = {}
        for name, cmd in (("kernel", kernel), ("bpfaot", bpfaot)):
            rc, out, err = run(cmd)
            if rc != 0:
                print(f"{name}: exit {rc}: {err.strip()}")
                return 77 if rc == 77 or "not implemented" in err else 1
            results[name] = out.splitlines()
    if results["kernel"] == results["bpfaot"]:
        print("\n".join(results["kernel"]))
        print("same output")
        return 0
    print("\n".join(difflib.unified_diff(results["kernel"], results["bpfaot"], "kernel",
                                         "bpfaot", lineterm="")))
    return 1


if __name__ == "__main__":
    sys.exit(main())
