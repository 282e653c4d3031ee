; bpfaot listing of alu-arith.o for aarch64

alu_arith__main:  ; section .text, 188 bytes, tail-call entry at +0x1c
; 0: w0 = 0xa
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
    002c:  47 01 80 52                    mov w7, #10
; 1: w0 -= w0
    0030:  e7 00 07 4b                    sub w7, w7, w7
; 2: w1 = 0x1
    0034:  20 00 80 52                    mov w0, #1
; 3: w2 = 0x2
    0038:  41 00 80 52                    mov w1, #2
; 4: w3 = 0x3
    003c:  62 00 80 52                    mov w2, #3
; 5: w4 = 0x4
    0040:  83 00 80 52                    mov w3, #4
; 6: w5 = 0x5
    0044:  a4 00 80 52                    mov w4, #5
; 7: w6 = 0x6
    0048:  d3 00 80 52                    mov w19, #6
; 8: w7 = 0x7
    004c:  f4 00 80 52                    mov w20, #7
; 9: w8 = 0x8
    0050:  15 01 80 52                    mov w21, #8
; 10: w9 = 0x9
    0054:  36 01 80 52                    mov w22, #9
; 11: if r0 != 0x0 goto +0xc
    0058:  ff 00 00 f1                    cmp x7, #0
    005c:  61 02 00 54                    b.ne 0xa8
; 12: w0 += 0x17
    0060:  e7 5c 00 11                    add w7, w7, #23
; 13: w0 += w7
    0064:  e7 00 14 0b                    add w7, w7, w20
; 14: if r0 != 0x1e goto +0x9
    0068:  ff 78 00 f1                    cmp x7, #30
    006c:  e1 01 00 54                    b.ne 0xa8
; 15: w0 -= 0xd
    0070:  e7 34 00 51                    sub w7, w7, #13
; 16: w0 -= w1
    0074:  e7 00 00 4b                    sub w7, w7, w0
; 17: if r0 != 0x10 goto +0x6
    0078:  ff 40 00 f1                    cmp x7, #16
    007c:  61 01 00 54                    b.ne 0xa8
; 18: w0 *= 0x7
    0080:  ea 00 80 52                    mov w10, #7
    0084:  e7 7c 0a 1b                    mul w7, w7, w10
; 19: w0 *= w3
    0088:  e7 7c 02 1b                    mul w7, w7, w2
; 20: if r0 != 0x150 goto +0x3
    008c:  ff 40 05 f1                    cmp x7, #336
    0090:  c1 00 00 54                    b.ne 0xa8
; 21: w0 /= 0x2
    0094:  4a 00 80 52                    mov w10, #2
    0098:  e7 08 ca 1a                    udiv w7, w7, w10
; 22: w0 /= w4
    009c:  e7 08 c3 1a                    udiv w7, w7, w3
; 23: if r0 != 0x2a goto +0x0
    00a0:  ff a8 00 f1                    cmp x7, #42
    00a4:  21 00 00 54                    b.ne 0xa8
; 24: exit
    00a8:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00ac:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00b0:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00b4:  e0 03 07 aa                    mov x0, x7
    00b8:  c0 03 5f d6                    ret

