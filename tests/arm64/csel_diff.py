#!/usr/bin/env python3
"""Random programs full of `if ... goto +1; <ALU>`, run on x86-64 and on aarch64.

Both backends turn a conditional jump over one simple ALU instruction into a conditional
move (cmov, csel) unless another jump lands on that instruction. This generates programs
with tests/x86/kernel_diff.py's generator, with most jumps made that shape: every
operation the backends fuse, in 32 and 64 bits, with K and X sources, constants that
need a scratch register, shift counts at and beyond the width; now and then an ALU
instruction they do not fuse, or a second jump landing on the skipped instruction.

The expected r0 of each program is the kernel's (BPF_PROG_TEST_RUN, programs its
verifier refuses are dropped) when this runs as root, else the x86-64 build's; the
programs then run through tests/conformance/conformance.py for x86-64 natively and for
aarch64 under qemu (when not the reference), and every result must match.

usage: csel_diff.py CONFORMANCE_PY BPFAOT CC RUNTIME_LIB SRCROOT LLVM_MC WORK_DIR [COUNT] [SEED]
"""
import os
import random
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'x86'))
import kernel_diff as kd  # noqa: E402  (the generator and the kernel runner)
from kernel_diff import insn, ALU, ALU64, JMP, JMP32, JUMPS, K, X  # noqa: E402
from kernel_diff import ADD, SUB, MUL, OR, AND, LSH, RSH, NEG, XOR, MOV, ARSH  # noqa: E402

SKIP = 77
FUSED = [ADD, SUB, OR, AND, XOR, MOV, LSH, RSH, ARSH, MUL, NEG]


class PairGen(kd.Gen):
    def fused_alu(self):
        """One of the operations the backends compute aside: K or X for add, sub, or,
        and, xor and mov; K only for shifts and mul; neg."""
        r = self.r
        cls = r.choice([ALU, ALU64])
        bits = 64 if cls == ALU64 else 32
        op = r.choice(FUSED)
        dst = self.reg()
        if op == NEG:
            return insn(cls | NEG | K, dst)
        if op in (ADD, SUB, OR, AND, XOR, MOV) and r.random() < 0.4:
            return insn(cls | op | X, dst, self.reg())
        imm = self.imm()
        if op in (LSH, RSH, ARSH):
            # the kernel refuses counts >= the width; the x86 reference keeps them
            imm = r.randrange(bits) if r.random() < 0.9 else r.randrange(bits, 2 * bits)
        return insn(cls | op | K, dst, 0, 0, imm)

    def cond_jump(self, off):
        r = self.r
        cls = r.choice([JMP, JMP32])
        op = r.choice(JUMPS)
        if r.random() < 0.4:
            return insn(cls | op | X, self.reg(), self.reg(), off)
        return insn(cls | op | K, self.reg(), 0, off, self.imm())

    def straight_line(self, length, calls=0):
        """Units: ('pair', [jump +1, alu]) mostly, plain ALU and memory instructions, and
        jumps over whole units, now and then onto the ALU instruction of a pair."""
        r = self.r
        units = []
        for _ in range(length):
            p = r.random()
            if p < 0.45:
                alu = self.fused_alu() if r.random() < 0.9 else self.alu()
                units.append(('pair', [self.cond_jump(1), alu]))
            elif p < 0.55:
                units.append(('jump', None))
            elif p < 0.75:
                units.append(('mem', [self.mem()]))
            else:
                units.append(('alu', [self.alu()]))
        for _ in range(calls):
            units.insert(r.randrange(len(units) + 1), ('call', None))
        size = {'pair': 2, 'call': 6}
        body = []
        for i, (kind, code) in enumerate(units):
            if kind == 'jump':
                skip = r.randint(0, min(3, len(units) - i - 1))
                slots = sum(size.get(k, 1) for k, _ in units[i + 1:i + 1 + skip])
                after = units[i + 1 + skip] if i + 1 + skip < len(units) else None
                if after and after[0] == 'pair' and r.random() < 0.5:
                    slots += 1  # onto the skipped instruction: that pair must stay a branch
                code = [self.cond_jump(slots)]
            elif kind == 'call':
                code = [None] + [insn(ALU64 | MOV | K, reg, 0, 0, self.imm()) for reg in range(1, 6)]
            body += code
        return body


