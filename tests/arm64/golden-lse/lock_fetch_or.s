; bpfaot listing of lock_fetch_or.o for aarch64-lse

lock_fetch_or__main:  ; section .text, 140 bytes, tail-call entry at +0x1c
; 0: r0 = 0x1100110011001100 ll
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
    0030:  07 20 82 d2                    mov x7, #4352
    0034:  07 20 a2 f2                    movk x7, #4352, lsl #16
    0038:  07 20 c2 f2                    movk x7, #4352, lsl #32
    003c:  07 20 e2 f2                    movk x7, #4352, lsl #48
; 2: r1 = 0x11001100110011 ll
    0040:  20 02 80 d2                    mov x0, #17
    0044:  20 02 a0 f2                    movk x0, #17, lsl #16
    0048:  20 02 c0 f2                    movk x0, #17, lsl #32
    004c:  20 02 e0 f2                    movk x0, #17, lsl #48
; 4: *(u64 *)(r10 - 0x8) = r0
    0050:  27 83 1f f8                    stur x7, [x25, #-8]
; 5: r1 = atomic_fetch_or((u64 *)(r10 - 0x8), r1)
    0054:  2b 23 00 d1                    sub x11, x25, #8
    0058:  60 31 e0 f8                    ldsetal x0, x0, [x11]
; 6: if r1 != r0 goto +0x5
    005c:  1f 00 07 eb                    cmp x0, x7
    0060:  c1 00 00 54                    b.ne 0x78
; 7: r0 = *(u64 *)(r10 - 0x8)
    0064:  27 83 5f f8                    ldur x7, [x25, #-8]
; 8: r1 = 0x1111111111111111 ll
    0068:  e0 e3 00 b2                    mov x0, #1229782938247303441
; 10: if r0 != r1 goto +0x1
    006c:  0b 00 80 52                    mov w11, #0
    0070:  ff 00 00 eb                    cmp x7, x0
    0074:  67 01 87 9a                    csel x7, x11, x7, eq
; 11: r0 = 0x0
; 12: exit
    0078:  3f 03 00 91                    mov sp, x25
    007c:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    0080:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0084:  e0 03 07 aa                    mov x0, x7
    0088:  c0 03 5f d6                    ret

