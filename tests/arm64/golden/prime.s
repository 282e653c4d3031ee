; bpfaot listing of prime.o for aarch64

prime__main:  ; section .text, 152 bytes, tail-call entry at +0x1c
; 0: r1 = 0x43
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
    0034:  60 08 80 52                    mov w0, #67
; 1: r0 = 0x1
    0038:  27 00 80 52                    mov w7, #1
; 2: r2 = 0x2
    003c:  41 00 80 52                    mov w1, #2
; 3: if r1 > 0x2 goto +0x4
    0040:  1f 08 00 f1                    cmp x0, #2
    0044:  c8 00 00 54                    b.hi 0x5c
; 4: goto +0xa
    0048:  0d 00 00 14                    b 0x7c
; 5: r2 += 0x1
    004c:  21 04 00 91                    add x1, x1, #1
; 6: r0 = 0x1
    0050:  27 00 80 52                    mov w7, #1
; 7: if r2 >= r1 goto +0x7
    0054:  3f 00 00 eb                    cmp x1, x0
    0058:  22 01 00 54                    b.hs 0x7c
; 8: r3 = r1
    005c:  e2 03 00 aa                    mov x2, x0
; 9: r3 /= r2
    0060:  42 08 c1 9a                    udiv x2, x2, x1
; 10: r3 *= r2
    0064:  42 7c 01 9b                    mul x2, x2, x1
; 11: r4 = r1
    0068:  e3 03 00 aa                    mov x3, x0
; 12: r4 -= r3
    006c:  63 00 02 cb                    sub x3, x3, x2
; 13: r0 = 0x0
    0070:  07 00 80 52                    mov w7, #0
; 14: if r4 != 0x0 goto -0xa
    0074:  7f 00 00 f1                    cmp x3, #0
    0078:  a1 fe ff 54                    b.ne 0x4c
; 15: exit
    007c:  3f 03 00 91                    mov sp, x25
    0080:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0084:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0088:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    008c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0090:  e0 03 07 aa                    mov x0, x7
    0094:  c0 03 5f d6                    ret

