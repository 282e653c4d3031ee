; bpfaot listing of rfc9669_movsx.o for aarch64

rfc9669_movsx__main:  ; section .text, 184 bytes, tail-call entry at +0x1c
; 0: w1 = 0x80
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl #16
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
    0034:  00 10 80 52                    mov w0, #128
; 1: w2 = (s8)w1
    0038:  01 1c 00 13                    sxtb w1, w0
; 2: if w2 != -0x80 goto +0xe
    003c:  3f 00 02 31                    cmn w1, #128
    0040:  c1 02 00 54                    b.ne #88
; 3: w3 = 0x8001
    0044:  22 00 90 52                    mov w2, #32769
; 4: w4 = (s16)w3
    0048:  43 3c 00 13                    sxth w3, w2
; 5: if w4 != -0x7fff goto +0xb
    004c:  ca ff 8f 12                    mov w10, #-32767
    0050:  7f 00 0a 6b                    cmp w3, w10
    0054:  21 02 00 54                    b.ne #68
; 6: w5 = 0x80
    0058:  04 10 80 52                    mov w4, #128
; 7: r6 = (s8)r5
    005c:  93 1c 40 93                    sxtb x19, w4
; 8: if r6 != -0x80 goto +0x8
    0060:  7f 02 02 b1                    cmn x19, #128
    0064:  a1 01 00 54                    b.ne #52
; 9: w7 = 0x8001
    0068:  34 00 90 52                    mov w20, #32769
; 10: r8 = (s16)r7
    006c:  95 3e 40 93                    sxth x21, w20
; 11: if r8 != -0x7fff goto +0x5
    0070:  ca ff 8f 92                    mov x10, #-32767
    0074:  bf 02 0a eb                    cmp x21, x10
    0078:  01 01 00 54                    b.ne #32
; 12: w9 = -0x7fffffff
    007c:  f6 07 01 32                    mov w22, #-2147483647
; 13: r0 = (s32)r9
    0080:  c7 7e 40 93                    sxtw x7, w22
; 14: if r0 != -0x7fffffff goto +0x2
    0084:  ea 87 61 b2                    mov x10, #-2147483647
    0088:  ff 00 0a eb                    cmp x7, x10
    008c:  61 00 00 54                    b.ne #12
; 15: r0 = 0x1
    0090:  27 00 80 52                    mov w7, #1
; 16: exit
    0094:  02 00 00 14                    b #8
; 17: r0 = 0x0
    0098:  07 00 80 52                    mov w7, #0
; 18: exit
    009c:  3f 03 00 91                    mov sp, x25
    00a0:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00a4:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00a8:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00ac:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00b0:  e0 03 07 aa                    mov x0, x7
    00b4:  c0 03 5f d6                    ret

