; bpfaot listing of jslt32-reg.o for aarch64

jslt32_reg__main:  ; section .text, 140 bytes, tail-call entry at +0x1c
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
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  36 00 80 52                    mov w22, #1
; 1: r9 <<= 0x20
    0038:  d6 7e 60 d3                    lsl x22, x22, #32
; 2: w0 = 0x0
    003c:  07 00 80 52                    mov w7, #0
; 3: w1 = -0x2
    0040:  20 00 80 12                    mov w0, #-2
; 4: r1 |= r9
    0044:  00 00 16 aa                    orr x0, x0, x22
; 5: r2 = -0x3
    0048:  41 00 80 92                    mov x1, #-3
; 6: r3 = -0x1
    004c:  02 00 80 92                    mov x2, #-1
; 7: if w1 s< w1 goto +0x2
    0050:  1f 00 00 6b                    cmp w0, w0
    0054:  ab 00 00 54                    b.lt 0x68
; 8: if w1 s< w2 goto +0x1
    0058:  1f 00 01 6b                    cmp w0, w1
    005c:  6b 00 00 54                    b.lt 0x68
; 9: if w1 s< w3 goto +0x1
    0060:  1f 00 02 6b                    cmp w0, w2
    0064:  4b 00 00 54                    b.lt 0x6c
; 10: exit
    0068:  02 00 00 14                    b 0x70
; 11: w0 = 0x1
    006c:  27 00 80 52                    mov w7, #1
; 12: exit
    0070:  3f 03 00 91                    mov sp, x25
    0074:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0078:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    007c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0080:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0084:  e0 03 07 aa                    mov x0, x7
    0088:  c0 03 5f d6                    ret

