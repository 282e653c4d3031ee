; bpfaot listing of call_local.o for aarch64

call_local__main:  ; section .text, 272 bytes, tail-call entry at +0x1c
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
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  07 00 80 52                    mov w7, #0
; 1: r1 = 0x1
    0038:  20 00 80 52                    mov w0, #1
; 2: r2 = 0x2
    003c:  41 00 80 52                    mov w1, #2
; 3: r3 = 0x3
    0040:  62 00 80 52                    mov w2, #3
; 4: r4 = 0x4
    0044:  83 00 80 52                    mov w3, #4
; 5: r5 = 0x5
    0048:  a4 00 80 52                    mov w4, #5
; 6: r6 = 0x6
    004c:  d3 00 80 52                    mov w19, #6
; 7: r7 = 0x7
    0050:  f4 00 80 52                    mov w20, #7
; 8: r8 = 0x8
    0054:  15 01 80 52                    mov w21, #8
; 9: r9 = 0x9
    0058:  36 01 80 52                    mov w22, #9
; 10: call 0x9
    005c:  16 00 00 94                    bl 0xb4
    0060:  e7 03 00 aa                    mov x7, x0
; 11: if r0 != 0xf goto +0x6
    0064:  ff 3c 00 f1                    cmp x7, #15
    0068:  61 01 00 54                    b.ne 0x94
; 12: if r6 != 0x6 goto +0x5
    006c:  7f 1a 00 f1                    cmp x19, #6
    0070:  21 01 00 54                    b.ne 0x94
; 13: if r7 != 0x7 goto +0x4
    0074:  9f 1e 00 f1                    cmp x20, #7
    0078:  e1 00 00 54                    b.ne 0x94
; 14: if r8 != 0x8 goto +0x3
    007c:  bf 22 00 f1                    cmp x21, #8
    0080:  a1 00 00 54                    b.ne 0x94
; 15: if r9 != 0x9 goto +0x2
    0084:  df 26 00 f1                    cmp x22, #9
    0088:  61 00 00 54                    b.ne 0x94
; 16: r0 = 0x1
    008c:  27 00 80 52                    mov w7, #1
; 17: exit
    0090:  02 00 00 14                    b 0x98
; 18: r0 = -0x1
    0094:  07 00 80 92                    mov x7, #-1
; 19: exit
    0098:  3f 03 00 91                    mov sp, x25
    009c:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00a0:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00a4:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00a8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00ac:  e0 03 07 aa                    mov x0, x7
    00b0:  c0 03 5f d6                    ret
; subprogram main+0xa0
; 20: r0 = 0x0
    00b4:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    00b8:  fd 03 00 91                    mov x29, sp
    00bc:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    00c0:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    00c4:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    00c8:  f9 03 00 91                    mov x25, sp
    00cc:  07 00 80 52                    mov w7, #0
; 21: r0 += r1
    00d0:  e7 00 00 8b                    add x7, x7, x0
; 22: r0 += r2
    00d4:  e7 00 01 8b                    add x7, x7, x1
; 23: r0 += r3
    00d8:  e7 00 02 8b                    add x7, x7, x2
; 24: r0 += r4
    00dc:  e7 00 03 8b                    add x7, x7, x3
; 25: r0 += r5
    00e0:  e7 00 04 8b                    add x7, x7, x4
; 26: r6 = 0x0
    00e4:  13 00 80 52                    mov w19, #0
; 27: r7 = 0x0
    00e8:  14 00 80 52                    mov w20, #0
; 28: r8 = 0x0
    00ec:  15 00 80 52                    mov w21, #0
; 29: r9 = 0x0
    00f0:  16 00 80 52                    mov w22, #0
; 30: exit
    00f4:  3f 03 00 91                    mov sp, x25
    00f8:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00fc:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0100:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0104:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0108:  e0 03 07 aa                    mov x0, x7
    010c:  c0 03 5f d6                    ret

