; bpfaot listing of golden-tailcall.bpf.o for aarch64

tailcall__self_loop:  ; section raw_tp/t, 148 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:87
; 0: ld_pseudo r6, 0x2, 0x3  ; map .bss value+0
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
    0024:  f3 7f bf a9                    stp x19, xzr, [sp, #-16]!
    0028:  13 00 00 90                    adrp x19, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    002c:  73 02 00 91                    add x19, x19, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r6 + 0x0)
    0030:  61 02 40 f9                    ldr x1, [x19]
; 3: r2 += 0x1
    0034:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r6 + 0x0) = r2
    0038:  61 02 00 f9                    str x1, [x19]
; tests/x86/tailcall.bpf.c:88
; 5: r3 = *(u64 *)(r6 + 0x8)
    003c:  62 06 40 f9                    ldr x2, [x19, #8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    0040:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0044:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 8: tail_call imm=0x1
    0048:  5f 20 00 71                    cmp w2, #8
    004c:  a2 01 00 54                    b.hs 0x80
    0050:  4a 03 40 b9                    ldr w10, [x26]
    0054:  5f 85 00 71                    cmp w10, #33
    0058:  42 01 00 54                    b.hs 0x80
    005c:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+64
    0060:  6b 01 00 91                    add x11, x11, #0  ; -> tailcall__map__chain__storage+64
    0064:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    0068:  cb 00 00 b4                    cbz x11, 0x80
    006c:  4a 05 00 11                    add w10, w10, #1
    0070:  4a 03 00 b9                    str w10, [x26]
    0074:  f3 7f c1 a8                    ldp x19, xzr, [sp], #16
    0078:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    007c:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:89
; 9: r0 = *(u64 *)(r6 + 0x0)
    0080:  67 02 40 f9                    ldr x7, [x19]
; 10: exit
    0084:  f3 7f c1 a8                    ldp x19, xzr, [sp], #16
    0088:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    008c:  e0 03 07 aa                    mov x0, x7
    0090:  c0 03 5f d6                    ret

tailcall__leaf:  ; section raw_tp/t, 60 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:65
; 0: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0020:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r1 + 0x0)
    0024:  01 00 40 f9                    ldr x1, [x0]
; 3: r2 += 0x1
    0028:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r1 + 0x0) = r2
    002c:  01 00 00 f9                    str x1, [x0]
; tests/x86/tailcall.bpf.c:66
; 5: w0 = 0x64
    0030:  87 0c 80 52                    mov w7, #100
; 6: exit
    0034:  e0 03 07 aa                    mov x0, x7
    0038:  c0 03 5f d6                    ret

tailcall__leaf3:  ; section raw_tp/t, 60 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:79
; 0: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0020:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r1 + 0x0)
    0024:  01 00 40 f9                    ldr x1, [x0]
; 3: r2 += 0x1
    0028:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r1 + 0x0) = r2
    002c:  01 00 00 f9                    str x1, [x0]
; tests/x86/tailcall.bpf.c:80
; 5: w0 = 0x12c
    0030:  87 25 80 52                    mov w7, #300
; 6: exit
    0034:  e0 03 07 aa                    mov x0, x7
    0038:  c0 03 5f d6                    ret

tailcall__count_and_chain:  ; section raw_tp/t, 144 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:161
; 0: ld_pseudo r6, 0x2, 0x3  ; map .bss value+0
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
    0024:  f3 7f bf a9                    stp x19, xzr, [sp, #-16]!
    0028:  13 00 00 90                    adrp x19, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    002c:  73 02 00 91                    add x19, x19, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r6 + 0x0)
    0030:  61 02 40 f9                    ldr x1, [x19]
; 3: r2 += 0x1
    0034:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r6 + 0x0) = r2
    0038:  61 02 00 f9                    str x1, [x19]
; tests/x86/tailcall.bpf.c:162
; 5: call 0x2
    003c:  07 00 00 94                    bl 0x58
    0040:  e7 03 00 aa                    mov x7, x0
