; bpfaot listing of lock_cmpxchg.o for aarch64-lse

lock_cmpxchg__main:  ; section .text, 296 bytes, tail-call entry at +0x1c
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
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  ff 43 00 d1                    sub sp, sp, #16
    0038:  07 de 9b d2                    mov x7, #57072
    003c:  87 57 b3 f2                    movk x7, #39612, lsl #16
    0040:  07 cf ca f2                    movk x7, #22136, lsl #32
    0044:  87 46 e2 f2                    movk x7, #4660, lsl #48
; 2: *(u64 *)(r10 - 0x8) = r0
    0048:  27 83 1f f8                    stur x7, [x25, #-8]
; 3: r1 = 0x1122334455667788 ll
    004c:  00 f1 8e d2                    mov x0, #30600
    0050:  c0 ac aa f2                    movk x0, #21862, lsl #16
    0054:  80 68 c6 f2                    movk x0, #13124, lsl #32
    0058:  40 24 e2 f2                    movk x0, #4386, lsl #48
; 5: r0 = 0xfedcba987654321 ll
    005c:  27 64 88 d2                    mov x7, #17185
    0060:  a7 ec b0 f2                    movk x7, #34661, lsl #16
    0064:  27 75 d9 f2                    movk x7, #52137, lsl #32
    0068:  a7 fd e1 f2                    movk x7, #4077, lsl #48
; 7: r0 = cmpxchg_64(r10 - 0x8, r0, r1)
    006c:  2b 23 00 d1                    sub x11, x25, #8
    0070:  ea 03 07 aa                    mov x10, x7
    0074:  60 fd ea c8                    casal x10, x0, [x11]
    0078:  e7 03 0a aa                    mov x7, x10
; 8: r1 = 0x123456789abcdef0 ll
    007c:  00 de 9b d2                    mov x0, #57072
    0080:  80 57 b3 f2                    movk x0, #39612, lsl #16
    0084:  00 cf ca f2                    movk x0, #22136, lsl #32
    0088:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 10: if r0 != r1 goto +0x10
    008c:  ff 00 00 eb                    cmp x7, x0
    0090:  e1 03 00 54                    b.ne 0x10c
; 11: r0 = *(u64 *)(r10 - 0x8)
    0094:  27 83 5f f8                    ldur x7, [x25, #-8]
; 12: if r0 != r1 goto +0xe
    0098:  ff 00 00 eb                    cmp x7, x0
    009c:  81 03 00 54                    b.ne 0x10c
; 13: r0 = 0x123456789abcdef0 ll
    00a0:  07 de 9b d2                    mov x7, #57072
    00a4:  87 57 b3 f2                    movk x7, #39612, lsl #16
    00a8:  07 cf ca f2                    movk x7, #22136, lsl #32
    00ac:  87 46 e2 f2                    movk x7, #4660, lsl #48
; 15: *(u64 *)(r10 - 0x8) = r0
    00b0:  27 83 1f f8                    stur x7, [x25, #-8]
; 16: r1 = 0x1122334455667788 ll
    00b4:  00 f1 8e d2                    mov x0, #30600
    00b8:  c0 ac aa f2                    movk x0, #21862, lsl #16
    00bc:  80 68 c6 f2                    movk x0, #13124, lsl #32
    00c0:  40 24 e2 f2                    movk x0, #4386, lsl #48
; 18: r0 = cmpxchg_64(r10 - 0x8, r0, r1)
    00c4:  2b 23 00 d1                    sub x11, x25, #8
    00c8:  ea 03 07 aa                    mov x10, x7
    00cc:  60 fd ea c8                    casal x10, x0, [x11]
    00d0:  e7 03 0a aa                    mov x7, x10
; 19: r1 = 0x123456789abcdef0 ll
    00d4:  00 de 9b d2                    mov x0, #57072
    00d8:  80 57 b3 f2                    movk x0, #39612, lsl #16
    00dc:  00 cf ca f2                    movk x0, #22136, lsl #32
    00e0:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 21: if r0 != r1 goto +0x5
    00e4:  ff 00 00 eb                    cmp x7, x0
    00e8:  21 01 00 54                    b.ne 0x10c
; 22: r0 = *(u64 *)(r10 - 0x8)
    00ec:  27 83 5f f8                    ldur x7, [x25, #-8]
; 23: r1 = 0x1122334455667788 ll
    00f0:  00 f1 8e d2                    mov x0, #30600
    00f4:  c0 ac aa f2                    movk x0, #21862, lsl #16
    00f8:  80 68 c6 f2                    movk x0, #13124, lsl #32
    00fc:  40 24 e2 f2                    movk x0, #4386, lsl #48
; 25: if r0 != r1 goto +0x1
    0100:  ff 00 00 eb                    cmp x7, x0
    0104:  41 00 00 54                    b.ne 0x10c
; 26: r0 = 0x0
    0108:  07 00 80 52                    mov w7, #0
; 27: exit
    010c:  3f 03 00 91                    mov sp, x25
    0110:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0114:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0118:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    011c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0120:  e0 03 07 aa                    mov x0, x7
    0124:  c0 03 5f d6                    ret

