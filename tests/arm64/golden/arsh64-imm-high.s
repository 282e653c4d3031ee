; bpfaot listing of arsh64-imm-high.o for aarch64

arsh64_imm_high__main:  ; section .text, 48 bytes, tail-call entry at +0x1c
; 0: w0 = 0x1
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  27 00 80 52                    mov w7, #1
; 1: r0 <<= 0x3f
    0020:  e7 00 41 d3                    lsl x7, x7, #63
; 2: r0 s>>= 0x7c
    0024:  e7 fc 7c 93                    asr x7, x7, #60
; 3: exit
    0028:  e0 03 07 aa                    mov x0, x7
    002c:  c0 03 5f d6                    ret

