; bpfaot listing of golden-tailcall.bpf.o for x86_64

tailcall__self_loop:  ; section raw_tp/t, 103 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:76
; 0: ld_pseudo r6, 0x2, 0x2  ; map .bss value+0
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
; tests/x86/tailcall.bpf.c:77
; 5: r3 = *(u64 *)(r6 + 0x8)
    002e:  48 8b 53 08                    mov rdx, qword ptr [rbx + 8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    0032:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 8: tail_call imm=0x1
    0039:  83 fa 08                       cmp edx, 8
    003c:  73 23                          jae 0x61
    003e:  89 d2                          mov edx, edx
    0040:  4c 8d 1d 00 00 00 00           lea r11, [rip]  ; -> tailcall__map__chain__storage-4
    0047:  4d 8b 5c d3 40                 mov r11, qword ptr [r11 + 8*rdx + 64]
    004c:  4d 85 db                       test r11, r11
    004f:  74 10                          je 0x61
    0051:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0056:  73 09                          jae 0x61
    0058:  41 ff 04 24                    inc dword ptr [r12]
    005c:  5b                             pop rbx
    005d:  c9                             leave
    005e:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:78
; 9: r0 = *(u64 *)(r6 + 0x0)
    0061:  48 8b 03                       mov rax, qword ptr [rbx]
; 10: exit
    0064:  5b                             pop rbx
    0065:  c9                             leave
    0066:  c3                             ret

tailcall__leaf:  ; section raw_tp/t, 28 bytes, tail-call entry at +0x0
; tests/x86/tailcall.bpf.c:54
; 0: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r1 + 0x0)
    000b:  48 8b 37                       mov rsi, qword ptr [rdi]
; 3: r2 += 0x1
    000e:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r1 + 0x0) = r2
    0012:  48 89 37                       mov qword ptr [rdi], rsi
; tests/x86/tailcall.bpf.c:55
; 5: w0 = 0x64
    0015:  b8 64 00 00 00                 mov eax, 100
; 6: exit
    001a:  c9                             leave
    001b:  c3                             ret

tailcall__leaf3:  ; section raw_tp/t, 28 bytes, tail-call entry at +0x0
; tests/x86/tailcall.bpf.c:68
; 0: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r1 + 0x0)
    000b:  48 8b 37                       mov rsi, qword ptr [rdi]
; 3: r2 += 0x1
    000e:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r1 + 0x0) = r2
    0012:  48 89 37                       mov qword ptr [rdi], rsi
; tests/x86/tailcall.bpf.c:69
; 5: w0 = 0x12c
    0015:  b8 2c 01 00 00                 mov eax, 300
; 6: exit
    001a:  c9                             leave
    001b:  c3                             ret

tailcall__count_and_chain:  ; section raw_tp/t, 102 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:150
; 0: ld_pseudo r6, 0x2, 0x2  ; map .bss value+0
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
; tests/x86/tailcall.bpf.c:151
; 5: call 0x2
    002e:  e8 06 00 00 00                 call 0x39
; tests/x86/tailcall.bpf.c:152
; 6: r0 = *(u64 *)(r6 + 0x0)
    0033:  48 8b 03                       mov rax, qword ptr [rbx]
; 7: exit
    0036:  5b                             pop rbx
    0037:  c9                             leave
    0038:  c3                             ret
; subprogram sub_chain
; tests/x86/tailcall.bpf.c:143
; 8: ld_pseudo r2, 0x1, 0x0  ; map chain
    0039:  55                             push rbp
    003a:  48 89 e5                       mov rbp, rsp
    003d:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 10: w3 = 0x4
    0044:  ba 04 00 00 00                 mov edx, 4
; 11: tail_call imm=0x10001
    0049:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+92
    0050:  4d 85 db                       test r11, r11
    0053:  74 0f                          je 0x64
    0055:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    005a:  73 08                          jae 0x64
    005c:  41 ff 04 24                    inc dword ptr [r12]
    0060:  c9                             leave
    0061:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:144
; 12: exit
    0064:  c9                             leave
    0065:  c3                             ret

tailcall__leaf2:  ; section raw_tp/t, 28 bytes, tail-call entry at +0x0
; tests/x86/tailcall.bpf.c:61
; 0: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r2 = *(u64 *)(r1 + 0x0)
    000b:  48 8b 37                       mov rsi, qword ptr [rdi]
; 3: r2 += 0x1
    000e:  48 83 c6 01                    add rsi, 1
; 4: *(u64 *)(r1 + 0x0) = r2
    0012:  48 89 37                       mov qword ptr [rdi], rsi
