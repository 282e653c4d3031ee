; bpfaot listing of stdw.o for x86_64

stdw__main:  ; section .text, 13 bytes, tail-call entry at +0x0
; 0: *(u64 *)(r1 + 0x2) = 0x44332211
    0000:  48 c7 47 02 11 22 33 44        mov qword ptr [rdi + 2], 1144201745
; 1: r0 = *(u64 *)(r1 + 0x2)
    0008:  48 8b 47 02                    mov rax, qword ptr [rdi + 2]
; 2: exit
    000c:  c3                             ret

