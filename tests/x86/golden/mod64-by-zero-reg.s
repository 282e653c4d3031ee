; bpfaot listing of mod64-by-zero-reg.o for x86_64

mod64_by_zero_reg__main:  ; section .text, 35 bytes, tail-call entry at +0x0
; 0: w0 = 0x1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  b8 01 00 00 00                 mov eax, 1
; 1: w1 = 0x0
    0009:  31 ff                          xor edi, edi
; 2: r0 %= r1
    000b:  49 89 fb                       mov r11, rdi
    000e:  4d 85 db                       test r11, r11
    0011:  74 0e                          je 0x21
    0013:  49 89 d1                       mov r9, rdx
    0016:  31 d2                          xor edx, edx
    0018:  49 f7 f3                       div r11
    001b:  48 89 d0                       mov rax, rdx
    001e:  4c 89 ca                       mov rdx, r9
; 3: exit
    0021:  c9                             leave
    0022:  c3                             ret

