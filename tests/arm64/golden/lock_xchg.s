; bpfaot listing of lock_xchg.o for aarch64

lock_xchg__main:  ; section .text, 156 bytes, tail-call entry at +0x1c
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
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  ff 43 00 d1                    sub sp, sp, #16
    0038:  27 00 80 52                    mov w7, #1
; 1: r1 = 0x1111111111111111 ll
    003c:  e0 e3 00 b2                    mov x0, #1229782938247303441
; 3: *(u64 *)(r10 - 0x8) = r1
    0040:  20 83 1f f8                    stur x0, [x25, #-8]
; 4: r1 = 0x2222222222222222 ll
    0044:  e0 e3 03 b2                    mov x0, #2459565876494606882
; 6: r1 = xchg_64(r10 - 0x8, r1)
    0048:  2b 23 00 d1                    sub x11, x25, #8
    004c:  6a 7d 5f c8                    ldxr x10, [x11]
    0050:  60 fd 0d c8                    stlxr w13, x0, [x11]
    0054:  cd ff ff 35                    cbnz w13, 0x4c
    0058:  bf 3b 03 d5                    dmb ish
    005c:  e0 03 0a aa                    mov x0, x10
; 7: r2 = *(u64 *)(r10 - 0x8)
    0060:  21 83 5f f8                    ldur x1, [x25, #-8]
; 8: r0 = 0x2222222222222222 ll
    0064:  e7 e3 03 b2                    mov x7, #2459565876494606882
; 10: if r2 != r0 goto +0x4
    0068:  3f 00 07 eb                    cmp x1, x7
    006c:  a1 00 00 54                    b.ne 0x80
; 11: r0 = 0x1111111111111111 ll
    0070:  e7 e3 00 b2                    mov x7, #1229782938247303441
; 13: if r1 != r0 goto +0x1
    0074:  1f 00 07 eb                    cmp x0, x7
    0078:  41 00 00 54                    b.ne 0x80
; 14: r0 = 0x0
    007c:  07 00 80 52                    mov w7, #0
; 15: exit
    0080:  3f 03 00 91                    mov sp, x25
    0084:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0088:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    008c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0090:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0094:  e0 03 07 aa                    mov x0, x7
    0098:  c0 03 5f d6                    ret