def write_corpus(work, programs):
    """programs: [(name, code, expected)]; ELF objects via llvm-mc and a manifest."""
    corpus = os.path.join(work, 'corpus')
    os.makedirs(os.path.join(corpus, 'tests'), exist_ok=True)
    rows = []
    for name, code, expected in programs:
        rows.append('%s\t0x%x\t\t0\tv4\t\t\t%d\t0x%016x' % (name, expected, len(code) // 8, expected))
    with open(os.path.join(corpus, 'manifest.tsv'), 'w') as f:
        f.write('name\texpected_result\texpected_error\tmem_size\tcpu_version_required\tnotes\t'
                'groups\tinsn_slots\texpected_r0_u64\n')
        f.write(''.join(r + '\n' for r in rows))
    return corpus


def assemble(llvm_mc, work, name, code):
    asm = os.path.join(work, name + '.s')
    with open(asm, 'w') as f:
        f.write('\t.text\n\t.globl main\n\t.type main,@function\nmain:\n')
        for k in range(0, len(code), 8):
            f.write('\t.quad 0x%016x\n' % int.from_bytes(code[k:k + 8], 'little'))
        f.write('\t.size main, .-main\n')
    out = os.path.join(work, 'corpus', 'tests', name + '.o')
    subprocess.run([llvm_mc, '-triple', 'bpfel', '-filetype=obj', asm, '-o', out], check=True)


def run(conformance_py, bpfaot, cc, runtime, corpus, work, env=None):
    p = subprocess.run([sys.executable, conformance_py, bpfaot, cc, runtime, corpus, work],
                       capture_output=True, text=True, env=env)
    return p.returncode, p.stdout


def main():
    conformance_py, bpfaot, cc, runtime, root, llvm_mc, work = sys.argv[1:8]
    count = int(sys.argv[8]) if len(sys.argv) > 8 else 300
    seed = int(sys.argv[9]) if len(sys.argv) > 9 else 1
    for tool in ('aarch64-linux-gnu-gcc', 'qemu-aarch64'):
        if shutil.which(tool) is None:
            print('skipped: %s not found' % tool)
            return SKIP
    if os.path.isdir(work):
        shutil.rmtree(work)
    os.makedirs(os.path.join(work, 'corpus', 'tests'))
    gen = PairGen(random.Random(seed))
    codes = [('csel%04d' % n, gen.program(gen.r.randint(10, 50))) for n in range(count)]
    for name, code in codes:
        assemble(llvm_mc, work, name, code)

    programs, refused = [], 0
    kernel = os.geteuid() == 0 and kd.kernel_run(insn(ALU64 | MOV | K) + insn(JMP | 0x90)) == 0
    if kernel:
        for name, code in codes:
            r0 = kd.kernel_run(code)
            if r0 is None:
                refused += 1
            else:
                programs.append((name, code, r0))
        reference = 'the kernel'
    else:
        # x86-64 as the reference: run with 0 expected everywhere, read r0 off the failures
        write_corpus(work, [(name, code, 0) for name, code in codes])
        _, out = run(conformance_py, bpfaot, cc, runtime, os.path.join(work, 'corpus'),
                     os.path.join(work, 'ref'))
        got = {m.group(1): int(m.group(2), 16)
               for m in re.finditer(r'^FAIL (\S+): r0 = 0x([0-9a-f]+),', out, re.M)}
        for name, code in codes:
            if re.search(r'^FAIL %s: (?!r0 = )' % name, out, re.M):
                print('x86-64 reference: %s did not run' % name)
                return 1
            programs.append((name, code, got.get(name, 0)))
        reference = 'x86-64'
    corpus = write_corpus(work, programs)
    fused = sum(1 for _, code, _ in programs
                for k in range(0, len(code) - 8, 8)
                if code[k] & 0x07 in (JMP, JMP32) and code[k] & 0xf0 not in (0x00, 0x80, 0x90)
                and int.from_bytes(code[k + 2:k + 4], 'little', signed=True) == 1)
    print('seed %d: %d programs (%d refused by the kernel), %d jumps over one instruction; '
          'reference: %s' % (seed, len(programs), refused, fused, reference))

    failed = 0
    targets = [('x86_64', None, cc, runtime)] if kernel else []
    subprocess.run([os.path.join(root, 'scripts', 'setup-arm64.sh')], check=True,
                   stdout=subprocess.DEVNULL)
    cross_rt = os.path.join(root, 'build-aarch64', 'runtime', 'libbpfaot.a')
    targets += [('aarch64', 'cortex-a53', 'aarch64-linux-gnu-gcc', cross_rt)]
    for target, cpu, tcc, rt in targets:
        env = dict(os.environ)
        if cpu:
            env['CONFORMANCE_TARGET'] = target
            env['CONFORMANCE_EXEC'] = 'qemu-aarch64 -cpu %s -L /usr/aarch64-linux-gnu' % cpu
            env.pop('BPFAOT_TEST_LDFLAGS', None)
        rc, out = run(conformance_py, bpfaot, tcc, rt, corpus, os.path.join(work, target), env)
        print('%s: %s' % (target, out.strip().splitlines()[-1] if out.strip() else 'no output'))
        if rc:
            print(out)
            failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
