; bpfaot listing of le32.o for aarch64

le32__main:  ; section .text, 44 bytes, tail-call entry at +0x1c
; 0: w0 = *(u32 *)(r1 + 0x0)
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  07 00 40 b9                    ldr w7, [x0]
; 1: r0 = le32 r0
    0020:  e7 03 07 2a                    mov w7, w7
; 2: exit
    0024:  e0 03 07 aa                    mov x0, x7
    0028:  c0 03 5f d6                    ret

