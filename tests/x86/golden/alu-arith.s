; bpfaot listing of alu-arith.o for x86_64

alu_arith__main:  ; section .text, 154 bytes, tail-call entry at +0x0
; 0: w0 = 0xa
    0000:  53                             push rbx
    0001:  41 55                          push r13
    0003:  41 56                          push r14
    0005:  41 57                          push r15
    0007:  b8 0a 00 00 00                 mov eax, 10
; 1: w0 -= w0
    000c:  29 c0                          sub eax, eax
; 2: w1 = 0x1
    000e:  bf 01 00 00 00                 mov edi, 1
; 3: w2 = 0x2
    0013:  be 02 00 00 00                 mov esi, 2
; 4: w3 = 0x3
    0018:  ba 03 00 00 00                 mov edx, 3
; 5: w4 = 0x4
    001d:  b9 04 00 00 00                 mov ecx, 4
; 6: w5 = 0x5
    0022:  41 b8 05 00 00 00              mov r8d, 5
; 7: w6 = 0x6
    0028:  bb 06 00 00 00                 mov ebx, 6
; 8: w7 = 0x7
    002d:  41 bd 07 00 00 00              mov r13d, 7
; 9: w8 = 0x8
    0033:  41 be 08 00 00 00              mov r14d, 8
; 10: w9 = 0x9
    0039:  41 bf 09 00 00 00              mov r15d, 9
; 11: if r0 != 0x0 goto +0xc
    003f:  48 85 c0                       test rax, rax
    0042:  75 4e                          jne 0x92
; 12: w0 += 0x17
    0044:  83 c0 17                       add eax, 23
; 13: w0 += w7
    0047:  44 01 e8                       add eax, r13d
; 14: if r0 != 0x1e goto +0x9
    004a:  48 83 f8 1e                    cmp rax, 30
    004e:  75 42                          jne 0x92
; 15: w0 -= 0xd
    0050:  83 e8 0d                       sub eax, 13
; 16: w0 -= w1
    0053:  29 f8                          sub eax, edi
; 17: if r0 != 0x10 goto +0x6
    0055:  48 83 f8 10                    cmp rax, 16
    0059:  75 37                          jne 0x92
; 18: w0 *= 0x7
    005b:  6b c0 07                       imul eax, eax, 7
; 19: w0 *= w3
    005e:  0f af c2                       imul eax, edx
; 20: if r0 != 0x150 goto +0x3
    0061:  48 3d 50 01 00 00              cmp rax, 336
    0067:  75 29                          jne 0x92
; 21: w0 /= 0x2
    0069:  41 bb 02 00 00 00              mov r11d, 2
    006f:  49 89 d1                       mov r9, rdx
    0072:  31 d2                          xor edx, edx
    0074:  41 f7 f3                       div r11d
    0077:  4c 89 ca                       mov rdx, r9
; 22: w0 /= w4
    007a:  85 c9                          test ecx, ecx
    007c:  74 0c                          je 0x8a
    007e:  49 89 d1                       mov r9, rdx
    0081:  31 d2                          xor edx, edx
    0083:  f7 f1                          div ecx
    0085:  4c 89 ca                       mov rdx, r9
    0088:  eb 02                          jmp 0x8c
    008a:  31 c0                          xor eax, eax
; 23: if r0 != 0x2a goto +0x0
    008c:  48 83 f8 2a                    cmp rax, 42
    0090:  75 00                          jne 0x92
; 24: exit
    0092:  41 5f                          pop r15
    0094:  41 5e                          pop r14
    0096:  41 5d                          pop r13
    0098:  5b                             pop rbx
    0099:  c3                             ret

