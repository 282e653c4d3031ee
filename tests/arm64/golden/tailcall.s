; bpfaot listing of golden-tailcall.bpf.o for aarch64

tailcall__self_loop:  ; section raw_tp/t, 184 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:76
; 0: ld_pseudo r6, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  13 00 00 90                    adrp x19, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  73 02 00 91                    add x19, x19, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r6 + 0x0)
    003c:  61 02 40 f9                    ldr x1, [x19]
; 3: r2 += 0x1
    0040:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r6 + 0x0) = r2
    0044:  61 02 00 f9                    str x1, [x19]
; tests/x86/tailcall.bpf.c:77
; 5: r3 = *(u64 *)(r6 + 0x8)
    0048:  62 06 40 f9                    ldr x2, [x19, #8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    004c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0050:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 8: tail_call imm=0x1
    0054:  5f 20 00 71                    cmp w2, #8
    0058:  02 02 00 54                    b.hs 0x98
    005c:  4a 03 40 b9                    ldr w10, [x26]
    0060:  5f 85 00 71                    cmp w10, #33
    0064:  a2 01 00 54                    b.hs 0x98
    0068:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+64
    006c:  6b 01 00 91                    add x11, x11, #0  ; -> tailcall__map__chain__storage+64
    0070:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    0074:  2b 01 00 b4                    cbz x11, 0x98
    0078:  4a 05 00 11                    add w10, w10, #1
    007c:  4a 03 00 b9                    str w10, [x26]
    0080:  3f 03 00 91                    mov sp, x25
    0084:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0088:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    008c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0090:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0094:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:78
; 9: r0 = *(u64 *)(r6 + 0x0)
    0098:  67 02 40 f9                    ldr x7, [x19]
; 10: exit
    009c:  3f 03 00 91                    mov sp, x25
    00a0:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00a4:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00a8:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00ac:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00b0:  e0 03 07 aa                    mov x0, x7
    00b4:  c0 03 5f d6                    ret

tailcall__leaf:  ; section raw_tp/t, 104 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:54
; 0: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r1 + 0x0)
    003c:  01 00 40 f9                    ldr x1, [x0]
; 3: r2 += 0x1
    0040:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r1 + 0x0) = r2
    0044:  01 00 00 f9                    str x1, [x0]
; tests/x86/tailcall.bpf.c:55
; 5: w0 = 0x64
    0048:  87 0c 80 52                    mov w7, #100
; 6: exit
    004c:  3f 03 00 91                    mov sp, x25
    0050:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0054:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0058:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    005c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0060:  e0 03 07 aa                    mov x0, x7
    0064:  c0 03 5f d6                    ret

tailcall__leaf3:  ; section raw_tp/t, 104 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:68
; 0: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r1 + 0x0)
    003c:  01 00 40 f9                    ldr x1, [x0]
; 3: r2 += 0x1
    0040:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r1 + 0x0) = r2
    0044:  01 00 00 f9                    str x1, [x0]
; tests/x86/tailcall.bpf.c:69
; 5: w0 = 0x12c
    0048:  87 25 80 52                    mov w7, #300
; 6: exit
    004c:  3f 03 00 91                    mov sp, x25
    0050:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0054:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0058:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    005c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0060:  e0 03 07 aa                    mov x0, x7
    0064:  c0 03 5f d6                    ret

tailcall__count_and_chain:  ; section raw_tp/t, 232 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:150
; 0: ld_pseudo r6, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  13 00 00 90                    adrp x19, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  73 02 00 91                    add x19, x19, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r6 + 0x0)
    003c:  61 02 40 f9                    ldr x1, [x19]
; 3: r2 += 0x1
    0040:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r6 + 0x0) = r2
    0044:  61 02 00 f9                    str x1, [x19]
; tests/x86/tailcall.bpf.c:151
; 5: call 0x2
    0048:  0a 00 00 94                    bl 0x70
    004c:  e7 03 00 aa                    mov x7, x0
; tests/x86/tailcall.bpf.c:152
; 6: r0 = *(u64 *)(r6 + 0x0)
    0050:  67 02 40 f9                    ldr x7, [x19]
; 7: exit
    0054:  3f 03 00 91                    mov sp, x25
    0058:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    005c:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0060:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0064:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0068:  e0 03 07 aa                    mov x0, x7
    006c:  c0 03 5f d6                    ret
