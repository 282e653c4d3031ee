; bpfaot listing of lock_cmpxchg32.o for aarch64-lse

lock_cmpxchg32__main:  ; section .text, 256 bytes, tail-call entry at +0x1c
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
    0058:  ea 03 07 2a                    mov w10, w7
    005c:  60 fd ea 88                    casal w10, w0, [x11]
    0060:  e7 03 0a 2a                    mov w7, w10
; 6: w1 = -0x65432110
    0064:  00 de 9b 52                    mov w0, #57072
    0068:  80 57 b3 72                    movk w0, #39612, lsl #16
; 7: if r0 != r1 goto +0x10
    006c:  ff 00 00 eb                    cmp x7, x0
    0070:  e1 03 00 54                    b.ne 0xec
; 8: r0 = *(u64 *)(r10 - 0x8)
    0074:  27 83 5f f8                    ldur x7, [x25, #-8]
; 9: r1 = 0x123456789abcdef0 ll
    0078:  00 de 9b d2                    mov x0, #57072
    007c:  80 57 b3 f2                    movk x0, #39612, lsl #16
    0080:  00 cf ca f2                    movk x0, #22136, lsl #32
    0084:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 11: if r0 != r1 goto +0xc
    0088:  ff 00 00 eb                    cmp x7, x0
    008c:  01 03 00 54                    b.ne 0xec
; 12: r0 = 0x123456789abcdef0 ll
    0090:  07 de 9b d2                    mov x7, #57072
    0094:  87 57 b3 f2                    movk x7, #39612, lsl #16
    0098:  07 cf ca f2                    movk x7, #22136, lsl #32
    009c:  87 46 e2 f2                    movk x7, #4660, lsl #48
; 14: *(u64 *)(r10 - 0x8) = r0
    00a0:  27 83 1f f8                    stur x7, [x25, #-8]
; 15: w1 = 0x11223344
    00a4:  80 68 86 52                    mov w0, #13124
    00a8:  40 24 a2 72                    movk w0, #4386, lsl #16
; 16: w0 = cmpxchg32_32(r10 - 0x8, w0, w1)
    00ac:  2b 23 00 d1                    sub x11, x25, #8
    00b0:  ea 03 07 2a                    mov w10, w7
    00b4:  60 fd ea 88                    casal w10, w0, [x11]
    00b8:  e7 03 0a 2a                    mov w7, w10
; 17: w1 = -0x65432110
    00bc:  00 de 9b 52                    mov w0, #57072
    00c0:  80 57 b3 72                    movk w0, #39612, lsl #16
; 18: if r0 != r1 goto +0x5
    00c4:  ff 00 00 eb                    cmp x7, x0
    00c8:  21 01 00 54                    b.ne 0xec
; 19: r0 = *(u64 *)(r10 - 0x8)
    00cc:  27 83 5f f8                    ldur x7, [x25, #-8]
; 20: r1 = 0x1234567811223344 ll
    00d0:  80 68 86 d2                    mov x0, #13124
    00d4:  40 24 a2 f2                    movk x0, #4386, lsl #16
    00d8:  00 cf ca f2                    movk x0, #22136, lsl #32
    00dc:  80 46 e2 f2                    movk x0, #4660, lsl #48
; 22: if r0 != r1 goto +0x1
    00e0:  0b 00 80 52                    mov w11, #0
    00e4:  ff 00 00 eb                    cmp x7, x0
    00e8:  67 01 87 9a                    csel x7, x11, x7, eq
; 23: r0 = 0x0
; 24: exit
    00ec:  3f 03 00 91                    mov sp, x25
    00f0:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    00f4:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00f8:  e0 03 07 aa                    mov x0, x7
    00fc:  c0 03 5f d6                    ret

