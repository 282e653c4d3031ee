; bpfaot listing of golden-tailcall.bpf.o for x86_64

tailcall__self_loop:  ; section raw_tp/t, 93 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:87
; 0: ld_pseudo r6, 0x2, 0x3  ; map .bss value+0
    0000:  41 54                          push r12
    0002:  6a 00                          push 0
    0004:  49 89 e4                       mov r12, rsp
    0007:  50                             push rax
    0008:  e8 07 00 00 00                 call 0x14
    000d:  48 83 c4 10                    add rsp, 16
    0011:  41 5c                          pop r12
    0013:  c3                             ret
  .Ltail_entry:
    0014:  53                             push rbx
    0015:  48 8d 1d 00 00 00 00           lea rbx, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r6 + 0x0)
    001c:  48 8b 33                       mov rsi, qword ptr [rbx]
; 3: r2 += 0x1
    001f:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r6 + 0x0) = r2
    0023:  48 89 33                       mov qword ptr [rbx], rsi
; tests/x86/tailcall.bpf.c:88
; 5: r3 = *(u64 *)(r6 + 0x8)
    0026:  48 8b 53 08                    mov rdx, qword ptr [rbx + 8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    002a:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 8: tail_call imm=0x1
    0031:  83 fa 08                       cmp edx, 8
    0034:  73 22                          jae 0x58
    0036:  89 d2                          mov edx, edx
    0038:  4c 8d 1d 00 00 00 00           lea r11, [rip]  ; -> tailcall__map__chain__storage-4
    003f:  4d 8b 5c d3 40                 mov r11, qword ptr [r11 + 8*rdx + 64]
    0044:  4d 85 db                       test r11, r11
    0047:  74 0f                          je 0x58
    0049:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    004e:  73 08                          jae 0x58
    0050:  41 ff 04 24                    inc dword ptr [r12]
    0054:  5b                             pop rbx
    0055:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:89
; 9: r0 = *(u64 *)(r6 + 0x0)
    0058:  48 8b 03                       mov rax, qword ptr [rbx]
; 10: exit
    005b:  5b                             pop rbx
    005c:  c3                             ret

tailcall__leaf:  ; section raw_tp/t, 23 bytes, tail-call entry at +0x0
; tests/x86/tailcall.bpf.c:65
; 0: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    0000:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r1 + 0x0)
    0007:  48 8b 37                       mov rsi, qword ptr [rdi]
; 3: r2 += 0x1
    000a:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r1 + 0x0) = r2
    000e:  48 89 37                       mov qword ptr [rdi], rsi
; tests/x86/tailcall.bpf.c:66
; 5: w0 = 0x64
    0011:  b8 64 00 00 00                 mov eax, 100
; 6: exit
    0016:  c3                             ret

tailcall__leaf3:  ; section raw_tp/t, 23 bytes, tail-call entry at +0x0
; tests/x86/tailcall.bpf.c:79
; 0: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    0000:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r1 + 0x0)
    0007:  48 8b 37                       mov rsi, qword ptr [rdi]
; 3: r2 += 0x1
    000a:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r1 + 0x0) = r2
    000e:  48 89 37                       mov qword ptr [rdi], rsi
; tests/x86/tailcall.bpf.c:80
; 5: w0 = 0x12c
    0011:  b8 2c 01 00 00                 mov eax, 300
; 6: exit
    0016:  c3                             ret

tailcall__count_and_chain:  ; section raw_tp/t, 96 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:161
; 0: ld_pseudo r6, 0x2, 0x3  ; map .bss value+0
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
    0018:  48 83 ec 08                    sub rsp, 8
    001c:  53                             push rbx
    001d:  48 8d 1d 00 00 00 00           lea rbx, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r6 + 0x0)
    0024:  48 8b 33                       mov rsi, qword ptr [rbx]
; 3: r2 += 0x1
    0027:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r6 + 0x0) = r2
    002b:  48 89 33                       mov qword ptr [rbx], rsi
; tests/x86/tailcall.bpf.c:162
; 5: call 0x2
    002e:  e8 06 00 00 00                 call 0x39
; tests/x86/tailcall.bpf.c:163
; 6: r0 = *(u64 *)(r6 + 0x0)
    0033:  48 8b 03                       mov rax, qword ptr [rbx]
; 7: exit
    0036:  5b                             pop rbx
    0037:  c9                             leave
    0038:  c3                             ret
; subprogram sub_chain
; tests/x86/tailcall.bpf.c:154
; 8: ld_pseudo r2, 0x1, 0x0  ; map chain
    0039:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 10: w3 = 0x4
    0040:  ba 04 00 00 00                 mov edx, 4
