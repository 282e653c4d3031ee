; bpfaot listing of smod32-neg-by-zero-reg.o for aarch64

smod32_neg_by_zero_reg__main:  ; section .text, 52 bytes, tail-call entry at +0x1c
; 0: w0 = -0xa
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  27 01 80 12                    mov w7, #-10
; 1: w1 = 0x0
    0020:  00 00 80 52                    mov w0, #0
; 2: w0 s%= w1
    0024:  eb 0c c0 1a                    sdiv w11, w7, w0
    0028:  67 9d 00 1b                    msub w7, w11, w0, w7
; 3: exit
    002c:  e0 03 07 aa                    mov x0, x7
    0030:  c0 03 5f d6                    ret

