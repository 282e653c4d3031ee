; bpfaot listing of golden-maps.bpf.o for x86_64

maps__count_socket:  ; section socket, 324 bytes, tail-call entry at +0x0
; tests/corpus/maps.bpf.c:84
; 0: r6 = r1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 28                    sub rsp, 40
    0008:  53                             push rbx
    0009:  48 89 fb                       mov rbx, rdi
; tests/corpus/maps.bpf.c:86
; 1: *(u32 *)(r10 - 0x4) = 0x0
    000c:  c7 45 fc 00 00 00 00           mov dword ptr [rbp - 4], 0
; 2: r2 = r10
    0013:  48 89 ee                       mov rsi, rbp
; 3: r2 += -0x4
    0016:  48 83 c6 fc                    add rsi, -4
; tests/corpus/maps.bpf.c:87
; 4: ld_pseudo r1, 0x1, 0x0  ; map scratch
    001a:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__scratch-4
; 6: call 0x1
    0021:  8b 06                          mov eax, dword ptr [rsi]
    0023:  83 f8 01                       cmp eax, 1
    0026:  73 31                          jae 0x59
    0028:  48 8b 15 00 00 00 00           mov rdx, qword ptr [rip]  ; -> maps__map__scratch+36
    002f:  48 85 d2                       test rdx, rdx
    0032:  74 1e                          je 0x52
    0034:  48 8b 0d 00 00 00 00           mov rcx, qword ptr [rip]  ; -> bpfaot_tls_cpu_slot-4
    003b:  64 8b 09                       mov ecx, dword ptr fs:[rcx]
    003e:  85 c9                          test ecx, ecx
    0040:  78 10                          js 0x52
    0042:  48 c1 e1 06                    shl rcx, 6
    0046:  48 01 ca                       add rdx, rcx
    0049:  48 c1 e0 03                    shl rax, 3
    004d:  48 01 d0                       add rax, rdx
    0050:  eb 09                          jmp 0x5b
    0052:  e8 00 00 00 00                 call 0x57  ; -> bpfaot_helper_map_lookup_elem-4
    0057:  eb 02                          jmp 0x5b
    0059:  31 c0                          xor eax, eax
; tests/corpus/maps.bpf.c:91
; 7: w1 = *(u32 *)(r6 + 0x18)
    005b:  8b 7b 18                       mov edi, dword ptr [rbx + 24]
; tests/corpus/maps.bpf.c:88
; 8: if r0 == 0x0 goto +0x3
    005e:  48 85 c0                       test rax, rax
    0061:  74 09                          je 0x6c
; tests/corpus/maps.bpf.c:89
; 9: r2 = *(u64 *)(r0 + 0x0)
    0063:  48 8b 30                       mov rsi, qword ptr [rax]
; 10: r2 += r1
    0066:  48 01 fe                       add rsi, rdi
; 11: *(u64 *)(r0 + 0x0) = r2
    0069:  48 89 30                       mov qword ptr [rax], rsi
; tests/corpus/maps.bpf.c:90
; 12: w2 = *(u32 *)(r6 + 0x28)
    006c:  8b 73 28                       mov esi, dword ptr [rbx + 40]
; 13: *(u64 *)(r10 - 0x10) = r2
    006f:  48 89 75 f0                    mov qword ptr [rbp - 16], rsi
; tests/corpus/maps.bpf.c:91
; 14: *(u64 *)(r10 - 0x18) = r1
    0073:  48 89 7d e8                    mov qword ptr [rbp - 24], rdi
; 15: *(u64 *)(r10 - 0x20) = 0x1
    0077:  48 c7 45 e0 01 00 00 00        mov qword ptr [rbp - 32], 1
; 16: r2 = r10
    007f:  48 89 ee                       mov rsi, rbp
; 17: r2 += -0x10
    0082:  48 83 c6 f0                    add rsi, -16
; 18: r3 = r10
    0086:  48 89 ea                       mov rdx, rbp
; 19: r3 += -0x20
    0089:  48 83 c2 e0                    add rdx, -32
; tests/corpus/maps.bpf.c:92
; 20: ld_pseudo r1, 0x1, 0x1  ; map hash_map
    008d:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__hash_map-4
; 22: r4 = 0x1
    0094:  b9 01 00 00 00                 mov ecx, 1
; 23: call 0x2
    0099:  e8 00 00 00 00                 call 0x9e  ; -> bpfaot_helper_map_update_elem-4
