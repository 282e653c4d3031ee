; bpfaot listing of mod64-by-zero-reg.o for x86_64

mod64_by_zero_reg__main:  ; section .text, 32 bytes, tail-call entry at +0x0
; 0: w0 = 0x1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  b8 01 00 00 00                 mov eax, 1
; 1: w1 = 0x0
    0009:  31 ff                          xor edi, edi
; 2: r0 %= r1
    000b:  48 85 ff                       test rdi, rdi
    000e:  74 0e                          je 0x1e
    0010:  49 89 d1                       mov r9, rdx
    0013:  31 d2                          xor edx, edx
    0015:  48 f7 f7                       div rdi
    0018:  48 89 d0                       mov rax, rdx
    001b:  4c 89 ca                       mov rdx, r9
; 3: exit
    001e:  c9                             leave
    001f:  c3                             ret

