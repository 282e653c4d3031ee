; bpfaot listing of div32-reg.o for x86_64

div32_reg__main:  ; section .text, 34 bytes, tail-call entry at +0x0
; 0: r0 = 0x10000000c ll
    0000:  48 b8 0c 00 00 00 01 00 00 00  movabs rax, 4294967308
; 2: r1 = 0x4
    000a:  bf 04 00 00 00                 mov edi, 4
; 3: w0 /= w1
    000f:  85 ff                          test edi, edi
    0011:  74 0c                          je 0x1f
    0013:  49 89 d1                       mov r9, rdx
    0016:  31 d2                          xor edx, edx
    0018:  f7 f7                          div edi
    001a:  4c 89 ca                       mov rdx, r9
    001d:  eb 02                          jmp 0x21
    001f:  31 c0                          xor eax, eax
; 4: exit
    0021:  c3                             ret

