; bpfaot listing of lock_xchg.o for aarch64-lse

lock_xchg__main:  ; section .text, 124 bytes, tail-call entry at +0x1c
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
    0024:  f9 7f bf a9                    stp x25, xzr, [sp, #-16]!
    0028:  f9 03 00 91                    mov x25, sp
    002c:  ff 43 00 d1                    sub sp, sp, #16
    0030:  27 00 80 52                    mov w7, #1
; 1: r1 = 0x1111111111111111 ll
    0034:  e0 e3 00 b2                    mov x0, #1229782938247303441
; 3: *(u64 *)(r10 - 0x8) = r1
    0038:  20 83 1f f8                    stur x0, [x25, #-8]
; 4: r1 = 0x2222222222222222 ll
    003c:  e0 e3 03 b2                    mov x0, #2459565876494606882
; 6: r1 = xchg_64(r10 - 0x8, r1)
    0040:  2b 23 00 d1                    sub x11, x25, #8
    0044:  60 81 e0 f8                    swpal x0, x0, [x11]
; 7: r2 = *(u64 *)(r10 - 0x8)
    0048:  21 83 5f f8                    ldur x1, [x25, #-8]
; 8: r0 = 0x2222222222222222 ll
    004c:  e7 e3 03 b2                    mov x7, #2459565876494606882
; 10: if r2 != r0 goto +0x4
    0050:  3f 00 07 eb                    cmp x1, x7
    0054:  a1 00 00 54                    b.ne 0x68
; 11: r0 = 0x1111111111111111 ll
    0058:  e7 e3 00 b2                    mov x7, #1229782938247303441
; 13: if r1 != r0 goto +0x1
    005c:  0b 00 80 52                    mov w11, #0
    0060:  1f 00 07 eb                    cmp x0, x7
    0064:  67 01 87 9a                    csel x7, x11, x7, eq
; 14: r0 = 0x0
; 15: exit
    0068:  3f 03 00 91                    mov sp, x25
    006c:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    0070:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0074:  e0 03 07 aa                    mov x0, x7
    0078:  c0 03 5f d6                    ret