; subprogram sub_chain
; tests/x86/tailcall.bpf.c:143
; 8: ld_pseudo r2, 0x1, 0x0  ; map chain
    0070:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0074:  fd 03 00 91                    mov x29, sp
    0078:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    007c:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    0080:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0084:  f9 03 00 91                    mov x25, sp
    0088:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    008c:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 10: w3 = 0x4
    0090:  82 00 80 52                    mov w2, #4
; 11: tail_call imm=0x10001
    0094:  4a 03 40 b9                    ldr w10, [x26]
    0098:  5f 85 00 71                    cmp w10, #33
    009c:  82 01 00 54                    b.hs 0xcc
    00a0:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+96
    00a4:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+96
    00a8:  2b 01 00 b4                    cbz x11, 0xcc
    00ac:  4a 05 00 11                    add w10, w10, #1
    00b0:  4a 03 00 b9                    str w10, [x26]
    00b4:  3f 03 00 91                    mov sp, x25
    00b8:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00bc:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00c0:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00c4:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00c8:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:144
; 12: exit
    00cc:  3f 03 00 91                    mov sp, x25
    00d0:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00d4:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00d8:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00dc:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00e0:  e0 03 07 aa                    mov x0, x7
    00e4:  c0 03 5f d6                    ret

tailcall__leaf2:  ; section raw_tp/t, 104 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:61
; 0: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 2: r2 = *(u64 *)(r1 + 0x0)
    003c:  01 00 40 f9                    ldr x1, [x0]
; 3: r2 += 0x1
    0040:  21 04 00 91                    add x1, x1, #1
; 4: *(u64 *)(r1 + 0x0) = r2
    0044:  01 00 00 f9                    str x1, [x0]
; tests/x86/tailcall.bpf.c:62
; 5: w0 = 0xc8
    0048:  07 19 80 52                    mov w7, #200
; 6: exit
    004c:  3f 03 00 91                    mov sp, x25
    0050:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0054:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0058:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    005c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0060:  e0 03 07 aa                    mov x0, x7
    0064:  c0 03 5f d6                    ret

tailcall__static_call:  ; section raw_tp/t, 184 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:85
; 0: ld_pseudo r2, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__bss__storage+0
; 2: r3 = *(u64 *)(r2 + 0x0)
    003c:  22 00 40 f9                    ldr x2, [x1]
; 3: r3 += 0x1
    0040:  42 04 00 91                    add x2, x2, #1
; 4: *(u64 *)(r2 + 0x0) = r3
    0044:  22 00 00 f9                    str x2, [x1]
