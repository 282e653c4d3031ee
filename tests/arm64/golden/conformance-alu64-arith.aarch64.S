; bpfaot listing of alu64-arith.o for aarch64

alu64_arith__main:  ; section .text, 196 bytes, tail-call entry at +0x1c
; 0: r0 = 0xa
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
    0034:  47 01 80 52                    mov w7, #10
; 1: r0 -= r0
    0038:  e7 00 07 cb                    sub x7, x7, x7
; 2: r1 = 0x1
    003c:  20 00 80 52                    mov w0, #1
; 3: r2 = 0x2
    0040:  41 00 80 52                    mov w1, #2
; 4: r3 = 0x3
    0044:  62 00 80 52                    mov w2, #3
; 5: r4 = 0x4
    0048:  83 00 80 52                    mov w3, #4
; 6: r5 = 0x5
    004c:  a4 00 80 52                    mov w4, #5
; 7: r6 = 0x6
    0050:  d3 00 80 52                    mov w19, #6
; 8: r7 = 0x7
    0054:  f4 00 80 52                    mov w20, #7
; 9: r8 = 0x8
    0058:  15 01 80 52                    mov w21, #8
; 10: r9 = 0x9
    005c:  36 01 80 52                    mov w22, #9
; 11: if r0 != 0x0 goto +0xb
    0060:  ff 00 00 f1                    cmp x7, #0
    0064:  21 02 00 54                    b.ne #68
; 12: r0 += 0x17
    0068:  e7 5c 00 91                    add x7, x7, #23
; 13: r0 += r7
    006c:  e7 00 14 8b                    add x7, x7, x20
; 14: if r0 != 0x1e goto +0x8
    0070:  ff 78 00 f1                    cmp x7, #30
    0074:  a1 01 00 54                    b.ne #52
; 15: r0 -= 0xd
    0078:  e7 34 00 d1                    sub x7, x7, #13
; 16: r0 -= r1
    007c:  e7 00 00 cb                    sub x7, x7, x0
; 17: if r0 != 0x10 goto +0x5
    0080:  ff 40 00 f1                    cmp x7, #16
    0084:  21 01 00 54                    b.ne #36
; 18: r0 *= 0x7
    0088:  ea 00 80 52                    mov w10, #7
    008c:  e7 7c 0a 9b                    mul x7, x7, x10
; 19: r0 *= r3
    0090:  e7 7c 02 9b                    mul x7, x7, x2
; 20: if r0 != 0x150 goto +0x2
    0094:  ff 40 05 f1                    cmp x7, #336
    0098:  81 00 00 54                    b.ne #16
; 21: r0 /= 0x2
    009c:  4a 00 80 52                    mov w10, #2
    00a0:  e7 08 ca 9a                    udiv x7, x7, x10
; 22: r0 /= r4
    00a4:  e7 08 c3 9a                    udiv x7, x7, x3
; 23: exit
    00a8:  3f 03 00 91                    mov sp, x25
    00ac:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00b0:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00b4:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00b8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00bc:  e0 03 07 aa                    mov x0, x7
    00c0:  c0 03 5f d6                    ret

