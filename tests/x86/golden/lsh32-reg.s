; bpfaot listing of lsh32-reg.o for x86_64

lsh32_reg__main:  ; section .text, 36 bytes, tail-call entry at +0x0
; 0: r0 = 0x11
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 08                    sub rsp, 8
    0008:  41 55                          push r13
    000a:  b8 11 00 00 00                 mov eax, 17
; 1: r7 = 0x1c
    000f:  41 bd 1c 00 00 00              mov r13d, 28
; 2: w0 <<= w7
    0015:  49 89 cb                       mov r11, rcx
    0018:  4c 89 e9                       mov rcx, r13
    001b:  d3 e0                          shl eax, cl
    001d:  4c 89 d9                       mov rcx, r11
; 3: exit
    0020:  41 5d                          pop r13
    0022:  c9                             leave
    0023:  c3                             ret

