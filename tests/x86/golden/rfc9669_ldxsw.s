; bpfaot listing of rfc9669_ldxsw.o for x86_64

rfc9669_ldxsw__main:  ; section .text, 21 bytes, tail-call entry at +0x0
; 0: *(u32 *)(r10 - 0x4) = -0x7fffffff
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 10                    sub rsp, 16
    0008:  c7 45 fc 01 00 00 80           mov dword ptr [rbp - 4], 2147483649
; 1: r0 = *(s32 *)(r10 - 0x4)
    000f:  48 63 45 fc                    movsxd rax, dword ptr [rbp - 4]
; 2: exit
    0013:  c9                             leave
    0014:  c3                             ret

