; bpfaot listing of sdiv64-reg.o for x86_64

sdiv64_reg__main:  ; section .text, 56 bytes, tail-call entry at +0x0
; 0: r0 = 0xc
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  b8 0c 00 00 00                 mov eax, 12
; 1: r0 <<= 0x20
    0009:  48 c1 e0 20                    shl rax, 32
; 2: r1 = -0x4
    000d:  48 c7 c7 fc ff ff ff           mov rdi, -4
; 3: r0 s/= r1
    0014:  49 89 fb                       mov r11, rdi
    0017:  4d 85 db                       test r11, r11
    001a:  74 13                          je 0x2f
    001c:  49 83 fb ff                    cmp r11, -1
    0020:  74 11                          je 0x33
    0022:  49 89 d1                       mov r9, rdx
    0025:  48 99                          cqo
    0027:  49 f7 fb                       idiv r11
    002a:  4c 89 ca                       mov rdx, r9
    002d:  eb 07                          jmp 0x36
    002f:  31 c0                          xor eax, eax
    0031:  eb 03                          jmp 0x36
    0033:  48 f7 d8                       neg rax
; 4: exit
    0036:  c9                             leave
    0037:  c3                             ret

