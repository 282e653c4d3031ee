#!/usr/bin/env python3
"""Cross-check `bpfaot inspect --json` against llvm-objdump and bpftool.

    crosscheck.py --bpfaot EXE --objdump LLVM_OBJDUMP --bpftool BPFTOOL OBJ...

For every object, independently of bpfaot's own reading:
  programs     llvm-objdump -h -t: function symbols of executable sections other than
               .text (or, when there are none, the global .text functions), with their
               sections, must be exactly inspect's programs;
  relocations  llvm-objdump -dr: every relocation inspect reports (as section, byte offset
               and symbol of the instruction's origin) is in objdump's list, and every
               objdump relocation in code that some program contains is reported;
  maps         bpftool btf dump -j: each variable of the .maps DATASEC gives a map with
               that name, type, key/value sizes and max_entries; llvm-objdump -s gives the
               legacy `maps` definitions; llvm-objdump -h the global data sections, each an
               array of one element whose value is the whole section.
"""
import argparse
import json
import re
import struct
import subprocess
import sys

SYM_RE = re.compile(r'^([0-9a-f]{16}) (.{7}) (\S+)\t([0-9a-f]{16}) ?(.*)$')
SEC_RE = re.compile(r'^\s*(\d+) (\S+)\s+([0-9a-f]+) ([0-9a-f]{16}) ?(\S*)$')
RELOC_RE = re.compile(r'^\s+([0-9a-f]+):\s+(R_BPF_\S+)\s+(\S+)$')

BPF_MAP_TYPE_PROG_ARRAY = 3
MAP_TYPE_NAMES = {1: 'hash', 2: 'array', 3: 'prog_array', 5: 'percpu_hash', 6: 'percpu_array',
                  9: 'lru_hash', 10: 'lru_percpu_hash', 27: 'ringbuf'}


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


class Objdump:
    def __init__(self, objdump, obj):
        self.sections = {}  # name -> (size, type)
        for line in run([objdump, '-h', obj]).splitlines():
            m = SEC_RE.match(line)
            if m and m.group(2):
                self.sections[m.group(2)] = (int(m.group(3), 16), m.group(5))
        self.symbols = []  # (name, section, value, size, flags)
        for line in run([objdump, '-t', obj]).splitlines():
            m = SYM_RE.match(line)
            if m:
                self.symbols.append((m.group(5), m.group(3), int(m.group(1), 16),
                                     int(m.group(4), 16), m.group(2)))
        self.relocs = set()  # (section, offset, symbol)
        section = None
        for line in run([objdump, '-dr', obj]).splitlines():
            if line.startswith('Disassembly of section '):
                section = line[len('Disassembly of section '):].rstrip(':')
            m = RELOC_RE.match(line)
            if m and section:
                self.relocs.add((section, int(m.group(1), 16), m.group(3)))
        self.contents = {}
        self.objdump, self.obj = objdump, obj

    def code_sections(self):
        return {n for n, (_, t) in self.sections.items() if t == 'TEXT'}

    def functions(self):
        return [s for s in self.symbols if s[4][6] == 'F']

    def section_bytes(self, name):
        data = b''
        for line in run([self.objdump, '-s', '-j', name, self.obj]).splitlines():
            m = re.match(r'^ ([0-9a-f]{4,}) ((?:[0-9a-f]{2,8} ?){1,4})', line)
            if m:
                data += bytes.fromhex(m.group(2).replace(' ', ''))
        return data


def expected_programs(od):
    code = od.code_sections()
    funcs = [f for f in od.functions() if f[1] in code]
    progs = {(f[0], f[1]) for f in funcs if f[1] != '.text'}
    if not progs:
        progs = {(f[0], f[1]) for f in funcs if f[1] == '.text' and f[4][0] == 'g'}
    return progs