; tests/corpus/maps.bpf.c:93
; 24: ld_pseudo r1, 0x2, 0x8  ; map .data value+0
    009e:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__data__storage-4
; 26: r2 = *(u64 *)(r1 + 0x0)
    00a5:  48 8b 37                       mov rsi, qword ptr [rdi]
; 27: r2 += 0x1
    00a8:  48 83 c6 01                    add rsi, 1
; 28: *(u64 *)(r1 + 0x0) = r2
    00ac:  48 89 37                       mov qword ptr [rdi], rsi
; tests/corpus/maps.bpf.c:94
; 29: w2 = *(u32 *)(r6 + 0x18)
    00af:  8b 73 18                       mov esi, dword ptr [rbx + 24]
; 30: w1 = w2
    00b2:  89 f7                          mov edi, esi
; 31: w1 &= 0x3
    00b4:  83 e7 03                       and edi, 3
; 32: r1 <<= 0x3
    00b7:  48 c1 e7 03                    shl rdi, 3
; 33: ld_pseudo r3, 0x2, 0xc  ; map .bss value+0
    00bb:  48 8d 15 00 00 00 00           lea rdx, [rip]  ; -> maps__map__bss__storage-4
; 35: r3 += r1
    00c2:  48 01 fa                       add rdx, rdi
; 36: r1 = *(u64 *)(r3 + 0x0)
    00c5:  48 8b 3a                       mov rdi, qword ptr [rdx]
; 37: r1 += 0x1
    00c8:  48 83 c7 01                    add rdi, 1
; 38: *(u64 *)(r3 + 0x0) = r1
    00cc:  48 89 3a                       mov qword ptr [rdx], rdi
; 39: w0 = 0x0
    00cf:  31 c0                          xor eax, eax
; tests/corpus/maps.bpf.c:95
; 40: ld_pseudo r1, 0x2, 0x9  ; map .rodata value+0
    00d1:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__rodata__storage-4
; 42: w1 = *(u32 *)(r1 + 0x0)
    00d8:  8b 3f                          mov edi, dword ptr [rdi]
; 43: if w2 > w1 goto +0x3
    00da:  39 fe                          cmp esi, edi
    00dc:  77 0b                          ja 0xe9
; tests/corpus/maps.bpf.c:97
; 44: w1 = *(u32 *)(r6 + 0x40)
    00de:  8b 7b 40                       mov edi, dword ptr [rbx + 64]
; 45: w1 &= 0xf
    00e1:  83 e7 0f                       and edi, 15
; 46: call 0x1
    00e4:  e8 03 00 00 00                 call 0xec
; tests/corpus/maps.bpf.c:98
; 47: exit
    00e9:  5b                             pop rbx
    00ea:  c9                             leave
    00eb:  c3                             ret
; subprogram account
; tests/corpus/maps.bpf.c:73
; 48: r6 = r2
    00ec:  55                             push rbp
    00ed:  48 89 e5                       mov rbp, rsp
    00f0:  48 83 ec 18                    sub rsp, 24
    00f4:  53                             push rbx
    00f5:  48 89 f3                       mov rbx, rsi
; 49: *(u32 *)(r10 - 0x4) = w1
    00f8:  89 7d fc                       mov dword ptr [rbp - 4], edi
; 50: r2 = r10
    00fb:  48 89 ee                       mov rsi, rbp
; 51: r2 += -0x4
    00fe:  48 83 c6 fc                    add rsi, -4
; tests/corpus/maps.bpf.c:75
; 52: ld_pseudo r1, 0x1, 0x7  ; map array_map
    0102:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__array_map-4
; 54: call 0x1
    0109:  8b 06                          mov eax, dword ptr [rsi]
    010b:  83 f8 10                       cmp eax, 16
    010e:  73 10                          jae 0x120
    0110:  48 c1 e0 04                    shl rax, 4
    0114:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__array_map__storage-4
    011b:  48 01 f8                       add rax, rdi
    011e:  eb 02                          jmp 0x122
    0120:  31 c0                          xor eax, eax
; 55: r1 = 0x0
    0122:  31 ff                          xor edi, edi
; tests/corpus/maps.bpf.c:76
; 56: if r0 == 0x0 goto +0x6
    0124:  48 85 c0                       test rax, rax
    0127:  74 15                          je 0x13e
