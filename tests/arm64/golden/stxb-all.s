; bpfaot listing of stxb-all.o for aarch64

stxb_all__main:  ; section .text, 136 bytes, tail-call entry at +0x1c
; 0: r0 = 0xf0
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
    0028:  f5 7f bf a9                    stp x21, xzr, [sp, #-16]!
    002c:  07 1e 80 52                    mov w7, #240
; 1: r2 = 0xf2
    0030:  41 1e 80 52                    mov w1, #242
; 2: r3 = 0xf3
    0034:  62 1e 80 52                    mov w2, #243
; 3: r4 = 0xf4
    0038:  83 1e 80 52                    mov w3, #244
; 4: r5 = 0xf5
    003c:  a4 1e 80 52                    mov w4, #245
; 5: r6 = 0xf6
    0040:  d3 1e 80 52                    mov w19, #246
; 6: r7 = 0xf7
    0044:  f4 1e 80 52                    mov w20, #247
; 7: r8 = 0xf8
    0048:  15 1f 80 52                    mov w21, #248
; 8: *(u8 *)(r1 + 0x0) = w0
    004c:  07 00 00 39                    strb w7, [x0]
; 9: *(u8 *)(r1 + 0x1) = w2
    0050:  01 04 00 39                    strb w1, [x0, #1]
; 10: *(u8 *)(r1 + 0x2) = w3
    0054:  02 08 00 39                    strb w2, [x0, #2]
; 11: *(u8 *)(r1 + 0x3) = w4
    0058:  03 0c 00 39                    strb w3, [x0, #3]
; 12: *(u8 *)(r1 + 0x4) = w5
    005c:  04 10 00 39                    strb w4, [x0, #4]
; 13: *(u8 *)(r1 + 0x5) = w6
    0060:  13 14 00 39                    strb w19, [x0, #5]
; 14: *(u8 *)(r1 + 0x6) = w7
    0064:  14 18 00 39                    strb w20, [x0, #6]
; 15: *(u8 *)(r1 + 0x7) = w8
    0068:  15 1c 00 39                    strb w21, [x0, #7]
; 16: r0 = *(u64 *)(r1 + 0x0)
    006c:  07 00 40 f9                    ldr x7, [x0]
; 17: r0 = be64 r0
    0070:  e7 0c c0 da                    rev x7, x7
; 18: exit
    0074:  f5 7f c1 a8                    ldp x21, xzr, [sp], #16
    0078:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    007c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0080:  e0 03 07 aa                    mov x0, x7
    0084:  c0 03 5f d6                    ret

