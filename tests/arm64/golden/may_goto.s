; bpfaot listing of golden-may_goto.bpf.o for aarch64

may_goto__loop:  ; section raw_tp/t, 104 bytes, tail-call entry at +0x1c
; tests/x86/may_goto.bpf.c:7
; 0: r0 = 0x0
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
    0030:  0a 10 a0 52                    mov w10, #8388608
    0034:  ea 03 00 f9                    str x10, [sp]
    0038:  07 00 80 52                    mov w7, #0
; tests/x86/may_goto.bpf.c:10
; 1: r0 += 0x1
    003c:  e7 04 00 91                    add x7, x7, #1
; 2: may_goto +0x1
    0040:  ea 03 40 f9                    ldr x10, [sp]
    0044:  8a 00 00 b4                    cbz x10, 0x54
    0048:  4a 05 00 d1                    sub x10, x10, #1
    004c:  ea 03 00 f9                    str x10, [sp]
; 3: goto -0x3
    0050:  fb ff ff 17                    b 0x3c
; tests/x86/may_goto.bpf.c:15
; 4: exit
    0054:  3f 03 00 91                    mov sp, x25
    0058:  f9 7f c1 a8                    ldp x25, xzr, [sp], #16
    005c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0060:  e0 03 07 aa                    mov x0, x7
    0064:  c0 03 5f d6                    ret

