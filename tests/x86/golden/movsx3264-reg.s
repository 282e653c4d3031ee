; bpfaot listing of movsx3264-reg.o for x86_64

movsx3264_reg__main:  ; section .text, 14 bytes, tail-call entry at +0x0
; 0: r1 = 0x123456789abcdef ll
    0000:  48 bf ef cd ab 89 67 45 23 01  movabs rdi, 81985529216486895
; 2: r0 = (s32)r1
    000a:  48 63 c7                       movsxd rax, edi
; 3: exit
    000d:  c3                             ret

