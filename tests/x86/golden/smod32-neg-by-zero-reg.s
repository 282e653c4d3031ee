; bpfaot listing of smod32-neg-by-zero-reg.o for x86_64

smod32_neg_by_zero_reg__main:  ; section .text, 36 bytes, tail-call entry at +0x0
; 0: w0 = -0xa
    0000:  b8 f6 ff ff ff                 mov eax, 4294967286
; 1: w1 = 0x0
    0005:  31 ff                          xor edi, edi
; 2: w0 s%= w1
    0007:  85 ff                          test edi, edi
    0009:  74 12                          je 0x1d
    000b:  83 ff ff                       cmp edi, -1
    000e:  74 11                          je 0x21
    0010:  49 89 d1                       mov r9, rdx
    0013:  99                             cdq
    0014:  f7 ff                          idiv edi
    0016:  89 d0                          mov eax, edx
    0018:  4c 89 ca                       mov rdx, r9
    001b:  eb 06                          jmp 0x23
    001d:  89 c0                          mov eax, eax
    001f:  eb 02                          jmp 0x23
    0021:  31 c0                          xor eax, eax
; 3: exit
    0023:  c3                             ret

