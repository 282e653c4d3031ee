; bpfaot listing of jslt32-reg.o for aarch64

jslt32_reg__main:  ; section .text, 116 bytes, tail-call entry at +0x1c
; 0: r9 = 0x1
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
    0024:  f6 7f bf a9                    stp x22, xzr, [sp, #-16]!
    0028:  36 00 80 52                    mov w22, #1
; 1: r9 <<= 0x20
    002c:  d6 7e 60 d3                    lsl x22, x22, #32
; 2: w0 = 0x0
    0030:  07 00 80 52                    mov w7, #0
; 3: w1 = -0x2
    0034:  20 00 80 12                    mov w0, #-2
; 4: r1 |= r9
    0038:  00 00 16 aa                    orr x0, x0, x22
; 5: r2 = -0x3
    003c:  41 00 80 92                    mov x1, #-3
; 6: r3 = -0x1
    0040:  02 00 80 92                    mov x2, #-1
; 7: if w1 s< w1 goto +0x2
    0044:  1f 00 00 6b                    cmp w0, w0
    0048:  ab 00 00 54                    b.lt 0x5c
; 8: if w1 s< w2 goto +0x1
    004c:  1f 00 01 6b                    cmp w0, w1
    0050:  6b 00 00 54                    b.lt 0x5c
; 9: if w1 s< w3 goto +0x1
    0054:  1f 00 02 6b                    cmp w0, w2
    0058:  4b 00 00 54                    b.lt 0x60
; 10: exit
    005c:  02 00 00 14                    b 0x64
; 11: w0 = 0x1
    0060:  27 00 80 52                    mov w7, #1
; 12: exit
    0064:  f6 7f c1 a8                    ldp x22, xzr, [sp], #16
    0068:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    006c:  e0 03 07 aa                    mov x0, x7
    0070:  c0 03 5f d6                    ret

