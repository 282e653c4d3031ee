#!/usr/bin/env python3
"""Bad-input suite for `bpfaot inspect`.

    bad_inputs.py --bpfaot EXE --conformance DIR --bad OBJ... --corpus OBJ...

1. Each error case gets a hand-made input (written here, from a conformance or corpus
   object with one field changed, or compiled from tests/frontend/bad/*.bpf.c) and must
   give exit status 1 and exactly one line on stderr matching the expected message.
2. Mutated objects (truncations at many offsets, deterministic byte flips) of the corpus
   and of some conformance objects must give exit 0 with nothing on stderr or exit 1 with
   exactly one line, never a signal or a sanitizer report.
Run it from a build configured with -Db_sanitize=address,undefined to check memory
errors and leaks as well.
"""
import argparse
import concurrent.futures
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
import zlib

import link_cases as lc

SHDR = struct.Struct('<IIQQQQIIQQ')  # name type flags addr offset size link info align entsize
SYM = struct.Struct('<IBBHQQ')
SHT_SYMTAB, SHT_REL = 2, 9


def sections(data):
    """[(name, offset of the header, fields)] of an ELF64 LSB file."""
    shoff, = struct.unpack_from('<Q', data, 0x28)
    shnum, shstrndx = struct.unpack_from('<HH', data, 0x3c)
    hdrs = [(shoff + i * 64, list(SHDR.unpack_from(data, shoff + i * 64))) for i in range(shnum)]
    strtab = hdrs[shstrndx][1]
    out = []
    for at, h in hdrs:
        start = strtab[4] + h[0]
        name = data[start:data.index(b'\0', start)].decode()
        out.append((name, at, h))
    return out


def section(data, name):
    for n, at, h in sections(data):
        if n == name:
            return at, h
    raise KeyError(name)


def patched(data, offset, fmt, value):
    b = bytearray(data)
    struct.pack_into(fmt, b, offset, value)
    return bytes(b)


def code_rel_section(data):
    """The first relocation section that applies to code: (header offset, fields)."""
    secs = sections(data)
    for n, at, h in secs:
        if h[1] == SHT_REL and secs[h[7]][2][2] & 4:  # sh_info's section is SHF_EXECINSTR
            return at, h
    raise KeyError('no code relocations')


class Cases:
    def __init__(self, args, tmp):
        self.args, self.tmp = args, tmp
        self.cases = []  # (name, path, regex)

    def conf(self, name):
        with open(os.path.join(self.args.conformance, name + '.o'), 'rb') as f:
            return f.read()

    def write(self, name, data):
        path = os.path.join(self.tmp, name + '.o')
        with open(path, 'wb') as f:
            f.write(data)
        return path

    def add(self, name, data_or_path, message):
        path = data_or_path if isinstance(data_or_path, str) else self.write(name, data_or_path)
        self.cases.append((name, path, re.escape(path) + ': ' + message + '$'))

    def add_insn(self, name, path, source_regex, message):
        """A diagnostic at an instruction: FILE:LINE (line info) or FILE:SEC+0xOFF."""
        self.cases.append((name, path, source_regex + ': ' + message + '$'))


