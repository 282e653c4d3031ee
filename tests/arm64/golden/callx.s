; bpfaot listing of callx.o for aarch64

callx__main:  ; section .text, 72 bytes, tail-call entry at +0x1c
; 0: r1 = -0x1
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
    0024:  00 00 80 92                    mov x0, #-1
; 1: r2 = 0x5
    0028:  a1 00 80 52                    mov w1, #5
; 2: callx r2
    002c:  e5 03 01 aa                    mov x5, x1
    0030:  00 00 00 94                    bl 0x30  ; -> bpfaot_helper_call+0
    0034:  e7 03 00 aa                    mov x7, x0
; 3: r0 = 0x2
    0038:  47 00 80 52                    mov w7, #2
; 4: exit
    003c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0040:  e0 03 07 aa                    mov x0, x7
    0044:  c0 03 5f d6                    ret

