; bpfaot listing of smod32-neg-by-zero-reg.o for x86_64

smod32_neg_by_zero_reg__main:  ; section .text, 41 bytes, tail-call entry at +0x0
; 0: w0 = -0xa
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  b8 f6 ff ff ff                 mov eax, 4294967286
; 1: w1 = 0x0
    0009:  31 ff                          xor edi, edi
; 2: w0 s%= w1
    000b:  85 ff                          test edi, edi
    000d:  74 12                          je 0x21
    000f:  83 ff ff                       cmp edi, -1
    0012:  74 11                          je 0x25
    0014:  49 89 d1                       mov r9, rdx
    0017:  99                             cdq
    0018:  f7 ff                          idiv edi
    001a:  89 d0                          mov eax, edx
    001c:  4c 89 ca                       mov rdx, r9
    001f:  eb 06                          jmp 0x27
    0021:  89 c0                          mov eax, eax
    0023:  eb 02                          jmp 0x27
    0025:  31 c0                          xor eax, eax
; 3: exit
    0027:  c9                             leave
    0028:  c3                             ret

