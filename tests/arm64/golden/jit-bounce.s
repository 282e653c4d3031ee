; bpfaot listing of jit-bounce.o for aarch64

jit_bounce__main:  ; section .text, 88 bytes, tail-call entry at +0x1c
; 0: r0 = 0x1
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
    002c:  27 00 80 52                    mov w7, #1
; 1: r6 = r0
    0030:  f3 03 07 aa                    mov x19, x7
; 2: r7 = r6
    0034:  f4 03 13 aa                    mov x20, x19
; 3: r8 = r7
    0038:  f5 03 14 aa                    mov x21, x20
; 4: r9 = r8
    003c:  f6 03 15 aa                    mov x22, x21
; 5: r0 = r9
    0040:  e7 03 16 aa                    mov x7, x22
; 6: exit
    0044:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0048:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    004c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0050:  e0 03 07 aa                    mov x0, x7
    0054:  c0 03 5f d6                    ret

