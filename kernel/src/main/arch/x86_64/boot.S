/*
 * boot.S - the OS2 boot path, from the Multiboot 1 hand-off to the first call
 * into Java.
 *
 * The loader (QEMU -kernel or GRUB) enters _start32 in 32-bit protected mode
 * with paging off (Multiboot 1 spec, section 3.2 "Machine state"). We:
 *   1. check the Multiboot magic and that the CPU has long mode,
 *   2. build early page tables: the low 1 GiB identity-mapped and mapped
 *      again at KERNEL_VMA (the higher half), with 2 MiB pages,
 *   3. enable PAE, EFER.LME (and EFER.NXE when present), paging, and jump
 *      through a 64-bit GDT into long mode (Intel SDM Vol. 3A, 9.8.5),
 *   4. jump to the higher half, enable SSE, zero .bss, record the Multiboot
 *      magic/info for os2.rt.Boot, set up the stack and the early heap and
 *      call os2_java_main (the compiler's entry to os2.kernel.Kernel.main).
 *
 * The 32-bit code, GDT and early page tables are in .boot* sections linked at
 * physical addresses; the rest is linked in the higher half (kernel.ld).
 */

/* Multiboot 1 header (spec 3.1.1); flags: bit 0 = page-align modules,
 * bit 1 = give us the memory map. */
#define MB_HEADER_MAGIC   0x1BADB002
#define MB_FLAGS          0x00000003
#define MB_BOOT_MAGIC     0x2BADB002    /* in EAX at entry (spec 3.2) */

#define KERNEL_VMA        0xFFFFFFFF80000000

/* Control registers and EFER (SDM Vol. 3A 2.5, 2.2.1) */
#define CR0_PE            (1 << 0)
#define CR0_MP            (1 << 1)      /* monitor coprocessor: SSE/x87 state */
#define CR0_EM            (1 << 2)      /* must be clear for SSE */
#define CR0_WP            (1 << 16)     /* honour read-only pages in ring 0 */
#define CR0_PG            (1 << 31)
#define CR4_PAE           (1 << 5)
#define CR4_OSFXSR        (1 << 9)      /* fxsave/fxrstor + SSE instructions */
#define CR4_OSXMMEXCPT    (1 << 10)     /* SIMD float exceptions raise #XM */
#define MSR_EFER          0xC0000080
#define EFER_LME          (1 << 8)
#define EFER_NXE          (1 << 11)

/* CPUID leaf 0x80000001, EDX (SDM Vol. 2A, CPUID) */
#define CPUID_EXT_FEATURES 0x80000001
#define CPUID_EDX_NX      (1 << 20)
#define CPUID_EDX_LM      (1 << 29)

/* Page-table entry bits (SDM Vol. 3A 4.5, tables 4-14..4-19) */
#define PTE_P             (1 << 0)
#define PTE_RW            (1 << 1)
#define PTE_PS            (1 << 7)      /* in a PDE: this is a 2 MiB page */
#define PAGE_2M           0x200000

#define COM1              0x3F8
#define STACK_SIZE        (64 * 1024)
#define EARLY_HEAP_SIZE   (8 * 1024 * 1024)

#define SEL_CODE64        0x08
#define SEL_DATA          0x10

/* ------------------------------------------------------------------ */
        .section .multiboot, "a"
        .align 4
        .long MB_HEADER_MAGIC
        .long MB_FLAGS
        .long -(MB_HEADER_MAGIC + MB_FLAGS)

/* ------------------------------------------------------------------ */
        .section .boot.text, "ax"
        .code32
        .globl _start32
_start32:
        cli
        cld
        mov     %eax, %edi              /* keep magic and info pointer */
        mov     %ebx, %esi
        cmp     $MB_BOOT_MAGIC, %eax
        jne     .Lno_multiboot

        /* Long mode present? (extended leaf must exist first) */
        mov     $0x80000000, %eax
        cpuid
        cmp     $CPUID_EXT_FEATURES, %eax
        jb      .Lno_long_mode
        mov     $CPUID_EXT_FEATURES, %eax
        cpuid
        test    $CPUID_EDX_LM, %edx
        jz      .Lno_long_mode
        mov     %edx, %ebp              /* feature bits, for NX below */

        /* Zero the four early page-table pages. */
        push    %edi
        mov     $boot_pml4, %edi
        xor     %eax, %eax
        mov     $(4 * 4096 / 4), %ecx
        rep stosl
        pop     %edi

        /* PD: 512 x 2 MiB = the low 1 GiB. */
        mov     $boot_pd, %ebx
        mov     $(PTE_P | PTE_RW | PTE_PS), %eax
        xor     %ecx, %ecx
