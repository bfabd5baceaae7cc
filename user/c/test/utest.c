/* utest.c TEST [ARGS] - the init program of the QEMU user-mode tests: runs one scenario
 * and prints lines the test checks ("utest: ..."), exiting 0 when the scenario passed.
 * Its start slots (the kernel's for init): 0 console in, 1-2 console out, 3 memory,
 * 4 modules, 5 system. Children get console output at slot 1, memory at 3 and their
 * own capabilities from slot 5 (capchild.c); nothing else. */
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
    while (n) os2_write(os2_start_cap(OS2_SLOT_STDOUT), &b[--n], 1);
}
static void say(const char *a, uint64_t v, const char *b) { os2_puts(a); put_u(v); os2_puts(b); }
static uint64_t parse(const char *p) { uint64_t v = 0; while (*p) v = v * 10 + (uint64_t)(*p++ - '0'); return v; }
static uint64_t pattern(uint64_t off) { return off * 0x9E3779B97F4A7C15ull ^ 0x0502c0ffee; }   /* as capchild.c */
static const os2_handle NONE = {0, 0};

/* Spawns module name with up to two arguments: slots 0-4 are (none, console out, none,
 * memory, none), then extra[0..n) derived (or moved, with flags G_MOVE) with their rights. */
static int64_t spawnx(const char *name, const char *a1, const char *a2, const struct os2_grant *extra, int n,
                      os2_handle *task) {
    char args[128];
    size_t len = 0;
    for (const char *p = a1; p && *p; p++) args[len++] = *p;
    if (a1) args[len++] = 0;
    for (const char *p = a2; p && *p; p++) args[len++] = *p;
    if (a2) args[len++] = 0;
    struct os2_grant g[OS2_SPAWN_GRANTS] = {
        {NONE, 0, 0}, {os2_start_cap(OS2_SLOT_STDOUT), OS2_R_WRITE, 0}, {NONE, 0, 0},
        {os2_start_cap(OS2_SLOT_MEMORY), OS2_R_ALLOC, 0}, {NONE, 0, 0}};
    for (int i = 0; i < n; i++) g[5 + i] = extra[i];
    return os2_spawn_module(name, args, len, g, 5 + (size_t)n, task);
}
static int64_t spawn2(const char *name, const char *a1, const char *a2, os2_handle *task) {
    return spawnx(name, a1, a2, 0, 0, task);
}
/* Spawns, waits and closes: the exit status, or an error code. */
static int64_t run(const char *name, const char *a1, const char *a2) {
    os2_handle h;
    int64_t r = spawn2(name, a1, a2, &h);
    if (r < 0) return r;
    int64_t st = os2_wait_exit(h);
    os2_close(h);
    return st;
}
static int64_t finish(os2_handle h) { int64_t st = os2_wait_exit(h); os2_close(h); return st; }
static void sleep_ms(uint64_t ms) {
    struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + ms * 1000000, 0, 0};
    os2_wait(&ev, 1);
}
static struct os2_sys_info info(void) { struct os2_sys_info i = {0}; os2_sys_info(os2_start_cap(5), &i); return i; }
static int baseline(struct os2_sys_info before, const char *what) {
    struct os2_sys_info after = info();
    say("utest: ", after.free_frames, " free frames after ");
    os2_puts(what);
    say(" (before: ", before.free_frames, ")");
    say(", heap live ", after.heap_live, "");
    say(" (before: ", before.heap_live, ")");
    say(", capabilities ", after.caps, "");
    say(" (before: ", before.caps, ")\n");
    return after.free_frames == before.free_frames && after.heap_live <= before.heap_live && after.caps == before.caps;
}
static int64_t alloc(uint64_t size, os2_handle *h) {
    return os2_region_alloc(os2_start_cap(OS2_SLOT_MEMORY), size, OS2_R | OS2_W, h);
}

/* Every fault kind ends only its task, while a second task sleeps and finishes. */
static int faults(void) {
    /* not ac and xm: QEMU's TCG raises neither #AC nor #XM (the kernel handles them as the rest) */
    static const char *kinds[] = {"pf", "de", "ud", "bp", "gp", "stack", "nx", "wx", "kernel"};
    int bad = 0;
    os2_handle warm, ticker;
    /* warm-up, the same work: the kernel's tables and queues reach the sizes it needs */
    spawn2("ticker.elf", "20", 0, &warm);
    for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        run("fault.elf", kinds[i], 0);
    finish(warm);
    struct os2_sys_info before = info();
    spawn2("ticker.elf", "20", 0, &ticker);
    for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        int64_t st = run("fault.elf", kinds[i], 0);
        os2_puts("utest: fault ");
        os2_puts(kinds[i]);
        say(" status ", (uint64_t)st, "\n");
        bad |= st < 128;
    }
    int64_t t = finish(ticker);
    say("utest: ticker status ", (uint64_t)t, "\n");
    return !bad && t == 0 && baseline(before, "faults");
}

