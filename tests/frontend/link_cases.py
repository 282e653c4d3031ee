#!/usr/bin/env python3
"""Hand-made objects for the linker's corner cases, with hand-derived expectations.

    link_cases.py BPFAOT

Each case writes a small BPF ELF object (section names and symbol names share one
string table, as in the conformance corpus), runs `bpfaot inspect --json` and checks the
programs, subprograms, call offsets and relocations against values worked out by hand
in the comments below.
"""
import json
import os
import struct
import subprocess
import sys
import tempfile

EM_BPF = 247
SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_NOBITS, SHT_REL = 1, 2, 3, 8, 9
SHF_WRITE, SHF_ALLOC, SHF_EXECINSTR = 1, 2, 4
STB_LOCAL, STB_GLOBAL = 0, 1
STT_NOTYPE, STT_OBJECT, STT_FUNC, STT_SECTION = 0, 1, 2, 3
R_BPF_64_64, R_BPF_64_32 = 1, 10


def insn(code, dst=0, src=0, off=0, imm=0):
    return struct.pack('<BBhi', code, dst | src << 4, off, imm)


def mov64_imm(dst, imm):
    return insn(0xb7, dst, 0, 0, imm)


def call_local(imm):
    return insn(0x85, 0, 1, 0, imm)


def exit_():
    return insn(0x95)


def ld_imm64(dst, imm):
    return insn(0x18, dst, 0, 0, imm) + insn(0, 0, 0, 0, 0)


def elf(sections, symbols):
    """sections: [(name, type, flags, data (the size for SHT_NOBITS), link_name, info_name,
    entsize)];
    symbols: [(name, section name or None, value, size, bind, type)].
    Section 1 is the string table, then the given sections, then .symtab."""
    names = b'\0'
    offsets = {}

    def add_name(n):
        nonlocal names
        if n not in offsets:
            offsets[n] = len(names)
            names += n.encode() + b'\0'
        return offsets[n]

    order = ['.strtab'] + [s[0] for s in sections] + ['.symtab']
    index = {n: i + 1 for i, n in enumerate(order)}
    for n in order:
        add_name(n)
    symtab = b'\0' * 24
    for name, sec, value, size, bind, typ in symbols:
        symtab += struct.pack('<IBBHQQ', add_name(name) if name else 0, bind << 4 | typ, 0,
                              index[sec] if sec else 0, value, size)
    n_local = 1 + sum(1 for s in symbols if s[4] == STB_LOCAL)
    all_secs = [('.strtab', SHT_STRTAB, 0, names, None, None, 0)] + list(sections) + \
        [('.symtab', SHT_SYMTAB, 0, symtab, '.strtab', None, 24)]
    body = b''
    headers = [b'\0' * 64]
    data_off = 64
    for name, typ, flags, data, link, info, entsize in all_secs:
        while (data_off + len(body)) % 8:
            body += b'\0'
        off = data_off + len(body)
        if typ == SHT_NOBITS:  # data is the size; nothing in the file
            size = data
        else:
            body += data
            size = len(data)
        info_v = index[info] if isinstance(info, str) else (n_local if typ == SHT_SYMTAB else 0)
        headers.append(struct.pack('<IIQQQQIIQQ', offsets[name], typ, flags, 0, off, size,
                                   index[link] if link else 0, info_v, 8, entsize))
    while (data_off + len(body)) % 8:
        body += b'\0'
    shoff = data_off + len(body)
    ident = b'\x7fELF' + bytes([2, 1, 1, 0]) + b'\0' * 8
    ehdr = ident + struct.pack('<HHIQQQIHHHHHH', 1, EM_BPF, 1, 0, 0, shoff, 0, 64, 0, 0, 64,
                               len(headers), 1)
    return ehdr + body + b''.join(headers)


def rel(offset, sym, typ):
    return struct.pack('<QQ', offset, sym << 32 | typ)


