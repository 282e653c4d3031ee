; bpfaot listing of call_local.o for aarch64

call_local__main:  ; section .text, 240 bytes, tail-call entry at +0x1c
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
; 9: r9 = 0x9
    0050:  36 01 80 52                    mov w22, #9
; 10: call 0x9
    0054:  14 00 00 94                    bl 0xa4
    0058:  e7 03 00 aa                    mov x7, x0
; 11: if r0 != 0xf goto +0x6
    005c:  ff 3c 00 f1                    cmp x7, #15
    0060:  61 01 00 54                    b.ne 0x8c
; 12: if r6 != 0x6 goto +0x5
    0064:  7f 1a 00 f1                    cmp x19, #6
    0068:  21 01 00 54                    b.ne 0x8c
; 13: if r7 != 0x7 goto +0x4
    006c:  9f 1e 00 f1                    cmp x20, #7
    0070:  e1 00 00 54                    b.ne 0x8c
; 14: if r8 != 0x8 goto +0x3
    0074:  bf 22 00 f1                    cmp x21, #8
    0078:  a1 00 00 54                    b.ne 0x8c
; 15: if r9 != 0x9 goto +0x2
    007c:  df 26 00 f1                    cmp x22, #9
    0080:  61 00 00 54                    b.ne 0x8c
; 16: r0 = 0x1
    0084:  27 00 80 52                    mov w7, #1
; 17: exit
    0088:  02 00 00 14                    b 0x90
; 18: r0 = -0x1
    008c:  07 00 80 92                    mov x7, #-1
; 19: exit
    0090:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0094:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0098:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    009c:  e0 03 07 aa                    mov x0, x7
    00a0:  c0 03 5f d6                    ret
; subprogram main+0xa0
; 20: r0 = 0x0
    00a4:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    00a8:  fd 03 00 91                    mov x29, sp
    00ac:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    00b0:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    00b4:  07 00 80 52                    mov w7, #0
; 21: r0 += r1
    00b8:  e7 00 00 8b                    add x7, x7, x0
; 22: r0 += r2
    00bc:  e7 00 01 8b                    add x7, x7, x1
; 23: r0 += r3
    00c0:  e7 00 02 8b                    add x7, x7, x2
; 24: r0 += r4
    00c4:  e7 00 03 8b                    add x7, x7, x3
; 25: r0 += r5
    00c8:  e7 00 04 8b                    add x7, x7, x4
; 26: r6 = 0x0
    00cc:  13 00 80 52                    mov w19, #0
; 27: r7 = 0x0
    00d0:  14 00 80 52                    mov w20, #0
; 28: r8 = 0x0
    00d4:  15 00 80 52                    mov w21, #0
; 29: r9 = 0x0
    00d8:  16 00 80 52                    mov w22, #0
; 30: exit
    00dc:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00e0:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00e4:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00e8:  e0 03 07 aa                    mov x0, x7
    00ec:  c0 03 5f d6                    ret