def hand_made(args, tmp):
    c = Cases(args, tmp)
    call_local = c.conf('call_local')
    lddw = c.conf('lddw')
    text_at, text = section(call_local, '.text')
    symtab_at, symtab = section(call_local, '.symtab')

    c.add('missing', os.path.join(tmp, 'does-not-exist.o'),
          r'cannot open: No such file or directory')
    c.add('directory', tmp, r'not a regular file')
    c.add('empty', b'', r'not an ELF file')
    c.add('text', b'this is not an object file\n', r'not an ELF file')
    c.add('truncated-header', call_local[:40],
          r'truncated ELF file: 40 bytes, the ELF header needs 64')
    c.add('truncated-section-headers', call_local[:len(call_local) - 10],
          r'truncated ELF file: \d+ section headers at 0x190, file size 0x286')
    c.add('truncated-section', patched(call_local, text_at + 32, '<Q', 0x1000),
          r'truncated ELF file: section 3 ends at 0x1090, file size 0x290')
    c.add('machine-x86', patched(call_local, 18, '<H', 62),
          r'ELF for x86-64 \(machine 62\), not BPF')
    c.add('machine-aarch64', patched(call_local, 18, '<H', 183),
          r'ELF for AArch64 \(machine 183\), not BPF')
    c.add('class32', patched(call_local, 4, '<B', 1), r'32-bit ELF file, BPF objects are ELF64')
    c.add('big-endian', patched(call_local, 5, '<B', 2),
          r'big-endian ELF file: only little-endian BPF objects are supported')
    c.add('not-relocatable', patched(call_local, 16, '<H', 2),
          r'not a relocatable object \(ELF type 2\)')
    # main (symbol 1) becomes an object: no function, so no program.
    c.add('no-programs', patched(call_local, symtab[4] + SYM.size + 4, '<B', 0x11),
          r'no programs \(no functions in executable sections\)')
    c.add('compressed-section', patched(call_local, text_at + 8, '<Q', 0x806),
          r'section \.text is compressed \(SHF_COMPRESSED\), not supported')
    c.add('size-not-multiple-of-8', patched(call_local, text_at + 32, '<Q', text[5] - 4),
          r'section \.text: size 244 is not a multiple of 8 bytes')
    # lddw r0, imm with src_reg = BPF_PSEUDO_BTF_ID (3).
    path = c.write('pseudo-btf-id', patched(lddw, section(lddw, '.text')[1][4] + 1, '<B', 0x30))
    c.add_insn('pseudo-btf-id', path, re.escape(path) + r':\.text\+0x0: prog main insn 0',
               r'ld_imm64 of a kernel BTF id \(BPF_PSEUDO_BTF_ID\) not supported yet')
    # call local (insn 10) turned into a kfunc call (src_reg 2), then out of range.
    path = c.write('raw-kfunc', patched(call_local, text[4] + 10 * 8 + 1, '<B', 0x20))
    c.add_insn('raw-kfunc', path, re.escape(path) + r':\.text\+0x50: prog main insn 10',
               r'kfunc call \(by BTF id\) not supported yet')
    path = c.write('call-out-of-range', patched(call_local, text[4] + 10 * 8 + 4, '<i', 1000))
    c.add_insn('call-out-of-range', path, re.escape(path) + r':\.text\+0x50: prog main insn 10',
               r'call target 1011 is outside section \.text')

    # Relocations of a corpus object: a missing symbol, an offset out of range.
    corpus = [p for p in args.corpus if os.path.basename(p).startswith('maps-')][0]
    with open(corpus, 'rb') as f:
        maps_obj = f.read()
    rel_at, rel = code_rel_section(maps_obj)
    c.add('reloc-missing-symbol', patched(maps_obj, rel[4] + 8, '<Q', (0xfffff << 32) | 1),
          r'\.rel\S+: relocation 0 at offset 0x[0-9a-f]+ refers to missing symbol 1048575')
    c.add('reloc-out-of-range', patched(maps_obj, rel[4], '<Q', 0x100000),
          r'\.rel\S+: relocation 0 at offset 0x100000 is out of range')

    # Objects written from scratch (link_cases.py's writer).
    code = lc.SHF_ALLOC | lc.SHF_EXECINSTR
    c.add('duplicate-program-names', lc.elf(
        [('xdp', lc.SHT_PROGBITS, code, lc.exit_(), None, None, 0),
         ('tc', lc.SHT_PROGBITS, code, lc.exit_(), None, None, 0)],
        [('dup', 'xdp', 0, 8, lc.STB_LOCAL, lc.STT_FUNC),
         ('dup', 'tc', 0, 8, lc.STB_LOCAL, lc.STT_FUNC)]),
        r'two programs named dup \(sections xdp and tc\)')
    # call to .text insn 1, which no function covers (f is insn 0 only).
    path = c.write('call-outside-functions', lc.elf(
        [('.text', lc.SHT_PROGBITS, code, lc.exit_() + lc.exit_(), None, None, 0),
         ('xdp', lc.SHT_PROGBITS, code, lc.call_local(0) + lc.exit_(), None, None, 0),
         ('.relxdp', lc.SHT_REL, 0, lc.rel(0, 1, lc.R_BPF_64_32), '.symtab', 'xdp', 16)],
        [('', '.text', 0, 0, lc.STB_LOCAL, lc.STT_SECTION),
         ('f', '.text', 0, 8, lc.STB_LOCAL, lc.STT_FUNC),
         ('p', 'xdp', 0, 16, lc.STB_GLOBAL, lc.STT_FUNC)]))
    c.add_insn('call-outside-functions', path, re.escape(path) + r':xdp\+0x0: prog p insn 0',
               r'call target \.text\+0x8 is not inside any function')
    # r1 = &v + 16 where v is the 8-byte .data: past its end.
    path = c.write('data-offset-out-of-range', lc.elf(
        [('xdp', lc.SHT_PROGBITS, code, lc.ld_imm64(1, 16) + lc.exit_(), None, None, 0),
         ('.relxdp', lc.SHT_REL, 0, lc.rel(0, 1, lc.R_BPF_64_64), '.symtab', 'xdp', 16),
         ('.data', lc.SHT_PROGBITS, lc.SHF_ALLOC | lc.SHF_WRITE, bytes(8), None, None, 0)],
        [('v', '.data', 0, 8, lc.STB_GLOBAL, lc.STT_OBJECT),
         ('p', 'xdp', 0, 24, lc.STB_GLOBAL, lc.STT_FUNC)]))
    c.add_insn('data-offset-out-of-range', path, re.escape(path) + r':xdp\+0x0: prog p insn 0',
               r'offset 16 of v is outside section \.data')
    # A relocation on `exit`.
    path = c.write('reloc-on-other-insn', lc.elf(
        [('xdp', lc.SHT_PROGBITS, code, lc.exit_(), None, None, 0),
         ('.relxdp', lc.SHT_REL, 0, lc.rel(0, 1, lc.R_BPF_64_64), '.symtab', 'xdp', 16),
         ('.data', lc.SHT_PROGBITS, lc.SHF_ALLOC | lc.SHF_WRITE, bytes(8), None, None, 0)],
        [('v', '.data', 0, 8, lc.STB_GLOBAL, lc.STT_OBJECT),
         ('p', 'xdp', 0, 8, lc.STB_GLOBAL, lc.STT_FUNC)]))
    c.add_insn('reloc-on-other-insn', path, re.escape(path) + r':xdp\+0x0: prog p insn 0',
               r'relocation against v on an instruction that is neither ld_imm64 nor call')
    # ld_imm64 whose second slot lies beyond the end of its function.
    path = c.write('ld-imm64-cut-off', lc.elf(
        [('xdp', lc.SHT_PROGBITS, code, lc.exit_() + lc.ld_imm64(1, 0), None, None, 0),
         ('.relxdp', lc.SHT_REL, 0, lc.rel(8, 1, lc.R_BPF_64_64), '.symtab', 'xdp', 16),
         ('.data', lc.SHT_PROGBITS, lc.SHF_ALLOC | lc.SHF_WRITE, bytes(8), None, None, 0)],
        [('v', '.data', 0, 8, lc.STB_GLOBAL, lc.STT_OBJECT),
         ('p', 'xdp', 0, 16, lc.STB_GLOBAL, lc.STT_FUNC)]))
    c.add_insn('ld-imm64-cut-off', path, re.escape(path) + r':xdp\+0x8: prog p insn 1',
               r'ld_imm64 is cut off at the end of its function')

    bad = {os.path.basename(p)[len('bad-'):-len('.bpf.o')]: p for p in args.bad}
    c.add('stack-map', bad['stack_map'], r'map stack_map: map type stack not supported yet')
    c.add('arena', bad['arena'], r'map arena: map type arena not supported yet')
    c.add('map-in-map', bad['map_in_map'],
          r'map outer_map: map-in-map \(array_of_maps\) not supported yet')
    c.add('legacy-extra', bad['legacy_extra'],
          r'legacy map numa_map: definition has 28 bytes with fields beyond map_flags that '
          r'bpfaot cannot read')
    c.add_insn('kfunc', bad['kfunc'], r'\S*kfunc\.bpf\.c:11: prog uses_kfunc insn \d+',
               r'kfunc call bpf_rcu_read_lock not supported yet')
    c.add_insn('callback', bad['callback'], r'\S*callback\.bpf\.c:\d+: prog uses_callback insn \d+',
               r'callback \(address of function step, BPF_PSEUDO_FUNC\) not supported yet')
    c.add_insn('core', bad['core'], r'\S*core\.bpf\.c:14: prog uses_core insn 0',
               r'CO-RE relocation not supported yet')
    c.add_insn('ksym', bad['ksym'], r'\S*ksym\.bpf\.c:11: prog uses_ksym insn \d+',
               r'extern bpf_prog_active \(a kconfig or ksym variable, BPF_PSEUDO_BTF_ID\) '
               r'not supported yet')
    return c.cases