static void hex(char *out, uint64_t v) {
    int n = 0;
    for (int sh = 60; sh >= 0; sh -= 4) out[n++] = "0123456789abcdef"[(v >> sh) & 15];
    out[n] = 0;
}

/* Another task cannot read or write this task's memory. */
static int isolation(void) {
    os2_handle h;
    volatile uint64_t *p = (volatile uint64_t *)(uintptr_t)alloc(4096, &h);
    *p = 0x1234567890abcdefull;
    char x[20];
    hex(x, (uint64_t)(uintptr_t)p);
    int64_t rd = run("peek.elf", x, 0);
    int64_t wr = run("peek.elf", x, "w");
    say("utest: peek read status ", (uint64_t)rd, "");
    say(", write status ", (uint64_t)wr, "\n");
    int intact = *p == 0x1234567890abcdefull;
    os2_puts(intact ? "utest: own memory intact\n" : "utest: own memory CHANGED\n");
    return rd == 142 && wr == 142 && intact;
}

/* A task that never makes a system call is preempted: this one still wakes on time. */
static int preempt(void) {
    os2_handle h;
    spawn2("spin.elf", 0, 0, &h);
    uint64_t t0 = (uint64_t)os2_clock();
    for (int i = 0; i < 5; i++) sleep_ms(20);
    uint64_t ms = ((uint64_t)os2_clock() - t0) / 1000000;
    say("utest: 5 sleeps of 20 ms took ", ms, " ms while spin ran\n");
    os2_task_kill(h);
    int64_t st = finish(h);
    say("utest: spin killed, status ", (uint64_t)st, "\n");
    return ms >= 100 && ms < 1000 && st == 255;
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
    os2_handle m, bh, task;
    if (os2_module_open(os2_start_cap(OS2_SLOT_MODULES), pack, os2_strlen(pack), &m) < 0) {
        os2_puts("utest: no pack module\n");
        return 0;
    }
    int64_t size = os2_module_read(m, 0, 0, 0);
    int64_t buf = alloc((uint64_t)size, &bh);
    if (size <= 0 || buf < 0 || os2_module_read(m, 0, (void *)(uintptr_t)buf, (size_t)size) != size) return 0;
    const unsigned char *p = (const unsigned char *)(uintptr_t)buf;
    uint64_t files = 0, refused = 0, started = 0;
    struct os2_sys_info before = info();
    for (int pass = 0; pass < 2; pass++) {   /* pass 0 warms up: the kernel's tables reach their sizes */
        if (pass == 1) before = info(), files = refused = started = 0;
        for (uint64_t off = 0; off + 4 <= (uint64_t)size;) {
            uint32_t len = (uint32_t)p[off] | (uint32_t)p[off + 1] << 8 | (uint32_t)p[off + 2] << 16 | (uint32_t)p[off + 3] << 24;
            off += 4;
            if (off + len > (uint64_t)size) break;
            struct os2_spawn req = {p + off, len, 0, 0, 0, 0, &task};
            int64_t r = os2_spawn(os2_start_cap(OS2_SLOT_MEMORY), &req);
            files++;
            if (r == OS2_E_NOEXEC) refused++;
            else if (r >= 0) { started++; os2_task_kill(task); finish(task); }
            else if (pass == 1) { say("utest: file ", files - 1, ""); say(" answered ", (uint64_t)-r, " (negated)\n"); }
            off += len;
        }
    }
    say("utest: elf files ", files, "");
    say(", refused ", refused, "");
    say(", started ", started, "\n");
    return files > 0 && refused == files && baseline(before, "elfs");
}

/* Spawn/exit/wait cycles leave frames, heap and capabilities at their baseline. */
static int churn(const char *n) {
    uint64_t count = parse(n);
    for (uint64_t i = 0; i < 100; i++)   /* warm-up, the same work */
        run("exit0.elf", 0, 0);
    struct os2_sys_info before = info();
    for (uint64_t i = 0; i < count; i++)
        if (run("exit0.elf", 0, 0) != 0) return 0;
    say("utest: ", count, " spawn/exit cycles\n");
    return baseline(before, "churn");
}