; tests/corpus/maps.bpf.c:79
; 57: r1 = *(u64 *)(r0 + 0x8)
    0129:  48 8b 78 08                    mov rdi, qword ptr [rax + 8]
; 58: r1 += r6
    012d:  48 01 df                       add rdi, rbx
; 59: *(u64 *)(r0 + 0x8) = r1
    0130:  48 89 78 08                    mov qword ptr [rax + 8], rdi
; tests/corpus/maps.bpf.c:78
; 60: r1 = *(u64 *)(r0 + 0x0)
    0134:  48 8b 38                       mov rdi, qword ptr [rax]
; 61: r1 += 0x1
    0137:  48 83 c7 01                    add rdi, 1
; 62: *(u64 *)(r0 + 0x0) = r1
    013b:  48 89 38                       mov qword ptr [rax], rdi
; tests/corpus/maps.bpf.c:81
; 63: r0 = r1
    013e:  48 89 f8                       mov rax, rdi
; 64: exit
    0141:  5b                             pop rbx
    0142:  c9                             leave
    0143:  c3                             ret

maps__classify:  ; section tc, 239 bytes, tail-call entry at +0x14
; tests/corpus/maps.bpf.c:101
; 0: r6 = r1
    0000:  41 54                          push r12
    0002:  6a 00                          push 0
    0004:  49 89 e4                       mov r12, rsp
    0007:  50                             push rax
    0008:  e8 07 00 00 00                 call 0x14
    000d:  48 83 c4 10                    add rsp, 16
    0011:  41 5c                          pop r12
    0013:  c3                             ret
  .Ltail_entry:
    0014:  55                             push rbp
    0015:  48 89 e5                       mov rbp, rsp
    0018:  48 83 ec 38                    sub rsp, 56
    001c:  53                             push rbx
    001d:  48 89 fb                       mov rbx, rdi
; tests/corpus/maps.bpf.c:103
; 1: w1 = *(u32 *)(r6 + 0x20)
    0020:  8b 7b 20                       mov edi, dword ptr [rbx + 32]
; 2: *(u64 *)(r10 - 0x8) = r1
    0023:  48 89 7d f8                    mov qword ptr [rbp - 8], rdi
; tests/corpus/maps.bpf.c:104
; 3: w1 = *(u32 *)(r6 + 0x18)
    0027:  8b 7b 18                       mov edi, dword ptr [rbx + 24]
; 4: *(u64 *)(r10 - 0x18) = r1
    002a:  48 89 7d e8                    mov qword ptr [rbp - 24], rdi
; 5: ld_pseudo r1, 0x2, 0xa  ; map .data.tagged value+0
    002e:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__data_tagged__storage-4
; 7: w1 = *(u32 *)(r1 + 0x0)
    0035:  8b 3f                          mov edi, dword ptr [rdi]
; 8: *(u64 *)(r10 - 0x10) = r1
    0037:  48 89 7d f0                    mov qword ptr [rbp - 16], rdi
; 9: r2 = r10
    003b:  48 89 ee                       mov rsi, rbp
; 10: r2 += -0x8
    003e:  48 83 c6 f8                    add rsi, -8
; 11: r3 = r10
    0042:  48 89 ea                       mov rdx, rbp
; 12: r3 += -0x18
    0045:  48 83 c2 e8                    add rdx, -24
; tests/corpus/maps.bpf.c:105
; 13: ld_pseudo r1, 0x1, 0x2  ; map percpu_hash
    0049:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__percpu_hash-4
; 15: r4 = 0x0
    0050:  31 c9                          xor ecx, ecx
; 16: call 0x2
    0052:  e8 00 00 00 00                 call 0x57  ; -> bpfaot_helper_map_update_elem-4
; tests/corpus/maps.bpf.c:106
; 17: w1 = *(u32 *)(r6 + 0x5c)
    0057:  8b 7b 5c                       mov edi, dword ptr [rbx + 92]
; 18: *(u32 *)(r10 - 0x1c) = w1
    005a:  89 7d e4                       mov dword ptr [rbp - 28], edi
; 19: r2 = r10
    005d:  48 89 ee                       mov rsi, rbp
; 20: r2 += -0x1c
    0060:  48 83 c6 e4                    add rsi, -28
; tests/corpus/maps.bpf.c:107
; 21: ld_pseudo r1, 0x1, 0x3  ; map lru
    0064:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__lru-4
