; bpfaot listing of lddw.o for x86_64

lddw__main:  ; section .text, 11 bytes, tail-call entry at +0x0
; 0: r0 = 0x1122334455667788 ll
    0000:  48 b8 88 77 66 55 44 33 22 11  movabs rax, 1234605616436508552
; 2: exit
    000a:  c3                             ret