def run(bpfaot, path):
    proc = subprocess.run([bpfaot, 'inspect', '--json', path], capture_output=True, text=True,
                          errors='replace')
    return proc.returncode, proc.stderr


def check_hand_made(args, cases):
    failures = 0
    for name, path, regex in cases:
        rc, err = run(args.bpfaot, path)
        lines = err.splitlines()
        ok = rc == 1 and len(lines) == 1 and re.match(regex, lines[0])
        if not ok:
            failures += 1
            print(f'FAIL {name}: exit {rc}, stderr {err!r}, expected one line matching {regex!r}')
        else:
            print(f'ok   {name}: {lines[0]}')
    return failures


def interesting_ranges(data):
    """Byte ranges worth flipping: the ELF header, section headers, and the sections
    that the frontend parses."""
    ranges = [(0, 64)]
    try:
        shoff, = struct.unpack_from('<Q', data, 0x28)
        shnum, = struct.unpack_from('<H', data, 0x3c)
        ranges.append((shoff, shoff + shnum * 64))
        for name, _, h in sections(data):
            if h[1] in (1, 2, 3, 9) and not name.startswith('.debug') and h[5]:
                ranges.append((h[4], h[4] + h[5]))
    except (struct.error, ValueError, IndexError):
        pass
    return ranges


