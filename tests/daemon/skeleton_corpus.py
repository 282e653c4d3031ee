#!/usr/bin/env python3
"""skeleton_corpus.py - the skeleton header of every object compiles and its typed
accessors read and write the right bytes.

  skeleton_corpus.py --bpfaot BPFAOT --cc CC --cxx CXX --runtime-inc DIR --runtime-lib LIB OBJ...

For each BPF object: `bpfaot compile OBJ --header`, then a generated test program that
includes the header is compiled as C11 and as C++17 with -Wall -Wextra -Werror, linked
with the native object and the runtime, and run. The layout it checks comes from the ELF
symbol table of the BPF object (each global variable's section, offset, size and initial
bytes), read here with a few lines of Python, and is cross-checked against the relocation
offsets `bpfaot inspect --json` reports. For every global variable the test program checks:
  - its member's address is the map storage + the symbol's offset, its size the symbol's;
  - it starts with the section's initial bytes (zeros for .bss);
  - bytes written through the typed member are the bytes at that offset of the map, and
    what OBJ__SECTION__lookup() copies out (skipped for .rodata, which is const);
and that every map and program member of the skeleton is set.
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile


def elf_sections_and_symbols(path):
    data = open(path, "rb").read()
    if data[:4] != b"\x7fELF" or data[4] != 2:
        raise ValueError(f"{path}: not ELF64")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    shdrs = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    def cstr(off):
        return data[off:data.index(b"\0", off)].decode()
    shstr = shdrs[shstrndx][4]
    sections = []
    for sh in shdrs:
        name = cstr(shstr + sh[0])
        body = data[sh[4]:sh[4] + sh[5]] if sh[1] != 8 else b"\0" * sh[5]  # SHT_NOBITS
        sections.append((name, sh[1], body, sh))
    symbols = []
    for name, typ, body, sh in sections:
        if typ != 2:  # SHT_SYMTAB
            continue
        strtab = shdrs[sh[6]][4]
        for off in range(0, len(body), 24):
            st_name, st_info, _, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", body, off)
            symbols.append((cstr(strtab + st_name), st_info >> 4, st_info & 15, st_shndx, st_value, st_size))
    return sections, symbols


def is_data_section(name):
    return name in (".data", ".rodata", ".bss") or name.startswith((".data.", ".rodata."))


def ident(section):
    return "".join(c if c.isalnum() or c == "_" else "_" for c in section.lstrip("."))


def global_vars(path):
    """[(section, name, offset, size, initial bytes)] of the skeleton's variables."""
    sections, symbols = elf_sections_and_symbols(path)
    out = []
    for name, bind, typ, shndx, value, size in symbols:
        if typ != 1 or bind != 1 or shndx == 0 or shndx >= len(sections):  # STT_OBJECT, STB_GLOBAL
            continue
        sec, _, body, _ = sections[shndx]
        if is_data_section(sec) and size:
            out.append((sec, name, value, size, body[value:value + size]))
    return out


def c_bytes(b):
    return "{" + ", ".join(str(x) for x in b) + "}"


