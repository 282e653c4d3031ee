#!/usr/bin/env python3
"""packets_diff.py - XDP, tc and socket filter programs on packets: bpfaot against the kernel.

  packets_diff.py --bpfaot BPFAOT --kernel-ref KERNEL_REF OBJ...

Runs every XDP, tc and socket filter program of each object (found with `bpfaot inspect
--json`) on every frame below, once with `bpfaot run` (native
code, the runtime's contexts) and once with kernel_ref (BPF_PROG_TEST_RUN), and requires
the same output: r0 and every map afterwards (docs/run-output.md). The kernel is the
authority. Frames the kernel refuses (shorter than an Ethernet header) must be refused by
both. Exit 77 when the kernel does not let us load programs (not root / no CAP_BPF).
"""
import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile

SKIP = 77
PACKET_TYPES = ("xdp", "sched_cls", "sched_act", "socket_filter")


def eth(dst, ethertype, payload, src="020000000001"):
    return bytes.fromhex(dst) + bytes.fromhex(src) + struct.pack("!H", ethertype) + payload


def ipv4(length):
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, length, 1, 0, 64, 6, 0,
                      bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2]))
    return hdr + b"\x00" * (length - 20)


FRAMES = [
    ("ipv4-otherhost", eth("020000000002", 0x0800, ipv4(20))),
    ("ipv4-large", eth("020000000002", 0x0800, ipv4(136))),
    ("ipv4-host", eth("000000000000", 0x0800, ipv4(46))),
    ("ipv6", eth("020000000002", 0x86DD, bytes([0x60]) + b"\x00" * 39 + b"\x01" * 8)),
    ("arp-broadcast", eth("ffffffffffff", 0x0806, b"\x00\x01\x08\x00\x06\x04\x00\x01" + b"\x00" * 20)),
    ("ipv4-multicast", eth("01005e000001", 0x0800, ipv4(28))),
    ("vlan", eth("020000000002", 0x8100, b"\x00\x64\x08\x00" + ipv4(20))),
    ("ieee802.3-raw", eth("020000000002", 46, b"\xff\xff" + b"\x00" * 44)),
    ("ieee802.2-llc", eth("020000000002", 46, b"\xaa\xaa\x03" + b"\x00" * 43)),
    ("ethernet-only", eth("020000000002", 0x0800, b"")),
    ("too-short", bytes.fromhex("02000000000202000000000108")),
]


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bpfaot", required=True)
    ap.add_argument("--kernel-ref", required=True)
    ap.add_argument("objects", nargs="+")
    args = ap.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for obj in args.objects:
            info = json.loads(run([args.bpfaot, "inspect", "--json", obj])[1])
            progs = [p["name"] for p in info["programs"] if p["type"] in PACKET_TYPES]
            for prog in progs:
                for name, frame in FRAMES:
                    path = os.path.join(tmp, name + ".bin")
                    with open(path, "wb") as f:
                        f.write(frame)
                    kcode, kout, kerr = run([args.kernel_ref, obj, "--prog", prog, "--data", path, "--maps"])
                    if kcode == SKIP:
                        print("SKIP: the kernel refuses: " + kerr.strip())
                        return SKIP
                    acode, aout, aerr = run([args.bpfaot, "run", obj, "--prog", prog, "--data", path, "--maps"])
                    what = f"{os.path.basename(obj)} {prog} {name}"
                    if kcode != 0 and acode != 0:
                        print(f"ok   {what}: both refuse ({kerr.strip()} / {aerr.strip()})")
                        passed += 1
                    elif kcode == 0 and acode == 0 and kout == aout:
                        print(f"ok   {what}: {aout.splitlines()[0]}")
                        passed += 1
                    else:
                        print(f"FAIL {what}: kernel exit {kcode}, bpfaot exit {acode}")
                        print("  kernel:\n    " + "\n    ".join((kout + kerr).splitlines()))
                        print("  bpfaot:\n    " + "\n    ".join((aout + aerr).splitlines()))
                        failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
