/*
 * platform_os2.c - the OS2 user-program target: the entry point, the Java heap
 * in one demand-paged region, and the platform calls as system calls
 * (docs/SYSCALLS.md). No libc: a static PIE linked with -nostdlib.
 */
#include "os2rt.h"

#define SYS_EXIT         0
#define SYS_WRITE        1
#define SYS_READ         2
#define SYS_CLOCK        3
#define SYS_REGION_ALLOC 4
#define SYS_FRAMES       11
#define HEAP_MIB         64   /* the Java heap's limit; pages cost frames only when touched */

void os2_java_main(jint argc, jlong argv);   /* generated */
void os2_user_start(jint argc, char **argv, char *stack_base) __attribute__((noreturn, used));

/* The kernel enters with rdi = argc, rsi = argv, rdx = the stack region's base and a 16-byte aligned rsp:
 * call keeps the ABI's alignment. */
__asm__(".text\n.globl _start\n.type _start, @function\n_start:\n\txor %ebp, %ebp\n\tcall os2_user_start\n\tud2\n");

/* argv lies above every frame, so it bounds the collector's conservative stack scan. */
void os2_user_start(jint argc, char **argv, char *stack_base) {
    os2_gc_set_stack_base(argv);
    /* Java frames below this throw StackOverflowError (the reserve builds it); the guard page
     * under the region still ends the task if C code runs past. */
    if (stack_base)
        os2_stack_limit = (uintptr_t)stack_base + OS2_STACK_RESERVE + (16 << 10);
    for (jlong mib = HEAP_MIB;; mib /= 2) {
        jlong base = os2_syscall6(SYS_REGION_ALLOC, mib << 20, 3 /* R|W */, 0, 0, 0);
        if (base > 0) {
            os2_heap_add_region((void *)(uintptr_t)base, (size_t)mib << 20);
            break;
        }
        if (mib <= 1) {
            static const char msg[] = "os2: cannot allocate the Java heap\n";
            os2_platform_write(2, msg, sizeof msg - 1);
            os2_platform_exit(70);
        }
    }
    /* Where the shadow-frame chain starts: the kernel prints the Java trace of a fault from it. */
    os2_syscall6(SYS_FRAMES, (jlong)(uintptr_t)&os2_top, 0, 0, 0, 0);
    os2_java_main(argc, (jlong)(uintptr_t)argv);   /* the module name is not in argv: all of it is main's */
    os2_platform_exit(0);                          /* not reached: VMHelper.exit ends the task */
}

/* WRITE takes all of buf at once (it returns len); an error drops the rest, as on Linux. */
void os2_platform_write(jint fd, const void *buf, jlong len) {
    const char *p = buf;
    while (len > 0) {
        jlong n = os2_syscall6(SYS_WRITE, fd, (jlong)(uintptr_t)p, len, 0, 0);
        if (n <= 0)
            return;
        p += n;
        len -= n;
    }
}

/* READ blocks until a byte is there; 0 is the end of input (Ctrl-D), < 0 an error code. */
jlong os2_platform_read(jint fd, void *buf, jlong len) {
    return os2_syscall6(SYS_READ, fd, (jlong)(uintptr_t)buf, len, 0, 0);
}

void os2_platform_exit(jint status) {
    for (;;)
        os2_syscall6(SYS_EXIT, status, 0, 0, 0, 0);
}

jlong os2_platform_nanotime(void) { return os2_syscall6(SYS_CLOCK, 0, 0, 0, 0, 0); }

/* OS2 has no wall clock: milliseconds since boot. */
jlong os2_platform_millis(void) { return os2_platform_nanotime() / 1000000; }
