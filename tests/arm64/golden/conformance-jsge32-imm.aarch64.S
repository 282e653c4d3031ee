; bpfaot listing of jsge32-imm.o for aarch64

jsge32_imm__main:  ; section .text, 136 bytes, tail-call entry at +0x1c
; 0: r9 = 0x1
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
    0034:  36 00 80 52                    mov w22, #1
; 1: r9 <<= 0x20
    0038:  d6 7e 60 d3                    lsl x22, x22, #32
; 2: w0 = 0x0
    003c:  07 00 80 52                    mov w7, #0
; 3: w1 = -0x2
    0040:  20 00 80 12                    mov w0, #-2
; 4: r1 |= r9
    0044:  00 00 16 aa                    orr x0, x0, x22
; 5: if w1 s>= -0x1 goto +0x5
    0048:  1f 04 00 31                    cmn w0, #1
    004c:  0a 01 00 54                    b.ge #32
; 6: if w1 s>= 0x0 goto +0x4
    0050:  1f 00 00 71                    cmp w0, #0
    0054:  ca 00 00 54                    b.ge #24
; 7: w0 = 0x1
    0058:  27 00 80 52                    mov w7, #1
; 8: r1 = -0x1
    005c:  00 00 80 92                    mov x0, #-1
; 9: if w1 s>= -0x1 goto +0x1
    0060:  1f 04 00 31                    cmn w0, #1
    0064:  4a 00 00 54                    b.ge #8
; 10: w0 = 0x2
    0068:  47 00 80 52                    mov w7, #2
; 11: exit
    006c:  3f 03 00 91                    mov sp, x25
    0070:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0074:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0078:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    007c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0080:  e0 03 07 aa                    mov x0, x7
    0084:  c0 03 5f d6                    ret

