#!/usr/bin/env python3
"""Random programs, the Linux kernel as the authority.

Generates BPF programs with forward jumps (conditional and goto) and calls to a subprogram (which has its own
stack and registers) from a fixed seed: every ALU
operation in 32 and 64 bits with register and immediate operands (division and modulo
by zero, signed forms, movsx, byte swaps, shifts), loads/stores of every size on the stack
with sign extension, and the atomics, over all of r0-r9. Each ends by folding every
register into w0. The kernel loads each one as a socket filter and runs it with
BPF_PROG_TEST_RUN; programs its verifier refuses are dropped. The rest are written as
ELF objects with a manifest in the conformance corpus's format, with the kernel's r0 as
the expected value, and handed to the conformance runner (compile with bpfaot, link, run,
compare). Needs root (CAP_BPF); skipped otherwise.

usage: kernel_diff.py CONFORMANCE_PY BPFAOT CC RUNTIME_LIB LLVM_MC WORK_DIR [COUNT] [SEED]
"""
import ctypes
import os
import random
import shutil
import struct
import subprocess
import sys

SKIP = 77
SYS_BPF = 321  # x86-64
BPF_PROG_LOAD, BPF_PROG_TEST_RUN = 5, 10
SOCKET_FILTER = 1

ALU, JMP, JMP32, ALU64 = 0x04, 0x05, 0x06, 0x07
LDX, ST, STX = 0x01 | 0x60, 0x02 | 0x60, 0x03 | 0x60  # class | BPF_MEM
MEMSX = 0x80
B, H, W, DW = 0x10, 0x08, 0x00, 0x18
SIZE_BYTES = {B: 1, H: 2, W: 4, DW: 8}
K, X = 0x00, 0x08
ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR, MOV, ARSH, END = (
    0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xa0, 0xb0, 0xc0, 0xd0)
JUMPS = [0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0xa0, 0xb0, 0xc0, 0xd0]
FETCH, XCHG, CMPXCHG = 0x01, 0xe1, 0xf1
SLOTS = 8


def insn(code, dst=0, src=0, off=0, imm=0):
    return struct.pack('<BBhi', code, dst | src << 4, off, imm)


def ld_imm64(dst, value):
    return (insn(0x18, dst, 0, 0, struct.unpack('<i', struct.pack('<I', value & 0xffffffff))[0]) +
            insn(0, 0, 0, 0, struct.unpack('<i', struct.pack('<I', value >> 32))[0]))


