; bpfaot listing of lock_and.o for aarch64-lse

lock_and__main:  ; section .text, 136 bytes, tail-call entry at +0x1c
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
; 3: r1 = 0xff00ff00ff00ff ll
    0044:  e0 9f 00 b2                    mov x0, #71777214294589695
; 5: lock *(u64 *)(r10 - 0x8) &= r1
    0048:  2b 23 00 d1                    sub x11, x25, #8
    004c:  ea 03 20 aa                    mvn x10, x0
    0050:  7f 11 2a f8                    stclr x10, [x11]
; 6: r0 = *(u64 *)(r10 - 0x8)
    0054:  27 83 5f f8                    ldur x7, [x25, #-8]
; 7: r1 = 0x34007800bc00f0 ll
    0058:  00 1e 80 d2                    mov x0, #240
    005c:  80 17 a0 f2                    movk x0, #188, lsl #16
    0060:  00 0f c0 f2                    movk x0, #120, lsl #32
    0064:  80 06 e0 f2                    movk x0, #52, lsl #48
; 9: if r0 != r1 goto +0x1
    0068:  0b 00 80 52                    mov w11, #0
    006c:  ff 00 00 eb                    cmp x7, x0
    0070:  67 01 87 9a                    csel x7, x11, x7, eq
; 10: r0 = 0x0
; 11: exit
    0074:  3f 03 00 91                    mov sp, x25
    0078:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    007c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0080:  e0 03 07 aa                    mov x0, x7
    0084:  c0 03 5f d6                    ret

