; bpfaot listing of lsh32-reg.o for aarch64

lsh32_reg__main:  ; section .text, 68 bytes, tail-call entry at +0x1c
; 0: r0 = 0x11
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
    0024:  f4 7f bf a9                    stp x20, xzr, [sp, #-16]!
    0028:  27 02 80 52                    mov w7, #17
; 1: r7 = 0x1c
    002c:  94 03 80 52                    mov w20, #28
; 2: w0 <<= w7
    0030:  e7 20 d4 1a                    lsl w7, w7, w20
; 3: exit
    0034:  f4 7f c1 a8                    ldp x20, xzr, [sp], #16
    0038:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    003c:  e0 03 07 aa                    mov x0, x7
    0040:  c0 03 5f d6                    ret

