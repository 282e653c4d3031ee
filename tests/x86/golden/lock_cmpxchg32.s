; bpfaot listing of lock_cmpxchg32.o for x86_64

lock_cmpxchg32__main:  ; section .text, 130 bytes, tail-call entry at +0x0
; 0: r0 = 0x123456789abcdef0 ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 10                    sub rsp, 16
    0008:  48 b8 f0 de bc 9a 78 56 34 12  movabs rax, 1311768467463790320
; 2: *(u64 *)(r10 - 0x8) = r0
    0012:  48 89 45 f8                    mov qword ptr [rbp - 8], rax
; 3: w1 = -0x789abcdf
    0016:  bf 21 43 65 87                 mov edi, 2271560481
; 4: w0 = 0x12345678
    001b:  b8 78 56 34 12                 mov eax, 305419896
; 5: w0 = cmpxchg32_32(r10 - 0x8, w0, w1)
    0020:  f0 0f b1 7d f8                 lock cmpxchg dword ptr [rbp - 8], edi
    0025:  89 c0                          mov eax, eax
; 6: w1 = -0x65432110
    0027:  bf f0 de bc 9a                 mov edi, 2596069104
; 7: if r0 != r1 goto +0x10
    002c:  48 39 f8                       cmp rax, rdi
    002f:  75 4f                          jne 0x80
; 8: r0 = *(u64 *)(r10 - 0x8)
    0031:  48 8b 45 f8                    mov rax, qword ptr [rbp - 8]
; 9: r1 = 0x123456789abcdef0 ll
    0035:  48 bf f0 de bc 9a 78 56 34 12  movabs rdi, 1311768467463790320
; 11: if r0 != r1 goto +0xc
    003f:  48 39 f8                       cmp rax, rdi
    0042:  75 3c                          jne 0x80
; 12: r0 = 0x123456789abcdef0 ll
    0044:  48 b8 f0 de bc 9a 78 56 34 12  movabs rax, 1311768467463790320
; 14: *(u64 *)(r10 - 0x8) = r0
    004e:  48 89 45 f8                    mov qword ptr [rbp - 8], rax
; 15: w1 = 0x11223344
    0052:  bf 44 33 22 11                 mov edi, 287454020
; 16: w0 = cmpxchg32_32(r10 - 0x8, w0, w1)
    0057:  f0 0f b1 7d f8                 lock cmpxchg dword ptr [rbp - 8], edi
    005c:  89 c0                          mov eax, eax
; 17: w1 = -0x65432110
    005e:  bf f0 de bc 9a                 mov edi, 2596069104
; 18: if r0 != r1 goto +0x5
    0063:  48 39 f8                       cmp rax, rdi
    0066:  75 18                          jne 0x80
; 19: r0 = *(u64 *)(r10 - 0x8)
    0068:  48 8b 45 f8                    mov rax, qword ptr [rbp - 8]
; 20: r1 = 0x1234567811223344 ll
    006c:  48 bf 44 33 22 11 78 56 34 12  movabs rdi, 1311768465155175236
; 22: if r0 != r1 goto +0x1
    0076:  45 31 db                       xor r11d, r11d
    0079:  48 39 f8                       cmp rax, rdi
    007c:  49 0f 44 c3                    cmove rax, r11
; 23: r0 = 0x0
; 24: exit
    0080:  c9                             leave
    0081:  c3                             ret

