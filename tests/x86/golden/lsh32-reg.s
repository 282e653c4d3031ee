; bpfaot listing of lsh32-reg.o for x86_64

lsh32_reg__main:  ; section .text, 27 bytes, tail-call entry at +0x0
; 0: r0 = 0x11
    0000:  41 55                          push r13
    0002:  b8 11 00 00 00                 mov eax, 17
; 1: r7 = 0x1c
    0007:  41 bd 1c 00 00 00              mov r13d, 28
; 2: w0 <<= w7
    000d:  49 89 cb                       mov r11, rcx
    0010:  4c 89 e9                       mov rcx, r13
    0013:  d3 e0                          shl eax, cl
    0015:  4c 89 d9                       mov rcx, r11
; 3: exit
    0018:  41 5d                          pop r13
    001a:  c3                             ret