def mutations(path, n_truncations, n_flips):
    with open(path, 'rb') as f:
        data = f.read()
    rng = random.Random(zlib.crc32(os.path.basename(path).encode()))
    size = len(data)
    cuts = set(range(0, min(size, 72), 4))
    cuts |= {size * k // n_truncations for k in range(n_truncations)}
    for cut in sorted(cuts):
        yield f'truncate@{cut}', data[:cut]
    ranges = interesting_ranges(data)
    for k in range(n_flips):
        lo, hi = ranges[rng.randrange(len(ranges))] if k % 4 else (0, size)
        b = bytearray(data)
        # Mostly one byte; every third mutation changes up to four bytes of the range.
        spots = [rng.randrange(lo, max(lo + 1, min(hi, size)))
                 for _ in range(1 if k % 3 else rng.randrange(2, 5))]
        for at in spots:
            b[at] ^= rng.choice((0x01, 0x80, 0xff, rng.randrange(1, 256)))
        yield 'flip@' + ','.join(f'{at:#x}' for at in spots), bytes(b)


def check_mutations(args, tmp, objects):
    jobs = []
    for obj in objects:
        for label, data in mutations(obj, args.truncations, args.flips):
            path = os.path.join(tmp, f'mut-{len(jobs)}.o')
            with open(path, 'wb') as f:
                f.write(data)
            jobs.append((f'{os.path.basename(obj)} {label}', path))
    failures = 0
    counts = {0: 0, 1: 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(lambda j: (j[0], run(args.bpfaot, j[1])), jobs)
        for label, (rc, err) in results:
            lines = err.splitlines()
            if (rc == 0 and not lines) or (rc == 1 and len(lines) == 1):
                counts[rc] += 1
                continue
            failures += 1
            if failures <= 20:
                print(f'FAIL {label}: exit {rc}, stderr:\n{err[:2000]}')
    print(f'mutated objects: {len(jobs)} run, {counts[0]} read, {counts[1]} rejected with one '
          f'line, {failures} failed')
    return failures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bpfaot', required=True)
    ap.add_argument('--conformance', required=True)
    ap.add_argument('--bad', nargs='+', required=True)
    ap.add_argument('--corpus', nargs='+', required=True)
    ap.add_argument('--truncations', type=int, default=60)
    ap.add_argument('--flips', type=int, default=300)
    args = ap.parse_args()
    # Sanitizer reports must fail a run: a distinct exit status, never a silent pass.
    os.environ.setdefault('ASAN_OPTIONS', 'detect_leaks=1:exitcode=66')
    os.environ.setdefault('UBSAN_OPTIONS', 'halt_on_error=1:print_stacktrace=1:exitcode=67')
    with tempfile.TemporaryDirectory(prefix='bpfaot-bad-') as tmp:
        failures = check_hand_made(args, hand_made(args, tmp))
        conformance = [os.path.join(args.conformance, n + '.o')
                       for n in ('call_local', 'lddw', 'alu-arith')]
        failures += check_mutations(args, tmp, args.corpus + conformance)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
