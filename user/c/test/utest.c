/* utest.c TEST [ARGS] - the init program of the QEMU user-mode tests: runs one scenario
 * and prints lines the test checks ("utest: ..."), exiting 0 when the scenario passed. */
#include <os2.h>

static int eq(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}
static void put_u(uint64_t v) {
    char b[24];
    int n = 0;
    do b[n++] = (char)('0' + v % 10); while (v /= 10);
    while (n) os2_write(OS2_STDOUT, &b[--n], 1);
}
static void say(const char *a, uint64_t v, const char *b) { os2_puts(a); put_u(v); os2_puts(b); }
static uint64_t parse(const char *p) { uint64_t v = 0; while (*p) v = v * 10 + (uint64_t)(*p++ - '0'); return v; }

/* Spawns module name with up to two arguments; the handle (or error). */
static int64_t spawn2(const char *name, const char *a1, const char *a2) {
    char args[128];
    size_t n = 0;
    for (const char *p = a1; p && *p; p++) args[n++] = *p;
    if (a1) args[n++] = 0;
    for (const char *p = a2; p && *p; p++) args[n++] = *p;
    if (a2) args[n++] = 0;
    return os2_spawn(name, os2_strlen(name), args, n);
}
static int64_t run(const char *name, const char *a1, const char *a2) {
    int64_t h = spawn2(name, a1, a2);
    if (h < 0) return h;
    int64_t st = os2_wait_exit(h);
    os2_close(h);
    return st;
}
static void sleep_ms(uint64_t ms) {
    struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + ms * 1000000, 0};
    os2_wait(&ev, 1);
}
static struct os2_sys_info info(void) { struct os2_sys_info i; os2_sys_info(&i); return i; }
static int baseline(struct os2_sys_info before, const char *what) {
    struct os2_sys_info after = info();
    say("utest: ", after.free_frames, " free frames after ");
    os2_puts(what);
    say(" (before: ", before.free_frames, ")");
    say(", heap live ", after.heap_live, "");
    say(" (before: ", before.heap_live, ")\n");
    return after.free_frames == before.free_frames && after.heap_live <= before.heap_live;
}

/* Every fault kind ends only its task, while a second task sleeps and finishes. */
static int faults(void) {
    /* not ac and xm: QEMU's TCG raises neither #AC nor #XM (the kernel handles them as the rest) */
    static const char *kinds[] = {"pf", "de", "ud", "bp", "gp", "stack", "nx", "wx", "kernel"};
    int bad = 0;
    /* warm-up, the same work: the kernel's tables and queues reach the sizes it needs */
    int64_t warm = spawn2("ticker.elf", "20", 0);
    for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        run("fault.elf", kinds[i], 0);
    os2_wait_exit(warm);
    os2_close(warm);
    struct os2_sys_info before = info();
    int64_t ticker = spawn2("ticker.elf", "20", 0);
    for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        int64_t st = run("fault.elf", kinds[i], 0);
        os2_puts("utest: fault ");
        os2_puts(kinds[i]);
        say(" status ", (uint64_t)st, "\n");
        bad |= st < 128;
    }
    int64_t t = os2_wait_exit(ticker);
    os2_close(ticker);
    say("utest: ticker status ", (uint64_t)t, "\n");
    return !bad && t == 0 && baseline(before, "faults");
}

/* Another task cannot read or write this task's memory. */
static int isolation(void) {
    int64_t r = os2_region_alloc(4096, OS2_R | OS2_W);
    volatile uint64_t *p = (volatile uint64_t *)(uintptr_t)r;
    *p = 0x1234567890abcdefull;
    char hex[20];
    int n = 0;
    for (int sh = 60; sh >= 0; sh -= 4) hex[n++] = "0123456789abcdef"[((uint64_t)r >> sh) & 15];
    hex[n] = 0;
    int64_t rd = run("peek.elf", hex, 0);
    int64_t wr = run("peek.elf", hex, "w");
    say("utest: peek read status ", (uint64_t)rd, "");
    say(", write status ", (uint64_t)wr, "\n");
    int intact = *p == 0x1234567890abcdefull;
    os2_puts(intact ? "utest: own memory intact\n" : "utest: own memory CHANGED\n");
    return rd == 142 && wr == 142 && intact;
}

