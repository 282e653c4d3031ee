; bpfaot listing of lock_cmpxchg.o for aarch64-lse

lock_cmpxchg__main:  ; section .text, 280 bytes, tail-call entry at +0x1c
; 0: r0 = 0x123456789abcdef0 ll
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
    0030:  07 de 9b d2                    mov x7, #57072
    0034:  87 57 b3 f2                    movk x7, #39612, lsl #16
    0038:  07 cf ca f2                    movk x7, #22136, lsl #32
    003c:  87 46 e2 f2                    movk x7, #4660, lsl #48
; 2: *(u64 *)(r10 - 0x8) = r0
    0040:  27 83 1f f8                    stur x7, [x25, #-8]
; 3: r1 = 0x1122334455667788 ll
    0044:  00 f1 8e d2                    mov x0, #30600
    0048:  c0 ac aa f2                    movk x0, #21862, lsl #16
    004c:  80 68 c6 f2                    movk x0, #13124, lsl #32
    0050:  40 24 e2 f2                    movk x0, #4386, lsl #48
; 5: r0 = 0xfedcba987654321 ll
    0054:  27 64 88 d2                    mov x7, #17185
    0058:  a7 ec b0 f2                    movk x7, #34661, lsl #16
    005c:  27 75 d9 f2                    movk x7, #52137, lsl #32
    0060:  a7 fd e1 f2                    movk x7, #4077, lsl #48
; 7: r0 = cmpxchg_64(r10 - 0x8, r0, r1)
    0064:  2b 23 00 d1                    sub x11, x25, #8
    0068:  ea 03 07 aa                    mov x10, x7
    006c:  60 fd ea c8                    casal x10, x0, [x11]
    0070:  e7 03 0a aa                    mov x7, x10
; 8: r1 = 0x123456789abcdef0 ll
    0074:  00 de 9b d2                    mov x0, #57072
    0078:  80 57 b3 f2                    movk x0, #39612, lsl #16
    007c:  00 cf ca f2                    movk x0, #22136, lsl #32
    0080:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 10: if r0 != r1 goto +0x10
    0084:  ff 00 00 eb                    cmp x7, x0
    0088:  e1 03 00 54                    b.ne 0x104
; 11: r0 = *(u64 *)(r10 - 0x8)
    008c:  27 83 5f f8                    ldur x7, [x25, #-8]
; 12: if r0 != r1 goto +0xe
    0090:  ff 00 00 eb                    cmp x7, x0
    0094:  81 03 00 54                    b.ne 0x104
; 13: r0 = 0x123456789abcdef0 ll
    0098:  07 de 9b d2                    mov x7, #57072
    009c:  87 57 b3 f2                    movk x7, #39612, lsl #16
    00a0:  07 cf ca f2                    movk x7, #22136, lsl #32
    00a4:  87 46 e2 f2                    movk x7, #4660, lsl #48
; 15: *(u64 *)(r10 - 0x8) = r0
    00a8:  27 83 1f f8                    stur x7, [x25, #-8]
; 16: r1 = 0x1122334455667788 ll
    00ac:  00 f1 8e d2                    mov x0, #30600
    00b0:  c0 ac aa f2                    movk x0, #21862, lsl #16
    00b4:  80 68 c6 f2                    movk x0, #13124, lsl #32
    00b8:  40 24 e2 f2                    movk x0, #4386, lsl #48
; 18: r0 = cmpxchg_64(r10 - 0x8, r0, r1)
    00bc:  2b 23 00 d1                    sub x11, x25, #8
    00c0:  ea 03 07 aa                    mov x10, x7
    00c4:  60 fd ea c8                    casal x10, x0, [x11]
    00c8:  e7 03 0a aa                    mov x7, x10
; 19: r1 = 0x123456789abcdef0 ll
    00cc:  00 de 9b d2                    mov x0, #57072
    00d0:  80 57 b3 f2                    movk x0, #39612, lsl #16
    00d4:  00 cf ca f2                    movk x0, #22136, lsl #32
    00d8:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 21: if r0 != r1 goto +0x5
    00dc:  ff 00 00 eb                    cmp x7, x0
    00e0:  21 01 00 54                    b.ne 0x104
; 22: r0 = *(u64 *)(r10 - 0x8)
    00e4:  27 83 5f f8                    ldur x7, [x25, #-8]
; 23: r1 = 0x1122334455667788 ll
    00e8:  00 f1 8e d2                    mov x0, #30600
    00ec:  c0 ac aa f2                    movk x0, #21862, lsl #16
    00f0:  80 68 c6 f2                    movk x0, #13124, lsl #32
    00f4:  40 24 e2 f2                    movk x0, #4386, lsl #48
; 25: if r0 != r1 goto +0x1
    00f8:  0b 00 80 52                    mov w11, #0
    00fc:  ff 00 00 eb                    cmp x7, x0
    0100:  67 01 87 9a                    csel x7, x11, x7, eq
; 26: r0 = 0x0
; 27: exit
    0104:  3f 03 00 91                    mov sp, x25
    0108:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    010c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0110:  e0 03 07 aa                    mov x0, x7
    0114:  c0 03 5f d6                    ret

