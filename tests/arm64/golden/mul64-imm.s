; bpfaot listing of mul64-imm.o for aarch64

mul64_imm__main:  ; section .text, 52 bytes, tail-call entry at +0x1c
; 0: r0 = 0x40000001
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  27 00 80 52                    mov w7, #1
    0020:  07 00 a8 72                    movk w7, #16384, lsl #16
; 1: r0 *= 0x4
    0024:  8a 00 80 52                    mov w10, #4
    0028:  e7 7c 0a 9b                    mul x7, x7, x10
; 2: exit
    002c:  e0 03 07 aa                    mov x0, x7
    0030:  c0 03 5f d6                    ret