; 23: r3 = r2
    006b:  48 89 f2                       mov rdx, rsi
; 24: r4 = 0x0
    006e:  31 c9                          xor ecx, ecx
; 25: call 0x2
    0070:  e8 00 00 00 00                 call 0x75  ; -> bpfaot_helper_map_update_elem-4
; tests/corpus/maps.bpf.c:108
; 26: w1 = *(u32 *)(r6 + 0x30)
    0075:  8b 7b 30                       mov edi, dword ptr [rbx + 48]
; 27: *(u16 *)(r10 - 0x1e) = w1
    0078:  66 89 7d e2                    mov word ptr [rbp - 30], di
; tests/corpus/maps.bpf.c:109
; 28: *(u64 *)(r10 - 0x28) = 0x1
    007c:  48 c7 45 d8 01 00 00 00        mov qword ptr [rbp - 40], 1
; 29: r2 = r10
    0084:  48 89 ee                       mov rsi, rbp
; 30: r2 += -0x1e
    0087:  48 83 c6 e2                    add rsi, -30
; 31: r3 = r10
    008b:  48 89 ea                       mov rdx, rbp
; 32: r3 += -0x28
    008e:  48 83 c2 d8                    add rdx, -40
; tests/corpus/maps.bpf.c:110
; 33: ld_pseudo r1, 0x1, 0x4  ; map lru_percpu
    0092:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__lru_percpu-4
; 35: r4 = 0x0
    0099:  31 c9                          xor ecx, ecx
; 36: call 0x2
    009b:  e8 00 00 00 00                 call 0xa0  ; -> bpfaot_helper_map_update_elem-4
; tests/corpus/maps.bpf.c:111
; 37: w3 = *(u32 *)(r6 + 0x24)
    00a0:  8b 53 24                       mov edx, dword ptr [rbx + 36]
; 38: w3 &= 0x1
    00a3:  83 e2 01                       and edx, 1
; 39: r1 = r6
    00a6:  48 89 df                       mov rdi, rbx
; 40: ld_pseudo r2, 0x1, 0x5  ; map progs
    00a9:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> maps__map__progs-4
; 42: tail_call imm=0x4
    00b0:  83 fa 02                       cmp edx, 2
    00b3:  73 23                          jae 0xd8
    00b5:  89 d2                          mov edx, edx
    00b7:  4c 8d 1d 00 00 00 00           lea r11, [rip]  ; -> maps__map__progs__storage-4
    00be:  4d 8b 5c d3 10                 mov r11, qword ptr [r11 + 8*rdx + 16]
    00c3:  4d 85 db                       test r11, r11
    00c6:  74 10                          je 0xd8
    00c8:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    00cd:  73 09                          jae 0xd8
    00cf:  41 ff 04 24                    inc dword ptr [r12]
    00d3:  5b                             pop rbx
    00d4:  c9                             leave
    00d5:  41 ff e3                       jmp r11
; tests/corpus/maps.bpf.c:112
; 43: w1 = *(u32 *)(r6 + 0x18)
    00d8:  8b 7b 18                       mov edi, dword ptr [rbx + 24]
; 44: w1 &= 0x7
    00db:  83 e7 07                       and edi, 7
; 45: ld_pseudo r2, 0x2, 0xb  ; map .rodata.banner value+0
    00de:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> maps__map__rodata_banner__storage-4
; 47: r2 += r1
    00e5:  48 01 fe                       add rsi, rdi
; 48: r0 = *(s8 *)(r2 + 0x0)
    00e8:  48 0f be 06                    movsx rax, byte ptr [rsi]
; 49: exit
    00ec:  5b                             pop rbx
    00ed:  c9                             leave
    00ee:  c3                             ret

maps__report:  ; section xdp, 165 bytes, tail-call entry at +0x0
; tests/corpus/maps.bpf.c:116
; 0: r7 = r1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  53                             push rbx
    0005:  41 55                          push r13
    0007:  49 89 fd                       mov r13, rdi
; tests/corpus/maps.bpf.c:118
; 1: ld_pseudo r1, 0x1, 0x6  ; map events
    000a:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__events-4
; 3: r2 = 0x8
    0011:  be 08 00 00 00                 mov esi, 8
; 4: r3 = 0x0
    0016:  31 d2                          xor edx, edx
