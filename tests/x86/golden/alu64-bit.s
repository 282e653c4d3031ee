; bpfaot listing of alu64-bit.o for x86_64

alu64_bit__main:  ; section .text, 164 bytes, tail-call entry at +0x0
; 0: r0 = 0x0
    0000:  53                             push rbx
    0001:  41 55                          push r13
    0003:  41 56                          push r14
    0005:  41 57                          push r15
    0007:  31 c0                          xor eax, eax
; 1: r1 = 0x1
    0009:  bf 01 00 00 00                 mov edi, 1
; 2: r2 = 0x2
    000e:  be 02 00 00 00                 mov esi, 2
; 3: r3 = 0x3
    0013:  ba 03 00 00 00                 mov edx, 3
; 4: r4 = 0x4
    0018:  b9 04 00 00 00                 mov ecx, 4
; 5: r5 = 0x5
    001d:  41 b8 05 00 00 00              mov r8d, 5
; 6: r6 = 0x6
    0023:  bb 06 00 00 00                 mov ebx, 6
; 7: r7 = 0x7
    0028:  41 bd 07 00 00 00              mov r13d, 7
; 8: r8 = 0x8
    002e:  41 be 08 00 00 00              mov r14d, 8
; 9: if r0 != 0x0 goto +0x12
    0034:  48 85 c0                       test rax, rax
    0037:  75 63                          jne 0x9c
; 10: r0 |= r5
    0039:  4c 09 c0                       or rax, r8
; 11: r0 |= 0xa0
    003c:  48 0d a0 00 00 00              or rax, 160
; 12: r0 |= r0
    0042:  48 09 c0                       or rax, rax
; 13: if r0 != 0xa5 goto +0xe
    0045:  48 3d a5 00 00 00              cmp rax, 165
    004b:  75 4f                          jne 0x9c
; 14: r0 &= 0xa3
    004d:  48 25 a3 00 00 00              and rax, 163
; 15: r9 = 0x91
    0053:  41 bf 91 00 00 00              mov r15d, 145
; 16: r0 &= r9
    0059:  4c 21 f8                       and rax, r15
; 17: r0 &= r0
    005c:  48 21 c0                       and rax, rax
; 18: if r0 != 0x81 goto +0x9
    005f:  48 3d 81 00 00 00              cmp rax, 129
    0065:  75 35                          jne 0x9c
; 19: r0 <<= 0x20
    0067:  48 c1 e0 20                    shl rax, 32
; 20: r0 <<= 0x16
    006b:  48 c1 e0 16                    shl rax, 22
; 21: r0 <<= r8
    006f:  49 89 cb                       mov r11, rcx
    0072:  4c 89 f1                       mov rcx, r14
    0075:  48 d3 e0                       shl rax, cl
    0078:  4c 89 d9                       mov rcx, r11
; 22: r0 >>= 0x20
    007b:  48 c1 e8 20                    shr rax, 32
; 23: r0 >>= 0x13
    007f:  48 c1 e8 13                    shr rax, 19
; 24: r0 >>= r7
    0083:  49 89 cb                       mov r11, rcx
    0086:  4c 89 e9                       mov rcx, r13
    0089:  48 d3 e8                       shr rax, cl
    008c:  4c 89 d9                       mov rcx, r11
; 25: if r0 != 0x10 goto +0x2
    008f:  48 83 f8 10                    cmp rax, 16
    0093:  75 07                          jne 0x9c
; 26: r0 ^= 0x3
    0095:  48 83 f0 03                    xor rax, 3
; 27: r0 ^= r2
    0099:  48 31 f0                       xor rax, rsi
; 28: exit
    009c:  41 5f                          pop r15
    009e:  41 5e                          pop r14
    00a0:  41 5d                          pop r13
    00a2:  5b                             pop rbx
    00a3:  c3                             ret