1:      mov     %eax, (%ebx, %ecx, 8)
        add     $PAGE_2M, %eax
        inc     %ecx
        cmp     $512, %ecx
        jne     1b

        /* 0 .. 1 GiB: PML4[0] -> pdpt_low[0] -> pd.
         * KERNEL_VMA .. +1 GiB: PML4[511] -> pdpt_high[510] -> pd. */
        movl    $(boot_pd + PTE_P + PTE_RW), boot_pdpt_low
        movl    $(boot_pd + PTE_P + PTE_RW), boot_pdpt_high + 510 * 8
        movl    $(boot_pdpt_low + PTE_P + PTE_RW), boot_pml4
        movl    $(boot_pdpt_high + PTE_P + PTE_RW), boot_pml4 + 511 * 8

        /* SDM 9.8.5: PAE on, CR3, EFER.LME, then CR0.PG activates long mode. */
        mov     %cr4, %eax
        or      $CR4_PAE, %eax
        mov     %eax, %cr4
        mov     $boot_pml4, %eax
        mov     %eax, %cr3
        mov     $MSR_EFER, %ecx
        rdmsr
        or      $EFER_LME, %eax
        test    $CPUID_EDX_NX, %ebp
        jz      2f
        or      $EFER_NXE, %eax
2:      wrmsr
        mov     %cr0, %eax
        or      $(CR0_PG | CR0_PE | CR0_WP | CR0_MP), %eax
        and     $~CR0_EM, %eax
        mov     %eax, %cr0

        lgdt    boot_gdt_ptr
        ljmp    $SEL_CODE64, $.Llong_mode

.Lno_multiboot:                         /* early failures: COM1 message, stop */
        mov     $msg_no_multiboot, %ebx
        jmp     .Lfail32
.Lno_long_mode:
        mov     $msg_no_long_mode, %ebx
.Lfail32:
        mov     $(COM1 + 5), %dx        /* line status: bit 5 = THR empty */
3:      in      %dx, %al
        test    $0x20, %al
        jz      3b
        mov     (%ebx), %al
        test    %al, %al
        jz      4f
        mov     $COM1, %dx
        out     %al, %dx
        inc     %ebx
        jmp     .Lfail32
4:      hlt
        jmp     4b

        .code64
.Llong_mode:
        mov     $SEL_DATA, %ax
        mov     %ax, %ds
        mov     %ax, %es
        mov     %ax, %ss
        xor     %eax, %eax
        mov     %ax, %fs
        mov     %ax, %gs
        movabs  $higher_half, %rax
        jmp     *%rax

/* ------------------------------------------------------------------ */
        .section .boot.data, "aw"
        .align 16
/* 64-bit GDT (SDM 3.4.5, 5.2.1): null, ring-0 code (L=1), ring-0 data. */
boot_gdt:
        .quad 0
        .quad 0x00AF9A000000FFFF
        .quad 0x00CF92000000FFFF
boot_gdt_end:
boot_gdt_ptr:                           /* lgdt operand, physical base */
        .word boot_gdt_end - boot_gdt - 1
        .quad boot_gdt
        .align 16
boot_gdt_ptr_virt:                      /* the same GDT through the higher half */
        .word boot_gdt_end - boot_gdt - 1
        .quad boot_gdt + KERNEL_VMA
msg_no_multiboot:
        .asciz "OS2: not booted by a Multiboot loader\r\n"
msg_no_long_mode:
        .asciz "OS2: this CPU has no 64-bit long mode\r\n"
        .section .boot.bss, "aw", @nobits /* early page tables (mem/ replaces them) */
        .align 4096
        .globl boot_pml4, boot_pdpt_low, boot_pdpt_high, boot_pd
boot_pml4:      .skip 4096
boot_pdpt_low:  .skip 4096
boot_pdpt_high: .skip 4096
boot_pd:        .skip 4096

/* ------------------------------------------------------------------ */
        .text
higher_half:
        lgdt    boot_gdt_ptr_virt + KERNEL_VMA

        /* SSE for compiled float/double (SDM 3A, "Initialization of the SSE
         * extensions"): CR0.MP set and CR0.EM clear above; now CR4. */
        mov     %cr4, %rax
        or      $(CR4_OSFXSR | CR4_OSXMMEXCPT), %rax
        mov     %rax, %cr4

        /* Zero .bss (the loader should have, but it costs little). */
        mov     %edi, %r12d             /* Multiboot magic */
        mov     %esi, %r13d             /* Multiboot info (physical) */
        movabs  $__bss_start, %rdi
        movabs  $_bss_end, %rcx
        sub     %rdi, %rcx
        xor     %eax, %eax
        rep stosb

        mov     %r12d, os2_boot_magic(%rip)
        mov     %r13, os2_boot_info(%rip)

        lea     boot_stack_top(%rip), %rsp
        xor     %ebp, %ebp              /* end of the frame chain for gdb */

        mov     %rsp, %rdi
        call    os2_gc_set_stack_base
        lea     os2_early_heap(%rip), %rdi
        mov     $EARLY_HEAP_SIZE, %esi
        call    os2_heap_add_region
        xor     %edi, %edi              /* argc = 0, argv = 0 */
        xor     %esi, %esi
        call    os2_java_main
5:      cli                             /* os2_java_main never returns */
        hlt
        jmp     5b

        .data
        .align 8
        .globl os2_boot_magic, os2_boot_info
os2_boot_info:  .quad 0                 /* physical address of multiboot info */
os2_boot_magic: .long 0

        .bss
        .align 4096                     /* stack and early heap */
        .globl boot_stack_bottom, boot_stack_top, os2_early_heap
boot_stack_bottom:
        .skip STACK_SIZE
boot_stack_top:
        .align 4096
os2_early_heap:
        .skip EARLY_HEAP_SIZE
        .section .note.GNU-stack, "", @progbits
