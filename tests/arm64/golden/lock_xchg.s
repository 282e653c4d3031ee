; bpfaot listing of lock_xchg.o for aarch64

lock_xchg__main:  ; section .text, 140 bytes, tail-call entry at +0x1c
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
    0044:  6a 7d 5f c8                    ldxr x10, [x11]
    0048:  60 fd 0d c8                    stlxr w13, x0, [x11]
    004c:  cd ff ff 35                    cbnz w13, 0x44
    0050:  bf 3b 03 d5                    dmb ish
    0054:  e0 03 0a aa                    mov x0, x10
; 7: r2 = *(u64 *)(r10 - 0x8)
    0058:  21 83 5f f8                    ldur x1, [x25, #-8]
; 8: r0 = 0x2222222222222222 ll
    005c:  e7 e3 03 b2                    mov x7, #2459565876494606882
; 10: if r2 != r0 goto +0x4
    0060:  3f 00 07 eb                    cmp x1, x7
    0064:  a1 00 00 54                    b.ne 0x78
; 11: r0 = 0x1111111111111111 ll
    0068:  e7 e3 00 b2                    mov x7, #1229782938247303441
; 13: if r1 != r0 goto +0x1
    006c:  0b 00 80 52                    mov w11, #0
    0070:  1f 00 07 eb                    cmp x0, x7
    0074:  67 01 87 9a                    csel x7, x11, x7, eq
; 14: r0 = 0x0
; 15: exit
    0078:  3f 03 00 91                    mov sp, x25
    007c:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    0080:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0084:  e0 03 07 aa                    mov x0, x7
    0088:  c0 03 5f d6                    ret

