; bpfaot listing of neg32-intmin-reg.o for x86_64

neg32_intmin_reg__main:  ; section .text, 15 bytes, tail-call entry at +0x0
; 0: r0 = -0x80000000
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 c7 c0 00 00 00 80           mov rax, -2147483648
; 1: w0 = -w0
    000b:  f7 d8                          neg eax
; 2: exit
    000d:  c9                             leave
    000e:  c3                             ret