def inspect(bpfaot, data, tmp, name):
    path = os.path.join(tmp, name + '.o')
    with open(path, 'wb') as f:
        f.write(data)
    proc = subprocess.run([bpfaot, 'inspect', '--json', path], capture_output=True, text=True)
    if proc.returncode != 0:
        raise AssertionError(f'{name}: exit {proc.returncode}: {proc.stderr.strip()}')
    return json.loads(proc.stdout)


def imm_of(prog, i):
    raw = bytes.fromhex(prog['instructions'][i]['raw'])
    return struct.unpack_from('<i', raw, 4)[0]


def case_call_into_middle_of_other_function(bpfaot, tmp):
    # xdp:   entry (global, 3 insns)
    #          0: call .text+8   (reloc against the .text section symbol: target insn =
    #                             0 + imm + 1 = 1 with imm 0, the middle of f)
    #          1: call f         (reloc against f, imm -1: target insn 0 of .text)
    #          2: exit
    # .text: f (static, 3 insns): r0 = 1; r0 = 2; exit
    # Depth first: insn 0 appends f from its insn 1 (2 insns) at 3, named f+0x8; insn 1's
    # target (f's insn 0) is not in that copy, so all of f is appended at 5.
    # imm: insn 0 -> 3 - 0 - 1 = 2; insn 1 -> 5 - 1 - 1 = 3. Total 3 + 2 + 3 = 8.
    xdp = call_local(0) + call_local(-1) + exit_()
    text = mov64_imm(0, 1) + mov64_imm(0, 2) + exit_()
    symbols = [('', '.text', 0, 0, STB_LOCAL, STT_SECTION),       # 1
               ('f', '.text', 0, 24, STB_LOCAL, STT_FUNC),        # 2
               ('entry', 'xdp', 0, 24, STB_GLOBAL, STT_FUNC)]     # 3
    data = elf([('.text', SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, text, None, None, 0),
                ('xdp', SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, xdp, None, None, 0),
                ('.relxdp', SHT_REL, 0, rel(0, 1, R_BPF_64_32) + rel(8, 2, R_BPF_64_32),
                 '.symtab', 'xdp', 16)], symbols)
    doc = inspect(bpfaot, data, tmp, 'middle')
    assert [p['name'] for p in doc['programs']] == ['entry'], doc['programs']
    p = doc['programs'][0]
    assert p['insn_count'] == 8, p['insn_count']
    assert [(s['name'], s['start']) for s in p['subprograms']] == \
        [('entry', 0), ('f+0x8', 3), ('f', 5)], p['subprograms']
    assert (imm_of(p, 0), imm_of(p, 1)) == (2, 3)
    assert [(r['insn'], r['kind'], r['symbol'], r['target']) for r in p['relocations']] == \
        [(0, 'call', '.text', 3), (1, 'call', 'f', 5)], p['relocations']
    origins = [(i['section'], i['offset']) for i in p['instructions']]
    assert origins == [('xdp', 0), ('xdp', 8), ('xdp', 16), ('.text', 8), ('.text', 16),
                       ('.text', 0), ('.text', 8), ('.text', 16)], origins


def case_sizeless_text_functions(bpfaot, tmp):
    # .text holds two global functions without sizes (hand-written code): a at 0 and b at
    # insn 2; with no other program section both are entries, a ending where b starts.
    text = mov64_imm(0, 1) + exit_() + mov64_imm(0, 2) + mov64_imm(0, 3) + exit_()
    symbols = [('a', '.text', 0, 0, STB_GLOBAL, STT_FUNC),
               ('b', '.text', 16, 0, STB_GLOBAL, STT_FUNC)]
    data = elf([('.text', SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, text, None, None, 0)],
               symbols)
    doc = inspect(bpfaot, data, tmp, 'sizeless')
    got = [(p['name'], p['section'], p['insn_count']) for p in doc['programs']]
    assert got == [('a', '.text', 2), ('b', '.text', 3)], got


