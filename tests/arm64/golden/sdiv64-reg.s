; bpfaot listing of sdiv64-reg.o for aarch64

sdiv64_reg__main:  ; section .text, 52 bytes, tail-call entry at +0x1c
; 0: r0 = 0xc
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  87 01 80 52                    mov w7, #12
; 1: r0 <<= 0x20
    0020:  e7 7c 60 d3                    lsl x7, x7, #32
; 2: r1 = -0x4
    0024:  60 00 80 92                    mov x0, #-4
; 3: r0 s/= r1
    0028:  e7 0c c0 9a                    sdiv x7, x7, x0
; 4: exit
    002c:  e0 03 07 aa                    mov x0, x7
    0030:  c0 03 5f d6                    ret

