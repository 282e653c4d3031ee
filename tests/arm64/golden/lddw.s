; bpfaot listing of lddw.o for aarch64

lddw__main:  ; section .text, 52 bytes, tail-call entry at +0x1c
; 0: r0 = 0x1122334455667788 ll
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  07 f1 8e d2                    mov x7, #30600
    0020:  c7 ac aa f2                    movk x7, #21862, lsl #16
    0024:  87 68 c6 f2                    movk x7, #13124, lsl #32
    0028:  47 24 e2 f2                    movk x7, #4386, lsl #48
; 2: exit
    002c:  e0 03 07 aa                    mov x0, x7
    0030:  c0 03 5f d6                    ret

