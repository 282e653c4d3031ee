; bpfaot listing of callx.o for x86_64

callx__main:  ; section .text, 31 bytes, tail-call entry at +0x0
; 0: r1 = -0x1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 c7 c7 ff ff ff ff           mov rdi, -1
; 1: r2 = 0x5
    000b:  be 05 00 00 00                 mov esi, 5
; 2: callx r2
    0010:  49 89 f1                       mov r9, rsi
    0013:  e8 00 00 00 00                 call 0x18  ; -> bpfaot_helper_call-4
; 3: r0 = 0x2
    0018:  b8 02 00 00 00                 mov eax, 2
; 4: exit
    001d:  c9                             leave
    001e:  c3                             ret

