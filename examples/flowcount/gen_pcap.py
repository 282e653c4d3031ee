#!/usr/bin/env python3
"""gen_pcap.py - write the example's bundled input, sample.pcap (deterministic).

22 Ethernet frames chosen to take every path of flowcount.bpf.c: TCP (with SYNs), UDP
(DNS and the dropped "discard" port), ICMP and ICMPv6 echo, IPv6, ARP, a VLAN tag, a
protocol without a handler, an unknown ethertype, and three truncated frames (none
shorter than an Ethernet header, which the kernel's BPF_PROG_TEST_RUN refuses).
The expected daemon output (expected-output.txt) is derived by hand from this list.

usage: gen_pcap.py OUT.pcap
"""
import socket
import struct
import sys

MAC_A = bytes.fromhex("020000000001")
MAC_B = bytes.fromhex("020000000002")


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def eth(ethertype, payload, src=MAC_A, dst=MAC_B):
    return dst + src + struct.pack("!H", ethertype) + payload


def ipv4(src, dst, proto, payload):
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 1, 0, 64, proto, 0,
                      socket.inet_aton(src), socket.inet_aton(dst))
    hdr = hdr[:10] + struct.pack("!H", csum(hdr)) + hdr[12:]
    return hdr, payload


def l4_csum_v4(src, dst, proto, seg):
    pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, proto, len(seg))
    return csum(pseudo + seg)


def l4_csum_v6(src, dst, proto, seg):
    pseudo = (socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst)
              + struct.pack("!IxxxB", len(seg), proto))
    return csum(pseudo + seg)


def tcp_seg(sport, dport, flags, payload, seq=1000, ack=0):
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0) + payload


def udp_seg(sport, dport, payload):
    return struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload


def icmp_seg(typ, code, payload):
    return struct.pack("!BBHHH", typ, code, 0, 0x1234, 1) + payload


def with_csum(seg, offset, value):
    return seg[:offset] + struct.pack("!H", value) + seg[offset + 2:]


CSUM_OFF = {6: 16, 17: 6, 1: 2, 58: 2}


def v4(src, dst, proto, seg, vlan=None):
    if proto in CSUM_OFF:
        value = csum(seg) if proto == 1 else l4_csum_v4(src, dst, proto, seg)
        seg = with_csum(seg, CSUM_OFF[proto], value)
    hdr, payload = ipv4(src, dst, proto, seg)
    if vlan is not None:
        return eth(0x8100, struct.pack("!HH", vlan, 0x0800) + hdr + payload)
    return eth(0x0800, hdr + payload)


def v6(src, dst, proto, seg):
    seg = with_csum(seg, CSUM_OFF[proto], l4_csum_v6(src, dst, proto, seg))
    hdr = struct.pack("!IHBB16s16s", 6 << 28, len(seg), proto, 64,
                      socket.inet_pton(socket.AF_INET6, src), socket.inet_pton(socket.AF_INET6, dst))
    return eth(0x86DD, hdr + seg)


SYN, ACK = 0x02, 0x10


def frames():
    a, b = "10.0.0.1", "10.0.0.2"
    yield v4(a, b, 6, tcp_seg(40000, 80, SYN, b""))                          # 1  54
    yield v4(b, a, 6, tcp_seg(80, 40000, SYN | ACK, b"", 5000, 1001))        # 2  54
    yield v4(a, b, 6, tcp_seg(40000, 80, ACK, b"G" * 100, 1001, 5001))       # 3  154
    yield v4(b, a, 6, tcp_seg(80, 40000, ACK, b"H" * 400, 5001, 1101))       # 4  454
    yield v4("10.0.0.3", b, 6, tcp_seg(40001, 22, SYN, b""))                 # 5  54
    yield v4(a, "10.0.0.53", 17, udp_seg(5353, 53, b"q" * 30))               # 6  72
    yield v4("10.0.0.53", a, 17, udp_seg(53, 5353, b"r" * 50))               # 7  92
    yield v4(a, "10.0.0.53", 17, udp_seg(5354, 53, b"q" * 30))               # 8  72
    yield v4("10.0.0.4", b, 17, udp_seg(1000, 9, b"d" * 20))                 # 9  62 dropped
    yield v4("10.0.0.4", b, 17, udp_seg(1000, 9, b"d" * 20))                 # 10 62 dropped
    yield v4(a, b, 1, icmp_seg(8, 0, b"p" * 32))                             # 11 74 echo request
    yield v4(b, a, 1, icmp_seg(0, 0, b"p" * 32))                             # 12 74 echo reply
    yield v6("fd00::1", "fd00::2", 6, tcp_seg(40002, 443, SYN, b""))         # 13 74
    yield v6("fd00::1", "fd00::2", 17, udp_seg(5000, 53, b"q" * 20))         # 14 82
    yield v6("fd00::1", "fd00::2", 58, icmp_seg(128, 0, b"p" * 16))          # 15 78 echo request
    arp = struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, 1, MAC_A, socket.inet_aton(a),
                      b"\0" * 6, socket.inet_aton(b))
    yield eth(0x0806, arp, dst=b"\xff" * 6)                                   # 16 42
    yield v4("10.0.1.1", "10.0.1.2", 17, udp_seg(6000, 7000, b"v" * 10), vlan=100)  # 17 56
    yield v4("10.0.0.5", "10.0.0.6", 47, struct.pack("!HH", 0, 0x0800))      # 18 38 GRE: no handler
    yield eth(0x88CC, b"\x02\x07\x04" + MAC_A + b"\x00")                      # 19 24 LLDP
    yield eth(0x8100, struct.pack("!H", 100))                                 # 20 16 truncated VLAN tag
    yield v4(a, b, 6, tcp_seg(40000, 80, ACK, b""))[:24]                      # 21 24 truncated IPv4
    yield v4(a, b, 6, tcp_seg(40000, 80, ACK, b""))[:44]                      # 22 44 truncated TCP


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = bytearray(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    for i, frame in enumerate(frames()):
        out += struct.pack("<IIII", 1700000000 + i, 0, len(frame), len(frame)) + frame
    with open(sys.argv[1], "wb") as f:
        f.write(out)


if __name__ == "__main__":
    main()
