/* ubench.c - user-mode micro-benchmarks, run as init by ./os2 bench user under -icount
 * (the TSC then counts guest instructions): prints "bench: NAME insns=N" per operation,
 * the same operations ../shared/baseline/linux-qemu measures on Linux, and the channel
 * operations of docs/SYSCALLS.md against capchild.elf's echo role. */
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
    while (k) os2_write(os2_start_cap(OS2_SLOT_STDOUT), &b[--k], 1);
    os2_puts("\n");
}

static int64_t spawn_exit0(os2_handle *h) { return os2_spawn_module("exit0.elf", 0, 0, 0, 0, h); }

/* One message to the echo child and its answer; with a region, it moves there and back. */
static void round_trip(os2_handle ep, uint64_t *words, os2_handle *cap) {
    struct os2_msg m = {words, 8, cap, cap ? 1 : 0, 0};
    if (os2_send(ep, &m) < 0) os2_puts("bench: SEND failed\n");
    m.len = 8;
    m.cap_count = cap ? 1 : 0;
    if (os2_recv(ep, &m, OS2_RECV_BLOCK) < 0) os2_puts("bench: RECV failed\n");
}

/* Moves a region of pages pages to the echo child and back n times: per move, touching its first page on arrival. */
static void page_moves(const char *name, os2_handle ep, uint64_t pages, int n) {
    os2_handle region;
    uint64_t base = (uint64_t)os2_region_alloc(os2_start_cap(OS2_SLOT_MEMORY), pages * 4096, OS2_R | OS2_W, &region);
    for (uint64_t i = 0; i < pages; i++) ((volatile char *)(uintptr_t)base)[i * 4096] = 1;   /* all mapped */
    uint64_t words[1] = {base};
    round_trip(ep, words, &region);
    uint64_t t0 = tsc();
    for (int i = 0; i < n; i++) {
        round_trip(ep, words, &region);
        *(volatile char *)(uintptr_t)base = 2;   /* back here: fault the first page in */
    }
    report(name, tsc() - t0, 2 * (uint64_t)n);
    os2_close(region);
}

int main(void) {
    enum { CALLS = 20000, SPAWNS = 100, PAGES = 2000, TRIPS = 2000, MOVES = 500 };
    /* 1. null system call: an unknown number, answered E_NOSYS (the whole round trip) */
    for (int i = 0; i < 100; i++) os2_syscall(1000, 0, 0, 0, 0, 0);
    uint64_t t0 = tsc();
    for (int i = 0; i < CALLS; i++) os2_syscall(1000, 0, 0, 0, 0, 0);
    report("null-syscall", tsc() - t0, CALLS);
    t0 = tsc();
    for (int i = 0; i < CALLS; i++) os2_clock();
    report("clock-syscall", tsc() - t0, CALLS);
    /* 2. spawn + exit + wait of a small program (opening the module is part of it) */
    os2_handle h;
    spawn_exit0(&h);
    os2_wait_exit(h);
    os2_close(h);
    t0 = tsc();
    for (int i = 0; i < SPAWNS; i++) {
        if (spawn_exit0(&h) < 0 || os2_wait_exit(h) != 0) os2_puts("bench: spawn failed\n");
        os2_close(h);
    }
    report("spawn-exit-wait", tsc() - t0, SPAWNS);
    /* 3. demand-zero page fault from user mode: first touch of each page of a new region */
    os2_handle rh;
    volatile char *r = (volatile char *)(uintptr_t)os2_region_alloc(os2_start_cap(OS2_SLOT_MEMORY), PAGES * 4096,
                                                                    OS2_R | OS2_W, &rh);
    t0 = tsc();
    for (int i = 0; i < PAGES; i++) r[i * 4096] = 1;
    uint64_t faults = tsc() - t0;
    t0 = tsc();
    for (int i = 0; i < PAGES; i++) r[i * 4096] = 2;   /* the same loop without faults */
    report("demand-zero-fault", faults - (tsc() - t0), PAGES);
    /* 4. channels, against an echo task: an 8-byte message there and back (SEND + RECV_BLOCK each way) */
    os2_handle ep[2], echo;
    os2_channel_create(os2_start_cap(OS2_SLOT_MEMORY), ep);
    os2_handle none = {0, 0};
    struct os2_grant g[6] = {{none, 0, 0}, {os2_start_cap(OS2_SLOT_STDOUT), OS2_R_WRITE, 0}, {none, 0, 0},
                             {os2_start_cap(OS2_SLOT_MEMORY), OS2_R_ALLOC, 0}, {none, 0, 0}, {ep[1], OS2_R_ALL, OS2_G_MOVE}};
    char args[] = "echo";
    if (os2_spawn_module("capchild.elf", args, sizeof args, g, 6, &echo) < 0) os2_puts("bench: no capchild.elf\n");
    uint64_t w[1] = {0};
    for (int i = 0; i < 100; i++) round_trip(ep[0], w, 0);
    t0 = tsc();
    for (int i = 0; i < TRIPS; i++) round_trip(ep[0], w, 0);
    report("message-round-trip", tsc() - t0, TRIPS);
    /* 5. a 4 KiB page moved (one way, first touch on arrival included), then 256 pages (1 MiB) at once */
    page_moves("page-move-4k", ep[0], 1, MOVES);
    page_moves("page-move-1m", ep[0], 256, MOVES / 5);
    os2_close(ep[0]);
    os2_wait_exit(echo);
    return 0;
}