/* N random 128-bit handles presented to calls that take one: none is accepted. */
static int randhandles(const char *n) {
    uint64_t count = parse(n), s = 0x2545F4914F6CDD1Dull ^ (uint64_t)os2_clock(), accepted = 0;
    static const int64_t calls[] = {OS2_SYS_WRITE, OS2_SYS_READ, OS2_SYS_REGION_ALLOC, OS2_SYS_CAP_INFO,
        OS2_SYS_SPAWN, OS2_SYS_CLOSE, OS2_SYS_SYS_INFO, OS2_SYS_MODULE_OPEN, OS2_SYS_MODULE_READ,
        OS2_SYS_CHANNEL_CREATE, OS2_SYS_SEND, OS2_SYS_RECV, OS2_SYS_CAP_DERIVE, OS2_SYS_CAP_REVOKE,
        OS2_SYS_GROUP_OPEN, OS2_SYS_TASK_KILL, OS2_SYS_PAGER_SET, OS2_SYS_PAGE_SUPPLY};
    static char buf[64];
    static os2_handle out[8];
    for (uint64_t i = 0; i < count; i++) {
        s ^= s << 13, s ^= s >> 7, s ^= s << 17;
        uint64_t lo = s;
        s ^= s << 13, s ^= s >> 7, s ^= s << 17;
        int64_t nr = calls[i % (sizeof calls / sizeof calls[0])];
        /* plausible other arguments: a buffer, a small size, room for handles */
        int64_t r = os2_syscall(nr, (int64_t)lo, (int64_t)s, nr == OS2_SYS_REGION_ALLOC ? 4096 : (int64_t)(uintptr_t)buf,
                                nr == OS2_SYS_REGION_ALLOC ? 3 : 16, (int64_t)(uintptr_t)out);
        accepted += r >= 0;
    }
    say("utest: ", count, " random handles, ");
    say("", accepted, " accepted\n");
    return accepted == 0;
}

/* A child with no capabilities: every call that needs one fails, even with this task's handles. */
static int nocaps(void) {
    os2_handle task, ep[2];
    os2_channel_create(os2_start_cap(OS2_SLOT_MEMORY), ep);
    char hs[4][40];
    os2_handle mine[4] = {os2_start_cap(OS2_SLOT_STDOUT), os2_start_cap(OS2_SLOT_MEMORY),
                          os2_start_cap(OS2_SLOT_MODULES), ep[0]};
    for (int i = 0; i < 4; i++) { hex(hs[i], mine[i].lo); hs[i][16] = ':'; hex(hs[i] + 17, mine[i].hi); }
    char args[256];
    size_t len = 0;
    const char *words[] = {"nocaps", hs[0], hs[1], hs[2], hs[3]};
    for (int w = 0; w < 5; w++) { for (const char *p = words[w]; *p; p++) args[len++] = *p; args[len++] = 0; }
    if (os2_spawn_module("capchild.elf", args, len, 0, 0, &task) < 0) return 0;
    int64_t st = finish(task);
    say("utest: a child without capabilities got ", (uint64_t)st, " wrong answers\n");
    return st == 0;
}

/* A region of pages moves from one child to another: same address, same bytes; the sender dies touching it. */
static int pages(const char *n) {
    os2_handle ep[2], s, r;
    if (os2_channel_create(os2_start_cap(OS2_SLOT_MEMORY), ep) < 0) return 0;
    struct os2_grant gs = {ep[0], OS2_R_ALL, OS2_G_MOVE}, gr = {ep[1], OS2_R_ALL, OS2_G_MOVE};
    if (spawnx("capchild.elf", "recv", n, &gr, 1, &r) < 0 || spawnx("capchild.elf", "send", n, &gs, 1, &s) < 0)
        return 0;
    int64_t ss = finish(s), rs = finish(r);
    say("utest: sender status ", (uint64_t)ss, "");
    say(", receiver status ", (uint64_t)rs, "\n");
    return ss == 142 && rs == 0;
}

