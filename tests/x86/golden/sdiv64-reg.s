; bpfaot listing of sdiv64-reg.o for x86_64

sdiv64_reg__main:  ; section .text, 53 bytes, tail-call entry at +0x0
; 0: r0 = 0xc
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  b8 0c 00 00 00                 mov eax, 12
; 1: r0 <<= 0x20
    0009:  48 c1 e0 20                    shl rax, 32
; 2: r1 = -0x4
    000d:  48 c7 c7 fc ff ff ff           mov rdi, -4
; 3: r0 s/= r1
    0014:  48 85 ff                       test rdi, rdi
    0017:  74 13                          je 0x2c
    0019:  48 83 ff ff                    cmp rdi, -1
    001d:  74 11                          je 0x30
    001f:  49 89 d1                       mov r9, rdx
    0022:  48 99                          cqo
    0024:  48 f7 ff                       idiv rdi
    0027:  4c 89 ca                       mov rdx, r9
    002a:  eb 07                          jmp 0x33
    002c:  31 c0                          xor eax, eax
    002e:  eb 03                          jmp 0x33
    0030:  48 f7 d8                       neg rax
; 4: exit
    0033:  c9                             leave
    0034:  c3                             ret

