; bpfaot listing of jit-bounce.o for x86_64

jit_bounce__main:  ; section .text, 40 bytes, tail-call entry at +0x0
; 0: r0 = 0x1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  53                             push rbx
    0005:  41 55                          push r13
    0007:  41 56                          push r14
    0009:  41 57                          push r15
    000b:  b8 01 00 00 00                 mov eax, 1
; 1: r6 = r0
    0010:  48 89 c3                       mov rbx, rax
; 2: r7 = r6
    0013:  49 89 dd                       mov r13, rbx
; 3: r8 = r7
    0016:  4d 89 ee                       mov r14, r13
; 4: r9 = r8
    0019:  4d 89 f7                       mov r15, r14
; 5: r0 = r9
    001c:  4c 89 f8                       mov rax, r15
; 6: exit
    001f:  41 5f                          pop r15
    0021:  41 5e                          pop r14
    0023:  41 5d                          pop r13
    0025:  5b                             pop rbx
    0026:  c9                             leave
    0027:  c3                             ret

