; bpfaot listing of ja32.o for x86_64

ja32__main:  ; section .text, 13 bytes, tail-call entry at +0x0
; 0: r1 = 0x0
    0000:  31 ff                          xor edi, edi
; 1: gotol +0x2
    0002:  eb 04                          jmp 0x8
; 2: r2 = 0x0
    0004:  31 f6                          xor esi, esi
; 3: exit
    0006:  eb 04                          jmp 0xc
; 4: r0 = 0x0
    0008:  31 c0                          xor eax, eax
; 5: gotol -0x4
    000a:  eb f8                          jmp 0x4
    000c:  c3                             ret