def test_program(obj, progs, maps, variables):
    # <stdbool.h> first: its bool macro must not clash with the header's types
    lines = ["#include <stdbool.h>", f'#include "{obj}.aot.h"', "#include <stdio.h>", "",
             "static int t_failures;",
             "#define T_EXPECT(cond, ...) do { if (!(cond)) { t_failures++; printf(__VA_ARGS__); printf(\"\\n\"); } } while (0)",
             "int t_equal(const volatile void *p, const unsigned char *want, size_t n);",
             "int t_equal(const volatile void *p, const unsigned char *want, size_t n)",
             "{", "\tconst volatile unsigned char *b = (const volatile unsigned char *)p;",
             "\tfor (size_t i = 0; i < n; i++)", "\t\tif (b[i] != want[i])", "\t\t\treturn 0;", "\treturn 1;", "}",
             "", "int main(void)", "{",
             f"\tstruct {obj} *skel = {obj}__open();",
             '\tif (!skel) {', f'\t\tprintf("{obj}__open failed\\n");', "\t\treturn 1;", "\t}"]
    for m in maps:
        lines.append(f'\tT_EXPECT(skel->maps.{ident(m)} != NULL, "map {m} not set");')
    for p in progs:
        lines.append(f'\tT_EXPECT(skel->progs.{p} != NULL, "prog {p} not set");')
    for i, (sec, name, off, size, init) in enumerate(variables):
        sid = ident(sec)
        member = f"skel->{sid}->{name}"
        pattern = bytes((0x11 * (i % 15 + 1) + j) & 0xFF for j in range(size))
        lines += ["\t{",
                  f"\t\tconst unsigned char init[] = {c_bytes(init)};",
                  f"\t\tconst unsigned char pattern[] = {c_bytes(pattern)};",
                  f"\t\tunsigned char *base = (unsigned char *)skel->maps.{sid}->storage;",
                  "\t\t(void)pattern;",
                  f'\t\tT_EXPECT((const volatile unsigned char *)&{member} == base + {off}, "{sec} {name}: not at offset {off}");',
                  f'\t\tT_EXPECT(sizeof({member}) == {size}, "{sec} {name}: not {size} bytes");',
                  f'\t\tT_EXPECT(t_equal(&{member}, init, {size}), "{sec} {name}: initial bytes differ");']
        if not sec.startswith(".rodata"):
            lines += [f"\t\tvolatile unsigned char *w = (volatile unsigned char *)&{member};",
                      f"\t\tfor (size_t j = 0; j < {size}; j++)", "\t\t\tw[j] = pattern[j];",
                      f'\t\tT_EXPECT(t_equal(base + {off}, pattern, {size}), "{sec} {name}: written bytes not in the map");',
                      f"\t\tstruct {obj}__{sid} copy;", "\t\tuint32_t zero = 0;",
                      f"\t\tint err = {obj}__{sid}__lookup(skel, &zero, &copy);",
                      f'\t\tT_EXPECT(err == 0 && t_equal(&copy.{name}, pattern, {size}), "{sec} {name}: lookup copies other bytes (%d)", err);']
        lines.append("\t}")
    lines += [f"\t{obj}__destroy(skel);",
              f'\tprintf("{obj}: %d failures, {len(variables)} variables, {len(maps)} maps, {len(progs)} programs\\n", t_failures);',
              "\treturn t_failures != 0;", "}"]
    return "\n".join(lines) + "\n"


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def check_object(args, path, tmp):
    info = json.loads(run([args.bpfaot, "inspect", "--json", path]).stdout)
    obj = info["object"]
    variables = global_vars(path)
    # cross-check with inspect: a relocation to a variable lands inside it
    where = {(v[0], v[1]): v for v in variables}
    for p in info["programs"]:
        for r in p["relocations"]:
            if r["kind"] == "map_value" and (r["map"], r["symbol"]) in where:
                _, name, off, size, _ = where[(r["map"], r["symbol"])]
                if not off <= r["offset"] < off + size:
                    return f"inspect: relocation to {name} at offset {r['offset']}, symbol at {off} ({size} bytes)"
    d = os.path.join(tmp, obj)
    os.makedirs(d, exist_ok=True)
    aot, header = os.path.join(d, obj + ".aot.o"), os.path.join(d, obj + ".aot.h")
    r = run([args.bpfaot, "compile", path, "-o", aot, "--header", header])
    if r.returncode:
        return "bpfaot compile --header failed: " + r.stdout.strip()
    src = os.path.join(d, "test.c")
    with open(src, "w") as f:
        f.write(test_program(obj, [p["name"] for p in info["programs"]], [m["name"] for m in info["maps"]],
                             variables))
    flags = ["-Wall", "-Wextra", "-Werror", "-I" + d, "-I" + args.runtime_inc] + args.extra_flag
    results = []
    for lang, compiler, std in (("C11", args.cc, ["-std=c11"]), ("C++17", args.cxx, ["-x", "c++", "-std=c++17"])):
        exe = os.path.join(d, "test-" + lang)
        r = run([compiler] + std + flags + [src, "-x", "none", aot, args.runtime_lib, "-lpthread", "-o", exe])
        if r.returncode:
            return f"{lang}: the header does not compile:\n{r.stdout}"
        r = run([exe])
        if r.returncode:
            return f"{lang}: {r.stdout.strip()}"
        results.append(lang)
    return f"ok: {len(variables)} variables checked in " + " and ".join(results)


def main():
    ap = argparse.ArgumentParser()
    for opt in ("--bpfaot", "--cc", "--cxx", "--runtime-inc", "--runtime-lib"):
        ap.add_argument(opt, required=True)
    ap.add_argument("--extra-flag", action="append", default=[],
                    help="for compiling and linking the test programs (sanitizers)")
    ap.add_argument("objects", nargs="+")
    args = ap.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.objects:
            verdict = check_object(args, path, tmp)
            ok = verdict.startswith("ok")
            failed += not ok
            print(("" if ok else "FAIL ") + os.path.basename(path) + ": " + verdict)
    print(f"{len(args.objects) - failed} objects passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
