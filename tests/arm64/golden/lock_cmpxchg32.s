; bpfaot listing of lock_cmpxchg32.o for aarch64

lock_cmpxchg32__main:  ; section .text, 288 bytes, tail-call entry at +0x1c
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
; 3: w1 = -0x789abcdf
    0044:  20 64 88 52                    mov w0, #17185
    0048:  a0 ec b0 72                    movk w0, #34661, lsl #16
; 4: w0 = 0x12345678
    004c:  07 cf 8a 52                    mov w7, #22136
    0050:  87 46 a2 72                    movk w7, #4660, lsl #16
; 5: w0 = cmpxchg32_32(r10 - 0x8, w0, w1)
    0054:  2b 23 00 d1                    sub x11, x25, #8
    0058:  6a 7d 5f 88                    ldxr w10, [x11]
    005c:  5f 01 07 6b                    cmp w10, w7
    0060:  81 00 00 54                    b.ne 0x70
    0064:  60 fd 0d 88                    stlxr w13, w0, [x11]
    0068:  8d ff ff 35                    cbnz w13, 0x58
    006c:  bf 3b 03 d5                    dmb ish
    0070:  e7 03 0a 2a                    mov w7, w10
; 6: w1 = -0x65432110
    0074:  00 de 9b 52                    mov w0, #57072
    0078:  80 57 b3 72                    movk w0, #39612, lsl #16
; 7: if r0 != r1 goto +0x10
    007c:  ff 00 00 eb                    cmp x7, x0
    0080:  61 04 00 54                    b.ne 0x10c
; 8: r0 = *(u64 *)(r10 - 0x8)
    0084:  27 83 5f f8                    ldur x7, [x25, #-8]
; 9: r1 = 0x123456789abcdef0 ll
    0088:  00 de 9b d2                    mov x0, #57072
    008c:  80 57 b3 f2                    movk x0, #39612, lsl #16
    0090:  00 cf ca f2                    movk x0, #22136, lsl #32
    0094:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 11: if r0 != r1 goto +0xc
    0098:  ff 00 00 eb                    cmp x7, x0
    009c:  81 03 00 54                    b.ne 0x10c
; 12: r0 = 0x123456789abcdef0 ll
    00a0:  07 de 9b d2                    mov x7, #57072
    00a4:  87 57 b3 f2                    movk x7, #39612, lsl #16
    00a8:  07 cf ca f2                    movk x7, #22136, lsl #32
    00ac:  87 46 e2 f2                    movk x7, #4660, lsl #48
; 14: *(u64 *)(r10 - 0x8) = r0
    00b0:  27 83 1f f8                    stur x7, [x25, #-8]
; 15: w1 = 0x11223344
    00b4:  80 68 86 52                    mov w0, #13124
    00b8:  40 24 a2 72                    movk w0, #4386, lsl #16
; 16: w0 = cmpxchg32_32(r10 - 0x8, w0, w1)
    00bc:  2b 23 00 d1                    sub x11, x25, #8
    00c0:  6a 7d 5f 88                    ldxr w10, [x11]
    00c4:  5f 01 07 6b                    cmp w10, w7
    00c8:  81 00 00 54                    b.ne 0xd8
    00cc:  60 fd 0d 88                    stlxr w13, w0, [x11]
    00d0:  8d ff ff 35                    cbnz w13, 0xc0
    00d4:  bf 3b 03 d5                    dmb ish
    00d8:  e7 03 0a 2a                    mov w7, w10
; 17: w1 = -0x65432110
    00dc:  00 de 9b 52                    mov w0, #57072
    00e0:  80 57 b3 72                    movk w0, #39612, lsl #16
; 18: if r0 != r1 goto +0x5
    00e4:  ff 00 00 eb                    cmp x7, x0
    00e8:  21 01 00 54                    b.ne 0x10c
; 19: r0 = *(u64 *)(r10 - 0x8)
    00ec:  27 83 5f f8                    ldur x7, [x25, #-8]
; 20: r1 = 0x1234567811223344 ll
    00f0:  80 68 86 d2                    mov x0, #13124
    00f4:  40 24 a2 f2                    movk x0, #4386, lsl #16
    00f8:  00 cf ca f2                    movk x0, #22136, lsl #32
    00fc:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 22: if r0 != r1 goto +0x1
    0100:  0b 00 80 52                    mov w11, #0
    0104:  ff 00 00 eb                    cmp x7, x0
    0108:  67 01 87 9a                    csel x7, x11, x7, eq
; 23: r0 = 0x0
; 24: exit
    010c:  3f 03 00 91                    mov sp, x25
    0110:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    0114:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0118:  e0 03 07 aa                    mov x0, x7
    011c:  c0 03 5f d6                    ret