; tests/x86/tailcall.bpf.c:62
; 5: w0 = 0xc8
    0015:  b8 c8 00 00 00                 mov eax, 200
; 6: exit
    001a:  c9                             leave
    001b:  c3                             ret

tailcall__static_call:  ; section raw_tp/t, 98 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:85
; 0: ld_pseudo r2, 0x2, 0x2  ; map .bss value+0
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
    0018:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r3 = *(u64 *)(r2 + 0x0)
    001f:  48 8b 16                       mov rdx, qword ptr [rsi]
; 3: r3 += 0x1
    0022:  48 83 c2 01                    add rdx, 1
; 4: *(u64 *)(r2 + 0x0) = r3
    0026:  48 89 16                       mov qword ptr [rsi], rdx
; tests/x86/tailcall.bpf.c:86
; 5: r3 = *(u64 *)(r2 + 0x8)
    0029:  48 8b 56 08                    mov rdx, qword ptr [rsi + 8]
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    002d:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 8: tail_call imm=0x1
    0034:  83 fa 08                       cmp edx, 8
    0037:  73 22                          jae 0x5b
    0039:  89 d2                          mov edx, edx
    003b:  4c 8d 1d 00 00 00 00           lea r11, [rip]  ; -> tailcall__map__chain__storage-4
    0042:  4d 8b 5c d3 40                 mov r11, qword ptr [r11 + 8*rdx + 64]
    0047:  4d 85 db                       test r11, r11
    004a:  74 0f                          je 0x5b
    004c:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0051:  73 08                          jae 0x5b
    0053:  41 ff 04 24                    inc dword ptr [r12]
    0057:  c9                             leave
    0058:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:87
; 9: w0 = 0x1
    005b:  b8 01 00 00 00                 mov eax, 1
; 10: exit
    0060:  c9                             leave
    0061:  c3                             ret

tailcall__direct_call:  ; section raw_tp/t, 87 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:94
; 0: ld_pseudo r2, 0x2, 0x2  ; map .bss value+0
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
    0018:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r3 = *(u64 *)(r2 + 0x0)
    001f:  48 8b 16                       mov rdx, qword ptr [rsi]
; 3: r3 += 0x1
    0022:  48 83 c2 01                    add rdx, 1
; 4: *(u64 *)(r2 + 0x0) = r3
    0026:  48 89 16                       mov qword ptr [rsi], rdx
; tests/x86/tailcall.bpf.c:95
; 5: ld_pseudo r2, 0x1, 0x0  ; map chain
    0029:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 7: w3 = 0x1
    0030:  ba 01 00 00 00                 mov edx, 1
; 8: tail_call imm=0x10001
    0035:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+68
    003c:  4d 85 db                       test r11, r11
    003f:  74 0f                          je 0x50
    0041:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0046:  73 08                          jae 0x50
    0048:  41 ff 04 24                    inc dword ptr [r12]
    004c:  c9                             leave
    004d:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:96
; 9: w0 = 0x1
    0050:  b8 01 00 00 00                 mov eax, 1
; 10: exit
    0055:  c9                             leave
    0056:  c3                             ret

tailcall__direct_empty:  ; section raw_tp/t, 70 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:103
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
    0014:  55                             push rbp
    0015:  48 89 e5                       mov rbp, rsp
    0018:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 2: w3 = 0x2
    001f:  ba 02 00 00 00                 mov edx, 2
; 3: tail_call imm=0x10000
    0024:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+76
    002b:  4d 85 db                       test r11, r11
    002e:  74 0f                          je 0x3f
    0030:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0035:  73 08                          jae 0x3f
    0037:  41 ff 04 24                    inc dword ptr [r12]
    003b:  c9                             leave
    003c:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:104
; 4: w0 = 0x7
    003f:  b8 07 00 00 00                 mov eax, 7
; 5: exit
    0044:  c9                             leave
    0045:  c3                             ret

tailcall__wide_constant:  ; section raw_tp/t, 87 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:111
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
    0014:  55                             push rbp
    0015:  48 89 e5                       mov rbp, rsp
    0018:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 2: r3 = 0x100000001 ll
    001f:  48 ba 01 00 00 00 01 00 00 00  movabs rdx, 4294967297
; 4: tail_call imm=0x0
    0029:  83 fa 08                       cmp edx, 8
    002c:  73 22                          jae 0x50
    002e:  89 d2                          mov edx, edx
    0030:  4c 8d 1d 00 00 00 00           lea r11, [rip]  ; -> tailcall__map__chain__storage-4
    0037:  4d 8b 5c d3 40                 mov r11, qword ptr [r11 + 8*rdx + 64]
    003c:  4d 85 db                       test r11, r11
    003f:  74 0f                          je 0x50
    0041:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0046:  73 08                          jae 0x50
    0048:  41 ff 04 24                    inc dword ptr [r12]
    004c:  c9                             leave
    004d:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:112
