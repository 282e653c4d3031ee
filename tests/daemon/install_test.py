#!/usr/bin/env python3
"""install_test.py - `meson install` into a temporary root, then an out-of-tree daemon built
with nothing but the installed bpfaot, clang and `pkg-config --cflags --libs bpfaot`.

  install_test.py --build-dir BUILD --clang CLANG --cc CC --example-dir DIR

The daemon is the flowcount example (its sources copied out of the tree), compiled by the
installed `bpfaot compile --header`, linked against the installed shared runtime, and its
output on the bundled pcap must equal expected-output.txt.
"""
import argparse
import glob
import os
import shlex
import shutil
import subprocess
import sys
import tempfile


def run(cmd, env=None, cwd=None):
    print("+ " + " ".join(shlex.quote(c) for c in cmd))
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=cwd)
    if p.stdout.strip():
        print(p.stdout.rstrip())
    if p.returncode:
        raise SystemExit(f"failed with exit {p.returncode}")
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    for opt in ("--build-dir", "--clang", "--cc", "--example-dir"):
        ap.add_argument(opt, required=True)
    ap.add_argument("--extra-flag", action="append", default=[],
                    help="for compiling and linking the daemon (sanitizers)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "root")
        run(["meson", "install", "-C", args.build_dir, "--no-rebuild", "--quiet", "--destdir", root])
        pcs = glob.glob(os.path.join(root, "**", "pkgconfig", "bpfaot.pc"), recursive=True)
        bins = glob.glob(os.path.join(root, "**", "bin", "bpfaot"), recursive=True)
        mans = glob.glob(os.path.join(root, "**", "man1", "bpfaot.1"), recursive=True)
        headers = glob.glob(os.path.join(root, "**", "include", "bpfaot", "bpfaot.h"), recursive=True)
        for what, found in (("bpfaot.pc", pcs), ("bin/bpfaot", bins), ("man1/bpfaot.1", mans),
                            ("include/bpfaot/bpfaot.h", headers)):
            if len(found) != 1:
                raise SystemExit(f"installed tree: {what} found {len(found)} times")
        env = dict(os.environ, PKG_CONFIG_PATH=os.path.dirname(pcs[0]), PKG_CONFIG_SYSROOT_DIR=root,
                   PKG_CONFIG_LIBDIR=os.path.dirname(pcs[0]))
        cflags = shlex.split(run(["pkg-config", "--cflags", "bpfaot"], env=env))
        libs = shlex.split(run(["pkg-config", "--libs", "bpfaot"], env=env))
        for flag in cflags + libs:
            if flag.startswith(("-I", "-L")) and not flag[2:].startswith(root):
                raise SystemExit(f"pkg-config flag {flag} points outside the installed tree")
        static_libs = glob.glob(os.path.join(root, "**", "libbpfaot.a"), recursive=True)
        if len(static_libs) != 1:
            raise SystemExit("the static runtime library is not installed")

        src = os.path.join(tmp, "daemon")
        os.makedirs(src)
        for f in ("flowcount.bpf.c", "flowcount.h", "flowcount.c", "sample.pcap", "expected-output.txt"):
            shutil.copy(os.path.join(args.example_dir, f), src)
        multiarch = subprocess.run([args.cc, "-print-multiarch"], stdout=subprocess.PIPE, text=True).stdout.strip()
        bpf_flags = ["-target", "bpf", "-mcpu=v3", "-O2", "-g", "-Wall", "-Werror"]
        if multiarch:
            bpf_flags += ["-idirafter", "/usr/include/" + multiarch]
        run([args.clang] + bpf_flags + ["-c", "flowcount.bpf.c", "-o", "flowcount.bpf.o"], cwd=src)
        run([bins[0], "compile", "flowcount.bpf.o", "-o", "flowcount.aot.o", "--header", "flowcount.aot.h"], cwd=src)
        run([args.cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-I."] + cflags +
            ["flowcount.c", "flowcount.aot.o"] + libs + args.extra_flag + ["-o", "flowcount"], cwd=src)
        libdir = [f[2:] for f in libs if f.startswith("-L")][0]
        out = run(["./flowcount", "sample.pcap"], env=dict(os.environ, LD_LIBRARY_PATH=libdir), cwd=src)
        if out != open(os.path.join(src, "expected-output.txt")).read():
            raise SystemExit("the out-of-tree daemon's output differs from expected-output.txt")
    print("installed tree ok; the out-of-tree daemon built with pkg-config prints the expected output")
    return 0


if __name__ == "__main__":
    sys.exit(main())
