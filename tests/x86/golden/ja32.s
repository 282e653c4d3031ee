; bpfaot listing of ja32.o for x86_64

ja32__main:  ; section .text, 18 bytes, tail-call entry at +0x0
; 0: r1 = 0x0
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  31 ff                          xor edi, edi
; 1: gotol +0x2
    0006:  eb 04                          jmp 0xc
; 2: r2 = 0x0
    0008:  31 f6                          xor esi, esi
; 3: exit
    000a:  eb 04                          jmp 0x10
; 4: r0 = 0x0
    000c:  31 c0                          xor eax, eax
; 5: gotol -0x4
    000e:  eb f8                          jmp 0x8
    0010:  c9                             leave
    0011:  c3                             ret