class Btf:
    def __init__(self, bpftool, obj):
        doc = json.loads(run([bpftool, '-j', 'btf', 'dump', 'file', obj]))
        self.types = {t['id']: t for t in doc['types']}

    def skip(self, tid):
        t = self.types[tid]
        while t['kind'] in ('TYPEDEF', 'VOLATILE', 'CONST', 'RESTRICT', 'TYPE_TAG'):
            t = self.types[t['type_id']]
        return t

    def size(self, tid):
        t = self.skip(tid)
        if t['kind'] == 'ARRAY':
            return t['nr_elems'] * self.size(t['type_id'])
        if t['kind'] == 'PTR':
            return 8
        return t['size']

    def btf_maps(self):
        """name -> dict(type, key_size, value_size, max_entries) from the .maps DATASEC."""
        maps = {}
        for t in self.types.values():
            if t['kind'] != 'DATASEC' or t['name'] != '.maps':
                continue
            for v in t['vars']:
                var = self.types[v['type_id']]
                struct_t = self.skip(var['type_id'])
                d = {'type': 0, 'key_size': 0, 'value_size': 0, 'max_entries': 0}
                values = False
                for m in struct_t['members']:
                    mt = self.skip(m['type_id'])
                    if m['name'] in ('type', 'max_entries', 'key_size', 'value_size'):
                        d[m['name']] = self.skip(mt['type_id'])['nr_elems']  # int (*)[N]
                    elif m['name'] in ('key', 'value'):
                        d[m['name'] + '_size'] = self.size(mt['type_id'])  # T *
                    elif m['name'] == 'values':
                        values = True
                if values and d['type'] == BPF_MAP_TYPE_PROG_ARRAY:
                    d['value_size'] = 4  # libbpf: prog array slots are 4-byte ids
                maps[var['name']] = d
        return maps


def check_object(args, obj):
    errors = []
    doc = json.loads(run([args.bpfaot, 'inspect', '--json', obj]))
    od = Objdump(args.objdump, obj)

    got = {(p['name'], p['section']) for p in doc['programs']}
    want = expected_programs(od)
    if got != want:
        errors.append(f'programs: inspect {sorted(got)}, objdump {sorted(want)}')

    reported, covered = set(), set()
    for p in doc['programs']:
        insns = p['instructions']
        covered |= {(i['section'], i['offset']) for i in insns}
        for r in p['relocations']:
            origin = insns[r['insn']]
            reported.add((origin['section'], origin['offset'], r['symbol']))
    objdump_relocs = {r for r in od.relocs if r[0] in od.code_sections()}
    for r in sorted(reported - objdump_relocs):
        errors.append(f'relocation {r} reported by inspect, not by objdump')
    for r in sorted(objdump_relocs - reported):
        if (r[0], r[1]) in covered:
            errors.append(f'relocation {r} in linked code, missing from inspect')
    if not reported and objdump_relocs:
        errors.append('no relocations reported')

    maps = {m['name']: m for m in doc['maps']}
    expected = {}
    if '.maps' in od.sections:
        for name, d in Btf(args.bpftool, obj).btf_maps().items():
            expected[name] = dict(d, origin='btf')
    if 'maps' in od.sections:
        data = od.section_bytes('maps')
        syms = [s for s in od.symbols if s[1] == 'maps' and s[4][5] != 'd']
        for name, _, value, _, _ in syms:
            t, k, v, n = struct.unpack_from('<4I', data, value)
            expected[name] = {'type': t, 'key_size': k, 'value_size': v, 'max_entries': n,
                              'origin': 'legacy'}
    for name, (size, kind) in od.sections.items():
        data_section = (name in ('.data', '.rodata', '.bss') or name.startswith('.data.') or
                        name.startswith('.rodata.') or name.startswith('.bss.'))
        if data_section and size:
            expected[name] = {'type': 2, 'key_size': 4, 'value_size': size, 'max_entries': 1,
                              'origin': 'global_data'}
    if set(maps) != set(expected):
        errors.append(f'maps: inspect {sorted(maps)}, expected {sorted(expected)}')
    for name in sorted(set(maps) & set(expected)):
        m, e = maps[name], expected[name]
        got_m = {'type': m['type_id'], 'key_size': m['key_size'], 'value_size': m['value_size'],
                 'max_entries': m['max_entries'], 'origin': m['origin']}
        if got_m != e:
            errors.append(f'map {name}: inspect {got_m}, expected {e}')
        if m['type'] != MAP_TYPE_NAMES.get(e['type']):
            errors.append(f'map {name}: type name {m["type"]}')
    return errors, len(doc['programs']), len(reported), len(maps)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bpfaot', required=True)
    ap.add_argument('--objdump', required=True)
    ap.add_argument('--bpftool', required=True)
    ap.add_argument('objects', nargs='+')
    args = ap.parse_args()
    failed = 0
    for obj in args.objects:
        errors, n_progs, n_relocs, n_maps = check_object(args, obj)
        status = 'FAIL' if errors else 'ok'
        print(f'{obj}: {status} ({n_progs} programs, {n_relocs} relocations, {n_maps} maps)')
        for e in errors:
            print('  ' + e)
        failed += bool(errors)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