; tests/x86/tailcall.bpf.c:163
; 6: r0 = *(u64 *)(r6 + 0x0)
    0044:  67 02 40 f9                    ldr x7, [x19]
; 7: exit
    0048:  f3 7f c1 a8                    ldp x19, xzr, [sp], #16
    004c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0050:  e0 03 07 aa                    mov x0, x7
    0054:  c0 03 5f d6                    ret
; subprogram sub_chain
; tests/x86/tailcall.bpf.c:154
; 8: ld_pseudo r2, 0x1, 0x0  ; map chain
    0058:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    005c:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 10: w3 = 0x4
    0060:  82 00 80 52                    mov w2, #4
; 11: tail_call imm=0x10001
    0064:  4a 03 40 b9                    ldr w10, [x26]
    0068:  5f 85 00 71                    cmp w10, #33
    006c:  e2 00 00 54                    b.hs 0x88
    0070:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+96
    0074:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+96
    0078:  8b 00 00 b4                    cbz x11, 0x88
    007c:  4a 05 00 11                    add w10, w10, #1
    0080:  4a 03 00 b9                    str w10, [x26]
    0084:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:155
; 12: exit
    0088:  e0 03 07 aa                    mov x0, x7
    008c:  c0 03 5f d6                    ret

tailcall__counted_step:  ; section raw_tp/t, 260 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:169
; 0: r6 = r1
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
    0024:  f3 67 bf a9                    stp x19, x25, [sp, #-16]!
    0028:  f9 03 00 91                    mov x25, sp
    002c:  ff 43 00 d1                    sub sp, sp, #16
    0030:  f3 03 00 aa                    mov x19, x0
; tests/x86/tailcall.bpf.c:171
; 1: *(u32 *)(r10 - 0x4) = 0x0
    0034:  3f c3 1f b8                    stur wzr, [x25, #-4]
; 2: r2 = r10
    0038:  e1 03 19 aa                    mov x1, x25
; 3: r2 += -0x4
    003c:  21 10 00 d1                    sub x1, x1, #4
; tests/x86/tailcall.bpf.c:172
; 4: ld_pseudo r1, 0x1, 0x2  ; map steps
    0040:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__steps+0
    0044:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__steps+0
; 6: call 0x1
    0048:  2b 00 40 b9                    ldr w11, [x1]
    004c:  7f 05 00 71                    cmp w11, #1
    0050:  c2 01 00 54                    b.hs 0x88
    0054:  0c 14 40 f9                    ldr x12, [x0, #40]
    0058:  2c 01 00 b4                    cbz x12, 0x7c
    005c:  4d d0 3b d5                    mrs x13, TPIDR_EL0
    0060:  0a 00 00 90                    adrp x10, 0 // 0x0  ; -> bpfaot_tls_cpu_slot+0
    0064:  4a 01 40 f9                    ldr x10, [x10]  ; -> bpfaot_tls_cpu_slot+0
    0068:  aa 69 6a b8                    ldr w10, [x13, x10]
    006c:  8a 00 f8 37                    tbnz w10, #31, 0x7c
    0070:  8c 19 0a 8b                    add x12, x12, x10, lsl #6
    0074:  87 0d 0b 8b                    add x7, x12, x11, lsl #3
    0078:  05 00 00 14                    b 0x8c
    007c:  00 00 00 94                    bl 0x7c  ; -> bpfaot_helper_map_lookup_elem+0
    0080:  e7 03 00 aa                    mov x7, x0
    0084:  02 00 00 14                    b 0x8c
    0088:  e7 03 1f aa                    mov x7, xzr
; 7: w1 = 0x0
    008c:  00 00 80 52                    mov w0, #0
; tests/x86/tailcall.bpf.c:173
; 8: if r0 == 0x0 goto +0xa
    0090:  ff 00 00 f1                    cmp x7, #0
    0094:  c0 02 00 54                    b.eq 0xec
; tests/x86/tailcall.bpf.c:175
; 9: r1 = *(u64 *)(r0 + 0x0)
    0098:  e0 00 40 f9                    ldr x0, [x7]
; 10: r1 += 0x1
    009c:  00 04 00 91                    add x0, x0, #1
; 11: *(u64 *)(r0 + 0x0) = r1
    00a0:  e0 00 00 f9                    str x0, [x7]
; tests/x86/tailcall.bpf.c:176
; 12: r1 = r6
    00a4:  e0 03 13 aa                    mov x0, x19
; 13: ld_pseudo r2, 0x1, 0x0  ; map chain
    00a8:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    00ac:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 15: w3 = 0x5
    00b0:  a2 00 80 52                    mov w2, #5
; 16: r6 = r0
    00b4:  f3 03 07 aa                    mov x19, x7
; 17: tail_call imm=0x10001
    00b8:  4a 03 40 b9                    ldr w10, [x26]
    00bc:  5f 85 00 71                    cmp w10, #33
    00c0:  42 01 00 54                    b.hs 0xe8
    00c4:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+104
    00c8:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+104
    00cc:  eb 00 00 b4                    cbz x11, 0xe8
    00d0:  4a 05 00 11                    add w10, w10, #1
    00d4:  4a 03 00 b9                    str w10, [x26]
    00d8:  3f 03 00 91                    mov sp, x25
    00dc:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    00e0:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00e4:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:177
; 18: r1 = *(u64 *)(r6 + 0x0)
    00e8:  60 02 40 f9                    ldr x0, [x19]
; tests/x86/tailcall.bpf.c:178
; 19: w0 = w1
    00ec:  e7 03 00 2a                    mov w7, w0
; 20: exit
    00f0:  3f 03 00 91                    mov sp, x25
    00f4:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    00f8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00fc:  e0 03 07 aa                    mov x0, x7
    0100:  c0 03 5f d6                    ret

tailcall__leaf2:  ; section raw_tp/t, 60 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:72
; 0: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0020:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r1 + 0x0)
    0024:  01 00 40 f9                    ldr x1, [x0]
; 3: r2 += 0x1
    0028:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r1 + 0x0) = r2
    002c:  01 00 00 f9                    str x1, [x0]
; tests/x86/tailcall.bpf.c:73
; 5: w0 = 0xc8
    0030:  07 19 80 52                    mov w7, #200
; 6: exit
    0034:  e0 03 07 aa                    mov x0, x7
    0038:  c0 03 5f d6                    ret

tailcall__static_call:  ; section raw_tp/t, 120 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:96
; 0: ld_pseudo r2, 0x2, 0x3  ; map .bss value+0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0020:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__bss__storage+0
; 2: r3 = *(u64 *)(r2 + 0x0)
    0024:  22 00 40 f9                    ldr x2, [x1]
; 3: r3 += 0x1
    0028:  42 04 00 91                    add x2, x2, #1
; 4: *(u64 *)(r2 + 0x0) = r3
    002c:  22 00 00 f9                    str x2, [x1]
; tests/x86/tailcall.bpf.c:97
; 5: r3 = *(u64 *)(r2 + 0x8)
    0030:  22 04 40 f9                    ldr x2, [x1, #8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    0034:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0038:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 8: tail_call imm=0x1
    003c:  5f 20 00 71                    cmp w2, #8
    0040:  62 01 00 54                    b.hs 0x6c
    0044:  4a 03 40 b9                    ldr w10, [x26]
    0048:  5f 85 00 71                    cmp w10, #33
    004c:  02 01 00 54                    b.hs 0x6c
    0050:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+64
    0054:  6b 01 00 91                    add x11, x11, #0  ; -> tailcall__map__chain__storage+64
    0058:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    005c:  8b 00 00 b4                    cbz x11, 0x6c
    0060:  4a 05 00 11                    add w10, w10, #1
    0064:  4a 03 00 b9                    str w10, [x26]
    0068:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:98
; 9: w0 = 0x1
    006c:  27 00 80 52                    mov w7, #1
; 10: exit
    0070:  e0 03 07 aa                    mov x0, x7
    0074:  c0 03 5f d6                    ret

tailcall__direct_call:  ; section raw_tp/t, 108 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:105
; 0: ld_pseudo r2, 0x2, 0x3  ; map .bss value+0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0020:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__bss__storage+0
; 2: r3 = *(u64 *)(r2 + 0x0)
    0024:  22 00 40 f9                    ldr x2, [x1]
; 3: r3 += 0x1
    0028:  42 04 00 91                    add x2, x2, #1
; 4: *(u64 *)(r2 + 0x0) = r3
    002c:  22 00 00 f9                    str x2, [x1]
; tests/x86/tailcall.bpf.c:106
; 5: ld_pseudo r2, 0x1, 0x0  ; map chain
    0030:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0034:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 7: w3 = 0x1
    0038:  22 00 80 52                    mov w2, #1
; 8: tail_call imm=0x10001
    003c:  4a 03 40 b9                    ldr w10, [x26]
    0040:  5f 85 00 71                    cmp w10, #33
    0044:  e2 00 00 54                    b.hs 0x60
    0048:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+72
    004c:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+72
    0050:  8b 00 00 b4                    cbz x11, 0x60
    0054:  4a 05 00 11                    add w10, w10, #1
    0058:  4a 03 00 b9                    str w10, [x26]
    005c:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:107
; 9: w0 = 0x1
    0060:  27 00 80 52                    mov w7, #1
; 10: exit
    0064:  e0 03 07 aa                    mov x0, x7
    0068:  c0 03 5f d6                    ret

tailcall__direct_empty:  ; section raw_tp/t, 88 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:114
; 0: ld_pseudo r2, 0x1, 0x0  ; map chain
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0020:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 2: w3 = 0x2
    0024:  42 00 80 52                    mov w2, #2
; 3: tail_call imm=0x10000
    0028:  4a 03 40 b9                    ldr w10, [x26]
    002c:  5f 85 00 71                    cmp w10, #33
    0030:  e2 00 00 54                    b.hs 0x4c
    0034:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+80
    0038:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+80
    003c:  8b 00 00 b4                    cbz x11, 0x4c
    0040:  4a 05 00 11                    add w10, w10, #1
    0044:  4a 03 00 b9                    str w10, [x26]
    0048:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:115
; 4: w0 = 0x7
    004c:  e7 00 80 52                    mov w7, #7
; 5: exit
    0050:  e0 03 07 aa                    mov x0, x7
    0054:  c0 03 5f d6                    ret

tailcall__wide_constant:  ; section raw_tp/t, 100 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:122
; 0: ld_pseudo r2, 0x1, 0x0  ; map chain
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0020:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 2: r3 = 0x100000001 ll
    0024:  e2 03 00 b2                    mov x2, #4294967297
; 4: tail_call imm=0x0
    0028:  5f 20 00 71                    cmp w2, #8
    002c:  62 01 00 54                    b.hs 0x58
    0030:  4a 03 40 b9                    ldr w10, [x26]
    0034:  5f 85 00 71                    cmp w10, #33
    0038:  02 01 00 54                    b.hs 0x58
    003c:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+64
    0040:  6b 01 00 91                    add x11, x11, #0  ; -> tailcall__map__chain__storage+64
    0044:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    0048:  8b 00 00 b4                    cbz x11, 0x58
    004c:  4a 05 00 11                    add w10, w10, #1
    0050:  4a 03 00 b9                    str w10, [x26]
    0054:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:123
; 5: w0 = 0x9
    0058:  27 01 80 52                    mov w7, #9
; 6: exit
    005c:  e0 03 07 aa                    mov x0, x7
    0060:  c0 03 5f d6                    ret

tailcall__dynamic_call:  ; section raw_tp/t, 144 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:130
; 0: ld_pseudo r2, 0x2, 0x3  ; map .bss value+0
    0000:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0004:  fa 7f bf a9                    stp x26, xzr, [sp, #-16]!
    0008:  fa 23 00 91                    add x26, sp, #8
    000c:  04 00 00 94                    bl 0x1c
    0010:  fa 7f c1 a8                    ldp x26, xzr, [sp], #16
    0014:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0018:  c0 03 5f d6                    ret
  .Ltail_entry:
    001c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0020:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__bss__storage+0
; 2: r3 = *(u64 *)(r2 + 0x10)
    0024:  22 08 40 f9                    ldr x2, [x1, #16]
; tests/x86/tailcall.bpf.c:131
; 3: r4 = *(u64 *)(r2 + 0x0)
    0028:  23 00 40 f9                    ldr x3, [x1]
; 4: r4 += 0x1
    002c:  63 04 00 91                    add x3, x3, #1
; 5: *(u64 *)(r2 + 0x0) = r4
    0030:  23 00 00 f9                    str x3, [x1]
; tests/x86/tailcall.bpf.c:130
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    0034:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0038:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 8: if r3 == 0x0 goto +0x2
    003c:  5f 00 00 f1                    cmp x2, #0
    0040:  60 00 00 54                    b.eq 0x4c
; 9: ld_pseudo r2, 0x1, 0x1  ; map other
    0044:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__other+0
    0048:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__other+0
; tests/x86/tailcall.bpf.c:132
; 11: w3 = 0x1
    004c:  22 00 80 52                    mov w2, #1
; 12: tail_call imm=0x101
    0050:  2c 0c 40 b9                    ldr w12, [x1, #12]
    0054:  5f 00 0c 6b                    cmp w2, w12
    0058:  62 01 00 54                    b.hs 0x84
    005c:  4a 03 40 b9                    ldr w10, [x26]
    0060:  5f 85 00 71                    cmp w10, #33
    0064:  02 01 00 54                    b.hs 0x84
    0068:  2b 14 40 f9                    ldr x11, [x1, #40]
    006c:  8c 41 22 8b                    add x12, x12, w2, uxtw
    0070:  6b 79 6c f8                    ldr x11, [x11, x12, lsl #3]
    0074:  8b 00 00 b4                    cbz x11, 0x84
    0078:  4a 05 00 11                    add w10, w10, #1
    007c:  4a 03 00 b9                    str w10, [x26]
    0080:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:133
; 13: w0 = 0x5
    0084:  a7 00 80 52                    mov w7, #5
; 14: exit
    0088:  e0 03 07 aa                    mov x0, x7
    008c:  c0 03 5f d6                    ret

tailcall__from_sub:  ; section raw_tp/t, 132 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:146
; 0: call 0x2
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
    0024:  06 00 00 94                    bl 0x3c
    0028:  e7 03 00 aa                    mov x7, x0
; tests/x86/tailcall.bpf.c:147
; 1: w0 += 0x3e8
    002c:  e7 a0 0f 11                    add w7, w7, #1000
; 2: exit
    0030:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0034:  e0 03 07 aa                    mov x0, x7
    0038:  c0 03 5f d6                    ret
; subprogram sub_tail
; tests/x86/tailcall.bpf.c:139
; 3: ld_pseudo r2, 0x1, 0x0  ; map chain
    003c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0040:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 5: w3 = 0x3
    0044:  62 00 80 52                    mov w2, #3
; 6: tail_call imm=0x10000
    0048:  4a 03 40 b9                    ldr w10, [x26]
    004c:  5f 85 00 71                    cmp w10, #33
    0050:  e2 00 00 54                    b.hs 0x6c
    0054:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+88
    0058:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+88
    005c:  8b 00 00 b4                    cbz x11, 0x6c
    0060:  4a 05 00 11                    add w10, w10, #1
    0064:  4a 03 00 b9                    str w10, [x26]
    0068:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:140
; 7: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    006c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0070:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 9: r0 = *(u64 *)(r1 + 0x10)
    0074:  07 08 40 f9                    ldr x7, [x0, #16]
; 10: w0 += 0xb
    0078:  e7 2c 00 11                    add w7, w7, #11
; 11: exit
    007c:  e0 03 07 aa                    mov x0, x7
    0080:  c0 03 5f d6                    ret

tailcall__counted_chain:  ; section raw_tp/t, 248 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:181
; 0: r6 = r1
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
    0024:  f3 67 bf a9                    stp x19, x25, [sp, #-16]!
    0028:  f9 03 00 91                    mov x25, sp
    002c:  ff 43 00 d1                    sub sp, sp, #16
    0030:  f3 03 00 aa                    mov x19, x0
; tests/x86/tailcall.bpf.c:183
; 1: *(u32 *)(r10 - 0x4) = 0x0
    0034:  3f c3 1f b8                    stur wzr, [x25, #-4]
; 2: r2 = r10
    0038:  e1 03 19 aa                    mov x1, x25
; 3: r2 += -0x4
    003c:  21 10 00 d1                    sub x1, x1, #4
; tests/x86/tailcall.bpf.c:184
; 4: ld_pseudo r1, 0x1, 0x2  ; map steps
    0040:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__steps+0
    0044:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__steps+0
; 6: call 0x1
    0048:  2b 00 40 b9                    ldr w11, [x1]
    004c:  7f 05 00 71                    cmp w11, #1
    0050:  c2 01 00 54                    b.hs 0x88
    0054:  0c 14 40 f9                    ldr x12, [x0, #40]
    0058:  2c 01 00 b4                    cbz x12, 0x7c
    005c:  4d d0 3b d5                    mrs x13, TPIDR_EL0
    0060:  0a 00 00 90                    adrp x10, 0 // 0x0  ; -> bpfaot_tls_cpu_slot+0
    0064:  4a 01 40 f9                    ldr x10, [x10]  ; -> bpfaot_tls_cpu_slot+0
    0068:  aa 69 6a b8                    ldr w10, [x13, x10]
    006c:  8a 00 f8 37                    tbnz w10, #31, 0x7c
    0070:  8c 19 0a 8b                    add x12, x12, x10, lsl #6
    0074:  87 0d 0b 8b                    add x7, x12, x11, lsl #3
    0078:  05 00 00 14                    b 0x8c
    007c:  00 00 00 94                    bl 0x7c  ; -> bpfaot_helper_map_lookup_elem+0
    0080:  e7 03 00 aa                    mov x7, x0
    0084:  02 00 00 14                    b 0x8c
    0088:  e7 03 1f aa                    mov x7, xzr
; 7: r1 = r0
    008c:  e0 03 07 aa                    mov x0, x7
; 8: w0 = 0x0
    0090:  07 00 80 52                    mov w7, #0
; tests/x86/tailcall.bpf.c:185
; 9: if r1 == 0x0 goto +0x7
    0094:  1f 00 00 f1                    cmp x0, #0
    0098:  60 02 00 54                    b.eq 0xe4
; tests/x86/tailcall.bpf.c:187
; 10: *(u64 *)(r1 + 0x0) = 0x0
    009c:  1f 00 00 f9                    str xzr, [x0]
; tests/x86/tailcall.bpf.c:188
; 11: r1 = r6
    00a0:  e0 03 13 aa                    mov x0, x19
; 12: ld_pseudo r2, 0x1, 0x0  ; map chain
    00a4:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    00a8:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 14: w3 = 0x5
    00ac:  a2 00 80 52                    mov w2, #5
; 15: tail_call imm=0x10001
    00b0:  4a 03 40 b9                    ldr w10, [x26]
    00b4:  5f 85 00 71                    cmp w10, #33
    00b8:  42 01 00 54                    b.hs 0xe0
    00bc:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+104
    00c0:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+104
    00c4:  eb 00 00 b4                    cbz x11, 0xe0
    00c8:  4a 05 00 11                    add w10, w10, #1
    00cc:  4a 03 00 b9                    str w10, [x26]
    00d0:  3f 03 00 91                    mov sp, x25
    00d4:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    00d8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00dc:  60 01 1f d6                    br x11
; 16: w0 = 0x3e8
    00e0:  07 7d 80 52                    mov w7, #1000
; tests/x86/tailcall.bpf.c:190
; 17: exit
    00e4:  3f 03 00 91                    mov sp, x25
    00e8:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    00ec:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00f0:  e0 03 07 aa                    mov x0, x7
    00f4:  c0 03 5f d6                    ret