; 5: call 0x83
    0018:  e8 00 00 00 00                 call 0x1d  ; -> bpfaot_helper_ringbuf_reserve-4
; 6: r6 = r0
    001d:  48 89 c3                       mov rbx, rax
; tests/corpus/maps.bpf.c:119
; 7: if r6 == 0x0 goto +0x9
    0020:  48 85 db                       test rbx, rbx
    0023:  74 1e                          je 0x43
; tests/corpus/maps.bpf.c:121
; 8: r1 = *(u64 *)(r7 + 0x0)
    0025:  49 8b 7d 00                    mov rdi, qword ptr [r13]
; 9: r2 = *(u64 *)(r7 + 0x8)
    0029:  49 8b 75 08                    mov rsi, qword ptr [r13 + 8]
; 10: w2 -= w1
    002d:  29 fe                          sub esi, edi
; 11: w1 = 0x0
    002f:  31 ff                          xor edi, edi
; 12: call 0x6
    0031:  e8 17 00 00 00                 call 0x4d
; 13: *(u64 *)(r6 + 0x0) = r0
    0036:  48 89 03                       mov qword ptr [rbx], rax
; tests/corpus/maps.bpf.c:122
; 14: r1 = r6
    0039:  48 89 df                       mov rdi, rbx
; 15: r2 = 0x0
    003c:  31 f6                          xor esi, esi
; 16: call 0x84
    003e:  e8 00 00 00 00                 call 0x43  ; -> bpfaot_helper_ringbuf_submit-4
; tests/corpus/maps.bpf.c:124
; 17: w0 = 0x2
    0043:  b8 02 00 00 00                 mov eax, 2
; 18: exit
    0048:  41 5d                          pop r13
    004a:  5b                             pop rbx
    004b:  c9                             leave
    004c:  c3                             ret
; subprogram account
; tests/corpus/maps.bpf.c:73
; 19: r6 = r2
    004d:  55                             push rbp
    004e:  48 89 e5                       mov rbp, rsp
    0051:  48 83 ec 18                    sub rsp, 24
    0055:  53                             push rbx
    0056:  48 89 f3                       mov rbx, rsi
; 20: *(u32 *)(r10 - 0x4) = w1
    0059:  89 7d fc                       mov dword ptr [rbp - 4], edi
; 21: r2 = r10
    005c:  48 89 ee                       mov rsi, rbp
; 22: r2 += -0x4
    005f:  48 83 c6 fc                    add rsi, -4
; tests/corpus/maps.bpf.c:75
; 23: ld_pseudo r1, 0x1, 0x7  ; map array_map
    0063:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__array_map-4
; 25: call 0x1
    006a:  8b 06                          mov eax, dword ptr [rsi]
    006c:  83 f8 10                       cmp eax, 16
    006f:  73 10                          jae 0x81
    0071:  48 c1 e0 04                    shl rax, 4
    0075:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> maps__map__array_map__storage-4
    007c:  48 01 f8                       add rax, rdi
    007f:  eb 02                          jmp 0x83
    0081:  31 c0                          xor eax, eax
; 26: r1 = 0x0
    0083:  31 ff                          xor edi, edi
; tests/corpus/maps.bpf.c:76
; 27: if r0 == 0x0 goto +0x6
    0085:  48 85 c0                       test rax, rax
    0088:  74 15                          je 0x9f
; tests/corpus/maps.bpf.c:79
; 28: r1 = *(u64 *)(r0 + 0x8)
    008a:  48 8b 78 08                    mov rdi, qword ptr [rax + 8]
; 29: r1 += r6
    008e:  48 01 df                       add rdi, rbx
; 30: *(u64 *)(r0 + 0x8) = r1
    0091:  48 89 78 08                    mov qword ptr [rax + 8], rdi
; tests/corpus/maps.bpf.c:78
; 31: r1 = *(u64 *)(r0 + 0x0)
    0095:  48 8b 38                       mov rdi, qword ptr [rax]
; 32: r1 += 0x1
    0098:  48 83 c7 01                    add rdi, 1
; 33: *(u64 *)(r0 + 0x0) = r1
    009c:  48 89 38                       mov qword ptr [rax], rdi
; tests/corpus/maps.bpf.c:81
; 34: r0 = r1
    009f:  48 89 f8                       mov rax, rdi
; 35: exit
    00a2:  5b                             pop rbx
    00a3:  c9                             leave
    00a4:  c3                             ret

