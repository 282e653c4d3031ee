#!/usr/bin/env python3
"""compare.py BEFORE.json AFTER.json - two runs of the suite (bpfaot-bench --json) side by
side: per benchmark the bpfaot/kernel ratio before and after and its change, then the
geometric means. For a change to the backends or the runtime: run the suite before and
after it and compare the ratios (not the ns: the machine drifts between the two runs, the
paired ratios much less)."""
import json
import math
import sys


def load(path):
    with open(path) as f:
        return {b['name']: b for b in json.load(f)['benchmarks']}


def geomean(values):
    values = [v for v in values if v and v > 0]
    return math.exp(sum(map(math.log, values)) / len(values)) if values else None


def fmt(v):
    return f'{v:8.3f}' if v else f'{"n/a":>8}'


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[0])
    before, after = load(sys.argv[1]), load(sys.argv[2])
    key = 'aot_kernel'
    print(f'{"benchmark":<13} {"before":>8} {"after":>8} {"change":>8}   (bpfaot/kernel)')
    pairs = []
    for name, a in after.items():
        b = before.get(name, {})
        vb, va = b.get(key), a.get(key)
        change = f'{(va / vb - 1) * 100:+7.1f}%' if vb and va else f'{"":>8}'
        flag = '' if a.get('check') == 'ok' else '  CHECK FAILED'
        print(f'{name:<13} {fmt(vb)} {fmt(va)} {change}{flag}')
        pairs.append((name, vb, va))
    for label, rows in (('geomean', pairs),
                        ('w/o tail', [p for p in pairs if after[p[0]].get('hops', 0) == 0])):
        gb, ga = geomean([p[1] for p in rows]), geomean([p[2] for p in rows])
        change = f'{(ga / gb - 1) * 100:+7.1f}%' if gb and ga else ''
        print(f'{label:<13} {fmt(gb)} {fmt(ga)} {change}')


if __name__ == '__main__':
    main()
