; bpfaot listing of prime.o for x86_64

prime__main:  ; section .text, 92 bytes, tail-call entry at +0x0
; 0: r1 = 0x43
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  bf 43 00 00 00                 mov edi, 67
; 1: r0 = 0x1
    0009:  b8 01 00 00 00                 mov eax, 1
; 2: r2 = 0x2
    000e:  be 02 00 00 00                 mov esi, 2
; 3: if r1 > 0x2 goto +0x4
    0013:  48 83 ff 02                    cmp rdi, 2
    0017:  77 10                          ja 0x29
; 4: goto +0xa
    0019:  eb 3f                          jmp 0x5a
; 5: r2 += 0x1
    001b:  48 83 c6 01                    add rsi, 1
; 6: r0 = 0x1
    001f:  b8 01 00 00 00                 mov eax, 1
; 7: if r2 >= r1 goto +0x7
    0024:  48 39 fe                       cmp rsi, rdi
    0027:  73 31                          jae 0x5a
; 8: r3 = r1
    0029:  48 89 fa                       mov rdx, rdi
; 9: r3 /= r2
    002c:  49 89 f3                       mov r11, rsi
    002f:  4d 85 db                       test r11, r11
    0032:  74 13                          je 0x47
    0034:  49 89 c2                       mov r10, rax
    0037:  48 89 d0                       mov rax, rdx
    003a:  31 d2                          xor edx, edx
    003c:  49 f7 f3                       div r11
    003f:  48 89 c2                       mov rdx, rax
    0042:  4c 89 d0                       mov rax, r10
    0045:  eb 02                          jmp 0x49
    0047:  31 d2                          xor edx, edx
; 10: r3 *= r2
    0049:  48 0f af d6                    imul rdx, rsi
; 11: r4 = r1
    004d:  48 89 f9                       mov rcx, rdi
; 12: r4 -= r3
    0050:  48 29 d1                       sub rcx, rdx
; 13: r0 = 0x0
    0053:  31 c0                          xor eax, eax
; 14: if r4 != 0x0 goto -0xa
    0055:  48 85 c9                       test rcx, rcx
    0058:  75 c1                          jne 0x1b
; 15: exit
    005a:  c9                             leave
    005b:  c3                             ret

