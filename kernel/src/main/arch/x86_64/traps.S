/*
 * traps.S - interrupt and exception entry, and the scheduler's fresh-stack loop.
 *
 * Every vector 0..47 (32 CPU exceptions, 16 remapped 8259 IRQs) has a 16-byte stub
 * in os2_trap_stubs (Idt.java computes stub = os2_trap_stubs + vector * STUB_SIZE).
 * A stub makes the frame uniform (a 0 error code where the CPU pushes none, SDM 3A
 * 6.13) and pushes its vector; os2_trap_common saves the general registers, the
 * SSE state (compiled Java uses SSE registers; fxsave needs 16-byte alignment,
 * SDM 1 10.5) and the interrupted code's pending Java exception (os2_exc), then
 * calls the Java handler  jint os2_trap(jlong frameAddr)  (os2.kernel.arch.x86_64.Traps).
 *
 * Trap frame layout, stub geometry and os2_trap's answers (TF_*, STUB_*, TRAP_*)
 * come from trapframe.h, which ./os2 build generates from TrapFrame.java's constants
 * (TrapFrameHeader): one definition, so the two cannot drift.
 */

#include "trapframe.h"

#define FXSAVE_SIZE 512

        .text
        .align  STUB_SIZE
        .globl  os2_trap_stubs
os2_trap_stubs:
        vector = 0
        .rept   STUB_COUNT
        .align  STUB_SIZE
        .if     ((ERROR_CODE_VECTORS >> vector) & 1) == 0
        pushq   $0
        .endif
        pushq   $vector
        jmp     os2_trap_common
        vector = vector + 1
        .endr

os2_trap_common:
        cld                             /* the C ABI expects DF clear */
        push    %r15
        push    %r14
        push    %r13
        push    %r12
        push    %r11
        push    %r10
        push    %r9
        push    %r8
        push    %rbp
        push    %rdi
        push    %rsi
        push    %rdx
        push    %rcx
        push    %rbx
        push    %rax                    /* rsp = frame (TF_RAX == 0) */
        mov     %rsp, %rbx              /* rbx is callee-saved: keeps the frame over the call */
        sub     $FXSAVE_SIZE, %rsp
        and     $-16, %rsp
        fxsave  (%rsp)
        /* The handler is Java: a pending exception of the interrupted code would make
         * it unwind at its first call check. Park it here, restore it on the way out. */
        sub     $16, %rsp
        mov     os2_exc(%rip), %rax
        mov     %rax, (%rsp)
        movq    $0, os2_exc(%rip)
        mov     %rbx, %rdi
        call    os2_trap
        cmp     $TRAP_ENTER_SCHEDULER, %eax
        je      os2_sched_enter         /* abandon the interrupted context */
        mov     (%rsp), %rax
        mov     %rax, os2_exc(%rip)
        add     $16, %rsp
        fxrstor (%rsp)
        mov     %rbx, %rsp
        pop     %rax
        pop     %rbx
        pop     %rcx
        pop     %rdx
        pop     %rsi
        pop     %rdi
        pop     %rbp
        pop     %r8
        pop     %r9
        pop     %r10
        pop     %r11
        pop     %r12
        pop     %r13
        pop     %r14
        pop     %r15
        add     $16, %rsp               /* vector and error code */
        iretq

/*
 * The scheduler loop. Each iteration puts rsp back at the top of this CPU's kernel
 * stack (os2_kstack_top, set by KernelLoop before the first entry), forgets the Java
 * shadow-frame chain, and runs one scheduler step (one continuation, or an idle hlt).
 * So every continuation starts on an empty stack: nothing a previous continuation
 * left behind (or an abandoned, interrupted context) survives. Never returns.
 * Entered from a trap (TRAP_ENTER_SCHEDULER), with interrupts off.
 */
        .globl  os2_sched_enter
os2_sched_enter:
        mov     os2_kstack_top(%rip), %rsp
        mov     %rsp, %rdi              /* the collector scans this stack from now on */
        call    os2_gc_set_stack_base
        movq    $0, os2_exc(%rip)
1:      mov     os2_kstack_top(%rip), %rsp
        xor     %ebp, %ebp
        movq    $0, os2_top(%rip)
        incq    os2_sched_entries(%rip) /* self tests prove continuations pass through here */
        call    os2_sched_step
        jmp     1b

/* void os2_reload_segments(jint code, jint data): DS/ES/SS = data, FS/GS = 0,
 * CS = code by a far return (a mov to CS is not allowed, SDM 3A 3.4.3). */
        .globl  os2_reload_segments
os2_reload_segments:
        mov     %si, %ds
        mov     %si, %es
        mov     %si, %ss
        xor     %eax, %eax
        mov     %ax, %fs
        mov     %ax, %gs
        pop     %rax                    /* return address */
        push    %rdi
        push    %rax
        lretq

/* Fault generators for the self tests (Traps.inject makes an interrupted context
 * resume here): Java cannot express a raw divide by zero or an undefined opcode. */
        .globl  os2_raise_de, os2_raise_ud
os2_raise_de:
        xor     %ecx, %ecx
        xor     %eax, %eax
        xor     %edx, %edx
        div     %ecx                    /* #DE, vector 0 */
        ud2
os2_raise_ud:
        ud2                             /* #UD, vector 6 */

        .data
        .align  8
        .globl  os2_kstack_top
os2_kstack_top: .quad 0
/* Iterations of the loop above (read by the sched-now-100k self test). */
        .globl  os2_sched_entries
os2_sched_entries: .quad 0
/* The address of the runtime's os2_top (innermost Java frame): Java's Mem.symbol
 * declares every symbol as a char array, which would clash with os2rt.h's JFrame *,
 * so self tests reach the frame chain through this word instead. */
        .globl  os2_top_address
os2_top_address: .quad os2_top

/* Interrupt-stack-table stacks (TSS IST1..3): double fault, NMI, machine check run
 * on known-good stacks even when the kernel stack overflowed (SDM 3A 6.14.5).
 * os2_kstack_fallback is the kernel stack when memory management cannot map one. */
        .bss
        .align  4096
        .globl  os2_ist_df_top, os2_ist_nmi_top, os2_ist_mc_top
        .globl  os2_kstack_fallback_bottom, os2_kstack_fallback_top
        .skip   16384
os2_ist_df_top:
        .skip   8192
os2_ist_nmi_top:
        .skip   8192
os2_ist_mc_top:
os2_kstack_fallback_bottom:
        .skip   65536
os2_kstack_fallback_top:

        .section .note.GNU-stack, "", @progbits
