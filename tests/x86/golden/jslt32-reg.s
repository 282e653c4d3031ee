; bpfaot listing of jslt32-reg.o for x86_64

jslt32_reg__main:  ; section .text, 67 bytes, tail-call entry at +0x0
; 0: r9 = 0x1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 08                    sub rsp, 8
    0008:  41 57                          push r15
    000a:  41 bf 01 00 00 00              mov r15d, 1
; 1: r9 <<= 0x20
    0010:  49 c1 e7 20                    shl r15, 32
; 2: w0 = 0x0
    0014:  31 c0                          xor eax, eax
; 3: w1 = -0x2
    0016:  bf fe ff ff ff                 mov edi, 4294967294
; 4: r1 |= r9
    001b:  4c 09 ff                       or rdi, r15
; 5: r2 = -0x3
    001e:  48 c7 c6 fd ff ff ff           mov rsi, -3
; 6: r3 = -0x1
    0025:  48 c7 c2 ff ff ff ff           mov rdx, -1
; 7: if w1 s< w1 goto +0x2
    002c:  39 ff                          cmp edi, edi
    002e:  7c 08                          jl 0x38
; 8: if w1 s< w2 goto +0x1
    0030:  39 f7                          cmp edi, esi
    0032:  7c 04                          jl 0x38
; 9: if w1 s< w3 goto +0x1
    0034:  39 d7                          cmp edi, edx
    0036:  7c 02                          jl 0x3a
; 10: exit
    0038:  eb 05                          jmp 0x3f
; 11: w0 = 0x1
    003a:  b8 01 00 00 00                 mov eax, 1
; 12: exit
    003f:  41 5f                          pop r15
    0041:  c9                             leave
    0042:  c3                             ret

