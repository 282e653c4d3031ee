; bpfaot listing of jset-imm.o for x86_64

jset_imm__main:  ; section .text, 40 bytes, tail-call entry at +0x0
; 0: w0 = 0x0
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  31 c0                          xor eax, eax
; 1: w1 = 0x7
    0006:  bf 07 00 00 00                 mov edi, 7
; 2: if r1 & 0x8 goto +0x4
    000b:  40 f6 c7 08                    test dil, 8
    000f:  75 15                          jne 0x26
; 3: w0 = 0x1
    0011:  b8 01 00 00 00                 mov eax, 1
; 4: w1 = 0x9
    0016:  bf 09 00 00 00                 mov edi, 9
; 5: if r1 & 0x8 goto +0x1
    001b:  40 f6 c7 08                    test dil, 8
    001f:  75 05                          jne 0x26
; 6: w0 = 0x2
    0021:  b8 02 00 00 00                 mov eax, 2
; 7: exit
    0026:  c9                             leave
    0027:  c3                             ret

