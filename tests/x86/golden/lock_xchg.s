; bpfaot listing of lock_xchg.o for x86_64

lock_xchg__main:  ; section .text, 82 bytes, tail-call entry at +0x0
; 0: r0 = 0x1
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 10                    sub rsp, 16
    0008:  b8 01 00 00 00                 mov eax, 1
; 1: r1 = 0x1111111111111111 ll
    000d:  48 bf 11 11 11 11 11 11 11 11  movabs rdi, 1229782938247303441
; 3: *(u64 *)(r10 - 0x8) = r1
    0017:  48 89 7d f8                    mov qword ptr [rbp - 8], rdi
; 4: r1 = 0x2222222222222222 ll
    001b:  48 bf 22 22 22 22 22 22 22 22  movabs rdi, 2459565876494606882
; 6: r1 = xchg_64(r10 - 0x8, r1)
    0025:  48 87 7d f8                    xchg qword ptr [rbp - 8], rdi
; 7: r2 = *(u64 *)(r10 - 0x8)
    0029:  48 8b 75 f8                    mov rsi, qword ptr [rbp - 8]
; 8: r0 = 0x2222222222222222 ll
    002d:  48 b8 22 22 22 22 22 22 22 22  movabs rax, 2459565876494606882
; 10: if r2 != r0 goto +0x4
    0037:  48 39 c6                       cmp rsi, rax
    003a:  75 14                          jne 0x50
; 11: r0 = 0x1111111111111111 ll
    003c:  48 b8 11 11 11 11 11 11 11 11  movabs rax, 1229782938247303441
; 13: if r1 != r0 goto +0x1
    0046:  45 31 db                       xor r11d, r11d
    0049:  48 39 c7                       cmp rdi, rax
    004c:  49 0f 44 c3                    cmove rax, r11
; 14: r0 = 0x0
; 15: exit
    0050:  c9                             leave
    0051:  c3                             ret

