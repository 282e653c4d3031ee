; bpfaot listing of alu-arith.o for x86_64

alu_arith__main:  ; section .text, 164 bytes, tail-call entry at +0x0
; 0: w0 = 0xa
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  53                             push rbx
    0005:  41 55                          push r13
    0007:  41 56                          push r14
    0009:  41 57                          push r15
    000b:  b8 0a 00 00 00                 mov eax, 10
; 1: w0 -= w0
    0010:  29 c0                          sub eax, eax
; 2: w1 = 0x1
    0012:  bf 01 00 00 00                 mov edi, 1
; 3: w2 = 0x2
    0017:  be 02 00 00 00                 mov esi, 2
; 4: w3 = 0x3
    001c:  ba 03 00 00 00                 mov edx, 3
; 5: w4 = 0x4
    0021:  b9 04 00 00 00                 mov ecx, 4
; 6: w5 = 0x5
    0026:  41 b8 05 00 00 00              mov r8d, 5
; 7: w6 = 0x6
    002c:  bb 06 00 00 00                 mov ebx, 6
; 8: w7 = 0x7
    0031:  41 bd 07 00 00 00              mov r13d, 7
; 9: w8 = 0x8
    0037:  41 be 08 00 00 00              mov r14d, 8
; 10: w9 = 0x9
    003d:  41 bf 09 00 00 00              mov r15d, 9
; 11: if r0 != 0x0 goto +0xc
    0043:  48 85 c0                       test rax, rax
    0046:  75 53                          jne 0x9b
; 12: w0 += 0x17
    0048:  83 c0 17                       add eax, 23
; 13: w0 += w7
    004b:  44 01 e8                       add eax, r13d
; 14: if r0 != 0x1e goto +0x9
    004e:  48 83 f8 1e                    cmp rax, 30
    0052:  75 47                          jne 0x9b
; 15: w0 -= 0xd
    0054:  83 e8 0d                       sub eax, 13
; 16: w0 -= w1
    0057:  29 f8                          sub eax, edi
; 17: if r0 != 0x10 goto +0x6
    0059:  48 83 f8 10                    cmp rax, 16
    005d:  75 3c                          jne 0x9b
; 18: w0 *= 0x7
    005f:  6b c0 07                       imul eax, eax, 7
; 19: w0 *= w3
    0062:  0f af c2                       imul eax, edx
; 20: if r0 != 0x150 goto +0x3
    0065:  48 3d 50 01 00 00              cmp rax, 336
    006b:  75 2e                          jne 0x9b
; 21: w0 /= 0x2
    006d:  41 bb 02 00 00 00              mov r11d, 2
    0073:  49 89 d1                       mov r9, rdx
    0076:  31 d2                          xor edx, edx
    0078:  41 f7 f3                       div r11d
    007b:  4c 89 ca                       mov rdx, r9
; 22: w0 /= w4
    007e:  49 89 cb                       mov r11, rcx
    0081:  45 85 db                       test r11d, r11d
    0084:  74 0d                          je 0x93
    0086:  49 89 d1                       mov r9, rdx
    0089:  31 d2                          xor edx, edx
    008b:  41 f7 f3                       div r11d
    008e:  4c 89 ca                       mov rdx, r9
    0091:  eb 02                          jmp 0x95
    0093:  31 c0                          xor eax, eax
; 23: if r0 != 0x2a goto +0x0
    0095:  48 83 f8 2a                    cmp rax, 42
    0099:  75 00                          jne 0x9b
; 24: exit
    009b:  41 5f                          pop r15
    009d:  41 5e                          pop r14
    009f:  41 5d                          pop r13
    00a1:  5b                             pop rbx
    00a2:  c9                             leave
    00a3:  c3                             ret

