; bpfaot listing of call_local.o for x86_64

call_local__main:  ; section .text, 163 bytes, tail-call entry at +0x0
; 0: r0 = 0x0
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  53                             push rbx
    0005:  41 55                          push r13
    0007:  41 56                          push r14
    0009:  41 57                          push r15
    000b:  31 c0                          xor eax, eax
; 1: r1 = 0x1
    000d:  bf 01 00 00 00                 mov edi, 1
; 2: r2 = 0x2
    0012:  be 02 00 00 00                 mov esi, 2
; 3: r3 = 0x3
    0017:  ba 03 00 00 00                 mov edx, 3
; 4: r4 = 0x4
    001c:  b9 04 00 00 00                 mov ecx, 4
; 5: r5 = 0x5
    0021:  41 b8 05 00 00 00              mov r8d, 5
; 6: r6 = 0x6
    0027:  bb 06 00 00 00                 mov ebx, 6
; 7: r7 = 0x7
    002c:  41 bd 07 00 00 00              mov r13d, 7
; 8: r8 = 0x8
    0032:  41 be 08 00 00 00              mov r14d, 8
; 9: r9 = 0x9
    0038:  41 bf 09 00 00 00              mov r15d, 9
; 10: call 0x9
    003e:  e8 35 00 00 00                 call 0x78
; 11: if r0 != 0xf goto +0x6
    0043:  48 83 f8 0f                    cmp rax, 15
    0047:  75 1f                          jne 0x68
; 12: if r6 != 0x6 goto +0x5
    0049:  48 83 fb 06                    cmp rbx, 6
    004d:  75 19                          jne 0x68
; 13: if r7 != 0x7 goto +0x4
    004f:  49 83 fd 07                    cmp r13, 7
    0053:  75 13                          jne 0x68
; 14: if r8 != 0x8 goto +0x3
    0055:  49 83 fe 08                    cmp r14, 8
    0059:  75 0d                          jne 0x68
; 15: if r9 != 0x9 goto +0x2
    005b:  49 83 ff 09                    cmp r15, 9
    005f:  75 07                          jne 0x68
; 16: r0 = 0x1
    0061:  b8 01 00 00 00                 mov eax, 1
; 17: exit
    0066:  eb 07                          jmp 0x6f
; 18: r0 = -0x1
    0068:  48 c7 c0 ff ff ff ff           mov rax, -1
; 19: exit
    006f:  41 5f                          pop r15
    0071:  41 5e                          pop r14
    0073:  41 5d                          pop r13
    0075:  5b                             pop rbx
    0076:  c9                             leave
    0077:  c3                             ret
; subprogram main+0xa0
; 20: r0 = 0x0
    0078:  53                             push rbx
    0079:  41 55                          push r13
    007b:  41 56                          push r14
    007d:  41 57                          push r15
    007f:  31 c0                          xor eax, eax
; 21: r0 += r1
    0081:  48 01 f8                       add rax, rdi
; 22: r0 += r2
    0084:  48 01 f0                       add rax, rsi
; 23: r0 += r3
    0087:  48 01 d0                       add rax, rdx
; 24: r0 += r4
    008a:  48 01 c8                       add rax, rcx
; 25: r0 += r5
    008d:  4c 01 c0                       add rax, r8
; 26: r6 = 0x0
    0090:  31 db                          xor ebx, ebx
; 27: r7 = 0x0
    0092:  45 31 ed                       xor r13d, r13d
; 28: r8 = 0x0
    0095:  45 31 f6                       xor r14d, r14d
; 29: r9 = 0x0
    0098:  45 31 ff                       xor r15d, r15d
; 30: exit
    009b:  41 5f                          pop r15
    009d:  41 5e                          pop r14
    009f:  41 5d                          pop r13
    00a1:  5b                             pop rbx
    00a2:  c3                             ret

