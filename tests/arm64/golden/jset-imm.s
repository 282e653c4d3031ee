; bpfaot listing of jset-imm.o for aarch64

jset_imm__main:  ; section .text, 72 bytes, tail-call entry at +0x1c
; 0: w0 = 0x0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  07 00 80 52                    mov w7, #0
; 1: w1 = 0x7
    0020:  e0 00 80 52                    mov w0, #7
; 2: if r1 & 0x8 goto +0x4
    0024:  1f 00 7d f2                    tst x0, #0x8
    0028:  c1 00 00 54                    b.ne 0x40
; 3: w0 = 0x1
    002c:  27 00 80 52                    mov w7, #1
; 4: w1 = 0x9
    0030:  20 01 80 52                    mov w0, #9
; 5: if r1 & 0x8 goto +0x1
    0034:  4b 00 80 52                    mov w11, #2
    0038:  1f 00 7d f2                    tst x0, #0x8
    003c:  67 01 87 9a                    csel x7, x11, x7, eq
; 6: w0 = 0x2
; 7: exit
    0040:  e0 03 07 aa                    mov x0, x7
    0044:  c0 03 5f d6                    ret

