; bpfaot listing of stxb-all.o for x86_64

stxb_all__main:  ; section .text, 87 bytes, tail-call entry at +0x0
; 0: r0 = 0xf0
    0000:  53                             push rbx
    0001:  41 55                          push r13
    0003:  41 56                          push r14
    0005:  b8 f0 00 00 00                 mov eax, 240
; 1: r2 = 0xf2
    000a:  be f2 00 00 00                 mov esi, 242
; 2: r3 = 0xf3
    000f:  ba f3 00 00 00                 mov edx, 243
; 3: r4 = 0xf4
    0014:  b9 f4 00 00 00                 mov ecx, 244
; 4: r5 = 0xf5
    0019:  41 b8 f5 00 00 00              mov r8d, 245
; 5: r6 = 0xf6
    001f:  bb f6 00 00 00                 mov ebx, 246
; 6: r7 = 0xf7
    0024:  41 bd f7 00 00 00              mov r13d, 247
; 7: r8 = 0xf8
    002a:  41 be f8 00 00 00              mov r14d, 248
; 8: *(u8 *)(r1 + 0x0) = w0
    0030:  88 07                          mov byte ptr [rdi], al
; 9: *(u8 *)(r1 + 0x1) = w2
    0032:  40 88 77 01                    mov byte ptr [rdi + 1], sil
; 10: *(u8 *)(r1 + 0x2) = w3
    0036:  88 57 02                       mov byte ptr [rdi + 2], dl
; 11: *(u8 *)(r1 + 0x3) = w4
    0039:  88 4f 03                       mov byte ptr [rdi + 3], cl
; 12: *(u8 *)(r1 + 0x4) = w5
    003c:  44 88 47 04                    mov byte ptr [rdi + 4], r8b
; 13: *(u8 *)(r1 + 0x5) = w6
    0040:  88 5f 05                       mov byte ptr [rdi + 5], bl
; 14: *(u8 *)(r1 + 0x6) = w7
    0043:  44 88 6f 06                    mov byte ptr [rdi + 6], r13b
; 15: *(u8 *)(r1 + 0x7) = w8
    0047:  44 88 77 07                    mov byte ptr [rdi + 7], r14b
; 16: r0 = *(u64 *)(r1 + 0x0)
    004b:  48 8b 07                       mov rax, qword ptr [rdi]
; 17: r0 = be64 r0
    004e:  48 0f c8                       bswap rax
; 18: exit
    0051:  41 5e                          pop r14
    0053:  41 5d                          pop r13
    0055:  5b                             pop rbx
    0056:  c3                             ret

