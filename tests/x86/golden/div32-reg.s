; bpfaot listing of div32-reg.o for x86_64

div32_reg__main:  ; section .text, 44 bytes, tail-call entry at +0x0
; 0: r0 = 0x10000000c ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 b8 0c 00 00 00 01 00 00 00  movabs rax, 4294967308
; 2: r1 = 0x4
    000e:  bf 04 00 00 00                 mov edi, 4
; 3: w0 /= w1
    0013:  49 89 fb                       mov r11, rdi
    0016:  45 85 db                       test r11d, r11d
    0019:  74 0d                          je 0x28
    001b:  49 89 d1                       mov r9, rdx
    001e:  31 d2                          xor edx, edx
    0020:  41 f7 f3                       div r11d
    0023:  4c 89 ca                       mov rdx, r9
    0026:  eb 02                          jmp 0x2a
    0028:  31 c0                          xor eax, eax
; 4: exit
    002a:  c9                             leave
    002b:  c3                             ret

