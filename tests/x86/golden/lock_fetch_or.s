; bpfaot listing of lock_fetch_or.o for x86_64

lock_fetch_or__main:  ; section .text, 90 bytes, tail-call entry at +0x0
; 0: r0 = 0x1100110011001100 ll
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 10                    sub rsp, 16
    0008:  48 b8 00 11 00 11 00 11 00 11  movabs rax, 1224997790627664128
; 2: r1 = 0x11001100110011 ll
    0012:  48 bf 11 00 11 00 11 00 11 00  movabs rdi, 4785147619639313
; 4: *(u64 *)(r10 - 0x8) = r0
    001c:  48 89 45 f8                    mov qword ptr [rbp - 8], rax
; 5: r1 = atomic_fetch_or((u64 *)(r10 - 0x8), r1)
    0020:  49 89 c2                       mov r10, rax
    0023:  48 8b 45 f8                    mov rax, qword ptr [rbp - 8]
    0027:  49 89 c3                       mov r11, rax
    002a:  49 09 fb                       or r11, rdi
    002d:  f0 4c 0f b1 5d f8              lock cmpxchg qword ptr [rbp - 8], r11
    0033:  75 f2                          jne 0x27
    0035:  48 89 c7                       mov rdi, rax
    0038:  4c 89 d0                       mov rax, r10
; 6: if r1 != r0 goto +0x5
    003b:  48 39 c7                       cmp rdi, rax
    003e:  75 18                          jne 0x58
; 7: r0 = *(u64 *)(r10 - 0x8)
    0040:  48 8b 45 f8                    mov rax, qword ptr [rbp - 8]
; 8: r1 = 0x1111111111111111 ll
    0044:  48 bf 11 11 11 11 11 11 11 11  movabs rdi, 1229782938247303441
; 10: if r0 != r1 goto +0x1
    004e:  45 31 db                       xor r11d, r11d
    0051:  48 39 f8                       cmp rax, rdi
    0054:  49 0f 44 c3                    cmove rax, r11
; 11: r0 = 0x0
; 12: exit
    0058:  c9                             leave
    0059:  c3                             ret

