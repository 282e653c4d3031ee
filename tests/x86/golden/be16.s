; bpfaot listing of be16.o for x86_64

be16__main:  ; section .text, 11 bytes, tail-call entry at +0x0
; 0: w0 = *(u16 *)(r1 + 0x0)
    0000:  0f b7 07                       movzx eax, word ptr [rdi]
; 1: r0 = be16 r0
    0003:  66 c1 c8 08                    ror ax, 8
    0007:  0f b7 c0                       movzx eax, ax
; 2: exit
    000a:  c3                             ret

