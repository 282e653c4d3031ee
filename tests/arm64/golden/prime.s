; bpfaot listing of prime.o for aarch64

prime__main:  ; section .text, 108 bytes, tail-call entry at +0x1c
; 0: r1 = 0x43
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  60 08 80 52                    mov w0, #67
; 1: r0 = 0x1
    0020:  27 00 80 52                    mov w7, #1
; 2: r2 = 0x2
    0024:  41 00 80 52                    mov w1, #2
; 3: if r1 > 0x2 goto +0x4
    0028:  1f 08 00 f1                    cmp x0, #2
    002c:  c8 00 00 54                    b.hi 0x44
; 4: goto +0xa
    0030:  0d 00 00 14                    b 0x64
; 5: r2 += 0x1
    0034:  21 04 00 91                    add x1, x1, #1
; 6: r0 = 0x1
    0038:  27 00 80 52                    mov w7, #1
; 7: if r2 >= r1 goto +0x7
    003c:  3f 00 00 eb                    cmp x1, x0
    0040:  22 01 00 54                    b.hs 0x64
; 8: r3 = r1
    0044:  e2 03 00 aa                    mov x2, x0
; 9: r3 /= r2
    0048:  42 08 c1 9a                    udiv x2, x2, x1
; 10: r3 *= r2
    004c:  42 7c 01 9b                    mul x2, x2, x1
; 11: r4 = r1
    0050:  e3 03 00 aa                    mov x3, x0
; 12: r4 -= r3
    0054:  63 00 02 cb                    sub x3, x3, x2
; 13: r0 = 0x0
    0058:  07 00 80 52                    mov w7, #0
; 14: if r4 != 0x0 goto -0xa
    005c:  7f 00 00 f1                    cmp x3, #0
    0060:  a1 fe ff 54                    b.ne 0x34
; 15: exit
    0064:  e0 03 07 aa                    mov x0, x7
    0068:  c0 03 5f d6                    ret

