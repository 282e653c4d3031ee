; bpfaot listing of lock_fetch_add32.o for aarch64

lock_fetch_add32__main:  ; section .text, 160 bytes, tail-call entry at +0x1c
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
; 3: r1 = 0x1
    0044:  20 00 80 52                    mov w0, #1
; 4: w1 = atomic_fetch_add((u32 *)(r10 - 0x8), w1)
    0048:  2b 23 00 d1                    sub x11, x25, #8
    004c:  6a 7d 5f 88                    ldxr w10, [x11]
    0050:  4c 01 00 0b                    add w12, w10, w0
    0054:  6c fd 0d 88                    stlxr w13, w12, [x11]
    0058:  ad ff ff 35                    cbnz w13, 0x4c
    005c:  bf 3b 03 d5                    dmb ish
    0060:  e0 03 0a 2a                    mov w0, w10
; 5: if w1 != w0 goto +0x5
    0064:  1f 00 07 6b                    cmp w0, w7
    0068:  21 01 00 54                    b.ne 0x8c
; 6: r1 = *(u64 *)(r10 - 0x8)
    006c:  20 83 5f f8                    ldur x0, [x25, #-8]
; 7: r0 = 0x123456789abcdef1 ll
    0070:  27 de 9b d2                    mov x7, #57073
    0074:  87 57 b3 f2                    movk x7, #39612, lsl #16
    0078:  07 cf ca f2                    movk x7, #22136, lsl #32
    007c:  87 46 e2 f2                    movk x7, #4660, lsl #48
; 9: if r0 != r1 goto +0x1
    0080:  0b 00 80 52                    mov w11, #0
    0084:  ff 00 00 eb                    cmp x7, x0
    0088:  67 01 87 9a                    csel x7, x11, x7, eq
; 10: r0 = 0x0
; 11: exit
    008c:  3f 03 00 91                    mov sp, x25
    0090:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    0094:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0098:  e0 03 07 aa                    mov x0, x7
    009c:  c0 03 5f d6                    ret

