; bpfaot listing of ldxb-all.o for aarch64

ldxb_all__main:  ; section .text, 180 bytes, tail-call entry at +0x1c
; 0: r0 = r1
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
    002c:  e7 03 00 aa                    mov x7, x0
; 1: w9 = *(u8 *)(r0 + 0x0)
    0030:  f6 00 40 39                    ldrb w22, [x7]
; 2: r9 <<= 0x0
; 3: w8 = *(u8 *)(r0 + 0x1)
    0034:  f5 04 40 39                    ldrb w21, [x7, #1]
; 4: r8 <<= 0x4
    0038:  b5 ee 7c d3                    lsl x21, x21, #4
; 5: w7 = *(u8 *)(r0 + 0x2)
    003c:  f4 08 40 39                    ldrb w20, [x7, #2]
; 6: r7 <<= 0x8
    0040:  94 de 78 d3                    lsl x20, x20, #8
; 7: w6 = *(u8 *)(r0 + 0x3)
    0044:  f3 0c 40 39                    ldrb w19, [x7, #3]
; 8: r6 <<= 0xc
    0048:  73 ce 74 d3                    lsl x19, x19, #12
; 9: w5 = *(u8 *)(r0 + 0x4)
    004c:  e4 10 40 39                    ldrb w4, [x7, #4]
; 10: r5 <<= 0x10
    0050:  84 bc 70 d3                    lsl x4, x4, #16
; 11: w4 = *(u8 *)(r0 + 0x5)
    0054:  e3 14 40 39                    ldrb w3, [x7, #5]
; 12: r4 <<= 0x14
    0058:  63 ac 6c d3                    lsl x3, x3, #20
; 13: w3 = *(u8 *)(r0 + 0x6)
    005c:  e2 18 40 39                    ldrb w2, [x7, #6]
; 14: r3 <<= 0x18
    0060:  42 9c 68 d3                    lsl x2, x2, #24
; 15: w2 = *(u8 *)(r0 + 0x7)
    0064:  e1 1c 40 39                    ldrb w1, [x7, #7]
; 16: r2 <<= 0x1c
    0068:  21 8c 64 d3                    lsl x1, x1, #28
; 17: w1 = *(u8 *)(r0 + 0x8)
    006c:  e0 20 40 39                    ldrb w0, [x7, #8]
; 18: r1 <<= 0x20
    0070:  00 7c 60 d3                    lsl x0, x0, #32
; 19: w0 = *(u8 *)(r0 + 0x9)
    0074:  e7 24 40 39                    ldrb w7, [x7, #9]
; 20: r0 <<= 0x24
    0078:  e7 6c 5c d3                    lsl x7, x7, #36
; 21: r0 |= r1
    007c:  e7 00 00 aa                    orr x7, x7, x0
; 22: r0 |= r2
    0080:  e7 00 01 aa                    orr x7, x7, x1
; 23: r0 |= r3
    0084:  e7 00 02 aa                    orr x7, x7, x2
; 24: r0 |= r4
    0088:  e7 00 03 aa                    orr x7, x7, x3
; 25: r0 |= r5
    008c:  e7 00 04 aa                    orr x7, x7, x4
; 26: r0 |= r6
    0090:  e7 00 13 aa                    orr x7, x7, x19
; 27: r0 |= r7
    0094:  e7 00 14 aa                    orr x7, x7, x20
; 28: r0 |= r8
    0098:  e7 00 15 aa                    orr x7, x7, x21
; 29: r0 |= r9
    009c:  e7 00 16 aa                    orr x7, x7, x22
; 30: exit
    00a0:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00a4:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00a8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00ac:  e0 03 07 aa                    mov x0, x7
    00b0:  c0 03 5f d6                    ret