/* Revoking a region takes it from the task holding a derived copy: its next access faults. */
static int revoke(void) {
    os2_handle region, copy, ep[2], task;
    volatile uint64_t *w = (volatile uint64_t *)(uintptr_t)alloc(4096, &region);
    w[0] = pattern(0);
    if (os2_cap_derive(region, OS2_R_READ | OS2_R_MAP | OS2_R_DUPLICATE, &copy) < 0) return 0;
    os2_channel_create(os2_start_cap(OS2_SLOT_MEMORY), ep);
    struct os2_grant g[2] = {{copy, OS2_R_ALL, 0}, {ep[1], OS2_R_ALL, OS2_G_MOVE}};
    if (spawnx("capchild.elf", "revoked", 0, g, 2, &task) < 0) return 0;
    char c;
    if (os2_read(ep[0], &c, 1) != 1) return 0;   /* the child has read the region */
    int64_t n = os2_cap_revoke(region);
    say("utest: revoked ", (uint64_t)n, " capabilities\n");
    int64_t st = finish(task);
    say("utest: the holder of the copy ended with status ", (uint64_t)st, "\n");
    int mine = w[0] == pattern(0);
    os2_puts(mine ? "utest: the original still works\n" : "utest: the original LOST its pages\n");
    return n >= 2 && st == 142 && mine;   /* copy, and the child's copy of it */
}

/* A user task pages a region in: every page this task reads comes from the pager. */
static int pager(const char *n) {
    uint64_t pages = parse(n), bad = 0;
    os2_handle region, copy, ep[2], task;
    volatile uint64_t *w = (volatile uint64_t *)(uintptr_t)alloc(pages * 4096, &region);
    os2_channel_create(os2_start_cap(OS2_SLOT_MEMORY), ep);
    if (os2_cap_derive(region, OS2_R_READ | OS2_R_WRITE | OS2_R_MAP | OS2_R_TRANSFER, &copy) < 0) return 0;
    if (os2_pager_set(region, ep[0]) < 0) { os2_puts("utest: PAGER_SET failed\n"); return 0; }
    struct os2_grant g[2] = {{ep[1], OS2_R_ALL, OS2_G_MOVE}, {copy, OS2_R_ALL, OS2_G_MOVE}};
    if (spawnx("capchild.elf", "pager", 0, g, 2, &task) < 0) return 0;
    for (uint64_t i = 0; i < pages * 512; i++) bad += w[i] != pattern(i);
    say("utest: read ", pages, " paged-in pages, ");
    say("", bad, " words wrong\n");
    os2_close(ep[0]);   /* the pager sees its peer closed and ends */
    int64_t st = finish(task);
    say("utest: pager status ", (uint64_t)st, "\n");
    return bad == 0 && st == 0;
}

/* A Java program given console output and error but no memory cannot build its heap: it says so, status 127. */
static int nomemory(void) {
    os2_handle task, out = os2_start_cap(OS2_SLOT_STDOUT);
    struct os2_grant g[3] = {{NONE, 0, 0}, {out, OS2_R_WRITE, 0}, {out, OS2_R_WRITE, 0}};
    if (os2_spawn_module("hello.elf", 0, 0, g, 3, &task) < 0) return 0;
    int64_t st = finish(task);
    say("utest: hello.elf without memory: status ", (uint64_t)st, "\n");
    return st == 127;
}

int main(int argc, char **argv) {
    const char *t = argc > 0 ? argv[0] : "";
    const char *a = argc > 1 ? argv[1] : 0;
    int ok;
    if (eq(t, "faults")) ok = faults();
    else if (eq(t, "isolation")) ok = isolation();
    else if (eq(t, "preempt")) ok = preempt();
    else if (eq(t, "hostile")) ok = hostile(a ? a : "100000", argc > 2 ? argv[2] : "1");
    else if (eq(t, "elfs")) ok = elfs(a ? a : "mutants.pack");
    else if (eq(t, "churn")) ok = churn(a ? a : "100");
    else if (eq(t, "randhandles")) ok = randhandles(a ? a : "1000000");
    else if (eq(t, "nocaps")) ok = nocaps();
    else if (eq(t, "pages")) ok = pages(a ? a : "1000");
    else if (eq(t, "revoke")) ok = revoke();
    else if (eq(t, "pager")) ok = pager(a ? a : "16");
    else if (eq(t, "nomemory")) ok = nomemory();
    else { os2_puts("utest: unknown test\n"); return 2; }
    os2_puts(ok ? "utest: PASS\n" : "utest: FAIL\n");
    return ok ? 0 : 1;
}
