; bpfaot listing of ldxb-all.o for x86_64

ldxb_all__main:  ; section .text, 124 bytes, tail-call entry at +0x0
; 0: r0 = r1
    0000:  53                             push rbx
    0001:  41 55                          push r13
    0003:  41 56                          push r14
    0005:  41 57                          push r15
    0007:  48 89 f8                       mov rax, rdi
; 1: w9 = *(u8 *)(r0 + 0x0)
    000a:  44 0f b6 38                    movzx r15d, byte ptr [rax]
; 2: r9 <<= 0x0
; 3: w8 = *(u8 *)(r0 + 0x1)
    000e:  44 0f b6 70 01                 movzx r14d, byte ptr [rax + 1]
; 4: r8 <<= 0x4
    0013:  49 c1 e6 04                    shl r14, 4
; 5: w7 = *(u8 *)(r0 + 0x2)
    0017:  44 0f b6 68 02                 movzx r13d, byte ptr [rax + 2]
; 6: r7 <<= 0x8
    001c:  49 c1 e5 08                    shl r13, 8
; 7: w6 = *(u8 *)(r0 + 0x3)
    0020:  0f b6 58 03                    movzx ebx, byte ptr [rax + 3]
; 8: r6 <<= 0xc
    0024:  48 c1 e3 0c                    shl rbx, 12
; 9: w5 = *(u8 *)(r0 + 0x4)
    0028:  44 0f b6 40 04                 movzx r8d, byte ptr [rax + 4]
; 10: r5 <<= 0x10
    002d:  49 c1 e0 10                    shl r8, 16
; 11: w4 = *(u8 *)(r0 + 0x5)
    0031:  0f b6 48 05                    movzx ecx, byte ptr [rax + 5]
; 12: r4 <<= 0x14
    0035:  48 c1 e1 14                    shl rcx, 20
; 13: w3 = *(u8 *)(r0 + 0x6)
    0039:  0f b6 50 06                    movzx edx, byte ptr [rax + 6]
; 14: r3 <<= 0x18
    003d:  48 c1 e2 18                    shl rdx, 24
; 15: w2 = *(u8 *)(r0 + 0x7)
    0041:  0f b6 70 07                    movzx esi, byte ptr [rax + 7]
; 16: r2 <<= 0x1c
    0045:  48 c1 e6 1c                    shl rsi, 28
; 17: w1 = *(u8 *)(r0 + 0x8)
    0049:  0f b6 78 08                    movzx edi, byte ptr [rax + 8]
; 18: r1 <<= 0x20
    004d:  48 c1 e7 20                    shl rdi, 32
; 19: w0 = *(u8 *)(r0 + 0x9)
    0051:  0f b6 40 09                    movzx eax, byte ptr [rax + 9]
; 20: r0 <<= 0x24
    0055:  48 c1 e0 24                    shl rax, 36
; 21: r0 |= r1
    0059:  48 09 f8                       or rax, rdi
; 22: r0 |= r2
    005c:  48 09 f0                       or rax, rsi
; 23: r0 |= r3
    005f:  48 09 d0                       or rax, rdx
; 24: r0 |= r4
    0062:  48 09 c8                       or rax, rcx
; 25: r0 |= r5
    0065:  4c 09 c0                       or rax, r8
; 26: r0 |= r6
    0068:  48 09 d8                       or rax, rbx
; 27: r0 |= r7
    006b:  4c 09 e8                       or rax, r13
; 28: r0 |= r8
    006e:  4c 09 f0                       or rax, r14
; 29: r0 |= r9
    0071:  4c 09 f8                       or rax, r15
; 30: exit
    0074:  41 5f                          pop r15
    0076:  41 5e                          pop r14
    0078:  41 5d                          pop r13
    007a:  5b                             pop rbx
    007b:  c3                             ret

