/*
 * crt0.S - the entry point of a C program on OS2. The kernel starts it with
 * rdi = argc, rsi = argv, r8/r9 = the start capabilities and their count, and rsp
 * 16-byte aligned (docs/SYSCALLS.md, "Program entry"): keep the capabilities in
 * os2_start_caps/os2_start_count (os2.h), call main(argc, argv), EXIT with its value.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp          /* the outermost frame for debuggers and backtraces */
    mov %r8, os2_start_caps(%rip)
    mov %r9, os2_start_count(%rip)
    call main
    mov %eax, %edi          /* status = main's return value */
1:  mov $0, %eax            /* OS2_SYS_EXIT */
    syscall
    jmp 1b                  /* EXIT does not return */
    .size _start, . - _start

    .bss
    .balign 8
    .globl os2_start_caps, os2_start_count
os2_start_caps:  .zero 8
os2_start_count: .zero 8
    .section .note.GNU-stack, "", @progbits
