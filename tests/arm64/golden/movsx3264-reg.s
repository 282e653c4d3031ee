; bpfaot listing of movsx3264-reg.o for aarch64

movsx3264_reg__main:  ; section .text, 56 bytes, tail-call entry at +0x1c
; 0: r1 = 0x123456789abcdef ll
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  e0 bd 99 d2                    mov x0, #52719
    0020:  60 35 b1 f2                    movk x0, #35243, lsl #16
    0024:  e0 ac c8 f2                    movk x0, #17767, lsl #32
    0028:  60 24 e0 f2                    movk x0, #291, lsl #48
; 2: r0 = (s32)r1
    002c:  07 7c 40 93                    sxtw x7, w0
; 3: exit
    0030:  e0 03 07 aa                    mov x0, x7
    0034:  c0 03 5f d6                    ret

