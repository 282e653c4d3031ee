; bpfaot listing of jit-bounce.o for x86_64

jit_bounce__main:  ; section .text, 35 bytes, tail-call entry at +0x0
; 0: r0 = 0x1
    0000:  53                             push rbx
    0001:  41 55                          push r13
    0003:  41 56                          push r14
    0005:  41 57                          push r15
    0007:  b8 01 00 00 00                 mov eax, 1
; 1: r6 = r0
    000c:  48 89 c3                       mov rbx, rax
; 2: r7 = r6
    000f:  49 89 dd                       mov r13, rbx
; 3: r8 = r7
    0012:  4d 89 ee                       mov r14, r13
; 4: r9 = r8
    0015:  4d 89 f7                       mov r15, r14
; 5: r0 = r9
    0018:  4c 89 f8                       mov rax, r15
; 6: exit
    001b:  41 5f                          pop r15
    001d:  41 5e                          pop r14
    001f:  41 5d                          pop r13
    0021:  5b                             pop rbx
    0022:  c3                             ret

