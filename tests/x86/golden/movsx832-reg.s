; bpfaot listing of movsx832-reg.o for x86_64

movsx832_reg__main:  ; section .text, 15 bytes, tail-call entry at +0x0
; 0: r1 = 0x123456789abcdef ll
    0000:  48 bf ef cd ab 89 67 45 23 01  movabs rdi, 81985529216486895
; 2: w0 = (s8)w1
    000a:  40 0f be c7                    movsx eax, dil
; 3: exit
    000e:  c3                             ret

