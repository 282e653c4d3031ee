; bpfaot listing of prime.o for x86_64

prime__main:  ; section .text, 84 bytes, tail-call entry at +0x0
; 0: r1 = 0x43
    0000:  bf 43 00 00 00                 mov edi, 67
; 1: r0 = 0x1
    0005:  b8 01 00 00 00                 mov eax, 1
; 2: r2 = 0x2
    000a:  be 02 00 00 00                 mov esi, 2
; 3: if r1 > 0x2 goto +0x4
    000f:  48 83 ff 02                    cmp rdi, 2
    0013:  77 10                          ja 0x25
; 4: goto +0xa
    0015:  eb 3c                          jmp 0x53
; 5: r2 += 0x1
    0017:  48 83 c6 01                    add rsi, 1
; 6: r0 = 0x1
    001b:  b8 01 00 00 00                 mov eax, 1
; 7: if r2 >= r1 goto +0x7
    0020:  48 39 fe                       cmp rsi, rdi
    0023:  73 2e                          jae 0x53
; 8: r3 = r1
    0025:  48 89 fa                       mov rdx, rdi
; 9: r3 /= r2
    0028:  48 85 f6                       test rsi, rsi
    002b:  74 13                          je 0x40
    002d:  49 89 c2                       mov r10, rax
    0030:  48 89 d0                       mov rax, rdx
    0033:  31 d2                          xor edx, edx
    0035:  48 f7 f6                       div rsi
    0038:  48 89 c2                       mov rdx, rax
    003b:  4c 89 d0                       mov rax, r10
    003e:  eb 02                          jmp 0x42
    0040:  31 d2                          xor edx, edx
; 10: r3 *= r2
    0042:  48 0f af d6                    imul rdx, rsi
; 11: r4 = r1
    0046:  48 89 f9                       mov rcx, rdi
; 12: r4 -= r3
    0049:  48 29 d1                       sub rcx, rdx
; 13: r0 = 0x0
    004c:  31 c0                          xor eax, eax
; 14: if r4 != 0x0 goto -0xa
    004e:  48 85 c9                       test rcx, rcx
    0051:  75 c4                          jne 0x17
; 15: exit
    0053:  c3                             ret

