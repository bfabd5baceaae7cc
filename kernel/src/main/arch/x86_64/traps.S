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

/* The general registers in TrapFrame order (rax lowest): pushed by the trap and syscall
 * entries, popped by the two iretq paths. */
        .macro  PUSH_GPRS
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
        push    %rax
        .endm
        .macro  POP_GPRS
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
        .endm

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
        pushfq                          /* and AC clear: a user task may set it, and with */
        andq    $~0x40000, (%rsp)       /* AC set SMAP would let the kernel touch its pages */
        popfq                           /* (SDM 3A 4.6.1); the frame keeps the task's RFLAGS */
        PUSH_GPRS                       /* rsp = frame (TF_RAX == 0) */
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
        POP_GPRS
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
        .globl  os2_sched_loop
os2_sched_loop:
        mov     os2_kstack_top(%rip), %rsp
        xor     %ebp, %ebp
        movq    $0, os2_top(%rip)
        incq    os2_sched_entries(%rip) /* self tests prove continuations pass through here */
        sti                             /* each step runs with interrupts on; here, not in */
                                        /* KernelLoop.step, which then has no raw access */
        call    os2_sched_step          /* 0, or a user task to resume (save area | RESUME_*) */
        test    %rax, %rax
        jz      os2_sched_loop
        jmp     os2_user_resume

/*
 * System-call entry (IA32_LSTAR, SDM 2B SYSCALL). The CPU put the user's rip in rcx and
 * RFLAGS in r11, cleared IF, DF, TF and AC (IA32_FMASK) and loaded the kernel CS/SS; rsp
 * is still the user's. The registers go straight into the running task's save area
 * (os2_user_state), in the trap-frame layout, so a task that blocks is already saved;
 * then Java runs on the empty kernel stack:  jlong os2_syscall(jlong saveArea)  returns
 * 0 (the task waits or ended: run the scheduler loop) or a save area to resume.
 */
        .globl  os2_syscall_entry
os2_syscall_entry:
        mov     %rsp, os2_user_rsp(%rip)
        mov     os2_user_state(%rip), %rsp
        add     $TF_SIZE, %rsp          /* push the frame downwards from the area's TF_SIZE */
        pushq   $USER_SS
        pushq   os2_user_rsp(%rip)
        push    %r11                    /* RFLAGS */
        pushq   $USER_CS
        push    %rcx                    /* rip */
        pushq   $0                      /* error code */
        pushq   $VECTOR_SYSCALL
        PUSH_GPRS                       /* rsp = the save area (TF_RAX == 0) */
        fxsave  USER_FXSAVE(%rsp)
        mov     %rsp, %rdi
        mov     os2_kstack_top(%rip), %rsp
        xor     %ebp, %ebp
        movq    $0, os2_top(%rip)
        call    os2_syscall
        test    %rax, %rax
        jz      os2_sched_loop

/*
 * Resumes a user task: rax = its save area | RESUME_SYSRET or RESUME_IRET (Java chose:
 * sysretq only to a canonical user address, because sysretq to a non-canonical rcx
 * faults in ring 0 on the user's stack, SDM 2B SYSRET). Interrupts are off; the iretq
 * or sysretq frame's RFLAGS turns them on in user mode.
 */
os2_user_resume:
        mov     %rax, %rdi
        and     $-16, %rdi
        mov     %rdi, os2_user_state(%rip)
        fxrstor USER_FXSAVE(%rdi)
        test    $RESUME_SYSRET, %al
        jnz     1f
        mov     %rdi, %rsp
        POP_GPRS
        add     $16, %rsp               /* vector and error code */
        iretq
1:      mov     TF_RAX(%rdi), %rax
        mov     TF_RBX(%rdi), %rbx
        mov     TF_RDX(%rdi), %rdx
        mov     TF_RSI(%rdi), %rsi
        mov     TF_RBP(%rdi), %rbp
        mov     TF_R8(%rdi), %r8
        mov     TF_R8+8(%rdi), %r9
        mov     TF_R8+16(%rdi), %r10
        mov     TF_R8+32(%rdi), %r12
        mov     TF_R8+40(%rdi), %r13
        mov     TF_R8+48(%rdi), %r14
        mov     TF_R15(%rdi), %r15
        mov     TF_RIP(%rdi), %rcx
        mov     TF_RFLAGS(%rdi), %r11
        mov     TF_RSP(%rdi), %rsp
        mov     TF_RDI(%rdi), %rdi
        sysretq

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
/* The running user task's save area (Java sets it through Mem.symbol before a resume;
 * os2_user_resume sets it too), and the syscall entry's scratch word for the user rsp. */
        .globl  os2_user_state
os2_user_state: .quad 0
os2_user_rsp:   .quad 0

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
