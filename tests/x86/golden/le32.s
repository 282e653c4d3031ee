; bpfaot listing of le32.o for x86_64

le32__main:  ; section .text, 5 bytes, tail-call entry at +0x0
; 0: w0 = *(u32 *)(r1 + 0x0)
    0000:  8b 07                          mov eax, dword ptr [rdi]
; 1: r0 = le32 r0
    0002:  89 c0                          mov eax, eax
; 2: exit
    0004:  c3                             ret

