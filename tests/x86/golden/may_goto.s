; bpfaot listing of golden-may_goto.bpf.o for x86_64

may_goto__loop:  ; section raw_tp/t, 40 bytes, tail-call entry at +0x0
; tests/x86/may_goto.bpf.c:7
; 0: r0 = 0x0
    0000:  55                             push rbp
    0001:  48 89 e5                       mov rbp, rsp
    0004:  48 83 ec 10                    sub rsp, 16
    0008:  48 c7 45 f8 00 00 80 00        mov qword ptr [rbp - 8], 8388608
    0010:  31 c0                          xor eax, eax
; tests/x86/may_goto.bpf.c:10
; 1: r0 += 0x1
    0012:  48 83 c0 01                    add rax, 1
; 2: may_goto +0x1
    0016:  4c 8b 5d f8                    mov r11, qword ptr [rbp - 8]
    001a:  49 83 eb 01                    sub r11, 1
    001e:  72 06                          jb 0x26
    0020:  4c 89 5d f8                    mov qword ptr [rbp - 8], r11
; 3: goto -0x3
    0024:  eb ec                          jmp 0x12
; tests/x86/may_goto.bpf.c:15
; 4: exit
    0026:  c9                             leave
    0027:  c3                             ret

