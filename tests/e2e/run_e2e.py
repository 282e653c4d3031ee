#!/usr/bin/env python3
"""run_e2e.py - run the end-to-end cases of cases.txt on one engine and compare.

  run_e2e.py --cases cases.txt --objdir DIR --variants v3,v4,clang14 \\
             --engine kernel --kernel-ref PATH      (the kernel, through BPF_PROG_TEST_RUN)
  run_e2e.py ... --engine bpfaot --bpfaot PATH      (`bpfaot run`)
  run_e2e.py ... --engine bpfaot --bpfaot PATH --target aarch64   (under qemu)

Every case runs once per compiler variant (object DIR/OBJ.VARIANT.bpf.o) and its stdout
must equal the case's hand-written expected output exactly (docs/run-output.md).
Prints one line per run and "N passed, N failed, N skipped"; exits 1 on any failure,
77 when nothing passed and something was skipped (meson: SKIP), else 0.
The manifest format is described at the top of cases.txt.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import struct
import subprocess
import sys
import tempfile

SKIP = 77


class Case:
    def __init__(self, name, line):
        self.name = name
        self.line = line
        self.obj = None
        self.prog = None
        self.data = b""
        self.slots = []
        self.engines = None  # None: every engine
        self.exit = 0
        self.repeat = 1
        self.expect = []


def parse_data(words, where):
    """'u64 1 2' -> little-endian u64 words; 'bytes 01 02 ff' or 'bytes 0102ff' -> bytes;
    'fill N HH' -> N copies of byte HH."""
    kind, rest = words[0], words[1:]
    if kind == "u64":
        return b"".join(struct.pack("<Q", int(w, 0) & (2**64 - 1)) for w in rest)
    if kind == "bytes":
        return bytes.fromhex("".join(rest))
    if kind == "fill":
        return bytes([int(rest[1], 16)]) * int(rest[0], 0)
    raise ValueError(f"{where}: data wants u64, bytes or fill, got '{kind}'")


def parse_cases(path):
    """The manifest: 'define NAME' ... 'end' blocks (reused in expectations as '@NAME'),
    and 'case NAME' blocks of key lines then 'expect' ... 'end'."""
    defines, cases = {}, []
    lines = open(path).read().split("\n")
    i = 0

    def block(start):
        body, j = [], start
        while j < len(lines) and lines[j] != "end":
            body.append(lines[j])
            j += 1
        if j == len(lines):
            raise ValueError(f"{path}:{start}: block without 'end'")
        return body, j + 1

    def expand(body, where):
        out = []
        for ln in body:
            if ln.startswith("@"):
                name = ln[1:].strip()
                if name not in defines:
                    raise ValueError(f"{where}: unknown block @{name}")
                out.extend(defines[name])
            elif not ln.startswith("#"):
                out.append(ln)
        return out

    case = None
    while i < len(lines):
        raw = lines[i]
        where = f"{path}:{i + 1}"
        s = raw.strip()
        i += 1
        if not s or s.startswith("#"):
            continue
        words = s.split()
        key = words[0]
        if key == "define":
            body, i = block(i)
            defines[words[1]] = expand(body, where)
        elif key == "case":
            case = Case(words[1], i)
            cases.append(case)
        elif case is None:
            raise ValueError(f"{where}: '{key}' outside a case")
        elif key == "obj":
            case.obj = words[1]
        elif key == "prog":
            case.prog = words[1]
        elif key == "data":
            case.data = parse_data(words[1:], where)
        elif key == "slot":
            case.slots.append(words[1])
        elif key == "engines":
            case.engines = set(words[1:])
        elif key == "exit":
            case.exit = int(words[1])
        elif key == "repeat":
            case.repeat = int(words[1])
        elif key == "expect":
            body, i = block(i)
            case.expect = expand(body, where)
        else:
            raise ValueError(f"{where}: unknown key '{key}'")
    names = set()
    for c in cases:
        if not c.obj or not c.prog:
            raise ValueError(f"{path}:{c.line}: case {c.name} needs obj and prog")
        if c.name in names:
            raise ValueError(f"{path}:{c.line}: case {c.name} defined twice")
        names.add(c.name)
    return cases


def command(args, case, obj, data_path):
    if args.engine == "kernel":
        cmd = [args.kernel_ref, obj, "--prog", case.prog]
    else:
        cmd = [args.bpfaot, "run", obj, "--prog", case.prog]
        if args.target:
            cmd += ["--target", args.target]
    cmd += ["--data", data_path, "--maps"]
    for s in case.slots:
        cmd += ["--set-prog-array", s]
    if case.repeat != 1:
        cmd += ["--repeat", str(case.repeat)]
    return cmd


def first_line(text):
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    return lines[-1] if lines else "(no message)"


class Engine:
    """Runs one case on one object; remembers when the engine as a whole is unusable."""

    def __init__(self, args, tmp):
        self.args = args
        self.tmp = tmp
        self.unusable = None

    def run(self, case, obj, slot):
        if self.unusable:
            return "skip", self.unusable, ""
        if not os.path.exists(obj):
            return "fail", f"object {obj} was not built", ""
        data_path = os.path.join(self.tmp, f"input{slot}")
        with open(data_path, "wb") as f:
            f.write(case.data)
        cmd = command(self.args, case, obj, data_path)
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            return "fail", "timed out after 60 s", ""
        detail = "$ " + " ".join(cmd) + "\n" + p.stderr
        if self.args.engine == "bpfaot" and p.returncode != 0 and \
                "not implemented" in p.stderr:
            self.unusable = "bpfaot is not complete in this build: " + first_line(p.stderr)
            return "skip", self.unusable, ""
        if self.args.engine == "bpfaot" and p.returncode != 0 and \
                re.search(r"unrecognized option|unknown option", p.stderr):
            if case.slots:
                return "skip", "`bpfaot run` has no --set-prog-array yet", ""
            if case.repeat != 1:
                return "skip", "`bpfaot run` has no --repeat yet", ""
        if p.returncode == SKIP and case.exit != SKIP:
            return "skip", first_line(p.stderr), ""
        if p.returncode != case.exit:
            return "fail", f"exit {p.returncode}, expected {case.exit}", detail + p.stdout
        if case.exit != 0:
            if not p.stderr.strip() or p.stdout.strip():
                return "fail", "expected one line on stderr and nothing on stdout", detail
            return "pass", first_line(p.stderr), ""
        got = p.stdout.rstrip("\n").split("\n") if p.stdout else []
        if got == case.expect:
            return "pass", "", ""
        diff = "\n".join(difflib.unified_diff(case.expect, got, "expected (cases.txt)",
                                              self.args.engine, lineterm=""))
        why = "output differs"
        if sorted(got) == sorted(case.expect):
            why += " (same lines, other order: maps must be in libbpf's order)"
        return "fail", why, detail + diff


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", required=True)
    ap.add_argument("--objdir", required=True)
    ap.add_argument("--variants", required=True, help="comma-separated compiler variants")
    ap.add_argument("--engine", choices=["kernel", "bpfaot"], required=True)
    ap.add_argument("--kernel-ref")
    ap.add_argument("--bpfaot")
    ap.add_argument("--target", help="bpfaot run --target (default: the host)")
    ap.add_argument("-k", "--filter", help="only cases whose name matches this regex")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                    help="runs in parallel (default: the CPU count)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing runs too")
    args = ap.parse_args()
    if args.engine == "kernel" and not args.kernel_ref:
        ap.error("--engine kernel needs --kernel-ref")
    if args.engine == "bpfaot" and not args.bpfaot:
        ap.error("--engine bpfaot needs --bpfaot")

    cases = parse_cases(args.cases)
    variants = [v for v in args.variants.split(",") if v]
    if not variants:
        print("no BPF compiler was found at configure time: nothing to run")
        print("0 passed, 0 failed, 0 skipped")
        return SKIP
    counts = {"pass": 0, "fail": 0, "skip": 0}
    skip_reasons = {}
    runs = []
    for case in cases:
        if args.filter and not re.search(args.filter, case.name):
            continue
        if case.engines is not None and args.engine not in case.engines:
            continue
        for v in variants:
            runs.append((case, v, os.path.join(args.objdir, f"{case.obj}.{v}.bpf.o")))
    with tempfile.TemporaryDirectory(prefix="bpfaot-e2e-") as tmp:
        engine = Engine(args, tmp)
        results = [None] * len(runs)
        # the first run alone: when the engine is unusable it says so once
        if runs:
            results[0] = engine.run(runs[0][0], runs[0][2], 0)
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {pool.submit(engine.run, c, obj, i): i
                       for i, (c, _v, obj) in enumerate(runs) if i > 0}
            for f in concurrent.futures.as_completed(futures):
                results[futures[f]] = f.result()
    for (case, v, _obj), (status, why, detail) in zip(runs, results):
        counts[status] += 1
        label = f"{case.name} [{v}]"
        if status == "skip":
            skip_reasons[why] = skip_reasons.get(why, 0) + 1
            if args.verbose:
                print(f"SKIP {label}: {why}")
        elif status == "fail":
            print(f"FAIL {label}: {why}")
            if detail:
                lines = detail.rstrip("\n").split("\n")
                if len(lines) > 60 and not args.verbose:
                    lines = lines[:60] + ["... (-v for all of it)"]
                print("    " + "\n    ".join(lines))
        elif args.verbose:
            print(f"PASS {label}" + (f": {why}" if why else ""))
    for why, n in skip_reasons.items():
        print(f"SKIP {n} runs: {why}")
    print(f"{counts['pass']} passed, {counts['fail']} failed, {counts['skip']} skipped")
    if counts["fail"]:
        return 1
    if counts["pass"] == 0 and counts["skip"]:
        return SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main())