/* A task that never makes a system call is preempted: this one still wakes on time. */
static int preempt(void) {
    int64_t h = spawn2("spin.elf", 0, 0);
    uint64_t t0 = (uint64_t)os2_clock();
    for (int i = 0; i < 5; i++) sleep_ms(20);
    uint64_t ms = ((uint64_t)os2_clock() - t0) / 1000000;
    say("utest: 5 sleeps of 20 ms took ", ms, " ms while spin ran\n");
    struct os2_task_info ti;
    os2_task_info(&ti);
    os2_close(h);
    return ms >= 100 && ms < 1000;
}

/* A hostile task's system calls leave the kernel as it was. */
static int hostile(const char *n, const char *seed) {
    run("hostile.elf", n, seed);   /* warm-up: the kernel's tables reach the sizes this run needs */
    struct os2_sys_info before = info();
    int64_t st = run("hostile.elf", n, seed);
    say("utest: hostile status ", (uint64_t)st, "\n");
    return st == 0 && baseline(before, "hostile");
}

/* Malformed ELF files from a pack module ([u32 length][bytes]...) are all refused. */
static int elfs(const char *pack) {
    int64_t size = os2_module_read(pack, os2_strlen(pack), 0, 0, 0);
    if (size <= 0) { say("utest: no pack module, ", (uint64_t)-size, "\n"); return 0; }
    int64_t buf = os2_region_alloc((size_t)size, OS2_R | OS2_W);
    if (os2_module_read(pack, os2_strlen(pack), 0, (void *)(uintptr_t)buf, (size_t)size) != size) return 0;
    const unsigned char *p = (const unsigned char *)(uintptr_t)buf;
    uint64_t off = 0, files = 0, refused = 0, started = 0;
    struct os2_sys_info before = info();
    while (off + 4 <= (uint64_t)size) {
        uint32_t len = (uint32_t)p[off] | (uint32_t)p[off + 1] << 8 | (uint32_t)p[off + 2] << 16 | (uint32_t)p[off + 3] << 24;
        off += 4;
        if (off + len > (uint64_t)size) break;
        int64_t h = os2_spawn_image(p + off, len, 0, 0);
        files++;
        if (h == OS2_E_NOEXEC) refused++;
        else if (h >= 0) { started++; os2_close(h); }
        else { say("utest: file ", files - 1, ""); say(" answered ", (uint64_t)-h, " (negated)\n"); }
        off += len;
    }
    say("utest: elf files ", files, "");
    say(", refused ", refused, "");
    say(", started ", started, "\n");
    return files > 0 && refused == files && baseline(before, "elfs");
}

/* Spawn/exit/wait cycles leave frames and heap at their baseline. */
static int churn(const char *n) {
    uint64_t count = parse(n);
    for (uint64_t i = 0; i < count; i++)   /* warm-up, the same work */
        run("exit0.elf", 0, 0);
    struct os2_sys_info before = info();
    for (uint64_t i = 0; i < count; i++)
        if (run("exit0.elf", 0, 0) != 0) return 0;
    say("utest: ", count, " spawn/exit cycles\n");
    return baseline(before, "churn");
}

int main(int argc, char **argv) {
    const char *t = argc > 0 ? argv[0] : "";
    int ok;
    if (eq(t, "faults")) ok = faults();
    else if (eq(t, "isolation")) ok = isolation();
    else if (eq(t, "preempt")) ok = preempt();
    else if (eq(t, "hostile")) ok = hostile(argc > 1 ? argv[1] : "100000", argc > 2 ? argv[2] : "1");
    else if (eq(t, "elfs")) ok = elfs(argc > 1 ? argv[1] : "mutants.pack");
    else if (eq(t, "churn")) ok = churn(argc > 1 ? argv[1] : "100");
    else { os2_puts("utest: unknown test\n"); return 2; }
    os2_puts(ok ? "utest: PASS\n" : "utest: FAIL\n");
    return ok ? 0 : 1;
}
