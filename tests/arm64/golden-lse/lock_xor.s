; bpfaot listing of lock_xor.o for aarch64-lse

lock_xor__main:  ; section .text, 108 bytes, tail-call entry at +0x1c
; 0: r0 = -0x3333333333333334 ll
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
    0030:  e7 e7 02 b2                    mov x7, #-3689348814741910324
; 2: r1 = -0x1 ll
    0034:  00 00 80 92                    mov x0, #-1
; 4: *(u64 *)(r10 - 0x8) = r0
    0038:  27 83 1f f8                    stur x7, [x25, #-8]
; 5: lock *(u64 *)(r10 - 0x8) ^= r1
    003c:  2b 23 00 d1                    sub x11, x25, #8
    0040:  7f 21 20 f8                    steor x0, [x11]
; 6: r0 = *(u64 *)(r10 - 0x8)
    0044:  27 83 5f f8                    ldur x7, [x25, #-8]
; 7: r1 = 0x3333333333333333 ll
    0048:  e0 e7 00 b2                    mov x0, #3689348814741910323
; 9: if r0 != r1 goto +0x1
    004c:  0b 00 80 52                    mov w11, #0
    0050:  ff 00 00 eb                    cmp x7, x0
    0054:  67 01 87 9a                    csel x7, x11, x7, eq
; 10: r0 = 0x0
; 11: exit
    0058:  3f 03 00 91                    mov sp, x25
    005c:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    0060:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0064:  e0 03 07 aa                    mov x0, x7
    0068:  c0 03 5f d6                    ret

