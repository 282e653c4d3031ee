; bpfaot listing of jset-imm.o for x86_64

jset_imm__main:  ; section .text, 38 bytes, tail-call entry at +0x0
; 0: w0 = 0x0
    0000:  31 c0                          xor eax, eax
; 1: w1 = 0x7
    0002:  bf 07 00 00 00                 mov edi, 7
; 2: if r1 & 0x8 goto +0x4
    0007:  40 f6 c7 08                    test dil, 8
    000b:  75 18                          jne 0x25
; 3: w0 = 0x1
    000d:  b8 01 00 00 00                 mov eax, 1
; 4: w1 = 0x9
    0012:  bf 09 00 00 00                 mov edi, 9
; 5: if r1 & 0x8 goto +0x1
    0017:  41 bb 02 00 00 00              mov r11d, 2
    001d:  40 f6 c7 08                    test dil, 8
    0021:  49 0f 44 c3                    cmove rax, r11
; 6: w0 = 0x2
; 7: exit
    0025:  c3                             ret

