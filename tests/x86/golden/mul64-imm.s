; bpfaot listing of mul64-imm.o for x86_64

mul64_imm__main:  ; section .text, 10 bytes, tail-call entry at +0x0
; 0: r0 = 0x40000001
    0000:  b8 01 00 00 40                 mov eax, 1073741825
; 1: r0 *= 0x4
    0005:  48 6b c0 04                    imul rax, rax, 4
; 2: exit
    0009:  c3                             ret

