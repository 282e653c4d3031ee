; bpfaot listing of stdw.o for aarch64

stdw__main:  ; section .text, 52 bytes, tail-call entry at +0x1c
; 0: *(u64 *)(r1 + 0x2) = 0x44332211
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  2a 42 84 52                    mov w10, #8721
    0020:  6a 86 a8 72                    movk w10, #17459, lsl #16
    0024:  0a 20 00 f8                    stur x10, [x0, #2]
; 1: r0 = *(u64 *)(r1 + 0x2)
    0028:  07 20 40 f8                    ldur x7, [x0, #2]
; 2: exit
    002c:  e0 03 07 aa                    mov x0, x7
    0030:  c0 03 5f d6                    ret

