; bpfaot listing of ldxb-all.o for x86_64

ldxb_all__main:  ; section .text, 129 bytes, tail-call entry at +0x0
; 0: r0 = r1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  53                             push rbx
    0005:  41 55                          push r13
    0007:  41 56                          push r14
    0009:  41 57                          push r15
    000b:  48 89 f8                       mov rax, rdi
; 1: w9 = *(u8 *)(r0 + 0x0)
    000e:  44 0f b6 38                    movzx r15d, byte ptr [rax]
; 2: r9 <<= 0x0
; 3: w8 = *(u8 *)(r0 + 0x1)
    0012:  44 0f b6 70 01                 movzx r14d, byte ptr [rax + 1]
; 4: r8 <<= 0x4
    0017:  49 c1 e6 04                    shl r14, 4
; 5: w7 = *(u8 *)(r0 + 0x2)
    001b:  44 0f b6 68 02                 movzx r13d, byte ptr [rax + 2]
; 6: r7 <<= 0x8
    0020:  49 c1 e5 08                    shl r13, 8
; 7: w6 = *(u8 *)(r0 + 0x3)
    0024:  0f b6 58 03                    movzx ebx, byte ptr [rax + 3]
; 8: r6 <<= 0xc
    0028:  48 c1 e3 0c                    shl rbx, 12
; 9: w5 = *(u8 *)(r0 + 0x4)
    002c:  44 0f b6 40 04                 movzx r8d, byte ptr [rax + 4]
; 10: r5 <<= 0x10
    0031:  49 c1 e0 10                    shl r8, 16
; 11: w4 = *(u8 *)(r0 + 0x5)
    0035:  0f b6 48 05                    movzx ecx, byte ptr [rax + 5]
; 12: r4 <<= 0x14
    0039:  48 c1 e1 14                    shl rcx, 20
; 13: w3 = *(u8 *)(r0 + 0x6)
    003d:  0f b6 50 06                    movzx edx, byte ptr [rax + 6]
; 14: r3 <<= 0x18
    0041:  48 c1 e2 18                    shl rdx, 24
; 15: w2 = *(u8 *)(r0 + 0x7)
    0045:  0f b6 70 07                    movzx esi, byte ptr [rax + 7]
; 16: r2 <<= 0x1c
    0049:  48 c1 e6 1c                    shl rsi, 28
; 17: w1 = *(u8 *)(r0 + 0x8)
    004d:  0f b6 78 08                    movzx edi, byte ptr [rax + 8]
; 18: r1 <<= 0x20
    0051:  48 c1 e7 20                    shl rdi, 32
; 19: w0 = *(u8 *)(r0 + 0x9)
    0055:  0f b6 40 09                    movzx eax, byte ptr [rax + 9]
; 20: r0 <<= 0x24
    0059:  48 c1 e0 24                    shl rax, 36
; 21: r0 |= r1
    005d:  48 09 f8                       or rax, rdi
; 22: r0 |= r2
    0060:  48 09 f0                       or rax, rsi
; 23: r0 |= r3
    0063:  48 09 d0                       or rax, rdx
; 24: r0 |= r4
    0066:  48 09 c8                       or rax, rcx
; 25: r0 |= r5
    0069:  4c 09 c0                       or rax, r8
; 26: r0 |= r6
    006c:  48 09 d8                       or rax, rbx
; 27: r0 |= r7
    006f:  4c 09 e8                       or rax, r13
; 28: r0 |= r8
    0072:  4c 09 f0                       or rax, r14
; 29: r0 |= r9
    0075:  4c 09 f8                       or rax, r15
; 30: exit
    0078:  41 5f                          pop r15
    007a:  41 5e                          pop r14
    007c:  41 5d                          pop r13
    007e:  5b                             pop rbx
    007f:  c9                             leave
    0080:  c3                             ret

