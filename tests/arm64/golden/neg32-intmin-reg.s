; bpfaot listing of neg32-intmin-reg.o for aarch64

neg32_intmin_reg__main:  ; section .text, 44 bytes, tail-call entry at +0x1c
; 0: r0 = -0x80000000
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  e7 83 61 b2                    mov x7, #-2147483648
; 1: w0 = -w0
    0020:  e7 03 07 4b                    neg w7, w7
; 2: exit
    0024:  e0 03 07 aa                    mov x0, x7
    0028:  c0 03 5f d6                    ret

