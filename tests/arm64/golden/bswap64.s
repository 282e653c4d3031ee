; bpfaot listing of bswap64.o for aarch64

bswap64__main:  ; section .text, 56 bytes, tail-call entry at +0x1c
; 0: r0 = -0x778899aabbccddef ll
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  27 42 84 d2                    mov x7, #8721
    0020:  67 86 a8 f2                    movk x7, #17459, lsl #16
    0024:  a7 ca cc f2                    movk x7, #26197, lsl #32
    0028:  e7 0e f1 f2                    movk x7, #34935, lsl #48
; 2: r0 = bswap64 r0
    002c:  e7 0c c0 da                    rev x7, x7
; 3: exit
    0030:  e0 03 07 aa                    mov x0, x7
    0034:  c0 03 5f d6                    ret

