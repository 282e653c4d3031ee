; bpfaot listing of jslt32-reg.o for x86_64

jslt32_reg__main:  ; section .text, 58 bytes, tail-call entry at +0x0
; 0: r9 = 0x1
    0000:  41 57                          push r15
    0002:  41 bf 01 00 00 00              mov r15d, 1
; 1: r9 <<= 0x20
    0008:  49 c1 e7 20                    shl r15, 32
; 2: w0 = 0x0
    000c:  31 c0                          xor eax, eax
; 3: w1 = -0x2
    000e:  bf fe ff ff ff                 mov edi, 4294967294
; 4: r1 |= r9
    0013:  4c 09 ff                       or rdi, r15
; 5: r2 = -0x3
    0016:  48 c7 c6 fd ff ff ff           mov rsi, -3
; 6: r3 = -0x1
    001d:  48 c7 c2 ff ff ff ff           mov rdx, -1
; 7: if w1 s< w1 goto +0x2
    0024:  39 ff                          cmp edi, edi
    0026:  7c 08                          jl 0x30
; 8: if w1 s< w2 goto +0x1
    0028:  39 f7                          cmp edi, esi
    002a:  7c 04                          jl 0x30
; 9: if w1 s< w3 goto +0x1
    002c:  39 d7                          cmp edi, edx
    002e:  7c 02                          jl 0x32
; 10: exit
    0030:  eb 05                          jmp 0x37
; 11: w0 = 0x1
    0032:  b8 01 00 00 00                 mov eax, 1
; 12: exit
    0037:  41 5f                          pop r15
    0039:  c3                             ret

