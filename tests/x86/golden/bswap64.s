; bpfaot listing of bswap64.o for x86_64

bswap64__main:  ; section .text, 19 bytes, tail-call entry at +0x0
; 0: r0 = -0x778899aabbccddef ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 b8 11 22 33 44 55 66 77 88  movabs rax, -8613303245920329199
; 2: r0 = bswap64 r0
    000e:  48 0f c8                       bswap rax
; 3: exit
    0011:  c9                             leave
    0012:  c3                             ret

