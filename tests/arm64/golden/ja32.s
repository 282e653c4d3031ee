; bpfaot listing of ja32.o for aarch64

ja32__main:  ; section .text, 104 bytes, tail-call entry at +0x1c
; 0: r1 = 0x0
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
    0034:  00 00 80 52                    mov w0, #0
; 1: gotol +0x2
    0038:  03 00 00 14                    b 0x44
; 2: r2 = 0x0
    003c:  01 00 80 52                    mov w1, #0
; 3: exit
    0040:  03 00 00 14                    b 0x4c
; 4: r0 = 0x0
    0044:  07 00 80 52                    mov w7, #0
; 5: gotol -0x4
    0048:  fd ff ff 17                    b 0x3c
    004c:  3f 03 00 91                    mov sp, x25
    0050:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0054:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0058:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    005c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0060:  e0 03 07 aa                    mov x0, x7
    0064:  c0 03 5f d6                    ret