; 11: tail_call imm=0x10001
    0045:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+92
    004c:  4d 85 db                       test r11, r11
    004f:  74 0e                          je 0x5f
    0051:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0056:  73 07                          jae 0x5f
    0058:  41 ff 04 24                    inc dword ptr [r12]
    005c:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:155
; 12: exit
    005f:  c3                             ret

tailcall__counted_step:  ; section raw_tp/t, 182 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:169
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
    0018:  48 83 ec 18                    sub rsp, 24
    001c:  53                             push rbx
    001d:  48 89 fb                       mov rbx, rdi
; tests/x86/tailcall.bpf.c:171
; 1: *(u32 *)(r10 - 0x4) = 0x0
    0020:  c7 45 fc 00 00 00 00           mov dword ptr [rbp - 4], 0
; 2: r2 = r10
    0027:  48 89 ee                       mov rsi, rbp
; 3: r2 += -0x4
    002a:  48 83 c6 fc                    add rsi, -4
; tests/x86/tailcall.bpf.c:172
; 4: ld_pseudo r1, 0x1, 0x2  ; map steps
    002e:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__steps-4
; 6: call 0x1
    0035:  8b 06                          mov eax, dword ptr [rsi]
    0037:  83 f8 01                       cmp eax, 1
    003a:  73 31                          jae 0x6d
    003c:  48 8b 15 00 00 00 00           mov rdx, qword ptr [rip]  ; -> tailcall__map__steps+36
    0043:  48 85 d2                       test rdx, rdx
    0046:  74 1e                          je 0x66
    0048:  48 8b 0d 00 00 00 00           mov rcx, qword ptr [rip]  ; -> bpfaot_tls_cpu_slot-4
    004f:  64 8b 09                       mov ecx, dword ptr fs:[rcx]
    0052:  85 c9                          test ecx, ecx
    0054:  78 10                          js 0x66
    0056:  48 c1 e1 06                    shl rcx, 6
    005a:  48 01 ca                       add rdx, rcx
    005d:  48 c1 e0 03                    shl rax, 3
    0061:  48 01 d0                       add rax, rdx
    0064:  eb 09                          jmp 0x6f
    0066:  e8 00 00 00 00                 call 0x6b  ; -> bpfaot_helper_map_lookup_elem-4
    006b:  eb 02                          jmp 0x6f
    006d:  31 c0                          xor eax, eax
; 7: w1 = 0x0
    006f:  31 ff                          xor edi, edi
; tests/x86/tailcall.bpf.c:173
; 8: if r0 == 0x0 goto +0xa
    0071:  48 85 c0                       test rax, rax
    0074:  74 3b                          je 0xb1
; tests/x86/tailcall.bpf.c:175
; 9: r1 = *(u64 *)(r0 + 0x0)
    0076:  48 8b 38                       mov rdi, qword ptr [rax]
; 10: r1 += 0x1
    0079:  48 83 c7 01                    add rdi, 1
; 11: *(u64 *)(r0 + 0x0) = r1
    007d:  48 89 38                       mov qword ptr [rax], rdi
; tests/x86/tailcall.bpf.c:176
; 12: r1 = r6
    0080:  48 89 df                       mov rdi, rbx
; 13: ld_pseudo r2, 0x1, 0x0  ; map chain
    0083:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 15: w3 = 0x5
    008a:  ba 05 00 00 00                 mov edx, 5
; 16: r6 = r0
    008f:  48 89 c3                       mov rbx, rax
; 17: tail_call imm=0x10001
    0092:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+100
    0099:  4d 85 db                       test r11, r11
    009c:  74 10                          je 0xae
    009e:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    00a3:  73 09                          jae 0xae
    00a5:  41 ff 04 24                    inc dword ptr [r12]
    00a9:  5b                             pop rbx
    00aa:  c9                             leave
    00ab:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:177
; 18: r1 = *(u64 *)(r6 + 0x0)
    00ae:  48 8b 3b                       mov rdi, qword ptr [rbx]
; tests/x86/tailcall.bpf.c:178
; 19: w0 = w1
    00b1:  89 f8                          mov eax, edi
; 20: exit
    00b3:  5b                             pop rbx
    00b4:  c9                             leave
    00b5:  c3                             ret

tailcall__leaf2:  ; section raw_tp/t, 23 bytes, tail-call entry at +0x0
; tests/x86/tailcall.bpf.c:72
; 0: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    0000:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r1 + 0x0)
    0007:  48 8b 37                       mov rsi, qword ptr [rdi]
