; bpfaot listing of subprogs.bpf.o for aarch64

subprogs__xdp_entry:  ; section xdp, 464 bytes, tail-call entry at +0x1c
; subprogs.bpf.c:34
; 0: r6 = r1
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl #16
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0020:  fd 03 00 91                    mov x29, sp
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  f3 03 00 aa                    mov x19, x0
; subprogs.bpf.c:36
; 1: w1 = *(u32 *)(r6 + 0xc)
    0038:  60 0e 40 b9                    ldr w0, [x19, #12]
; 2: w2 = 0x3
    003c:  61 00 80 52                    mov w1, #3
; 3: call 0xf
    0040:  1a 00 00 94                    bl #104
    0044:  e7 03 00 aa                    mov x7, x0
; subprogs.bpf.c:37
; 4: w1 = w0
    0048:  e0 03 07 2a                    mov w0, w7
; 5: w2 = 0xc8
    004c:  01 19 80 52                    mov w1, #200
; 6: call 0x16
    0050:  3a 00 00 94                    bl #232
    0054:  e7 03 00 aa                    mov x7, x0
; subprogs.bpf.c:38
; 7: ld_pseudo r1, 0x2, 0x0  ; map .bss value+0
    0058:  00 00 00 90                    adrp x0, #0  ; -> subprogs__map__bss__storage+0
    005c:  00 00 00 91                    add x0, x0, #0  ; -> subprogs__map__bss__storage+0
; 9: w2 = *(u32 *)(r1 + 0x0)
    0060:  01 00 40 b9                    ldr w1, [x0]
; 10: w2 += w0
    0064:  21 00 07 0b                    add w1, w1, w7
; 11: *(u32 *)(r1 + 0x0) = w2
    0068:  01 00 00 b9                    str w1, [x0]
; subprogs.bpf.c:39
; 12: r1 = r6
    006c:  e0 03 13 aa                    mov x0, x19
; 13: call 0x16
    0070:  47 00 00 94                    bl #284
    0074:  e7 03 00 aa                    mov x7, x0
; 14: w1 = w0
    0078:  e0 03 07 2a                    mov w0, w7
; 15: w0 = 0x1
    007c:  27 00 80 52                    mov w7, #1
; 16: if w1 == 0x0 goto +0x1
    0080:  1f 00 00 71                    cmp w0, #0
    0084:  40 00 00 54                    b.eq #8
; 17: w0 = 0x2
    0088:  47 00 80 52                    mov w7, #2
; 18: exit
    008c:  3f 03 00 91                    mov sp, x25
    0090:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0094:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0098:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    009c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00a0:  e0 03 07 aa                    mov x0, x7
    00a4:  c0 03 5f d6                    ret
; subprogram sum_of_squares
; subprogs.bpf.c:14
; 19: w6 = w2
    00a8:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    00ac:  fd 03 00 91                    mov x29, sp
    00b0:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    00b4:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    00b8:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    00bc:  f9 03 00 91                    mov x25, sp
    00c0:  f3 03 01 2a                    mov w19, w1
; subprogs.bpf.c:16
; 20: call 0x5
    00c4:  0e 00 00 94                    bl #56
    00c8:  e7 03 00 aa                    mov x7, x0
; 21: w7 = w0
    00cc:  f4 03 07 2a                    mov w20, w7
; 22: w1 = w6
    00d0:  e0 03 13 2a                    mov w0, w19
; 23: call 0x2
    00d4:  0a 00 00 94                    bl #40
    00d8:  e7 03 00 aa                    mov x7, x0
; 24: w0 += w7
    00dc:  e7 00 14 0b                    add w7, w7, w20
; 25: exit
    00e0:  3f 03 00 91                    mov sp, x25
    00e4:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00e8:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00ec:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00f0:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00f4:  e0 03 07 aa                    mov x0, x7
    00f8:  c0 03 5f d6                    ret
; subprogram square
; subprogs.bpf.c:9
; 26: w0 = w1
    00fc:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0100:  fd 03 00 91                    mov x29, sp
    0104:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0108:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    010c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0110:  f9 03 00 91                    mov x25, sp
    0114:  e7 03 00 2a                    mov w7, w0
; subprogs.bpf.c:11
; 27: w0 *= w0
    0118:  e7 7c 07 1b                    mul w7, w7, w7
; 28: exit
    011c:  3f 03 00 91                    mov sp, x25
    0120:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0124:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0128:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    012c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0130:  e0 03 07 aa                    mov x0, x7
    0134:  c0 03 5f d6                    ret
; subprogram global_clamp
; subprogs.bpf.c:19
; 29: w0 = w2
    0138:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    013c:  fd 03 00 91                    mov x29, sp
    0140:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0144:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    0148:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    014c:  f9 03 00 91                    mov x25, sp
    0150:  e7 03 01 2a                    mov w7, w1
; 30: w6 = w1
    0154:  f3 03 00 2a                    mov w19, w0
; subprogs.bpf.c:21
; 31: if w6 s> w0 goto +0x3
    0158:  7f 02 07 6b                    cmp w19, w7
    015c:  ac 00 00 54                    b.gt #20
; subprogs.bpf.c:23
; 32: w1 = 0x1
    0160:  20 00 80 52                    mov w0, #1
; 33: call -0x8
    0164:  e6 ff ff 97                    bl #-104
    0168:  e7 03 00 aa                    mov x7, x0
; 34: w0 += w6
    016c:  e7 00 13 0b                    add w7, w7, w19
; subprogs.bpf.c:24
; 35: exit
    0170:  3f 03 00 91                    mov sp, x25
    0174:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0178:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    017c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0180:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0184:  e0 03 07 aa                    mov x0, x7
    0188:  c0 03 5f d6                    ret
; subprogram in_section
; subprogs.bpf.c:30
; 36: w2 = *(u32 *)(r1 + 0x0)
    018c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0190:  fd 03 00 91                    mov x29, sp
    0194:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0198:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    019c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    01a0:  f9 03 00 91                    mov x25, sp
    01a4:  01 00 40 b9                    ldr w1, [x0]
; 37: w0 = *(u32 *)(r1 + 0x4)
    01a8:  07 04 40 b9                    ldr w7, [x0, #4]
; 38: w0 -= w2
    01ac:  e7 00 01 4b                    sub w7, w7, w1
; 39: w0 &= 0x1
    01b0:  e7 00 00 12                    and w7, w7, #0x1
; 40: exit
    01b4:  3f 03 00 91                    mov sp, x25
    01b8:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    01bc:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    01c0:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    01c4:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    01c8:  e0 03 07 aa                    mov x0, x7
    01cc:  c0 03 5f d6                    ret

subprogs__in_section:  ; section xdp, 96 bytes, tail-call entry at +0x1c
; subprogs.bpf.c:30
; 0: w2 = *(u32 *)(r1 + 0x0)
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl #16
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0020:  fd 03 00 91                    mov x29, sp
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  01 00 40 b9                    ldr w1, [x0]
; 1: w0 = *(u32 *)(r1 + 0x4)
    0038:  07 04 40 b9                    ldr w7, [x0, #4]
; 2: w0 -= w2
    003c:  e7 00 01 4b                    sub w7, w7, w1
; 3: w0 &= 0x1
    0040:  e7 00 00 12                    and w7, w7, #0x1
; 4: exit
    0044:  3f 03 00 91                    mov sp, x25
    0048:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    004c:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0050:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0054:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0058:  e0 03 07 aa                    mov x0, x7
    005c:  c0 03 5f d6                    ret

subprogs__probe:  ; section kprobe/do_nanosleep, 276 bytes, tail-call entry at +0x1c
; subprogs.bpf.c:45
; 0: call 0x5
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl #16
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0020:  fd 03 00 91                    mov x29, sp
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  00 00 00 94                    bl #0  ; -> bpfaot_helper_ktime_get_ns+0
    0038:  e7 03 00 aa                    mov x7, x0
; 1: r6 = r0
    003c:  f3 03 07 aa                    mov x19, x7
; subprogs.bpf.c:46
; 2: w1 = w6
    0040:  e0 03 13 2a                    mov w0, w19
; 3: w2 = 0xa
    0044:  41 01 80 52                    mov w1, #10
; 4: call 0x6
    0048:  0f 00 00 94                    bl #60
    004c:  e7 03 00 aa                    mov x7, x0
; 5: w7 = w0
    0050:  f4 03 07 2a                    mov w20, w7
; 6: r6 >>= 0x20
    0054:  73 fe 60 d3                    lsr x19, x19, #32
; 7: w1 = w6
    0058:  e0 03 13 2a                    mov w0, w19
; 8: call 0x9
    005c:  1f 00 00 94                    bl #124
    0060:  e7 03 00 aa                    mov x7, x0
; 9: w0 += w7
    0064:  e7 00 14 0b                    add w7, w7, w20
; 10: exit
    0068:  3f 03 00 91                    mov sp, x25
    006c:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0070:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0074:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0078:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    007c:  e0 03 07 aa                    mov x0, x7
    0080:  c0 03 5f d6                    ret
; subprogram global_clamp
; subprogs.bpf.c:19
; 11: w0 = w2
    0084:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0088:  fd 03 00 91                    mov x29, sp
    008c:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0090:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    0094:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0098:  f9 03 00 91                    mov x25, sp
    009c:  e7 03 01 2a                    mov w7, w1
; 12: w6 = w1
    00a0:  f3 03 00 2a                    mov w19, w0
; subprogs.bpf.c:21
; 13: if w6 s> w0 goto +0x3
    00a4:  7f 02 07 6b                    cmp w19, w7
    00a8:  ac 00 00 54                    b.gt #20
; subprogs.bpf.c:23
; 14: w1 = 0x1
    00ac:  20 00 80 52                    mov w0, #1
; 15: call 0x2
    00b0:  0a 00 00 94                    bl #40
    00b4:  e7 03 00 aa                    mov x7, x0
; 16: w0 += w6
    00b8:  e7 00 13 0b                    add w7, w7, w19
; subprogs.bpf.c:24
; 17: exit
    00bc:  3f 03 00 91                    mov sp, x25
    00c0:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00c4:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00c8:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00cc:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00d0:  e0 03 07 aa                    mov x0, x7
    00d4:  c0 03 5f d6                    ret
; subprogram square
; subprogs.bpf.c:9
; 18: w0 = w1
    00d8:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    00dc:  fd 03 00 91                    mov x29, sp
    00e0:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    00e4:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    00e8:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    00ec:  f9 03 00 91                    mov x25, sp
    00f0:  e7 03 00 2a                    mov w7, w0
; subprogs.bpf.c:11
; 19: w0 *= w0
    00f4:  e7 7c 07 1b                    mul w7, w7, w7
; 20: exit
    00f8:  3f 03 00 91                    mov sp, x25
    00fc:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0100:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0104:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0108:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    010c:  e0 03 07 aa                    mov x0, x7
    0110:  c0 03 5f d6                    ret

subprogs__sleepy:  ; section fentry.s/do_nanosleep, 92 bytes, tail-call entry at +0x1c
; subprogs.bpf.c:52
; 0: ld_pseudo r1, 0x2, 0x0  ; map .bss value+0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl #16
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0020:  fd 03 00 91                    mov x29, sp
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  00 00 00 90                    adrp x0, #0  ; -> subprogs__map__bss__storage+0
    0038:  00 00 00 91                    add x0, x0, #0  ; -> subprogs__map__bss__storage+0
; 2: w0 = *(u32 *)(r1 + 0x0)
    003c:  07 00 40 b9                    ldr w7, [x0]
; 3: exit
    0040:  3f 03 00 91                    mov sp, x25
    0044:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0048:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    004c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0050:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0054:  e0 03 07 aa                    mov x0, x7
    0058:  c0 03 5f d6                    ret

subprogs__cg_ingress:  ; section cgroup_skb/ingress, 244 bytes, tail-call entry at +0x1c
; subprogs.bpf.c:58
; 0: w2 = *(u32 *)(r1 + 0x10)
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl #16
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0020:  fd 03 00 91                    mov x29, sp
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  01 10 40 b9                    ldr w1, [x0, #16]
; 1: w1 = *(u32 *)(r1 + 0x0)
    0038:  00 00 40 b9                    ldr w0, [x0]
; 2: call 0x2
    003c:  0a 00 00 94                    bl #40
    0040:  e7 03 00 aa                    mov x7, x0
; 3: w0 &= 0x1
    0044:  e7 00 00 12                    and w7, w7, #0x1
; 4: exit
    0048:  3f 03 00 91                    mov sp, x25
    004c:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0050:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0054:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0058:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    005c:  e0 03 07 aa                    mov x0, x7
    0060:  c0 03 5f d6                    ret
; subprogram sum_of_squares
; subprogs.bpf.c:14
; 5: w6 = w2
    0064:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0068:  fd 03 00 91                    mov x29, sp
    006c:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0070:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    0074:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0078:  f9 03 00 91                    mov x25, sp
    007c:  f3 03 01 2a                    mov w19, w1
; subprogs.bpf.c:16
; 6: call 0x5
    0080:  0e 00 00 94                    bl #56
    0084:  e7 03 00 aa                    mov x7, x0
; 7: w7 = w0
    0088:  f4 03 07 2a                    mov w20, w7
; 8: w1 = w6
    008c:  e0 03 13 2a                    mov w0, w19
; 9: call 0x2
    0090:  0a 00 00 94                    bl #40
    0094:  e7 03 00 aa                    mov x7, x0
; 10: w0 += w7
    0098:  e7 00 14 0b                    add w7, w7, w20
; 11: exit
    009c:  3f 03 00 91                    mov sp, x25
    00a0:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00a4:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00a8:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00ac:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00b0:  e0 03 07 aa                    mov x0, x7
    00b4:  c0 03 5f d6                    ret
; subprogram square
; subprogs.bpf.c:9
; 12: w0 = w1
    00b8:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    00bc:  fd 03 00 91                    mov x29, sp
    00c0:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    00c4:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    00c8:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    00cc:  f9 03 00 91                    mov x25, sp
    00d0:  e7 03 00 2a                    mov w7, w0
; subprogs.bpf.c:11
; 13: w0 *= w0
    00d4:  e7 7c 07 1b                    mul w7, w7, w7
; 14: exit
    00d8:  3f 03 00 91                    mov sp, x25
    00dc:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00e0:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00e4:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00e8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00ec:  e0 03 07 aa                    mov x0, x7
    00f0:  c0 03 5f d6                    ret

