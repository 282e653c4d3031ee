; bpfaot listing of arsh64-imm-high.o for x86_64

arsh64_imm_high__main:  ; section .text, 14 bytes, tail-call entry at +0x0
; 0: w0 = 0x1
    0000:  b8 01 00 00 00                 mov eax, 1
; 1: r0 <<= 0x3f
    0005:  48 c1 e0 3f                    shl rax, 63
; 2: r0 s>>= 0x7c
    0009:  48 c1 f8 3c                    sar rax, 60
; 3: exit
    000d:  c3                             ret

