; bpfaot listing of alu64-bit.o for x86_64

alu64_bit__main:  ; section .text, 169 bytes, tail-call entry at +0x0
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
; 9: if r0 != 0x0 goto +0x12
    0038:  48 85 c0                       test rax, rax
    003b:  75 63                          jne 0xa0
; 10: r0 |= r5
    003d:  4c 09 c0                       or rax, r8
; 11: r0 |= 0xa0
    0040:  48 0d a0 00 00 00              or rax, 160
; 12: r0 |= r0
    0046:  48 09 c0                       or rax, rax
; 13: if r0 != 0xa5 goto +0xe
    0049:  48 3d a5 00 00 00              cmp rax, 165
    004f:  75 4f                          jne 0xa0
; 14: r0 &= 0xa3
    0051:  48 25 a3 00 00 00              and rax, 163
; 15: r9 = 0x91
    0057:  41 bf 91 00 00 00              mov r15d, 145
; 16: r0 &= r9
    005d:  4c 21 f8                       and rax, r15
; 17: r0 &= r0
    0060:  48 21 c0                       and rax, rax
; 18: if r0 != 0x81 goto +0x9
    0063:  48 3d 81 00 00 00              cmp rax, 129
    0069:  75 35                          jne 0xa0
; 19: r0 <<= 0x20
    006b:  48 c1 e0 20                    shl rax, 32
; 20: r0 <<= 0x16
    006f:  48 c1 e0 16                    shl rax, 22
; 21: r0 <<= r8
    0073:  49 89 cb                       mov r11, rcx
    0076:  4c 89 f1                       mov rcx, r14
    0079:  48 d3 e0                       shl rax, cl
    007c:  4c 89 d9                       mov rcx, r11
; 22: r0 >>= 0x20
    007f:  48 c1 e8 20                    shr rax, 32
; 23: r0 >>= 0x13
    0083:  48 c1 e8 13                    shr rax, 19
; 24: r0 >>= r7
    0087:  49 89 cb                       mov r11, rcx
    008a:  4c 89 e9                       mov rcx, r13
    008d:  48 d3 e8                       shr rax, cl
    0090:  4c 89 d9                       mov rcx, r11
; 25: if r0 != 0x10 goto +0x2
    0093:  48 83 f8 10                    cmp rax, 16
    0097:  75 07                          jne 0xa0
; 26: r0 ^= 0x3
    0099:  48 83 f0 03                    xor rax, 3
; 27: r0 ^= r2
    009d:  48 31 f0                       xor rax, rsi
; 28: exit
    00a0:  41 5f                          pop r15
    00a2:  41 5e                          pop r14
    00a4:  41 5d                          pop r13
    00a6:  5b                             pop rbx
    00a7:  c9                             leave
    00a8:  c3                             ret