def s32(v):
    return struct.unpack('<i', struct.pack('<I', v & 0xffffffff))[0]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.regs = 10  # registers a body may use: r0-r9, or r0-r5 in a subprogram

    def reg(self):
        return self.r.randrange(self.regs)

    def imm(self):
        return s32(self.r.choice([0, 1, -1, 2, 3, 7, 8, 31, 32, 63, 64, 255, 0x7fff, 0x8000,
                                  0x7fffffff, -0x80000000, self.r.getrandbits(32),
                                  self.r.randrange(-300, 300)]))

    def value64(self):
        return self.r.choice([0, 1, 0xffffffffffffffff, 0x8000000000000000, 0x7fffffffffffffff,
                              0xffffffff, 0x80000000, self.r.getrandbits(64), self.r.getrandbits(64),
                              self.r.randrange(0, 1000)])

    def alu(self):
        r = self.r
        cls = r.choice([ALU, ALU64])
        bits = 64 if cls == ALU64 else 32
        op = r.choice([ADD, SUB, MUL, DIV, OR, AND, LSH, RSH, NEG, MOD, XOR, MOV, ARSH, END])
        dst, src = self.reg(), self.reg()
        if op == NEG:
            return insn(cls | NEG | K, dst)
        if op == END:
            if cls == ALU64:
                return insn(ALU64 | END | K, dst, 0, 0, r.choice([16, 32, 64]))
            return insn(ALU | END | r.choice([K, X]), dst, 0, 0, r.choice([16, 32, 64]))
        if op == MOV and r.random() < 0.3:
            off = r.choice([8, 16, 32] if cls == ALU64 else [8, 16])
            return insn(cls | MOV | X, dst, src, off)
        off = r.choice([0, 1]) if op in (DIV, MOD) else 0
        if r.random() < 0.5:
            return insn(cls | op | X, dst, src, off)
        imm = self.imm()
        if op in (LSH, RSH, ARSH):
            imm = r.randrange(bits)
        if op in (DIV, MOD) and imm == 0:
            imm = r.choice([1, -1, 3, -7])
        return insn(cls | op | K, dst, 0, off, imm)

    def slot(self, size):
        """An offset from r10 inside one of the 8-byte slots, aligned for size."""
        base = -8 * self.r.randrange(1, SLOTS + 1)
        return base + self.r.randrange(0, 8, SIZE_BYTES[size])

    def mem(self):
        r = self.r
        kind = r.choice(['stx', 'st', 'ldx', 'ldsx', 'atomic', 'atomic'])
        size = r.choice([B, H, W, DW])
        if kind == 'stx':
            return insn(STX | size, 10, self.reg(), self.slot(size))
        if kind == 'st':
            return insn(ST | size, 10, 0, self.slot(size), self.imm())
        if kind == 'ldx':
            return insn(LDX | size, self.reg(), 10, self.slot(size))
        if kind == 'ldsx':
            size = r.choice([B, H, W])
            return insn(0x01 | MEMSX | size, self.reg(), 10, self.slot(size))
        size = r.choice([W, DW])
        op = r.choice([ADD, OR, AND, XOR, ADD | FETCH, OR | FETCH, AND | FETCH, XOR | FETCH,
                       XCHG, CMPXCHG])
        return insn(0x03 | 0xc0 | size, 10, self.reg(), self.slot(size), op)

    def jump(self, skip):
        r = self.r
        if r.random() < 0.15:  # goto, also after a conditional jump over it
            return insn(JMP | 0x00, 0, 0, skip)
        cls = r.choice([JMP, JMP32])
        op = r.choice(JUMPS)
        if r.random() < 0.5:
            return insn(cls | op | X, self.reg(), self.reg(), skip)
        return insn(cls | op | K, self.reg(), 0, skip, self.imm())

    def straight_line(self, length, calls=0):
        """Random instructions with forward jumps; `calls` units are calls to the
        subprogram (the caller patches their offsets), each followed by r1-r5 set again
        (a call leaves them uninitialised)."""
        units = []
        for _ in range(length):
            p = self.r.random()
            units.append(('jump', None) if p < 0.10 else ('branch_goto', None) if p < 0.13 else
                         ('mem', self.mem()) if p < 0.4 else ('alu', self.alu()))
        for _ in range(calls):
            units.insert(self.r.randrange(len(units) + 1), ('call', None))
        width = {'call': 6, 'branch_goto': 2}
        body = []
        for i, (kind, code) in enumerate(units):
            if kind in ('jump', 'branch_goto'):
                # Jump over whole units only (a call unit is several slots); some far
                # enough that x86 needs rel32.
                far = 40 if self.r.random() < 0.2 else 3
                skip = self.r.randint(0, min(far, len(units) - i - 1))
                slots = sum(width.get(k, 1) for k, _ in units[i + 1:i + 1 + skip])
                # branch_goto: 'if cond goto +1; goto L', the end of a rotated loop
                code = self.jump(slots) if kind == 'jump' else [self.jump(1), insn(JMP, 0, 0, slots)]
            elif kind == 'call':
                code = [None] + [insn(ALU64 | MOV | K, reg, 0, 0, self.imm()) for reg in range(1, 6)]
            body += code if isinstance(code, list) else [code]
        return body

    def subprogram(self):
        """r0-r5 only (r6-r9 are not initialised in a callee), its own stack."""
        self.regs = 6
        body = [insn(ALU64 | MOV | K, 0, 0, 0, self.imm())]
        for k in range(1, SLOTS + 1):
            body.append(insn(STX | DW, 10, self.reg(), -8 * k))
        body += self.straight_line(self.r.randint(3, 25))
        body.append(insn(JMP | 0x90))
        self.regs = 10
        return body

    def program(self, length):
        body = []
        for reg in range(10):
            body.append(ld_imm64(reg, self.value64()))
        for k in range(1, SLOTS + 1):
            body.append(insn(STX | DW, 10, self.reg(), -8 * k))
        calls = self.r.choice([0, 0, 1, 2, 3])
        body += self.straight_line(length, calls)
        for reg in range(1, 10):
            body.append(insn(ALU64 | XOR | X, 0, reg))
        body += [insn(ALU64 | MOV | X, 1, 0), insn(ALU64 | RSH | K, 1, 0, 0, 32),
                 insn(ALU64 | XOR | X, 0, 1), insn(ALU | MOV | X, 0, 0), insn(JMP | 0x90)]
        if calls:
            # Slots: ld_imm64 is 16 bytes, everything else 8.
            start = sum(1 if b is None else len(b) // 8 for b in body)
            sub = self.subprogram()
            at = 0
            for k, b in enumerate(body):
                if b is None:
                    body[k] = insn(JMP | 0x80, 0, 1, 0, start - at - 1)  # call, src = pseudo call
                at += 1 if b is None else len(b) // 8
            body += sub
        return b''.join(body)


libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long


def bpf(cmd, attr):
    buf = ctypes.create_string_buffer(attr, 160)
    ret = libc.syscall(SYS_BPF, cmd, buf, 160)
    return ret, buf.raw


def kernel_run(code):
    insns = ctypes.create_string_buffer(code)
    license = ctypes.create_string_buffer(b'GPL')
    attr = struct.pack('<IIQQIIQII', SOCKET_FILTER, len(code) // 8, ctypes.addressof(insns),
                       ctypes.addressof(license), 0, 0, 0, 0, 0)
    fd, _ = bpf(BPF_PROG_LOAD, attr)
    if fd < 0:
        return None
    data = ctypes.create_string_buffer(64)
    attr = struct.pack('<IIIIQQII', fd, 0, 64, 0, ctypes.addressof(data), 0, 1, 0)
    ret, out = bpf(BPF_PROG_TEST_RUN, attr)
    os.close(fd)
    if ret < 0:
        return None
    return struct.unpack_from('<I', out, 4)[0]


def main():
    conformance_py, bpfaot, cc, runtime, llvm_mc, work = sys.argv[1:7]
    count = int(sys.argv[7]) if len(sys.argv) > 7 else 300
    seed = int(sys.argv[8]) if len(sys.argv) > 8 else 1
    if os.geteuid() != 0:
        print('skipped: needs root (CAP_BPF) to run programs in the kernel')
        return SKIP
    if shutil.which(llvm_mc) is None and not os.path.exists(llvm_mc):
        print('skipped: no llvm-mc to write the objects')
        return SKIP
    if os.path.isdir(work):
        shutil.rmtree(work)
    corpus = os.path.join(work, 'corpus')
    os.makedirs(os.path.join(corpus, 'tests'))
    gen = Gen(random.Random(seed))
    rows, refused = [], 0
    for n in range(count):
        code = gen.program(gen.r.randint(5, 60))
        r0 = kernel_run(code)
        if r0 is None:
            refused += 1
            continue
        name = 'rand%04d' % n
        asm = os.path.join(work, name + '.s')
        with open(asm, 'w') as f:
            f.write('\t.text\n\t.globl main\n\t.type main,@function\nmain:\n')
            for k in range(0, len(code), 8):
                f.write('\t.quad 0x%016x\n' % struct.unpack_from('<Q', code, k)[0])
            f.write('\t.size main, .-main\n')
        subprocess.run([llvm_mc, '-triple', 'bpfel', '-filetype=obj', asm, '-o',
                        os.path.join(corpus, 'tests', name + '.o')], check=True)
        rows.append('%s\t0x%x\t\t0\tv4\t\t\t%d\t0x%016x' % (name, r0, len(code) // 8, r0))
    with open(os.path.join(corpus, 'manifest.tsv'), 'w') as f:
        f.write('name\texpected_result\texpected_error\tmem_size\tcpu_version_required\tnotes\t'
                'groups\tinsn_slots\texpected_r0_u64\n')
        f.write(''.join(r + '\n' for r in rows))
    print('seed %d: %d programs, %d run by the kernel, %d refused by its verifier'
          % (seed, count, len(rows), refused))
    if not rows:
        print('skipped: the kernel ran none of them')
        return SKIP
    return subprocess.run([sys.executable, conformance_py, bpfaot, cc, runtime, corpus,
                           os.path.join(work, 'run')]).returncode


if __name__ == '__main__':
    sys.exit(main())
