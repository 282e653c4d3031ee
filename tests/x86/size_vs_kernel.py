#!/usr/bin/env python3
"""Native code size of bpfaot's x86-64 output against the kernel JIT's, per program.

Each BPF object is loaded into the kernel with `bpftool prog loadall` (needs root and
CAP_BPF; skipped otherwise) and its programs' `bytes_jited` are read back; the same
object is compiled with `bpfaot compile` and each OBJ__PROG symbol's size is read with
nm. Prints one line per program and the total ratio ours/kernel; fails when the total is
larger than the kernel's.

usage: size_vs_kernel.py BPFAOT OBJECT...
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


def kernel_sizes(obj, pin_dir):
    p = subprocess.run(['bpftool', 'prog', 'loadall', obj, pin_dir], capture_output=True, text=True)
    if p.returncode:
        return None, ' '.join(p.stderr.strip().splitlines()[-1:])
    sizes = {}
    for name in os.listdir(pin_dir):
        info = json.loads(subprocess.run(['bpftool', '-j', 'prog', 'show', 'pinned',
                                          os.path.join(pin_dir, name)],
                                         capture_output=True, text=True, check=True).stdout)
        sizes[info['name']] = info['bytes_jited']
    return sizes, None


def our_sizes(bpfaot, obj, work):
    out = os.path.join(work, 'out.o')
    subprocess.run([bpfaot, 'compile', '--name', 'o', obj, '-o', out], check=True)
    sizes = {}
    for line in subprocess.run(['nm', '-S', '--defined-only', out], capture_output=True, text=True,
                               check=True).stdout.splitlines():
        fields = line.split()
        if len(fields) != 4:
            continue
        addr, size, kind, name = fields
        if kind == 'T' and name.startswith('o__'):
            sizes[name[3:]] = int(size, 16)
    return sizes


def main():
    bpfaot = sys.argv[1]
    if os.geteuid() != 0 or not shutil.which('bpftool'):
        print('skipped: needs root and bpftool to load programs into the kernel')
        return SKIP
    total_ours = total_kernel = 0
    larger = []
    for obj in sys.argv[2:]:
        with tempfile.TemporaryDirectory() as work:
            pin_dir = tempfile.mkdtemp(prefix='bpfaot-size-', dir='/sys/fs/bpf')
            try:
                kernel, err = kernel_sizes(obj, pin_dir)
            finally:
                shutil.rmtree(pin_dir, ignore_errors=True)
            if kernel is None:
                print('%s: the kernel does not load it (%s); not compared' % (os.path.basename(obj), err))
                continue
            ours = our_sizes(bpfaot, obj, work)
        for name in sorted(kernel):
            # bpftool shows names cut to 15 characters.
            match = [n for n in ours if n[:15] == name]
            if len(match) != 1:
                continue
            o, k = ours[match[0]], kernel[name]
            total_ours += o
            total_kernel += k
            print('%-28s %-22s bpfaot %5d  kernel %5d  %.2f' % (os.path.basename(obj), match[0], o, k, o / k))
            if o > k:
                larger.append(match[0])
    if not total_kernel:
        print('skipped: the kernel loaded none of the objects')
        return SKIP
    print('total: bpfaot %d bytes, kernel JIT %d bytes, ratio %.3f' % (total_ours, total_kernel,
                                                                      total_ours / total_kernel))
    if larger:
        print('larger than the kernel: %s' % ', '.join(larger))
    return 0 if total_ours <= total_kernel else 1


if __name__ == '__main__':
    sys.exit(main())