; 3: r2 += 0x1
    000a:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r1 + 0x0) = r2
    000e:  48 89 37                       mov qword ptr [rdi], rsi
; tests/x86/tailcall.bpf.c:73
; 5: w0 = 0xc8
    0011:  b8 c8 00 00 00                 mov eax, 200
; 6: exit
    0016:  c3                             ret

tailcall__static_call:  ; section raw_tp/t, 92 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:96
; 0: ld_pseudo r2, 0x2, 0x3  ; map .bss value+0
    0000:  41 54                          push r12
    0002:  6a 00                          push 0
    0004:  49 89 e4                       mov r12, rsp
    0007:  50                             push rax
    0008:  e8 07 00 00 00                 call 0x14
    000d:  48 83 c4 10                    add rsp, 16
    0011:  41 5c                          pop r12
    0013:  c3                             ret
  .Ltail_entry:
    0014:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r3 = *(u64 *)(r2 + 0x0)
    001b:  48 8b 16                       mov rdx, qword ptr [rsi]
; 3: r3 += 0x1
    001e:  48 83 c2 01                    add rdx, 1
; 4: *(u64 *)(r2 + 0x0) = r3
    0022:  48 89 16                       mov qword ptr [rsi], rdx
; tests/x86/tailcall.bpf.c:97
; 5: r3 = *(u64 *)(r2 + 0x8)
    0025:  48 8b 56 08                    mov rdx, qword ptr [rsi + 8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    0029:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 8: tail_call imm=0x1
    0030:  83 fa 08                       cmp edx, 8
    0033:  73 21                          jae 0x56
    0035:  89 d2                          mov edx, edx
    0037:  4c 8d 1d 00 00 00 00           lea r11, [rip]  ; -> tailcall__map__chain__storage-4
    003e:  4d 8b 5c d3 40                 mov r11, qword ptr [r11 + 8*rdx + 64]
    0043:  4d 85 db                       test r11, r11
    0046:  74 0e                          je 0x56
    0048:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    004d:  73 07                          jae 0x56
    004f:  41 ff 04 24                    inc dword ptr [r12]
    0053:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:98
; 9: w0 = 0x1
    0056:  b8 01 00 00 00                 mov eax, 1
; 10: exit
    005b:  c3                             ret

tailcall__direct_call:  ; section raw_tp/t, 81 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:105
; 0: ld_pseudo r2, 0x2, 0x3  ; map .bss value+0
    0000:  41 54                          push r12
    0002:  6a 00                          push 0
    0004:  49 89 e4                       mov r12, rsp
    0007:  50                             push rax
    0008:  e8 07 00 00 00                 call 0x14
    000d:  48 83 c4 10                    add rsp, 16
    0011:  41 5c                          pop r12
    0013:  c3                             ret
  .Ltail_entry:
    0014:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r3 = *(u64 *)(r2 + 0x0)
    001b:  48 8b 16                       mov rdx, qword ptr [rsi]
; 3: r3 += 0x1
    001e:  48 83 c2 01                    add rdx, 1
; 4: *(u64 *)(r2 + 0x0) = r3
    0022:  48 89 16                       mov qword ptr [rsi], rdx
; tests/x86/tailcall.bpf.c:106
; 5: ld_pseudo r2, 0x1, 0x0  ; map chain
    0025:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 7: w3 = 0x1
    002c:  ba 01 00 00 00                 mov edx, 1
; 8: tail_call imm=0x10001
    0031:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+68
    0038:  4d 85 db                       test r11, r11
    003b:  74 0e                          je 0x4b
    003d:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0042:  73 07                          jae 0x4b
    0044:  41 ff 04 24                    inc dword ptr [r12]
    0048:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:107
; 9: w0 = 0x1
    004b:  b8 01 00 00 00                 mov eax, 1
; 10: exit
    0050:  c3                             ret

tailcall__direct_empty:  ; section raw_tp/t, 64 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:114
; 0: ld_pseudo r2, 0x1, 0x0  ; map chain
    0000:  41 54                          push r12
    0002:  6a 00                          push 0
    0004:  49 89 e4                       mov r12, rsp
    0007:  50                             push rax
    0008:  e8 07 00 00 00                 call 0x14
    000d:  48 83 c4 10                    add rsp, 16
    0011:  41 5c                          pop r12
    0013:  c3                             ret
  .Ltail_entry:
    0014:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 2: w3 = 0x2
    001b:  ba 02 00 00 00                 mov edx, 2
; 3: tail_call imm=0x10000
    0020:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+76
    0027:  4d 85 db                       test r11, r11
    002a:  74 0e                          je 0x3a
    002c:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0031:  73 07                          jae 0x3a
    0033:  41 ff 04 24                    inc dword ptr [r12]
    0037:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:115
; 4: w0 = 0x7
    003a:  b8 07 00 00 00                 mov eax, 7
; 5: exit
    003f:  c3                             ret

tailcall__wide_constant:  ; section raw_tp/t, 81 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:122
; 0: ld_pseudo r2, 0x1, 0x0  ; map chain
    0000:  41 54                          push r12
    0002:  6a 00                          push 0
    0004:  49 89 e4                       mov r12, rsp
    0007:  50                             push rax
    0008:  e8 07 00 00 00                 call 0x14
    000d:  48 83 c4 10                    add rsp, 16
    0011:  41 5c                          pop r12
    0013:  c3                             ret
  .Ltail_entry:
    0014:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 2: r3 = 0x100000001 ll
    001b:  48 ba 01 00 00 00 01 00 00 00  movabs rdx, 4294967297
; 4: tail_call imm=0x0
    0025:  83 fa 08                       cmp edx, 8
    0028:  73 21                          jae 0x4b
    002a:  89 d2                          mov edx, edx
    002c:  4c 8d 1d 00 00 00 00           lea r11, [rip]  ; -> tailcall__map__chain__storage-4
    0033:  4d 8b 5c d3 40                 mov r11, qword ptr [r11 + 8*rdx + 64]
    0038:  4d 85 db                       test r11, r11
    003b:  74 0e                          je 0x4b
    003d:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0042:  73 07                          jae 0x4b
    0044:  41 ff 04 24                    inc dword ptr [r12]
    0048:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:123
; 5: w0 = 0x9
    004b:  b8 09 00 00 00                 mov eax, 9
; 6: exit
    0050:  c3                             ret

tailcall__dynamic_call:  ; section raw_tp/t, 111 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:130
; 0: ld_pseudo r2, 0x2, 0x3  ; map .bss value+0
    0000:  41 54                          push r12
    0002:  6a 00                          push 0
    0004:  49 89 e4                       mov r12, rsp
    0007:  50                             push rax
    0008:  e8 07 00 00 00                 call 0x14
    000d:  48 83 c4 10                    add rsp, 16
    0011:  41 5c                          pop r12
    0013:  c3                             ret
  .Ltail_entry:
    0014:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r3 = *(u64 *)(r2 + 0x10)
    001b:  48 8b 56 10                    mov rdx, qword ptr [rsi + 16]
; tests/x86/tailcall.bpf.c:131
; 3: r4 = *(u64 *)(r2 + 0x0)
    001f:  48 8b 0e                       mov rcx, qword ptr [rsi]
; 4: r4 += 0x1
    0022:  48 83 c1 01                    add rcx, 1
; 5: *(u64 *)(r2 + 0x0) = r4
    0026:  48 89 0e                       mov qword ptr [rsi], rcx
; tests/x86/tailcall.bpf.c:130
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    0029:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 8: if r3 == 0x0 goto +0x2
    0030:  48 85 d2                       test rdx, rdx
    0033:  74 07                          je 0x3c
; 9: ld_pseudo r2, 0x1, 0x1  ; map other
    0035:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__other-4
; tests/x86/tailcall.bpf.c:132
; 11: w3 = 0x1
    003c:  ba 01 00 00 00                 mov edx, 1
; 12: tail_call imm=0x101
    0041:  3b 56 0c                       cmp edx, dword ptr [rsi + 12]
    0044:  73 23                          jae 0x69
    0046:  89 d2                          mov edx, edx
    0048:  8b 46 0c                       mov eax, dword ptr [rsi + 12]
    004b:  48 01 c2                       add rdx, rax
    004e:  4c 8b 5e 28                    mov r11, qword ptr [rsi + 40]
    0052:  4d 8b 1c d3                    mov r11, qword ptr [r11 + 8*rdx]
    0056:  4d 85 db                       test r11, r11
    0059:  74 0e                          je 0x69
    005b:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0060:  73 07                          jae 0x69
    0062:  41 ff 04 24                    inc dword ptr [r12]
    0066:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:133
; 13: w0 = 0x5
    0069:  b8 05 00 00 00                 mov eax, 5
; 14: exit
    006e:  c3                             ret

tailcall__from_sub:  ; section raw_tp/t, 89 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:146
; 0: call 0x2
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
    0018:  e8 07 00 00 00                 call 0x24
; tests/x86/tailcall.bpf.c:147
; 1: w0 += 0x3e8
    001d:  05 e8 03 00 00                 add eax, 1000
; 2: exit
    0022:  c9                             leave
    0023:  c3                             ret
; subprogram sub_tail
; tests/x86/tailcall.bpf.c:139
; 3: ld_pseudo r2, 0x1, 0x0  ; map chain
    0024:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 5: w3 = 0x3
    002b:  ba 03 00 00 00                 mov edx, 3
; 6: tail_call imm=0x10000
    0030:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+84
    0037:  4d 85 db                       test r11, r11
    003a:  74 0e                          je 0x4a
    003c:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0041:  73 07                          jae 0x4a
    0043:  41 ff 04 24                    inc dword ptr [r12]
    0047:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:140
; 7: ld_pseudo r1, 0x2, 0x3  ; map .bss value+0
    004a:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 9: r0 = *(u64 *)(r1 + 0x10)
    0051:  48 8b 47 10                    mov rax, qword ptr [rdi + 16]
; 10: w0 += 0xb
    0055:  83 c0 0b                       add eax, 11
; 11: exit
    0058:  c3                             ret

tailcall__counted_chain:  ; section raw_tp/t, 179 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:181
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
    0018:  48 83 ec 18                    sub rsp, 24
    001c:  53                             push rbx
    001d:  48 89 fb                       mov rbx, rdi
; tests/x86/tailcall.bpf.c:183
; 1: *(u32 *)(r10 - 0x4) = 0x0
    0020:  c7 45 fc 00 00 00 00           mov dword ptr [rbp - 4], 0
; 2: r2 = r10
    0027:  48 89 ee                       mov rsi, rbp
; 3: r2 += -0x4
    002a:  48 83 c6 fc                    add rsi, -4
; tests/x86/tailcall.bpf.c:184
; 4: ld_pseudo r1, 0x1, 0x2  ; map steps
    002e:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__steps-4
; 6: call 0x1
    0035:  8b 06                          mov eax, dword ptr [rsi]
    0037:  83 f8 01                       cmp eax, 1
    003a:  73 31                          jae 0x6d
    003c:  48 8b 15 00 00 00 00           mov rdx, qword ptr [rip]  ; -> tailcall__map__steps+36
    0043:  48 85 d2                       test rdx, rdx
    0046:  74 1e                          je 0x66
    0048:  48 8b 0d 00 00 00 00           mov rcx, qword ptr [rip]  ; -> bpfaot_tls_cpu_slot-4
    004f:  64 8b 09                       mov ecx, dword ptr fs:[rcx]
    0052:  85 c9                          test ecx, ecx
    0054:  78 10                          js 0x66
    0056:  48 c1 e1 06                    shl rcx, 6
    005a:  48 01 ca                       add rdx, rcx
    005d:  48 c1 e0 03                    shl rax, 3
    0061:  48 01 d0                       add rax, rdx
    0064:  eb 09                          jmp 0x6f
    0066:  e8 00 00 00 00                 call 0x6b  ; -> bpfaot_helper_map_lookup_elem-4
    006b:  eb 02                          jmp 0x6f
    006d:  31 c0                          xor eax, eax
; 7: r1 = r0
    006f:  48 89 c7                       mov rdi, rax
; 8: w0 = 0x0
    0072:  31 c0                          xor eax, eax
; tests/x86/tailcall.bpf.c:185
; 9: if r1 == 0x0 goto +0x7
    0074:  48 85 ff                       test rdi, rdi
    0077:  74 37                          je 0xb0
; tests/x86/tailcall.bpf.c:187
; 10: *(u64 *)(r1 + 0x0) = 0x0
    0079:  48 c7 07 00 00 00 00           mov qword ptr [rdi], 0
; tests/x86/tailcall.bpf.c:188
; 11: r1 = r6
    0080:  48 89 df                       mov rdi, rbx
; 12: ld_pseudo r2, 0x1, 0x0  ; map chain
    0083:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 14: w3 = 0x5
    008a:  ba 05 00 00 00                 mov edx, 5
; 15: tail_call imm=0x10001
    008f:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+100
    0096:  4d 85 db                       test r11, r11
    0099:  74 10                          je 0xab
    009b:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    00a0:  73 09                          jae 0xab
    00a2:  41 ff 04 24                    inc dword ptr [r12]
    00a6:  5b                             pop rbx
    00a7:  c9                             leave
    00a8:  41 ff e3                       jmp r11
; 16: w0 = 0x3e8
    00ab:  b8 e8 03 00 00                 mov eax, 1000
; tests/x86/tailcall.bpf.c:190
; 17: exit
    00b0:  5b                             pop rbx
    00b1:  c9                             leave
    00b2:  c3                             ret

