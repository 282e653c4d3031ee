#!/usr/bin/env python3
"""jit-size.py - native code size: bpfaot's output against the kernel JIT's.

  tools/jit-size.py [OBJ.bpf.o ...] [--build build] [--max-ratio R]
  tools/jit-size.py --conformance [DIR]      (the ISA corpus, loaded as XDP programs)

For every object (default: the end-to-end objects in BUILD/tests/e2e):
  kernel  loads it into the running kernel (tests/kernel/kernel_ref --jited-sizes) and
          reads bpf_prog_info.jited_prog_len per program: the x86-64 JIT's bytes, every
          subprogram the program calls included;
  bpfaot  compiles it (`bpfaot compile OBJ -o OUT --name jitsize`) and reads the size of
          the symbol jitsize__PROG (`nm -S`); subprograms are separate (local) symbols,
          counted in the per-object "all .text" row and in the total.
Prints one row per program, one "all .text" row per object, and the total ratio
bpfaot / kernel over the objects where both sides have numbers. Needs root (CAP_BPF) for
the kernel column and a `bpfaot compile` that works for the bpfaot column; a missing side
prints '-' and says why once.
Exit status: 0, or 1 with --max-ratio when the total ratio is above it.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

SKIP = 77


def kernel_sizes(kernel_ref, obj, prog_type):
    """{prog: jited bytes}, or (None, reason)."""
    cmd = [kernel_ref, obj, "--jited-sizes"] + (["--type", prog_type] if prog_type else [])
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode < 0:
        return None, f"kernel_ref died of signal {-p.returncode} (libbpf 1.1.2 aborts on " \
                     "some .text-only objects with local calls)"
    if p.returncode != 0:
        lines = p.stderr.strip().splitlines()
        return None, (lines[-1] if lines else f"kernel_ref exit {p.returncode}")
    sizes = {}
    for line in p.stdout.splitlines():
        name, _type, jited, _xlated = line.split()
        sizes[name] = int(jited.split("=")[1])
    return sizes, None


def bpfaot_sizes(bpfaot, nm, obj, tmp):
    """({prog: bytes}, all .text bytes), or (None, reason)."""
    out = os.path.join(tmp, os.path.basename(obj) + ".aot.o")
    p = subprocess.run([bpfaot, "compile", obj, "-o", out, "--name", "jitsize"],
                       capture_output=True, text=True)
    if p.returncode != 0 or not os.path.exists(out):
        lines = p.stderr.strip().splitlines()
        return None, (lines[-1] if lines else f"bpfaot compile exit {p.returncode}")
    p = subprocess.run([nm, "-S", "--defined-only", out], capture_output=True, text=True)
    if p.returncode != 0:
        return None, f"nm failed: {p.stderr.strip()}"
    progs, text = {}, 0
    for line in p.stdout.splitlines():
        f = line.split()
        if len(f) != 4 or f[2] not in "Tt":
            continue
        size = int(f[1], 16)
        text += size
        if f[3].startswith("jitsize__"):
            progs[f[3][len("jitsize__"):]] = size
    return (progs, text), None


def fmt_ratio(a, k):
    return f"{a / k:.2f}" if a is not None and k else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("objects", nargs="*")
    ap.add_argument("--build", default="build", help="meson build dir (default: build)")
    ap.add_argument("--kernel-ref")
    ap.add_argument("--bpfaot")
    ap.add_argument("--nm", default="nm")
    ap.add_argument("--max-ratio", type=float)
    ap.add_argument("--type", help="program type for objects without SEC() names (xdp, ...)")
    ap.add_argument("--conformance", metavar="DIR", nargs="?", const="../shared/conformance",
                    help="measure the conformance corpus's .o files (loaded as --type xdp)")
    args = ap.parse_args()
    kernel_ref = args.kernel_ref or os.path.join(args.build, "tests/kernel/kernel_ref")
    bpfaot = args.bpfaot or os.path.join(args.build, "cmd/bpfaot")
    objects = args.objects
    if args.conformance:
        objects = objects + sorted(glob.glob(os.path.join(args.conformance, "tests/*.o")))
        args.type = args.type or "xdp"
    if not objects:
        objects = sorted(glob.glob(os.path.join(args.build, "tests/e2e/*.bpf.o")))
    if not objects:
        print(f"no objects given and none in {args.build}/tests/e2e (build first)")
        return 1

    notes = {}
    total_k = total_a = 0
    kernel_only = kernel_progs = 0
    row = "{:<28} {:<28} {:>8} {:>8} {:>6}"
    print(row.format("object", "program", "kernel", "bpfaot", "ratio"))
    with tempfile.TemporaryDirectory(prefix="jit-size-") as tmp:
        for obj in objects:
            name = os.path.basename(obj)
            ks, why_k = kernel_sizes(kernel_ref, obj, args.type)
            if ks is None:
                notes.setdefault("kernel: " + why_k.replace(obj, "OBJ"), []).append(name)
                ks = {}
            aot, why_a = bpfaot_sizes(bpfaot, args.nm, obj, tmp)
            if aot is None:
                notes.setdefault("bpfaot: " + why_a.replace(obj, "OBJ"), []).append(name)
                aprogs, atext = {}, None
            else:
                aprogs, atext = aot
            for prog in sorted(set(ks) | set(aprogs)):
                k, a = ks.get(prog), aprogs.get(prog)
                print(row.format(name, prog, k if k is not None else "-",
                                 a if a is not None else "-", fmt_ratio(a, k)))
            ksum = sum(ks.values()) if ks else None
            print(row.format(name, "(all .text)", ksum if ksum is not None else "-",
                             atext if atext is not None else "-", fmt_ratio(atext, ksum)))
            if ks:
                kernel_only += ksum
                kernel_progs += len(ks)
            if ksum and atext is not None:
                total_k += ksum
                total_a += atext
    for why, objs in notes.items():
        some = ", ".join(objs[:4]) + (", ..." if len(objs) > 4 else "")
        print(f"note: {why} ({len(objs)} objects: {some})")
    print(f"kernel JIT: {kernel_progs} programs, {kernel_only} bytes")
    if total_k:
        ratio = total_a / total_k
        print(f"total: bpfaot {total_a} bytes / kernel {total_k} bytes = {ratio:.3f}")
        if args.max_ratio is not None and ratio > args.max_ratio:
            print(f"FAIL: ratio {ratio:.3f} > {args.max_ratio}")
            return 1
    else:
        print("total: no object has sizes from both the kernel and bpfaot")
    return 0


if __name__ == "__main__":
    sys.exit(main())
