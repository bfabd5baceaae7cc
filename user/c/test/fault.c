/* fault.c KIND - raises one kind of CPU exception in user mode (the kernel must end
 * only this task, with status 128 + vector). KIND: pf de ud bp gp ac xm stack nx wx kernel.
 * (QEMU's TCG does not raise #AC or #XM; on hardware ac and xm fault too.) */
#include <os2.h>

/* The faults below are the point: gcc is right that they are bugs. */
#pragma GCC diagnostic ignored "-Warray-bounds"
#pragma GCC diagnostic ignored "-Winfinite-recursion"

static int eq(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static int depth(int n) { volatile char pad[256]; pad[0] = (char)n; return depth(n + 1) + pad[0]; }
static unsigned char data_code[16] = {0xc3};   /* ret, in a data (NX) page */

int main(int argc, char **argv) {
    const char *k = argc > 0 ? argv[0] : "pf";
    os2_puts("fault: raising ");
    os2_puts(k);
    os2_puts("\n");
    if (eq(k, "pf")) {
        return *(volatile int *)(uintptr_t)0x10;                 /* null page: #PF (14) */
    } else if (eq(k, "de")) {
        __asm__ volatile("xor %%ecx, %%ecx; xor %%edx, %%edx; div %%ecx" ::: "eax", "ecx", "edx");  /* #DE (0) */
    } else if (eq(k, "ud")) {
        __asm__ volatile("ud2");                                 /* #UD (6) */
    } else if (eq(k, "bp")) {
        __asm__ volatile("int3");                                /* #BP (3) */
    } else if (eq(k, "gp")) {
        return *(volatile int *)(uintptr_t)0x8000000000000000ull; /* non-canonical: #GP (13) */
    } else if (eq(k, "ac")) {
        __asm__ volatile("pushf; orl $0x40000, (%rsp); popf");  /* RFLAGS.AC, CR0.AM: #AC (17) */
        static char buf[16];
        return *(volatile int *)(buf + 1);
    } else if (eq(k, "xm")) {
        unsigned mxcsr = 0x1f80 & ~0x200u;                       /* unmask divide-by-zero */
        __asm__ volatile("ldmxcsr %0" ::"m"(mxcsr));
        volatile double a = 1.0, b = 0.0;
        return (int)(a / b);                                     /* #XM (19) */
    } else if (eq(k, "stack")) {
        return depth(0);                                         /* into the guard page: #PF */
    } else if (eq(k, "nx")) {
        ((void (*)(void))data_code)();                           /* fetch from NX data: #PF */
    } else if (eq(k, "wx")) {
        *(volatile unsigned char *)(uintptr_t)&main = 0xcc;      /* write to text: #PF */
    } else if (eq(k, "kernel")) {
        return *(volatile int *)(uintptr_t)0xffffffff80100000ull; /* the kernel image: #PF */
    }
    os2_puts("fault: still alive (no fault)\n");
    return 0;
}
