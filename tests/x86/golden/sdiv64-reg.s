; bpfaot listing of sdiv64-reg.o for x86_64

sdiv64_reg__main:  ; section .text, 48 bytes, tail-call entry at +0x0
; 0: r0 = 0xc
    0000:  b8 0c 00 00 00                 mov eax, 12
; 1: r0 <<= 0x20
    0005:  48 c1 e0 20                    shl rax, 32
; 2: r1 = -0x4
    0009:  48 c7 c7 fc ff ff ff           mov rdi, -4
; 3: r0 s/= r1
    0010:  48 85 ff                       test rdi, rdi
    0013:  74 13                          je 0x28
    0015:  48 83 ff ff                    cmp rdi, -1
    0019:  74 11                          je 0x2c
    001b:  49 89 d1                       mov r9, rdx
    001e:  48 99                          cqo
    0020:  48 f7 ff                       idiv rdi
    0023:  4c 89 ca                       mov rdx, r9
    0026:  eb 07                          jmp 0x2f
    0028:  31 c0                          xor eax, eax
    002a:  eb 03                          jmp 0x2f
    002c:  48 f7 d8                       neg rax
; 4: exit
    002f:  c3                             ret

