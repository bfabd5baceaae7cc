/* ubench.c - user-mode micro-benchmarks, run as init by ./os2 bench user under -icount
 * (the TSC then counts guest instructions): prints "bench: NAME insns=N" per operation,
 * the same operations ../shared/baseline/linux-qemu measures on Linux. */
#include <os2.h>

static inline uint64_t tsc(void) {
    uint32_t lo, hi;
    __asm__ volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi));
    return (uint64_t)hi << 32 | lo;
}
static void report(const char *name, uint64_t total, uint64_t n) {
    char b[24];
    int k = 0;
    uint64_t v = total / n;
    os2_puts("bench: ");
    os2_puts(name);
    os2_puts(" insns=");
    do b[k++] = (char)('0' + v % 10); while (v /= 10);
    while (k) os2_write(OS2_STDOUT, &b[--k], 1);
    os2_puts("\n");
}

int main(void) {
    enum { CALLS = 20000, SPAWNS = 100, PAGES = 2000 };
    /* 1. null system call: an unknown number, answered E_NOSYS (the whole round trip) */
    for (int i = 0; i < 100; i++) os2_syscall(1000, 0, 0, 0, 0, 0);
    uint64_t t0 = tsc();
    for (int i = 0; i < CALLS; i++) os2_syscall(1000, 0, 0, 0, 0, 0);
    report("null-syscall", tsc() - t0, CALLS);
    t0 = tsc();
    for (int i = 0; i < CALLS; i++) os2_clock();
    report("clock-syscall", tsc() - t0, CALLS);
    /* 2. spawn + exit + wait of a small program */
    int64_t h = os2_spawn("exit0.elf", 9, 0, 0);
    os2_wait_exit(h);
    os2_close(h);
    t0 = tsc();
    for (int i = 0; i < SPAWNS; i++) {
        h = os2_spawn("exit0.elf", 9, 0, 0);
        if (os2_wait_exit(h) != 0) os2_puts("bench: spawn failed\n");
        os2_close(h);
    }
    report("spawn-exit-wait", tsc() - t0, SPAWNS);
    /* 3. demand-zero page fault from user mode: first touch of each page of a new region */
    volatile char *r = (volatile char *)(uintptr_t)os2_region_alloc(PAGES * 4096, OS2_R | OS2_W);
    t0 = tsc();
    for (int i = 0; i < PAGES; i++) r[i * 4096] = 1;
    uint64_t faults = tsc() - t0;
    t0 = tsc();
    for (int i = 0; i < PAGES; i++) r[i * 4096] = 2;   /* the same loop without faults */
    report("demand-zero-fault", faults - (tsc() - t0), PAGES);
    return 0;
}
