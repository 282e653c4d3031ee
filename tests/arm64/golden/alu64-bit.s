; bpfaot listing of alu64-bit.o for aarch64

alu64_bit__main:  ; section .text, 200 bytes, tail-call entry at +0x1c
; 0: r0 = 0x0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0020:  fd 03 00 91                    mov x29, sp
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  07 00 80 52                    mov w7, #0
; 1: r1 = 0x1
    0030:  20 00 80 52                    mov w0, #1
; 2: r2 = 0x2
    0034:  41 00 80 52                    mov w1, #2
; 3: r3 = 0x3
    0038:  62 00 80 52                    mov w2, #3
; 4: r4 = 0x4
    003c:  83 00 80 52                    mov w3, #4
; 5: r5 = 0x5
    0040:  a4 00 80 52                    mov w4, #5
; 6: r6 = 0x6
    0044:  d3 00 80 52                    mov w19, #6
; 7: r7 = 0x7
    0048:  f4 00 80 52                    mov w20, #7
; 8: r8 = 0x8
    004c:  15 01 80 52                    mov w21, #8
; 9: if r0 != 0x0 goto +0x12
    0050:  ff 00 00 f1                    cmp x7, #0
    0054:  01 03 00 54                    b.ne 0xb4
; 10: r0 |= r5
    0058:  e7 00 04 aa                    orr x7, x7, x4
; 11: r0 |= 0xa0
    005c:  0a 14 80 52                    mov w10, #160
    0060:  e7 00 0a aa                    orr x7, x7, x10
; 12: r0 |= r0
    0064:  e7 00 07 aa                    orr x7, x7, x7
; 13: if r0 != 0xa5 goto +0xe
    0068:  ff 94 02 f1                    cmp x7, #165
    006c:  41 02 00 54                    b.ne 0xb4
; 14: r0 &= 0xa3
    0070:  6a 14 80 52                    mov w10, #163
    0074:  e7 00 0a 8a                    and x7, x7, x10
; 15: r9 = 0x91
    0078:  36 12 80 52                    mov w22, #145
; 16: r0 &= r9
    007c:  e7 00 16 8a                    and x7, x7, x22
; 17: r0 &= r0
    0080:  e7 00 07 8a                    and x7, x7, x7
; 18: if r0 != 0x81 goto +0x9
    0084:  ff 04 02 f1                    cmp x7, #129
    0088:  61 01 00 54                    b.ne 0xb4
; 19: r0 <<= 0x20
    008c:  e7 7c 60 d3                    lsl x7, x7, #32
; 20: r0 <<= 0x16
    0090:  e7 a4 6a d3                    lsl x7, x7, #22
; 21: r0 <<= r8
    0094:  e7 20 d5 9a                    lsl x7, x7, x21
; 22: r0 >>= 0x20
    0098:  e7 fc 60 d3                    lsr x7, x7, #32
; 23: r0 >>= 0x13
    009c:  e7 fc 53 d3                    lsr x7, x7, #19
; 24: r0 >>= r7
    00a0:  e7 24 d4 9a                    lsr x7, x7, x20
; 25: if r0 != 0x10 goto +0x2
    00a4:  ff 40 00 f1                    cmp x7, #16
    00a8:  61 00 00 54                    b.ne 0xb4
; 26: r0 ^= 0x3
    00ac:  e7 04 40 d2                    eor x7, x7, #0x3
; 27: r0 ^= r2
    00b0:  e7 00 01 ca                    eor x7, x7, x1
; 28: exit
    00b4:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00b8:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00bc:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00c0:  e0 03 07 aa                    mov x0, x7
    00c4:  c0 03 5f d6                    ret

