; bpfaot listing of ja32.o for aarch64

ja32__main:  ; section .text, 60 bytes, tail-call entry at +0x1c
; 0: r1 = 0x0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  00 00 80 52                    mov w0, #0
; 1: gotol +0x2
    0020:  03 00 00 14                    b 0x2c
; 2: r2 = 0x0
    0024:  01 00 80 52                    mov w1, #0
; 3: exit
    0028:  03 00 00 14                    b 0x34
; 4: r0 = 0x0
    002c:  07 00 80 52                    mov w7, #0
; 5: gotol -0x4
    0030:  fd ff ff 17                    b 0x24
    0034:  e0 03 07 aa                    mov x0, x7
    0038:  c0 03 5f d6                    ret

