; bpfaot listing of rfc9669_ldxsw.o for aarch64

rfc9669_ldxsw__main:  ; section .text, 80 bytes, tail-call entry at +0x1c
; 0: *(u32 *)(r10 - 0x4) = -0x7fffffff
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
    0030:  ea 07 01 32                    mov w10, #-2147483647
    0034:  2a c3 1f b8                    stur w10, [x25, #-4]
; 1: r0 = *(s32 *)(r10 - 0x4)
    0038:  27 c3 9f b8                    ldursw x7, [x25, #-4]
; 2: exit
    003c:  3f 03 00 91                    mov sp, x25
    0040:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    0044:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0048:  e0 03 07 aa                    mov x0, x7
    004c:  c0 03 5f d6                    ret

