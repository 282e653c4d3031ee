; bpfaot listing of neg32-intmin-reg.o for x86_64

neg32_intmin_reg__main:  ; section .text, 10 bytes, tail-call entry at +0x0
; 0: r0 = -0x80000000
    0000:  48 c7 c0 00 00 00 80           mov rax, -2147483648
; 1: w0 = -w0
    0007:  f7 d8                          neg eax
; 2: exit
    0009:  c3                             ret

