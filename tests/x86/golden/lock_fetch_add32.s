; bpfaot listing of lock_fetch_add32.o for x86_64

lock_fetch_add32__main:  ; section .text, 62 bytes, tail-call entry at +0x0
; 0: r0 = 0x123456789abcdef0 ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 10                    sub rsp, 16
    0008:  48 b8 f0 de bc 9a 78 56 34 12  movabs rax, 1311768467463790320
; 2: *(u64 *)(r10 - 0x8) = r0
    0012:  48 89 45 f8                    mov qword ptr [rbp - 8], rax
; 3: r1 = 0x1
    0016:  bf 01 00 00 00                 mov edi, 1
; 4: w1 = atomic_fetch_add((u32 *)(r10 - 0x8), w1)
    001b:  f0 0f c1 7d f8                 lock xadd dword ptr [rbp - 8], edi
; 5: if w1 != w0 goto +0x5
    0020:  39 c7                          cmp edi, eax
    0022:  75 18                          jne 0x3c
; 6: r1 = *(u64 *)(r10 - 0x8)
    0024:  48 8b 7d f8                    mov rdi, qword ptr [rbp - 8]
; 7: r0 = 0x123456789abcdef1 ll
    0028:  48 b8 f1 de bc 9a 78 56 34 12  movabs rax, 1311768467463790321
; 9: if r0 != r1 goto +0x1
    0032:  45 31 db                       xor r11d, r11d
    0035:  48 39 f8                       cmp rax, rdi
    0038:  49 0f 44 c3                    cmove rax, r11
; 10: r0 = 0x0
; 11: exit
    003c:  c9                             leave
    003d:  c3                             ret

