; bpfaot listing of stack.o for aarch64

stack__main:  ; section .text, 124 bytes, tail-call entry at +0x1c
; 0: r1 = 0x33
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
    0034:  ff 43 00 d1                    sub sp, sp, #16
    0038:  60 06 80 52                    mov w0, #51
; 1: *(u64 *)(r10 - 0x10) = 0xab
    003c:  6a 15 80 52                    mov w10, #171
    0040:  2a 03 1f f8                    stur x10, [x25, #-16]
; 2: *(u64 *)(r10 - 0x8) = 0xcd
    0044:  aa 19 80 52                    mov w10, #205
    0048:  2a 83 1f f8                    stur x10, [x25, #-8]
; 3: r1 &= 0x1
    004c:  00 00 40 92                    and x0, x0, #0x1
; 4: r1 <<= 0x3
    0050:  00 f0 7d d3                    lsl x0, x0, #3
; 5: r2 = r10
    0054:  e1 03 19 aa                    mov x1, x25
; 6: r2 += r1
    0058:  21 00 00 8b                    add x1, x1, x0
; 7: r0 = *(u64 *)(r2 - 0x10)
    005c:  27 00 5f f8                    ldur x7, [x1, #-16]
; 8: exit
    0060:  3f 03 00 91                    mov sp, x25
    0064:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0068:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    006c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0070:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0074:  e0 03 07 aa                    mov x0, x7
    0078:  c0 03 5f d6                    ret

