/*
 * crt0.S - the entry point of a C program on OS2. The kernel starts it with
 * rdi = argc, rsi = argv and rsp 16-byte aligned (docs/SYSCALLS.md, "Program
 * entry"): call main(argc, argv) as they are, then EXIT with its return value.
 */
    .text
    .globl _start
    .type _start, @function
_start:
    xor %ebp, %ebp          /* the outermost frame for debuggers and backtraces */
    call main
    mov %eax, %edi          /* status = main's return value */
1:  mov $0, %eax            /* OS2_SYS_EXIT */
    syscall
    jmp 1b                  /* EXIT does not return */
    .size _start, . - _start
    .section .note.GNU-stack, "", @progbits
