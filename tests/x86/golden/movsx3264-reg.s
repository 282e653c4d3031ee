; bpfaot listing of movsx3264-reg.o for x86_64

movsx3264_reg__main:  ; section .text, 19 bytes, tail-call entry at +0x0
; 0: r1 = 0x123456789abcdef ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 bf ef cd ab 89 67 45 23 01  movabs rdi, 81985529216486895
; 2: r0 = (s32)r1
    000e:  48 63 c7                       movsxd rax, edi
; 3: exit
    0011:  c9                             leave
    0012:  c3                             ret

