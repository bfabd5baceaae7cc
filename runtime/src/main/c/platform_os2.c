/*
 * platform_os2.c - the OS2 user-program target: the entry point, the Java heap
 * in one demand-paged region, and the platform calls as system calls
 * (docs/SYSCALLS.md). No libc: a static PIE linked with -nostdlib. Streams are the
 * start capabilities by convention: fd 0, 1, 2 = slots 0, 1, 2; the heap comes from
 * the memory capability in slot 3. os2.user.Caps reads os2_start_caps/os2_start_count.
 */
#include "os2rt.h"

#define SYS_EXIT         0
#define SYS_WRITE        1
#define SYS_READ         2
#define SYS_CLOCK        3
#define SYS_REGION_ALLOC 4
#define SYS_FRAMES       11
#define SLOT_MEMORY      3
#define HEAP_MIB         64   /* the Java heap's limit; pages cost frames only when touched */

/* The start capabilities as the kernel gave them (r8, r9): 16-byte handles, low word first. */
uint64_t *os2_start_caps;
uint64_t os2_start_count;

void os2_java_main(jint argc, jlong argv);   /* generated */
void os2_user_start(jint argc, char **argv, char *stack_base, jlong rcx, uint64_t *caps, uint64_t count)
    __attribute__((noreturn, used));

/* The kernel enters with rdi = argc, rsi = argv, rdx = the stack region's base, r8/r9 = the start
 * capabilities and their count (the 5th and 6th C arguments) and a 16-byte aligned rsp: call keeps
 * the ABI's alignment. */
__asm__(".text\n.globl _start\n.type _start, @function\n_start:\n\txor %ebp, %ebp\n\tcall os2_user_start\n\tud2\n");

/* A start slot's handle words (lo, hi); both 0 when the slot is missing. */
static void slot(uint64_t i, jlong *lo, jlong *hi) {
    *lo = i < os2_start_count ? (jlong)os2_start_caps[2 * i] : 0;
    *hi = i < os2_start_count ? (jlong)os2_start_caps[2 * i + 1] : 0;
}

/* argv lies above every frame, so it bounds the collector's conservative stack scan. */
void os2_user_start(jint argc, char **argv, char *stack_base, jlong rcx, uint64_t *caps, uint64_t count) {
    (void)rcx;   /* undefined at entry */
    os2_start_caps = caps;
    os2_start_count = caps ? count : 0;
    os2_gc_set_stack_base(argv);
    /* Java frames below this throw StackOverflowError (the reserve builds it); the guard page
     * under the region still ends the task if C code runs past. */
    if (stack_base)
        os2_stack_limit = (uintptr_t)stack_base + OS2_STACK_RESERVE + (16 << 10);
    jlong mlo, mhi;
    slot(SLOT_MEMORY, &mlo, &mhi);
    if ((mlo | mhi) == 0) {   /* spawned without memory: no heap, no Java */
        static const char msg[] = "os2: no memory capability in start slot 3: a Java program needs one for its heap\n";
        os2_platform_write(2, msg, sizeof msg - 1);
        os2_platform_exit(127);
    }
    for (jlong mib = HEAP_MIB;; mib /= 2) {
        uint64_t region[2];   /* the heap region's capability: held for the task's life */
        jlong base = os2_syscall6(SYS_REGION_ALLOC, mlo, mhi, mib << 20, 3 /* R|W */, (jlong)(uintptr_t)region);
        if (base > 0) {
            os2_heap_add_region((void *)(uintptr_t)base, (size_t)mib << 20);
            break;
        }
        if (mib <= 1) {
            static const char msg[] = "os2: cannot allocate the Java heap (REGION_ALLOC with start slot 3 failed)\n";
            os2_platform_write(2, msg, sizeof msg - 1);
            os2_platform_exit(70);
        }
    }
    /* Where the shadow-frame chain starts: the kernel prints the Java trace of a fault from it. */
    os2_syscall6(SYS_FRAMES, (jlong)(uintptr_t)&os2_top, 0, 0, 0, 0);
    os2_java_main(argc, (jlong)(uintptr_t)argv);   /* the module name is not in argv: all of it is main's */
    os2_platform_exit(0);                          /* not reached: VMHelper.exit ends the task */
}

/* WRITE takes all of buf at once (it returns len); an error drops the rest, as on Linux.
 * fd is a start slot; a missing one (the zero handle) drops everything. */
void os2_platform_write(jint fd, const void *buf, jlong len) {
    const char *p = buf;
    jlong lo, hi;
    slot((uint64_t)fd, &lo, &hi);
    if ((lo | hi) == 0)
        return;
    while (len > 0) {
        jlong n = os2_syscall6(SYS_WRITE, lo, hi, (jlong)(uintptr_t)p, len, 0);
        if (n <= 0)
            return;
        p += n;
        len -= n;
    }
}

/* READ blocks until a byte is there; 0 is the end of input (Ctrl-D, or no such start slot), < 0 an error code. */
jlong os2_platform_read(jint fd, void *buf, jlong len) {
    jlong lo, hi;
    slot((uint64_t)fd, &lo, &hi);
    if ((lo | hi) == 0)
        return 0;
    return os2_syscall6(SYS_READ, lo, hi, (jlong)(uintptr_t)buf, len, 0);
}

void os2_platform_exit(jint status) {
    for (;;)
        os2_syscall6(SYS_EXIT, status, 0, 0, 0, 0);
}

jlong os2_platform_nanotime(void) { return os2_syscall6(SYS_CLOCK, 0, 0, 0, 0, 0); }

/* OS2 has no wall clock: milliseconds since boot. */
jlong os2_platform_millis(void) { return os2_platform_nanotime() / 1000000; }