; tests/x86/tailcall.bpf.c:86
; 5: r3 = *(u64 *)(r2 + 0x8)
    0048:  22 04 40 f9                    ldr x2, [x1, #8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    004c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0050:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 8: tail_call imm=0x1
    0054:  5f 20 00 71                    cmp w2, #8
    0058:  02 02 00 54                    b.hs 0x98
    005c:  4a 03 40 b9                    ldr w10, [x26]
    0060:  5f 85 00 71                    cmp w10, #33
    0064:  a2 01 00 54                    b.hs 0x98
    0068:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+64
    006c:  6b 01 00 91                    add x11, x11, #0  ; -> tailcall__map__chain__storage+64
    0070:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    0074:  2b 01 00 b4                    cbz x11, 0x98
    0078:  4a 05 00 11                    add w10, w10, #1
    007c:  4a 03 00 b9                    str w10, [x26]
    0080:  3f 03 00 91                    mov sp, x25
    0084:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0088:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    008c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0090:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0094:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:87
; 9: w0 = 0x1
    0098:  27 00 80 52                    mov w7, #1
; 10: exit
    009c:  3f 03 00 91                    mov sp, x25
    00a0:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00a4:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00a8:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00ac:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00b0:  e0 03 07 aa                    mov x0, x7
    00b4:  c0 03 5f d6                    ret

tailcall__direct_call:  ; section raw_tp/t, 172 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:94
; 0: ld_pseudo r2, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__bss__storage+0
; 2: r3 = *(u64 *)(r2 + 0x0)
    003c:  22 00 40 f9                    ldr x2, [x1]
; 3: r3 += 0x1
    0040:  42 04 00 91                    add x2, x2, #1
; 4: *(u64 *)(r2 + 0x0) = r3
    0044:  22 00 00 f9                    str x2, [x1]
; tests/x86/tailcall.bpf.c:95
; 5: ld_pseudo r2, 0x1, 0x0  ; map chain
    0048:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    004c:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 7: w3 = 0x1
    0050:  22 00 80 52                    mov w2, #1
; 8: tail_call imm=0x10001
    0054:  4a 03 40 b9                    ldr w10, [x26]
    0058:  5f 85 00 71                    cmp w10, #33
    005c:  82 01 00 54                    b.hs 0x8c
    0060:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+72
    0064:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+72
    0068:  2b 01 00 b4                    cbz x11, 0x8c
    006c:  4a 05 00 11                    add w10, w10, #1
    0070:  4a 03 00 b9                    str w10, [x26]
    0074:  3f 03 00 91                    mov sp, x25
    0078:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    007c:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0080:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0084:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0088:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:96
; 9: w0 = 0x1
    008c:  27 00 80 52                    mov w7, #1
; 10: exit
    0090:  3f 03 00 91                    mov sp, x25
    0094:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0098:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    009c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00a0:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00a4:  e0 03 07 aa                    mov x0, x7
    00a8:  c0 03 5f d6                    ret

tailcall__direct_empty:  ; section raw_tp/t, 152 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:103
; 0: ld_pseudo r2, 0x1, 0x0  ; map chain
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0038:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 2: w3 = 0x2
    003c:  42 00 80 52                    mov w2, #2
; 3: tail_call imm=0x10000
    0040:  4a 03 40 b9                    ldr w10, [x26]
    0044:  5f 85 00 71                    cmp w10, #33
    0048:  82 01 00 54                    b.hs 0x78
    004c:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+80
    0050:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+80
    0054:  2b 01 00 b4                    cbz x11, 0x78
    0058:  4a 05 00 11                    add w10, w10, #1
    005c:  4a 03 00 b9                    str w10, [x26]
    0060:  3f 03 00 91                    mov sp, x25
    0064:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0068:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    006c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0070:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0074:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:104
; 4: w0 = 0x7
    0078:  e7 00 80 52                    mov w7, #7
; 5: exit
    007c:  3f 03 00 91                    mov sp, x25
    0080:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0084:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0088:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    008c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0090:  e0 03 07 aa                    mov x0, x7
    0094:  c0 03 5f d6                    ret

tailcall__wide_constant:  ; section raw_tp/t, 164 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:111
; 0: ld_pseudo r2, 0x1, 0x0  ; map chain
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0038:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 2: r3 = 0x100000001 ll
    003c:  e2 03 00 b2                    mov x2, #4294967297
; 4: tail_call imm=0x0
    0040:  5f 20 00 71                    cmp w2, #8
    0044:  02 02 00 54                    b.hs 0x84
    0048:  4a 03 40 b9                    ldr w10, [x26]
    004c:  5f 85 00 71                    cmp w10, #33
    0050:  a2 01 00 54                    b.hs 0x84
    0054:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+64
    0058:  6b 01 00 91                    add x11, x11, #0  ; -> tailcall__map__chain__storage+64
    005c:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    0060:  2b 01 00 b4                    cbz x11, 0x84
    0064:  4a 05 00 11                    add w10, w10, #1
    0068:  4a 03 00 b9                    str w10, [x26]
    006c:  3f 03 00 91                    mov sp, x25
    0070:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0074:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0078:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    007c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0080:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:112
; 5: w0 = 0x9
    0084:  27 01 80 52                    mov w7, #9
; 6: exit
    0088:  3f 03 00 91                    mov sp, x25
    008c:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0090:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0094:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0098:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    009c:  e0 03 07 aa                    mov x0, x7
    00a0:  c0 03 5f d6                    ret

tailcall__dynamic_call:  ; section raw_tp/t, 208 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:119
; 0: ld_pseudo r2, 0x2, 0x2  ; map .bss value+0
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
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    0038:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__bss__storage+0
; 2: r3 = *(u64 *)(r2 + 0x10)
    003c:  22 08 40 f9                    ldr x2, [x1, #16]
; tests/x86/tailcall.bpf.c:120
; 3: r4 = *(u64 *)(r2 + 0x0)
    0040:  23 00 40 f9                    ldr x3, [x1]
; 4: r4 += 0x1
    0044:  63 04 00 91                    add x3, x3, #1
; 5: *(u64 *)(r2 + 0x0) = r4
    0048:  23 00 00 f9                    str x3, [x1]
; tests/x86/tailcall.bpf.c:119
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    004c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0050:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 8: if r3 == 0x0 goto +0x2
    0054:  5f 00 00 f1                    cmp x2, #0
    0058:  60 00 00 54                    b.eq 0x64
; 9: ld_pseudo r2, 0x1, 0x1  ; map other
    005c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__other+0
    0060:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__other+0
; tests/x86/tailcall.bpf.c:121
; 11: w3 = 0x1
    0064:  22 00 80 52                    mov w2, #1
; 12: tail_call imm=0x101
    0068:  2c 0c 40 b9                    ldr w12, [x1, #12]
    006c:  5f 00 0c 6b                    cmp w2, w12
    0070:  02 02 00 54                    b.hs 0xb0
    0074:  4a 03 40 b9                    ldr w10, [x26]
    0078:  5f 85 00 71                    cmp w10, #33
    007c:  a2 01 00 54                    b.hs 0xb0
    0080:  2b 14 40 f9                    ldr x11, [x1, #40]
    0084:  8c 41 22 8b                    add x12, x12, w2, uxtw
    0088:  6b 79 6c f8                    ldr x11, [x11, x12, lsl #3]
    008c:  2b 01 00 b4                    cbz x11, 0xb0
    0090:  4a 05 00 11                    add w10, w10, #1
    0094:  4a 03 00 b9                    str w10, [x26]
    0098:  3f 03 00 91                    mov sp, x25
    009c:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00a0:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00a4:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00a8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00ac:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:122
; 13: w0 = 0x5
    00b0:  a7 00 80 52                    mov w7, #5
; 14: exit
    00b4:  3f 03 00 91                    mov sp, x25
    00b8:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00bc:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00c0:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00c4:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00c8:  e0 03 07 aa                    mov x0, x7
    00cc:  c0 03 5f d6                    ret

tailcall__from_sub:  ; section raw_tp/t, 228 bytes, tail-call entry at +0x1c
; tests/x86/tailcall.bpf.c:135
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
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  0a 00 00 94                    bl 0x5c
    0038:  e7 03 00 aa                    mov x7, x0
; tests/x86/tailcall.bpf.c:136
; 1: w0 += 0x3e8
    003c:  e7 a0 0f 11                    add w7, w7, #1000
; 2: exit
    0040:  3f 03 00 91                    mov sp, x25
    0044:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0048:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    004c:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0050:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0054:  e0 03 07 aa                    mov x0, x7
    0058:  c0 03 5f d6                    ret
; subprogram sub_tail
; tests/x86/tailcall.bpf.c:128
; 3: ld_pseudo r2, 0x1, 0x0  ; map chain
    005c:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0060:  fd 03 00 91                    mov x29, sp
    0064:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0068:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    006c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0070:  f9 03 00 91                    mov x25, sp
    0074:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> tailcall__map__chain+0
    0078:  21 00 00 91                    add x1, x1, #0  ; -> tailcall__map__chain+0
; 5: w3 = 0x3
    007c:  62 00 80 52                    mov w2, #3
; 6: tail_call imm=0x10000
    0080:  4a 03 40 b9                    ldr w10, [x26]
    0084:  5f 85 00 71                    cmp w10, #33
    0088:  82 01 00 54                    b.hs 0xb8
    008c:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> tailcall__map__chain__storage+88
    0090:  6b 01 40 f9                    ldr x11, [x11]  ; -> tailcall__map__chain__storage+88
    0094:  2b 01 00 b4                    cbz x11, 0xb8
    0098:  4a 05 00 11                    add w10, w10, #1
    009c:  4a 03 00 b9                    str w10, [x26]
    00a0:  3f 03 00 91                    mov sp, x25
    00a4:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00a8:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00ac:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00b0:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00b4:  60 01 1f d6                    br x11
; tests/x86/tailcall.bpf.c:129
; 7: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
    00b8:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> tailcall__map__bss__storage+0
    00bc:  00 00 00 91                    add x0, x0, #0  ; -> tailcall__map__bss__storage+0
; 9: r0 = *(u64 *)(r1 + 0x10)
    00c0:  07 08 40 f9                    ldr x7, [x0, #16]
; 10: w0 += 0xb
    00c4:  e7 2c 00 11                    add w7, w7, #11
; 11: exit
    00c8:  3f 03 00 91                    mov sp, x25
    00cc:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    00d0:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    00d4:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    00d8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00dc:  e0 03 07 aa                    mov x0, x7
    00e0:  c0 03 5f d6                    ret

