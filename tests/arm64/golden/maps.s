; bpfaot listing of golden-maps.bpf.o for aarch64

maps__count_socket:  ; section socket, 424 bytes, tail-call entry at +0x1c
; tests/corpus/maps.bpf.c:84
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
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  ff 83 00 d1                    sub sp, sp, #32
    0038:  f3 03 00 aa                    mov x19, x0
; tests/corpus/maps.bpf.c:86
; 1: *(u32 *)(r10 - 0x4) = 0x0
    003c:  3f c3 1f b8                    stur wzr, [x25, #-4]
; 2: r2 = r10
    0040:  e1 03 19 aa                    mov x1, x25
; 3: r2 += -0x4
    0044:  21 10 00 d1                    sub x1, x1, #4
; tests/corpus/maps.bpf.c:87
; 4: ld_pseudo r1, 0x1, 0x0  ; map scratch
    0048:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__scratch+0
    004c:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__scratch+0
; 6: call 0x1
    0050:  00 00 00 94                    bl 0x50  ; -> bpfaot_helper_map_lookup_elem+0
    0054:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:91
; 7: w1 = *(u32 *)(r6 + 0x0)
    0058:  60 02 40 b9                    ldr w0, [x19]
; tests/corpus/maps.bpf.c:88
; 8: if r0 == 0x0 goto +0x3
    005c:  ff 00 00 f1                    cmp x7, #0
    0060:  80 00 00 54                    b.eq 0x70
; tests/corpus/maps.bpf.c:89
; 9: r2 = *(u64 *)(r0 + 0x0)
    0064:  e1 00 40 f9                    ldr x1, [x7]
; 10: r2 += r1
    0068:  21 00 00 8b                    add x1, x1, x0
; 11: *(u64 *)(r0 + 0x0) = r2
    006c:  e1 00 00 f9                    str x1, [x7]
; tests/corpus/maps.bpf.c:90
; 12: w2 = *(u32 *)(r6 + 0x10)
    0070:  61 12 40 b9                    ldr w1, [x19, #16]
; 13: *(u64 *)(r10 - 0x10) = r2
    0074:  21 03 1f f8                    stur x1, [x25, #-16]
; tests/corpus/maps.bpf.c:91
; 14: *(u64 *)(r10 - 0x18) = r1
    0078:  20 83 1e f8                    stur x0, [x25, #-24]
; 15: *(u64 *)(r10 - 0x20) = 0x1
    007c:  2a 00 80 52                    mov w10, #1
    0080:  2a 03 1e f8                    stur x10, [x25, #-32]
; 16: r2 = r10
    0084:  e1 03 19 aa                    mov x1, x25
; 17: r2 += -0x10
    0088:  21 40 00 d1                    sub x1, x1, #16
; 18: r3 = r10
    008c:  e2 03 19 aa                    mov x2, x25
; 19: r3 += -0x20
    0090:  42 80 00 d1                    sub x2, x2, #32
; tests/corpus/maps.bpf.c:92
; 20: ld_pseudo r1, 0x1, 0x1  ; map hash_map
    0094:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__hash_map+0
    0098:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__hash_map+0
; 22: r4 = 0x1
    009c:  23 00 80 52                    mov w3, #1
; 23: call 0x2
    00a0:  00 00 00 94                    bl 0xa0  ; -> bpfaot_helper_map_update_elem+0
    00a4:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:93
; 24: ld_pseudo r1, 0x2, 0x8  ; map .data value+0
    00a8:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__data__storage+0
    00ac:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__data__storage+0
; 26: r2 = *(u64 *)(r1 + 0x0)
    00b0:  01 00 40 f9                    ldr x1, [x0]
; 27: r2 += 0x1
    00b4:  21 04 00 91                    add x1, x1, #1
; 28: *(u64 *)(r1 + 0x0) = r2
    00b8:  01 00 00 f9                    str x1, [x0]
; tests/corpus/maps.bpf.c:94
; 29: w2 = *(u32 *)(r6 + 0x0)
    00bc:  61 02 40 b9                    ldr w1, [x19]
; 30: w1 = w2
    00c0:  e0 03 01 2a                    mov w0, w1
; 31: w1 &= 0x3
    00c4:  00 04 00 12                    and w0, w0, #0x3
; 32: r1 <<= 0x3
    00c8:  00 f0 7d d3                    lsl x0, x0, #3
; 33: ld_pseudo r3, 0x2, 0xc  ; map .bss value+0
    00cc:  02 00 00 90                    adrp x2, 0 // 0x0  ; -> maps__map__bss__storage+0
    00d0:  42 00 00 91                    add x2, x2, #0  ; -> maps__map__bss__storage+0
; 35: r3 += r1
    00d4:  42 00 00 8b                    add x2, x2, x0
; 36: r1 = *(u64 *)(r3 + 0x0)
    00d8:  40 00 40 f9                    ldr x0, [x2]
; 37: r1 += 0x1
    00dc:  00 04 00 91                    add x0, x0, #1
; 38: *(u64 *)(r3 + 0x0) = r1
    00e0:  40 00 00 f9                    str x0, [x2]
; 39: w0 = 0x0
    00e4:  07 00 80 52                    mov w7, #0
; tests/corpus/maps.bpf.c:95
; 40: ld_pseudo r1, 0x2, 0x9  ; map .rodata value+0
    00e8:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__rodata__storage+0
    00ec:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__rodata__storage+0
; 42: w1 = *(u32 *)(r1 + 0x0)
    00f0:  00 00 40 b9                    ldr w0, [x0]
; 43: if w2 > w1 goto +0x3
    00f4:  3f 00 00 6b                    cmp w1, w0
    00f8:  a8 00 00 54                    b.hi 0x10c
; tests/corpus/maps.bpf.c:97
; 44: w1 = *(u32 *)(r6 + 0x28)
    00fc:  60 2a 40 b9                    ldr w0, [x19, #40]
; 45: w1 &= 0xf
    0100:  00 0c 00 12                    and w0, w0, #0xf
; 46: call 0x1
    0104:  09 00 00 94                    bl 0x128
    0108:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:98
; 47: exit
    010c:  3f 03 00 91                    mov sp, x25
    0110:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0114:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0118:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    011c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0120:  e0 03 07 aa                    mov x0, x7
    0124:  c0 03 5f d6                    ret
; subprogram account
; tests/corpus/maps.bpf.c:73
; 48: r6 = r2
    0128:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    012c:  fd 03 00 91                    mov x29, sp
    0130:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0134:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    0138:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    013c:  f9 03 00 91                    mov x25, sp
    0140:  ff 43 00 d1                    sub sp, sp, #16
    0144:  f3 03 01 aa                    mov x19, x1
; 49: *(u32 *)(r10 - 0x4) = w1
    0148:  20 c3 1f b8                    stur w0, [x25, #-4]
; 50: r2 = r10
    014c:  e1 03 19 aa                    mov x1, x25
; 51: r2 += -0x4
    0150:  21 10 00 d1                    sub x1, x1, #4
; tests/corpus/maps.bpf.c:75
; 52: ld_pseudo r1, 0x1, 0x7  ; map array_map
    0154:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__array_map+0
    0158:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__array_map+0
; 54: call 0x1
    015c:  00 00 00 94                    bl 0x15c  ; -> bpfaot_helper_map_lookup_elem+0
    0160:  e7 03 00 aa                    mov x7, x0
; 55: r1 = 0x0
    0164:  00 00 80 52                    mov w0, #0
; tests/corpus/maps.bpf.c:76
; 56: if r0 == 0x0 goto +0x6
    0168:  ff 00 00 f1                    cmp x7, #0
    016c:  e0 00 00 54                    b.eq 0x188
; tests/corpus/maps.bpf.c:79
; 57: r1 = *(u64 *)(r0 + 0x8)
    0170:  e0 04 40 f9                    ldr x0, [x7, #8]
; 58: r1 += r6
    0174:  00 00 13 8b                    add x0, x0, x19
; 59: *(u64 *)(r0 + 0x8) = r1
    0178:  e0 04 00 f9                    str x0, [x7, #8]
; tests/corpus/maps.bpf.c:78
; 60: r1 = *(u64 *)(r0 + 0x0)
    017c:  e0 00 40 f9                    ldr x0, [x7]
; 61: r1 += 0x1
    0180:  00 04 00 91                    add x0, x0, #1
; 62: *(u64 *)(r0 + 0x0) = r1
    0184:  e0 00 00 f9                    str x0, [x7]
; tests/corpus/maps.bpf.c:81
; 63: r0 = r1
    0188:  e7 03 00 aa                    mov x7, x0
; 64: exit
    018c:  3f 03 00 91                    mov sp, x25
    0190:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0194:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0198:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    019c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    01a0:  e0 03 07 aa                    mov x0, x7
    01a4:  c0 03 5f d6                    ret

maps__classify:  ; section tc, 360 bytes, tail-call entry at +0x1c
; tests/corpus/maps.bpf.c:101
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
    0024:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    0028:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    002c:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    0030:  f9 03 00 91                    mov x25, sp
    0034:  ff c3 00 d1                    sub sp, sp, #48
    0038:  f3 03 00 aa                    mov x19, x0
; tests/corpus/maps.bpf.c:103
; 1: w1 = *(u32 *)(r6 + 0x8)
    003c:  60 0a 40 b9                    ldr w0, [x19, #8]
; 2: *(u64 *)(r10 - 0x8) = r1
    0040:  20 83 1f f8                    stur x0, [x25, #-8]
; tests/corpus/maps.bpf.c:104
; 3: w1 = *(u32 *)(r6 + 0x0)
    0044:  60 02 40 b9                    ldr w0, [x19]
; 4: *(u64 *)(r10 - 0x18) = r1
    0048:  20 83 1e f8                    stur x0, [x25, #-24]
; 5: ld_pseudo r1, 0x2, 0xa  ; map .data.tagged value+0
    004c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__data_tagged__storage+0
    0050:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__data_tagged__storage+0
; 7: w1 = *(u32 *)(r1 + 0x0)
    0054:  00 00 40 b9                    ldr w0, [x0]
; 8: *(u64 *)(r10 - 0x10) = r1
    0058:  20 03 1f f8                    stur x0, [x25, #-16]
; 9: r2 = r10
    005c:  e1 03 19 aa                    mov x1, x25
; 10: r2 += -0x8
    0060:  21 20 00 d1                    sub x1, x1, #8
; 11: r3 = r10
    0064:  e2 03 19 aa                    mov x2, x25
; 12: r3 += -0x18
    0068:  42 60 00 d1                    sub x2, x2, #24
; tests/corpus/maps.bpf.c:105
; 13: ld_pseudo r1, 0x1, 0x2  ; map percpu_hash
    006c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__percpu_hash+0
    0070:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__percpu_hash+0
; 15: r4 = 0x0
    0074:  03 00 80 52                    mov w3, #0
; 16: call 0x2
    0078:  00 00 00 94                    bl 0x78  ; -> bpfaot_helper_map_update_elem+0
    007c:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:106
; 17: w1 = *(u32 *)(r6 + 0x44)
    0080:  60 46 40 b9                    ldr w0, [x19, #68]
; 18: *(u32 *)(r10 - 0x1c) = w1
    0084:  20 43 1e b8                    stur w0, [x25, #-28]
; 19: r2 = r10
    0088:  e1 03 19 aa                    mov x1, x25
; 20: r2 += -0x1c
    008c:  21 70 00 d1                    sub x1, x1, #28
; tests/corpus/maps.bpf.c:107
; 21: ld_pseudo r1, 0x1, 0x3  ; map lru
    0090:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__lru+0
    0094:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__lru+0
; 23: r3 = r2
    0098:  e2 03 01 aa                    mov x2, x1
; 24: r4 = 0x0
    009c:  03 00 80 52                    mov w3, #0
; 25: call 0x2
    00a0:  00 00 00 94                    bl 0xa0  ; -> bpfaot_helper_map_update_elem+0
    00a4:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:108
; 26: w1 = *(u32 *)(r6 + 0x18)
    00a8:  60 1a 40 b9                    ldr w0, [x19, #24]
; 27: *(u16 *)(r10 - 0x1e) = w1
    00ac:  20 23 1e 78                    sturh w0, [x25, #-30]
; tests/corpus/maps.bpf.c:109
; 28: *(u64 *)(r10 - 0x28) = 0x1
    00b0:  2a 00 80 52                    mov w10, #1
    00b4:  2a 83 1d f8                    stur x10, [x25, #-40]
; 29: r2 = r10
    00b8:  e1 03 19 aa                    mov x1, x25
; 30: r2 += -0x1e
    00bc:  21 78 00 d1                    sub x1, x1, #30
; 31: r3 = r10
    00c0:  e2 03 19 aa                    mov x2, x25
; 32: r3 += -0x28
    00c4:  42 a0 00 d1                    sub x2, x2, #40
; tests/corpus/maps.bpf.c:110
; 33: ld_pseudo r1, 0x1, 0x4  ; map lru_percpu
    00c8:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__lru_percpu+0
    00cc:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__lru_percpu+0
; 35: r4 = 0x0
    00d0:  03 00 80 52                    mov w3, #0
; 36: call 0x2
    00d4:  00 00 00 94                    bl 0xd4  ; -> bpfaot_helper_map_update_elem+0
    00d8:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:111
; 37: w3 = *(u32 *)(r6 + 0xc)
    00dc:  62 0e 40 b9                    ldr w2, [x19, #12]
; 38: w3 &= 0x1
    00e0:  42 00 00 12                    and w2, w2, #0x1
; 39: r1 = r6
    00e4:  e0 03 13 aa                    mov x0, x19
; 40: ld_pseudo r2, 0x1, 0x5  ; map progs
    00e8:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> maps__map__progs+0
    00ec:  21 00 00 91                    add x1, x1, #0  ; -> maps__map__progs+0
; 42: tail_call imm=0x4
    00f0:  5f 08 00 71                    cmp w2, #2
    00f4:  02 02 00 54                    b.hs 0x134
    00f8:  4a 03 40 b9                    ldr w10, [x26]
    00fc:  5f 85 00 71                    cmp w10, #33
    0100:  a2 01 00 54                    b.hs 0x134
    0104:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> maps__map__progs__storage+16
    0108:  6b 01 00 91                    add x11, x11, #0  ; -> maps__map__progs__storage+16
    010c:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    0110:  2b 01 00 b4                    cbz x11, 0x134
    0114:  4a 05 00 11                    add w10, w10, #1
    0118:  4a 03 00 b9                    str w10, [x26]
    011c:  3f 03 00 91                    mov sp, x25
    0120:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0124:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0128:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    012c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0130:  60 01 1f d6                    br x11
; tests/corpus/maps.bpf.c:112
; 43: w1 = *(u32 *)(r6 + 0x0)
    0134:  60 02 40 b9                    ldr w0, [x19]
; 44: w1 &= 0x7
    0138:  00 08 00 12                    and w0, w0, #0x7
; 45: ld_pseudo r2, 0x2, 0xb  ; map .rodata.banner value+0
    013c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> maps__map__rodata_banner__storage+0
    0140:  21 00 00 91                    add x1, x1, #0  ; -> maps__map__rodata_banner__storage+0
; 47: r2 += r1
    0144:  21 00 00 8b                    add x1, x1, x0
; 48: r0 = *(s8 *)(r2 + 0x0)
    0148:  27 00 80 39                    ldrsb x7, [x1]
; 49: exit
    014c:  3f 03 00 91                    mov sp, x25
    0150:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0154:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0158:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    015c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0160:  e0 03 07 aa                    mov x0, x7
    0164:  c0 03 5f d6                    ret

maps__report:  ; section xdp, 296 bytes, tail-call entry at +0x1c
; tests/corpus/maps.bpf.c:116
; 0: r7 = r1
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
    0034:  f4 03 00 aa                    mov x20, x0
; tests/corpus/maps.bpf.c:118
; 1: ld_pseudo r1, 0x1, 0x6  ; map events
    0038:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__events+0
    003c:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__events+0
; 3: r2 = 0x8
    0040:  01 01 80 52                    mov w1, #8
; 4: r3 = 0x0
    0044:  02 00 80 52                    mov w2, #0
; 5: call 0x83
    0048:  00 00 00 94                    bl 0x48  ; -> bpfaot_helper_ringbuf_reserve+0
    004c:  e7 03 00 aa                    mov x7, x0
; 6: r6 = r0
    0050:  f3 03 07 aa                    mov x19, x7
; tests/corpus/maps.bpf.c:119
; 7: if r6 == 0x0 goto +0x9
    0054:  7f 02 00 f1                    cmp x19, #0
    0058:  80 01 00 54                    b.eq 0x88
; tests/corpus/maps.bpf.c:121
; 8: w1 = *(u32 *)(r7 + 0x0)
    005c:  80 02 40 b9                    ldr w0, [x20]
; 9: w2 = *(u32 *)(r7 + 0x4)
    0060:  81 06 40 b9                    ldr w1, [x20, #4]
; 10: w2 -= w1
    0064:  21 00 00 4b                    sub w1, w1, w0
; 11: w1 = 0x0
    0068:  00 00 80 52                    mov w0, #0
; 12: call 0x6
    006c:  0f 00 00 94                    bl 0xa8
    0070:  e7 03 00 aa                    mov x7, x0
; 13: *(u64 *)(r6 + 0x0) = r0
    0074:  67 02 00 f9                    str x7, [x19]
; tests/corpus/maps.bpf.c:122
; 14: r1 = r6
    0078:  e0 03 13 aa                    mov x0, x19
; 15: r2 = 0x0
    007c:  01 00 80 52                    mov w1, #0
; 16: call 0x84
    0080:  00 00 00 94                    bl 0x80  ; -> bpfaot_helper_ringbuf_submit+0
    0084:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:124
; 17: w0 = 0x2
    0088:  47 00 80 52                    mov w7, #2
; 18: exit
    008c:  3f 03 00 91                    mov sp, x25
    0090:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0094:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0098:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    009c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    00a0:  e0 03 07 aa                    mov x0, x7
    00a4:  c0 03 5f d6                    ret
; subprogram account
; tests/corpus/maps.bpf.c:73
; 19: r6 = r2
    00a8:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    00ac:  fd 03 00 91                    mov x29, sp
    00b0:  f3 53 bf a9                    stp x19, x20, [sp, #-16]!
    00b4:  f5 5b bf a9                    stp x21, x22, [sp, #-16]!
    00b8:  f9 6b bf a9                    stp x25, x26, [sp, #-16]!
    00bc:  f9 03 00 91                    mov x25, sp
    00c0:  ff 43 00 d1                    sub sp, sp, #16
    00c4:  f3 03 01 aa                    mov x19, x1
; 20: *(u32 *)(r10 - 0x4) = w1
    00c8:  20 c3 1f b8                    stur w0, [x25, #-4]
; 21: r2 = r10
    00cc:  e1 03 19 aa                    mov x1, x25
; 22: r2 += -0x4
    00d0:  21 10 00 d1                    sub x1, x1, #4
; tests/corpus/maps.bpf.c:75
; 23: ld_pseudo r1, 0x1, 0x7  ; map array_map
    00d4:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__array_map+0
    00d8:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__array_map+0
; 25: call 0x1
    00dc:  00 00 00 94                    bl 0xdc  ; -> bpfaot_helper_map_lookup_elem+0
    00e0:  e7 03 00 aa                    mov x7, x0
; 26: r1 = 0x0
    00e4:  00 00 80 52                    mov w0, #0
; tests/corpus/maps.bpf.c:76
; 27: if r0 == 0x0 goto +0x6
    00e8:  ff 00 00 f1                    cmp x7, #0
    00ec:  e0 00 00 54                    b.eq 0x108
; tests/corpus/maps.bpf.c:79
; 28: r1 = *(u64 *)(r0 + 0x8)
    00f0:  e0 04 40 f9                    ldr x0, [x7, #8]
; 29: r1 += r6
    00f4:  00 00 13 8b                    add x0, x0, x19
; 30: *(u64 *)(r0 + 0x8) = r1
    00f8:  e0 04 00 f9                    str x0, [x7, #8]
; tests/corpus/maps.bpf.c:78
; 31: r1 = *(u64 *)(r0 + 0x0)
    00fc:  e0 00 40 f9                    ldr x0, [x7]
; 32: r1 += 0x1
    0100:  00 04 00 91                    add x0, x0, #1
; 33: *(u64 *)(r0 + 0x0) = r1
    0104:  e0 00 00 f9                    str x0, [x7]
; tests/corpus/maps.bpf.c:81
; 34: r0 = r1
    0108:  e7 03 00 aa                    mov x7, x0
; 35: exit
    010c:  3f 03 00 91                    mov sp, x25
    0110:  f9 6b c1 a8                    ldp x25, x26, [sp], #16
    0114:  f5 5b c1 a8                    ldp x21, x22, [sp], #16
    0118:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    011c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0120:  e0 03 07 aa                    mov x0, x7
    0124:  c0 03 5f d6                    ret

