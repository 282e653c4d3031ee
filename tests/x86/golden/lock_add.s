; bpfaot listing of lock_add.o for x86_64

lock_add__main:  ; section .text, 58 bytes, tail-call entry at +0x0
; 0: r0 = 0x123456789abcdef0 ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 10                    sub rsp, 16
    0008:  48 b8 f0 de bc 9a 78 56 34 12  movabs rax, 1311768467463790320
; 2: *(u64 *)(r10 - 0x8) = r0
    0012:  48 89 45 f8                    mov qword ptr [rbp - 8], rax
; 3: r1 = 0x1
    0016:  bf 01 00 00 00                 mov edi, 1
; 4: lock *(u64 *)(r10 - 0x8) += r1
    001b:  f0 48 01 7d f8                 lock add qword ptr [rbp - 8], rdi
; 5: r1 = *(u64 *)(r10 - 0x8)
    0020:  48 8b 7d f8                    mov rdi, qword ptr [rbp - 8]
; 6: r0 = 0x123456789abcdef1 ll
    0024:  48 b8 f1 de bc 9a 78 56 34 12  movabs rax, 1311768467463790321
; 8: if r0 != r1 goto +0x1
    002e:  45 31 db                       xor r11d, r11d
    0031:  48 39 f8                       cmp rax, rdi
    0034:  49 0f 44 c3                    cmove rax, r11
; 9: r0 = 0x0
; 10: exit
    0038:  c9                             leave
    0039:  c3                             ret

