; bpfaot listing of div32-reg.o for x86_64

div32_reg__main:  ; section .text, 39 bytes, tail-call entry at +0x0
; 0: r0 = 0x10000000c ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 b8 0c 00 00 00 01 00 00 00  movabs rax, 4294967308
; 2: r1 = 0x4
    000e:  bf 04 00 00 00                 mov edi, 4
; 3: w0 /= w1
    0013:  85 ff                          test edi, edi
    0015:  74 0c                          je 0x23
    0017:  49 89 d1                       mov r9, rdx
    001a:  31 d2                          xor edx, edx
    001c:  f7 f7                          div edi
    001e:  4c 89 ca                       mov rdx, r9
    0021:  eb 02                          jmp 0x25
    0023:  31 c0                          xor eax, eax
; 4: exit
    0025:  c9                             leave
    0026:  c3                             ret

