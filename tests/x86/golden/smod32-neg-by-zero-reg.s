; bpfaot listing of smod32-neg-by-zero-reg.o for x86_64

smod32_neg_by_zero_reg__main:  ; section .text, 47 bytes, tail-call entry at +0x0
; 0: w0 = -0xa
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  b8 f6 ff ff ff                 mov eax, 4294967286
; 1: w1 = 0x0
    0009:  31 ff                          xor edi, edi
; 2: w0 s%= w1
    000b:  49 89 fb                       mov r11, rdi
    000e:  45 85 db                       test r11d, r11d
    0011:  74 14                          je 0x27
    0013:  41 83 fb ff                    cmp r11d, -1
    0017:  74 12                          je 0x2b
    0019:  49 89 d1                       mov r9, rdx
    001c:  99                             cdq
    001d:  41 f7 fb                       idiv r11d
    0020:  89 d0                          mov eax, edx
    0022:  4c 89 ca                       mov rdx, r9
    0025:  eb 06                          jmp 0x2d
    0027:  89 c0                          mov eax, eax
    0029:  eb 02                          jmp 0x2d
    002b:  31 c0                          xor eax, eax
; 3: exit
    002d:  c9                             leave
    002e:  c3                             ret

