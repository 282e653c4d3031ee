; bpfaot listing of mod64-by-zero-reg.o for x86_64

mod64_by_zero_reg__main:  ; section .text, 27 bytes, tail-call entry at +0x0
; 0: w0 = 0x1
    0000:  b8 01 00 00 00                 mov eax, 1
; 1: w1 = 0x0
    0005:  31 ff                          xor edi, edi
; 2: r0 %= r1
    0007:  48 85 ff                       test rdi, rdi
    000a:  74 0e                          je 0x1a
    000c:  49 89 d1                       mov r9, rdx
    000f:  31 d2                          xor edx, edx
    0011:  48 f7 f7                       div rdi
    0014:  48 89 d0                       mov rax, rdx
    0017:  4c 89 ca                       mov rdx, r9
; 3: exit
    001a:  c3                             ret