; 5: w0 = 0x9
    0050:  b8 09 00 00 00                 mov eax, 9
; 6: exit
    0055:  c9                             leave
    0056:  c3                             ret

tailcall__dynamic_call:  ; section raw_tp/t, 117 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:119
; 0: ld_pseudo r2, 0x2, 0x2  ; map .bss value+0
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
    0018:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__bss__storage-4
; 2: r3 = *(u64 *)(r2 + 0x10)
    001f:  48 8b 56 10                    mov rdx, qword ptr [rsi + 16]
; tests/x86/tailcall.bpf.c:120
; 3: r4 = *(u64 *)(r2 + 0x0)
    0023:  48 8b 0e                       mov rcx, qword ptr [rsi]
; 4: r4 += 0x1
    0026:  48 83 c1 01                    add rcx, 1
; 5: *(u64 *)(r2 + 0x0) = r4
    002a:  48 89 0e                       mov qword ptr [rsi], rcx
; tests/x86/tailcall.bpf.c:119
; 6: ld_pseudo r2, 0x1, 0x0  ; map chain
    002d:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 8: if r3 == 0x0 goto +0x2
    0034:  48 85 d2                       test rdx, rdx
    0037:  74 07                          je 0x40
; 9: ld_pseudo r2, 0x1, 0x1  ; map other
    0039:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__other-4
; tests/x86/tailcall.bpf.c:121
; 11: w3 = 0x1
    0040:  ba 01 00 00 00                 mov edx, 1
; 12: tail_call imm=0x101
    0045:  3b 56 0c                       cmp edx, dword ptr [rsi + 12]
    0048:  73 24                          jae 0x6e
    004a:  89 d2                          mov edx, edx
    004c:  8b 46 0c                       mov eax, dword ptr [rsi + 12]
    004f:  48 01 c2                       add rdx, rax
    0052:  4c 8b 5e 28                    mov r11, qword ptr [rsi + 40]
    0056:  4d 8b 1c d3                    mov r11, qword ptr [r11 + 8*rdx]
    005a:  4d 85 db                       test r11, r11
    005d:  74 0f                          je 0x6e
    005f:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0064:  73 08                          jae 0x6e
    0066:  41 ff 04 24                    inc dword ptr [r12]
    006a:  c9                             leave
    006b:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:122
; 13: w0 = 0x5
    006e:  b8 05 00 00 00                 mov eax, 5
; 14: exit
    0073:  c9                             leave
    0074:  c3                             ret

tailcall__from_sub:  ; section raw_tp/t, 95 bytes, tail-call entry at +0x14
; tests/x86/tailcall.bpf.c:135
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
; tests/x86/tailcall.bpf.c:136
; 1: w0 += 0x3e8
    001d:  05 e8 03 00 00                 add eax, 1000
; 2: exit
    0022:  c9                             leave
    0023:  c3                             ret
; subprogram sub_tail
; tests/x86/tailcall.bpf.c:128
; 3: ld_pseudo r2, 0x1, 0x0  ; map chain
    0024:  55                             push rbp
    0025:  48 89 e5                       mov rbp, rsp
    0028:  48 8d 35 00 00 00 00           lea rsi, [rip]  ; -> tailcall__map__chain-4
; 5: w3 = 0x3
    002f:  ba 03 00 00 00                 mov edx, 3
; 6: tail_call imm=0x10000
    0034:  4c 8b 1d 00 00 00 00           mov r11, qword ptr [rip]  ; -> tailcall__map__chain__storage+84
    003b:  4d 85 db                       test r11, r11
    003e:  74 0f                          je 0x4f
    0040:  41 83 3c 24 21                 cmp dword ptr [r12], 33
    0045:  73 08                          jae 0x4f
    0047:  41 ff 04 24                    inc dword ptr [r12]
    004b:  c9                             leave
    004c:  41 ff e3                       jmp r11
; tests/x86/tailcall.bpf.c:129
; 7: ld_pseudo r1, 0x2, 0x2  ; map .bss value+0
    004f:  48 8d 3d 00 00 00 00           lea rdi, [rip]  ; -> tailcall__map__bss__storage-4
; 9: r0 = *(u64 *)(r1 + 0x10)
    0056:  48 8b 47 10                    mov rax, qword ptr [rdi + 16]
; 10: w0 += 0xb
    005a:  83 c0 0b                       add eax, 11
; 11: exit
    005d:  c9                             leave
    005e:  c3                             ret

