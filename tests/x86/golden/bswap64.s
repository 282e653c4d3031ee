; bpfaot listing of bswap64.o for x86_64

bswap64__main:  ; section .text, 14 bytes, tail-call entry at +0x0
; 0: r0 = -0x778899aabbccddef ll
    0000:  48 b8 11 22 33 44 55 66 77 88  movabs rax, -8613303245920329199
; 2: r0 = bswap64 r0
    000a:  48 0f c8                       bswap rax
; 3: exit
    000d:  c3                             ret

