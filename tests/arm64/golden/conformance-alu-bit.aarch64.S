; bpfaot listing of alu-bit.o for aarch64

alu_bit__main:  ; section .text, 220 bytes, tail-call entry at +0x1c
; 0: w0 = 0x0
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
    0034:  07 00 80 52                    mov w7, #0
; 1: w1 = 0x1
    0038:  20 00 80 52                    mov w0, #1
; 2: w2 = 0x2
    003c:  41 00 80 52                    mov w1, #2
; 3: w3 = 0x3
    0040:  62 00 80 52                    mov w2, #3
; 4: w4 = 0x4
    0044:  83 00 80 52                    mov w3, #4
; 5: w5 = 0x5
    0048:  a4 00 80 52                    mov w4, #5
; 6: w6 = 0x6
    004c:  d3 00 80 52                    mov w19, #6
; 7: w7 = 0x7
    0050:  f4 00 80 52                    mov w20, #7
; 8: w8 = 0x8
    0054:  15 01 80 52                    mov w21, #8
; 9: if r0 != 0x0 goto +0x11
    0058:  ff 00 00 f1                    cmp x7, #0
    005c:  21 03 00 54                    b.ne #100
; 10: w0 |= w5
    0060:  e7 00 04 2a                    orr w7, w7, w4
; 11: w0 |= 0xa0
    0064:  0a 14 80 52                    mov w10, #160
    0068:  e7 00 0a 2a                    orr w7, w7, w10
; 12: w0 |= w0
    006c:  e7 00 07 2a                    orr w7, w7, w7
; 13: if r0 != 0xa5 goto +0xd
    0070:  ff 94 02 f1                    cmp x7, #165
    0074:  61 02 00 54                    b.ne #76
; 14: w0 &= 0xa3
    0078:  6a 14 80 52                    mov w10, #163
    007c:  e7 00 0a 0a                    and w7, w7, w10
; 15: w9 = 0x91
    0080:  36 12 80 52                    mov w22, #145
; 16: w0 &= w9
    0084:  e7 00 16 0a                    and w7, w7, w22
; 17: w0 &= w0
    0088:  e7 00 07 0a                    and w7, w7, w7
; 18: if r0 != 0x81 goto +0x8
    008c:  ff 04 02 f1                    cmp x7, #129
    0090:  81 01 00 54                    b.ne #48
; 19: w0 <<= 0x16
    0094:  e7 24 0a 53                    lsl w7, w7, #22
; 20: w0 <<= w8
    0098:  e7 20 d5 1a                    lsl w7, w7, w21
; 21: if r0 != 0x40000000 goto +0x5
    009c:  0a 00 a8 52                    mov w10, #1073741824
    00a0:  ff 00 0a eb                    cmp x7, x10
    00a4:  e1 00 00 54                    b.ne #28
; 22: w0 >>= 0x13
    00a8:  e7 7c 13 53                    lsr w7, w7, #19
; 23: w0 >>= w7
    00ac:  e7 24 d4 1a                    lsr w7, w7, w20
; 24: if r0 != 0x10 goto +0x2
    00b0:  ff 40 00 f1                    cmp x7, #16
    00b4:  61 00 00 54                    b.ne #12
; 25: w0 ^= 0x3
    00b8:  e7 04 00 52                    eor w7, w7, #0x3
; 26: w0 ^= w2
    00bc:  e7 00 01 4a                    eor w7, w7, w1
; 27: exit
    00c0:  3f 03 00 91                    mov sp, x25
    00c4:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00c8:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00cc:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00d0:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00d4:  e0 03 07 aa                    mov x0, x7
    00d8:  c0 03 5f d6                    ret

