; bpfaot listing of golden-maps.bpf.o for aarch64

maps__count_socket:  ; section socket, 468 bytes, tail-call entry at +0x1c
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
    0024:  f3 67 bf a9                    stp x19, x25, [sp, #-16]!
    0028:  f9 03 00 91                    mov x25, sp
    002c:  ff 83 00 d1                    sub sp, sp, #32
    0030:  f3 03 00 aa                    mov x19, x0
; tests/corpus/maps.bpf.c:86
; 1: *(u32 *)(r10 - 0x4) = 0x0
    0034:  3f c3 1f b8                    stur wzr, [x25, #-4]
; 2: r2 = r10
    0038:  e1 03 19 aa                    mov x1, x25
; 3: r2 += -0x4
    003c:  21 10 00 d1                    sub x1, x1, #4
; tests/corpus/maps.bpf.c:87
; 4: ld_pseudo r1, 0x1, 0x0  ; map scratch
    0040:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__scratch+0
    0044:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__scratch+0
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
; tests/corpus/maps.bpf.c:91
; 7: w1 = *(u32 *)(r6 + 0x18)
    008c:  60 1a 40 b9                    ldr w0, [x19, #24]
; tests/corpus/maps.bpf.c:88
; 8: if r0 == 0x0 goto +0x3
    0090:  ff 00 00 f1                    cmp x7, #0
    0094:  80 00 00 54                    b.eq 0xa4
; tests/corpus/maps.bpf.c:89
; 9: r2 = *(u64 *)(r0 + 0x0)
    0098:  e1 00 40 f9                    ldr x1, [x7]
; 10: r2 += r1
    009c:  21 00 00 8b                    add x1, x1, x0
; 11: *(u64 *)(r0 + 0x0) = r2
    00a0:  e1 00 00 f9                    str x1, [x7]
; tests/corpus/maps.bpf.c:90
; 12: w2 = *(u32 *)(r6 + 0x28)
    00a4:  61 2a 40 b9                    ldr w1, [x19, #40]
; 13: *(u64 *)(r10 - 0x10) = r2
    00a8:  21 03 1f f8                    stur x1, [x25, #-16]
; tests/corpus/maps.bpf.c:91
; 14: *(u64 *)(r10 - 0x18) = r1
    00ac:  20 83 1e f8                    stur x0, [x25, #-24]
; 15: *(u64 *)(r10 - 0x20) = 0x1
    00b0:  2a 00 80 52                    mov w10, #1
    00b4:  2a 03 1e f8                    stur x10, [x25, #-32]
; 16: r2 = r10
    00b8:  e1 03 19 aa                    mov x1, x25
; 17: r2 += -0x10
    00bc:  21 40 00 d1                    sub x1, x1, #16
; 18: r3 = r10
    00c0:  e2 03 19 aa                    mov x2, x25
; 19: r3 += -0x20
    00c4:  42 80 00 d1                    sub x2, x2, #32
; tests/corpus/maps.bpf.c:92
; 20: ld_pseudo r1, 0x1, 0x1  ; map hash_map
    00c8:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__hash_map+0
    00cc:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__hash_map+0
; 22: r4 = 0x1
    00d0:  23 00 80 52                    mov w3, #1
; 23: call 0x2
    00d4:  00 00 00 94                    bl 0xd4  ; -> bpfaot_helper_map_update_elem+0
    00d8:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:93
; 24: ld_pseudo r1, 0x2, 0x8  ; map .data value+0
    00dc:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__data__storage+0
    00e0:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__data__storage+0
; 26: r2 = *(u64 *)(r1 + 0x0)
    00e4:  01 00 40 f9                    ldr x1, [x0]
; 27: r2 += 0x1
    00e8:  21 04 00 91                    add x1, x1, #1
; 28: *(u64 *)(r1 + 0x0) = r2
    00ec:  01 00 00 f9                    str x1, [x0]
; tests/corpus/maps.bpf.c:94
; 29: w2 = *(u32 *)(r6 + 0x18)
    00f0:  61 1a 40 b9                    ldr w1, [x19, #24]
; 30: w1 = w2
    00f4:  e0 03 01 2a                    mov w0, w1
; 31: w1 &= 0x3
    00f8:  00 04 00 12                    and w0, w0, #0x3
; 32: r1 <<= 0x3
    00fc:  00 f0 7d d3                    lsl x0, x0, #3
; 33: ld_pseudo r3, 0x2, 0xc  ; map .bss value+0
    0100:  02 00 00 90                    adrp x2, 0 // 0x0  ; -> maps__map__bss__storage+0
    0104:  42 00 00 91                    add x2, x2, #0  ; -> maps__map__bss__storage+0
; 35: r3 += r1
    0108:  42 00 00 8b                    add x2, x2, x0
; 36: r1 = *(u64 *)(r3 + 0x0)
    010c:  40 00 40 f9                    ldr x0, [x2]
; 37: r1 += 0x1
    0110:  00 04 00 91                    add x0, x0, #1
; 38: *(u64 *)(r3 + 0x0) = r1
    0114:  40 00 00 f9                    str x0, [x2]
; 39: w0 = 0x0
    0118:  07 00 80 52                    mov w7, #0
; tests/corpus/maps.bpf.c:95
; 40: ld_pseudo r1, 0x2, 0x9  ; map .rodata value+0
    011c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__rodata__storage+0
    0120:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__rodata__storage+0
; 42: w1 = *(u32 *)(r1 + 0x0)
    0124:  00 00 40 b9                    ldr w0, [x0]
; 43: if w2 > w1 goto +0x3
    0128:  3f 00 00 6b                    cmp w1, w0
    012c:  a8 00 00 54                    b.hi 0x140
; tests/corpus/maps.bpf.c:97
; 44: w1 = *(u32 *)(r6 + 0x40)
    0130:  60 42 40 b9                    ldr w0, [x19, #64]
; 45: w1 &= 0xf
    0134:  00 0c 00 12                    and w0, w0, #0xf
; 46: call 0x1
    0138:  07 00 00 94                    bl 0x154
    013c:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:98
; 47: exit
    0140:  3f 03 00 91                    mov sp, x25
    0144:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    0148:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    014c:  e0 03 07 aa                    mov x0, x7
    0150:  c0 03 5f d6                    ret
; subprogram account
; tests/corpus/maps.bpf.c:73
; 48: r6 = r2
    0154:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0158:  fd 03 00 91                    mov x29, sp
    015c:  f3 67 bf a9                    stp x19, x25, [sp, #-16]!
    0160:  f9 03 00 91                    mov x25, sp
    0164:  ff 43 00 d1                    sub sp, sp, #16
    0168:  f3 03 01 aa                    mov x19, x1
; 49: *(u32 *)(r10 - 0x4) = w1
    016c:  20 c3 1f b8                    stur w0, [x25, #-4]
; 50: r2 = r10
    0170:  e1 03 19 aa                    mov x1, x25
; 51: r2 += -0x4
    0174:  21 10 00 d1                    sub x1, x1, #4
; tests/corpus/maps.bpf.c:75
; 52: ld_pseudo r1, 0x1, 0x7  ; map array_map
    0178:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__array_map+0
    017c:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__array_map+0
; 54: call 0x1
    0180:  2b 00 40 b9                    ldr w11, [x1]
    0184:  7f 41 00 71                    cmp w11, #16
    0188:  07 00 00 90                    adrp x7, 0 // 0x0  ; -> maps__map__array_map__storage+0
    018c:  e7 00 00 91                    add x7, x7, #0  ; -> maps__map__array_map__storage+0
    0190:  e7 10 0b 8b                    add x7, x7, x11, lsl #4
    0194:  e7 30 9f 9a                    csel x7, x7, xzr, lo
; 55: r1 = 0x0
    0198:  00 00 80 52                    mov w0, #0
; tests/corpus/maps.bpf.c:76
; 56: if r0 == 0x0 goto +0x6
    019c:  ff 00 00 f1                    cmp x7, #0
    01a0:  e0 00 00 54                    b.eq 0x1bc
; tests/corpus/maps.bpf.c:79
; 57: r1 = *(u64 *)(r0 + 0x8)
    01a4:  e0 04 40 f9                    ldr x0, [x7, #8]
; 58: r1 += r6
    01a8:  00 00 13 8b                    add x0, x0, x19
; 59: *(u64 *)(r0 + 0x8) = r1
    01ac:  e0 04 00 f9                    str x0, [x7, #8]
; tests/corpus/maps.bpf.c:78
; 60: r1 = *(u64 *)(r0 + 0x0)
    01b0:  e0 00 40 f9                    ldr x0, [x7]
; 61: r1 += 0x1
    01b4:  00 04 00 91                    add x0, x0, #1
; 62: *(u64 *)(r0 + 0x0) = r1
    01b8:  e0 00 00 f9                    str x0, [x7]
; tests/corpus/maps.bpf.c:81
; 63: r0 = r1
    01bc:  e7 03 00 aa                    mov x7, x0
; 64: exit
    01c0:  3f 03 00 91                    mov sp, x25
    01c4:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    01c8:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    01cc:  e0 03 07 aa                    mov x0, x7
    01d0:  c0 03 5f d6                    ret

maps__classify:  ; section tc, 336 bytes, tail-call entry at +0x1c
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
    0024:  f3 67 bf a9                    stp x19, x25, [sp, #-16]!
    0028:  f9 03 00 91                    mov x25, sp
    002c:  ff c3 00 d1                    sub sp, sp, #48
    0030:  f3 03 00 aa                    mov x19, x0
; tests/corpus/maps.bpf.c:103
; 1: w1 = *(u32 *)(r6 + 0x20)
    0034:  60 22 40 b9                    ldr w0, [x19, #32]
; 2: *(u64 *)(r10 - 0x8) = r1
    0038:  20 83 1f f8                    stur x0, [x25, #-8]
; tests/corpus/maps.bpf.c:104
; 3: w1 = *(u32 *)(r6 + 0x18)
    003c:  60 1a 40 b9                    ldr w0, [x19, #24]
; 4: *(u64 *)(r10 - 0x18) = r1
    0040:  20 83 1e f8                    stur x0, [x25, #-24]
; 5: ld_pseudo r1, 0x2, 0xa  ; map .data.tagged value+0
    0044:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__data_tagged__storage+0
    0048:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__data_tagged__storage+0
; 7: w1 = *(u32 *)(r1 + 0x0)
    004c:  00 00 40 b9                    ldr w0, [x0]
; 8: *(u64 *)(r10 - 0x10) = r1
    0050:  20 03 1f f8                    stur x0, [x25, #-16]
; 9: r2 = r10
    0054:  e1 03 19 aa                    mov x1, x25
; 10: r2 += -0x8
    0058:  21 20 00 d1                    sub x1, x1, #8
; 11: r3 = r10
    005c:  e2 03 19 aa                    mov x2, x25
; 12: r3 += -0x18
    0060:  42 60 00 d1                    sub x2, x2, #24
; tests/corpus/maps.bpf.c:105
; 13: ld_pseudo r1, 0x1, 0x2  ; map percpu_hash
    0064:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__percpu_hash+0
    0068:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__percpu_hash+0
; 15: r4 = 0x0
    006c:  03 00 80 52                    mov w3, #0
; 16: call 0x2
    0070:  00 00 00 94                    bl 0x70  ; -> bpfaot_helper_map_update_elem+0
    0074:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:106
; 17: w1 = *(u32 *)(r6 + 0x5c)
    0078:  60 5e 40 b9                    ldr w0, [x19, #92]
; 18: *(u32 *)(r10 - 0x1c) = w1
    007c:  20 43 1e b8                    stur w0, [x25, #-28]
; 19: r2 = r10
    0080:  e1 03 19 aa                    mov x1, x25
; 20: r2 += -0x1c
    0084:  21 70 00 d1                    sub x1, x1, #28
; tests/corpus/maps.bpf.c:107
; 21: ld_pseudo r1, 0x1, 0x3  ; map lru
    0088:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__lru+0
    008c:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__lru+0
; 23: r3 = r2
    0090:  e2 03 01 aa                    mov x2, x1
; 24: r4 = 0x0
    0094:  03 00 80 52                    mov w3, #0
; 25: call 0x2
    0098:  00 00 00 94                    bl 0x98  ; -> bpfaot_helper_map_update_elem+0
    009c:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:108
; 26: w1 = *(u32 *)(r6 + 0x30)
    00a0:  60 32 40 b9                    ldr w0, [x19, #48]
; 27: *(u16 *)(r10 - 0x1e) = w1
    00a4:  20 23 1e 78                    sturh w0, [x25, #-30]
; tests/corpus/maps.bpf.c:109
; 28: *(u64 *)(r10 - 0x28) = 0x1
    00a8:  2a 00 80 52                    mov w10, #1
    00ac:  2a 83 1d f8                    stur x10, [x25, #-40]
; 29: r2 = r10
    00b0:  e1 03 19 aa                    mov x1, x25
; 30: r2 += -0x1e
    00b4:  21 78 00 d1                    sub x1, x1, #30
; 31: r3 = r10
    00b8:  e2 03 19 aa                    mov x2, x25
; 32: r3 += -0x28
    00bc:  42 a0 00 d1                    sub x2, x2, #40
; tests/corpus/maps.bpf.c:110
; 33: ld_pseudo r1, 0x1, 0x4  ; map lru_percpu
    00c0:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__lru_percpu+0
    00c4:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__lru_percpu+0
; 35: r4 = 0x0
    00c8:  03 00 80 52                    mov w3, #0
; 36: call 0x2
    00cc:  00 00 00 94                    bl 0xcc  ; -> bpfaot_helper_map_update_elem+0
    00d0:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:111
; 37: w3 = *(u32 *)(r6 + 0x24)
    00d4:  62 26 40 b9                    ldr w2, [x19, #36]
; 38: w3 &= 0x1
    00d8:  42 00 00 12                    and w2, w2, #0x1
; 39: r1 = r6
    00dc:  e0 03 13 aa                    mov x0, x19
; 40: ld_pseudo r2, 0x1, 0x5  ; map progs
    00e0:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> maps__map__progs+0
    00e4:  21 00 00 91                    add x1, x1, #0  ; -> maps__map__progs+0
; 42: tail_call imm=0x4
    00e8:  5f 08 00 71                    cmp w2, #2
    00ec:  c2 01 00 54                    b.hs 0x124
    00f0:  4a 03 40 b9                    ldr w10, [x26]
    00f4:  5f 85 00 71                    cmp w10, #33
    00f8:  62 01 00 54                    b.hs 0x124
    00fc:  0b 00 00 90                    adrp x11, 0 // 0x0  ; -> maps__map__progs__storage+16
    0100:  6b 01 00 91                    add x11, x11, #0  ; -> maps__map__progs__storage+16
    0104:  6b 59 62 f8                    ldr x11, [x11, w2, uxtw #3]
    0108:  eb 00 00 b4                    cbz x11, 0x124
    010c:  4a 05 00 11                    add w10, w10, #1
    0110:  4a 03 00 b9                    str w10, [x26]
    0114:  3f 03 00 91                    mov sp, x25
    0118:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    011c:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0120:  60 01 1f d6                    br x11
; tests/corpus/maps.bpf.c:112
; 43: w1 = *(u32 *)(r6 + 0x18)
    0124:  60 1a 40 b9                    ldr w0, [x19, #24]
; 44: w1 &= 0x7
    0128:  00 08 00 12                    and w0, w0, #0x7
; 45: ld_pseudo r2, 0x2, 0xb  ; map .rodata.banner value+0
    012c:  01 00 00 90                    adrp x1, 0 // 0x0  ; -> maps__map__rodata_banner__storage+0
    0130:  21 00 00 91                    add x1, x1, #0  ; -> maps__map__rodata_banner__storage+0
; 47: r2 += r1
    0134:  21 00 00 8b                    add x1, x1, x0
; 48: r0 = *(s8 *)(r2 + 0x0)
    0138:  27 00 80 39                    ldrsb x7, [x1]
; 49: exit
    013c:  3f 03 00 91                    mov sp, x25
    0140:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    0144:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0148:  e0 03 07 aa                    mov x0, x7
    014c:  c0 03 5f d6                    ret

maps__report:  ; section xdp, 272 bytes, tail-call entry at +0x1c
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
    0028:  f4 03 00 aa                    mov x20, x0
; tests/corpus/maps.bpf.c:118
; 1: ld_pseudo r1, 0x1, 0x6  ; map events
    002c:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__events+0
    0030:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__events+0
; 3: r2 = 0x8
    0034:  01 01 80 52                    mov w1, #8
; 4: r3 = 0x0
    0038:  02 00 80 52                    mov w2, #0
; 5: call 0x83
    003c:  00 00 00 94                    bl 0x3c  ; -> bpfaot_helper_ringbuf_reserve+0
    0040:  e7 03 00 aa                    mov x7, x0
; 6: r6 = r0
    0044:  f3 03 07 aa                    mov x19, x7
; tests/corpus/maps.bpf.c:119
; 7: if r6 == 0x0 goto +0x9
    0048:  7f 02 00 f1                    cmp x19, #0
    004c:  80 01 00 54                    b.eq 0x7c
; tests/corpus/maps.bpf.c:121
; 8: r1 = *(u64 *)(r7 + 0x0)
    0050:  80 02 40 f9                    ldr x0, [x20]
; 9: r2 = *(u64 *)(r7 + 0x8)
    0054:  81 06 40 f9                    ldr x1, [x20, #8]
; 10: w2 -= w1
    0058:  21 00 00 4b                    sub w1, w1, w0
; 11: w1 = 0x0
    005c:  00 00 80 52                    mov w0, #0
; 12: call 0x6
    0060:  0c 00 00 94                    bl 0x90
    0064:  e7 03 00 aa                    mov x7, x0
; 13: *(u64 *)(r6 + 0x0) = r0
    0068:  67 02 00 f9                    str x7, [x19]
; tests/corpus/maps.bpf.c:122
; 14: r1 = r6
    006c:  e0 03 13 aa                    mov x0, x19
; 15: r2 = 0x0
    0070:  01 00 80 52                    mov w1, #0
; 16: call 0x84
    0074:  00 00 00 94                    bl 0x74  ; -> bpfaot_helper_ringbuf_submit+0
    0078:  e7 03 00 aa                    mov x7, x0
; tests/corpus/maps.bpf.c:124
; 17: w0 = 0x2
    007c:  47 00 80 52                    mov w7, #2
; 18: exit
    0080:  f3 53 c1 a8                    ldp x19, x20, [sp], #16
    0084:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0088:  e0 03 07 aa                    mov x0, x7
    008c:  c0 03 5f d6                    ret
; subprogram account
; tests/corpus/maps.bpf.c:73
; 19: r6 = r2
    0090:  fd 7b bf a9                    stp x29, x30, [sp, #-16]!
    0094:  fd 03 00 91                    mov x29, sp
    0098:  f3 67 bf a9                    stp x19, x25, [sp, #-16]!
    009c:  f9 03 00 91                    mov x25, sp
    00a0:  ff 43 00 d1                    sub sp, sp, #16
    00a4:  f3 03 01 aa                    mov x19, x1
; 20: *(u32 *)(r10 - 0x4) = w1
    00a8:  20 c3 1f b8                    stur w0, [x25, #-4]
; 21: r2 = r10
    00ac:  e1 03 19 aa                    mov x1, x25
; 22: r2 += -0x4
    00b0:  21 10 00 d1                    sub x1, x1, #4
; tests/corpus/maps.bpf.c:75
; 23: ld_pseudo r1, 0x1, 0x7  ; map array_map
    00b4:  00 00 00 90                    adrp x0, 0 // 0x0  ; -> maps__map__array_map+0
    00b8:  00 00 00 91                    add x0, x0, #0  ; -> maps__map__array_map+0
; 25: call 0x1
    00bc:  2b 00 40 b9                    ldr w11, [x1]
    00c0:  7f 41 00 71                    cmp w11, #16
    00c4:  07 00 00 90                    adrp x7, 0 // 0x0  ; -> maps__map__array_map__storage+0
    00c8:  e7 00 00 91                    add x7, x7, #0  ; -> maps__map__array_map__storage+0
    00cc:  e7 10 0b 8b                    add x7, x7, x11, lsl #4
    00d0:  e7 30 9f 9a                    csel x7, x7, xzr, lo
; 26: r1 = 0x0
    00d4:  00 00 80 52                    mov w0, #0
; tests/corpus/maps.bpf.c:76
; 27: if r0 == 0x0 goto +0x6
    00d8:  ff 00 00 f1                    cmp x7, #0
    00dc:  e0 00 00 54                    b.eq 0xf8
; tests/corpus/maps.bpf.c:79
; 28: r1 = *(u64 *)(r0 + 0x8)
    00e0:  e0 04 40 f9                    ldr x0, [x7, #8]
; 29: r1 += r6
    00e4:  00 00 13 8b                    add x0, x0, x19
; 30: *(u64 *)(r0 + 0x8) = r1
    00e8:  e0 04 00 f9                    str x0, [x7, #8]
; tests/corpus/maps.bpf.c:78
; 31: r1 = *(u64 *)(r0 + 0x0)
    00ec:  e0 00 40 f9                    ldr x0, [x7]
; 32: r1 += 0x1
    00f0:  00 04 00 91                    add x0, x0, #1
; 33: *(u64 *)(r0 + 0x0) = r1
    00f4:  e0 00 00 f9                    str x0, [x7]
; tests/corpus/maps.bpf.c:81
; 34: r0 = r1
    00f8:  e7 03 00 aa                    mov x7, x0
; 35: exit
    00fc:  3f 03 00 91                    mov sp, x25
    0100:  f3 67 c1 a8                    ldp x19, x25, [sp], #16
    0104:  fd 7b c1 a8                    ldp x29, x30, [sp], #16
    0108:  e0 03 07 aa                    mov x0, x7
    010c:  c0 03 5f d6                    ret