def case_data_relocations(bpfaot, tmp):
    # .rodata (16 bytes) with a global object v at 4. xdp: prog p
    #   0-1: r1 = .rodata section symbol, addend 8 in imm -> map .rodata, offset 8
    #   2-3: r2 = v, imm 2                                 -> map .rodata, offset 4 + 2 = 6
    #   4:   exit
    # The linked instructions: src_reg 2 (BPF_PSEUDO_MAP_VALUE), imm = map index 0, the
    # second slot's imm = the offset.
    xdp = ld_imm64(1, 8) + ld_imm64(2, 2) + exit_()
    rodata = bytes(range(16))
    symbols = [('', '.rodata', 0, 0, STB_LOCAL, STT_SECTION),   # 1
               ('v', '.rodata', 4, 4, STB_GLOBAL, STT_OBJECT),  # 2
               ('p', 'xdp', 0, 40, STB_GLOBAL, STT_FUNC)]       # 3
    data = elf([('xdp', SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, xdp, None, None, 0),
                ('.relxdp', SHT_REL, 0, rel(0, 1, R_BPF_64_64) + rel(16, 2, R_BPF_64_64),
                 '.symtab', 'xdp', 16),
                ('.rodata', SHT_PROGBITS, SHF_ALLOC, rodata, None, None, 0)], symbols)
    doc = inspect(bpfaot, data, tmp, 'datarel')
    maps = [(m['name'], m['type'], m['key_size'], m['value_size'], m['max_entries'],
             m['readonly'], m['init_size']) for m in doc['maps']]
    assert maps == [('.rodata', 'array', 4, 16, 1, True, 16)], maps
    p = doc['programs'][0]
    relocs = [(r['insn'], r['kind'], r['symbol'], r['map'], r['offset']) for r in p['relocations']]
    assert relocs == [(0, 'map_value', '.rodata', '.rodata', 8),
                      (2, 'map_value', 'v', '.rodata', 6)], relocs
    raw = [i['raw'] for i in p['instructions']]
    assert raw[:4] == ['1821000000000000', '0000000008000000',
                       '1822000000000000', '0000000006000000'], raw


def case_named_bss_section(bpfaot, tmp):
    # .bss.spare (NOBITS, 8 bytes) is global data as in newer libbpf: an array of one
    # 8-byte element with no initial bytes. xdp: prog p
    #   0-1: r1 = .bss.spare section symbol, addend 4 -> map .bss.spare, offset 4
    #   2:   exit
    xdp = ld_imm64(1, 4) + exit_()
    symbols = [('', '.bss.spare', 0, 0, STB_LOCAL, STT_SECTION),  # 1
               ('p', 'xdp', 0, 24, STB_GLOBAL, STT_FUNC)]         # 2
    data = elf([('xdp', SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, xdp, None, None, 0),
                ('.relxdp', SHT_REL, 0, rel(0, 1, R_BPF_64_64), '.symtab', 'xdp', 16),
                ('.bss.spare', SHT_NOBITS, SHF_ALLOC | SHF_WRITE, 8, None, None, 0)], symbols)
    doc = inspect(bpfaot, data, tmp, 'bss')
    maps = [(m['name'], m['origin'], m['type'], m['value_size'], m['max_entries'],
             m['readonly'], m['init_size']) for m in doc['maps']]
    assert maps == [('.bss.spare', 'global_data', 'array', 8, 1, False, 0)], maps
    relocs = [(r['insn'], r['kind'], r['map'], r['offset'])
              for r in doc['programs'][0]['relocations']]
    assert relocs == [(0, 'map_value', '.bss.spare', 4)], relocs


CASES = [case_call_into_middle_of_other_function, case_sizeless_text_functions,
         case_data_relocations, case_named_bss_section]


def main():
    bpfaot = sys.argv[1]
    failed = 0
    with tempfile.TemporaryDirectory(prefix='bpfaot-link-') as tmp:
        for case in CASES:
            try:
                case(bpfaot, tmp)
                print(f'ok   {case.__name__}')
            except AssertionError as e:
                failed += 1
                print(f'FAIL {case.__name__}: {e}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
