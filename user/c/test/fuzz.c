/* fuzz.c TARGET COUNT SEED [TRACE] - the fuzz driver, run as init (./os2 fuzz, FuzzTest).
 * TARGET: syscalls, handles, ipc (hostile workers, fuzzw.elf, several at once), spawn
 * (spawn/exit/fault/kill churn), elf (mutated real ELF files given to SPAWN from memory).
 * It runs the target once as a warm-up (another seed, the same size: the kernel's tables
 * reach the sizes the run needs), takes the kernel's figures (free frames, heap live bytes, capabilities, tasks,
 * its own page-table frames), runs COUNT operations from SEED, and checks the figures are
 * back and that a task still cannot touch memory it holds no capability for.
 * Prints "fuzz: PASS" and exits 0, or "fuzz: FAIL ..." and exits 1.
 * Start slots (init's): 1 console output, 3 memory, 4 modules, 5 system. */
#include "fuzzlib.h"

static const os2_handle NONE = {0, 0};
static uint64_t seed_state;
static int trace;
static uint64_t rnd(void) { return fz_next(&seed_state); }
static void say(const char *a, int64_t v, const char *b) {
    struct fz_line l = {.n = 0};
    fz_s(&l, a);
    fz_i(&l, v);
    fz_s(&l, b);
    fz_end(&l);
}
static void fail(const char *what, int64_t v) { say(what, v, ""); }

/* Spawns module name with args (NUL-separated, len bytes) and grants; the task at *task. */
static int64_t spawn(const char *name, const char *args, size_t len, const struct os2_grant *g, size_t n, os2_handle *task) {
    return os2_spawn_module(name, args, len, g, n, task);
}
static int64_t finish(os2_handle h) { int64_t st = os2_wait_exit(h); os2_close(h); return st; }
static size_t put_arg(char *buf, size_t at, const char *s) {
    while (*s) buf[at++] = *s++;
    buf[at++] = 0;
    return at;
}
static size_t put_num(char *buf, size_t at, uint64_t v) {
    char t[24];
    int n = 0;
    do t[n++] = (char)('0' + v % 10); while (v /= 10);
    while (n) buf[at++] = t[--n];
    buf[at++] = 0;
    return at;
}

/* The workers of syscalls, handles and ipc: W fuzzw.elf tasks at once, each with console
 * output, memory and channel endpoints shared in a ring (worker i holds one end of channel
 * i and the other end of channel i-1), so their calls meet in the kernel. */
static int workers(const char *target, uint64_t count, uint64_t seed, int w) {
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY), ch[4][2], task[4];
    for (int i = 0; i < w; i++)
        if (os2_channel_create(mem, ch[i]) < 0) { fail("fuzz: FAIL channel_create ", i); return 0; }
    for (int i = 0; i < w; i++) {
        char args[96];
        size_t len = put_arg(args, 0, target);
        len = put_num(args, len, count / (uint64_t)w + (i == 0 ? count % (uint64_t)w : 0));
        len = put_num(args, len, seed * 8 + (uint64_t)i);
        len = put_num(args, len, (uint64_t)i);
        len = put_num(args, len, (uint64_t)trace);
        struct os2_grant g[7] = {{NONE, 0, 0}, {os2_start_cap(OS2_SLOT_STDOUT), OS2_R_WRITE, 0}, {NONE, 0, 0},
            {mem, OS2_R_ALLOC, 0}, {NONE, 0, 0}, {ch[i][0], 0, OS2_G_MOVE}, {ch[(i + w - 1) % w][1], 0, OS2_G_MOVE}};
        int64_t r = spawn("fuzzw.elf", args, len, g, w > 1 ? 7 : 6, &task[i]);
        if (r < 0) { fail("fuzz: FAIL spawning a worker: ", r); return 0; }
    }
    if (w == 1) os2_close(ch[0][1]);
    int ok = 1;
    for (int i = 0; i < w; i++) {
        int64_t st = finish(task[i]);
        if (st != 0) { say("fuzz: FAIL worker ", i, ""); say("fuzz: worker status ", st, ""); ok = 0; }
    }
    return ok;
}

/* Spawn/exit/fault/kill churn: COUNT cycles, each one of the shapes below. */
static const char *fault_kinds[] = {"pf", "de", "ud", "bp", "gp", "stack", "nx", "wx", "kernel"};
static int churn(uint64_t count) {
    os2_handle out = os2_start_cap(OS2_SLOT_STDOUT), mem = os2_start_cap(OS2_SLOT_MEMORY), t, batch[8];
    static char args[6000];
    for (uint64_t i = 0; i < count; i++) {
        uint64_t shape = rnd() % 6;
        if (trace) say("fz: 0 ", (int64_t)i, shape == 0 ? " exit0" : shape == 1 ? " fault" : shape == 2 ? " kill"
                       : shape == 3 ? " batch" : shape == 4 ? " badgrants" : " args");
        int64_t r, st;
        switch (shape) {
        case 0:
            if ((r = spawn("exit0.elf", 0, 0, 0, 0, &t)) < 0 || (st = finish(t)) != 0) { fail("fuzz: FAIL exit0 ", r); return 0; }
            break;
        case 1: {
            const char *k = fault_kinds[rnd() % (sizeof fault_kinds / sizeof fault_kinds[0])];
            size_t len = put_arg(args, 0, k);
            if ((r = spawn("fault.elf", args, len, 0, 0, &t)) < 0) { fail("fuzz: FAIL spawning fault.elf ", r); return 0; }
            if ((st = finish(t)) < 128) { fail("fuzz: FAIL a fault ended with status ", st); return 0; }
            break;
        }
        case 2: {   /* a task that never calls the kernel, killed at once or after it ran a while */
            struct os2_grant g[4] = {{NONE, 0, 0}, {out, OS2_R_WRITE, 0}, {NONE, 0, 0}, {mem, OS2_R_ALLOC, 0}};
            if ((r = spawn(rnd() % 2 ? "spin.elf" : "exit0.elf", 0, 0, g, rnd() % 5, &t)) < 0) { fail("fuzz: FAIL spawn ", r); return 0; }
            if (rnd() % 2) { struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + rnd() % 3000000, 0, 0}; os2_wait(&ev, 1); }
            os2_task_kill(t);
            st = finish(t);
            if (st != 255 && st != 0) { fail("fuzz: FAIL a killed task ended with status ", st); return 0; }
            break;
        }
        case 3: {   /* several at once, waited for in a random order */
            int n = 2 + (int)(rnd() % 7);
            for (int j = 0; j < n; j++)
                if ((r = spawn(j % 3 == 2 ? "fault.elf" : "exit0.elf", "ud", 3, 0, 0, &batch[j])) < 0) { fail("fuzz: FAIL batch ", r); return 0; }
            for (int j = n - 1; j >= 0; j--) finish(batch[j]);
            break;
        }
        case 4: {   /* grants that are not the caller's: refused, nothing started, nothing lost */
            struct os2_grant g[3] = {{out, OS2_R_WRITE, 0}, {{rnd(), rnd()}, OS2_R_ALL, rnd() % 2}, {mem, OS2_R_ALLOC, 0}};
            r = spawn("exit0.elf", 0, 0, g, 3, &t);
            if (r >= 0 || r != OS2_E_BADHANDLE) { fail("fuzz: FAIL a forged grant answered ", r); return 0; }
            break;
        }
        default: {   /* arguments of every length, NUL-terminated or not */
            size_t len = (size_t)(rnd() % 2 ? rnd() % 64 : rnd() % sizeof args);
            for (size_t j = 0; j < len; j++) args[j] = (char)(rnd() % 4 ? 'a' + rnd() % 26 : 0);
            r = spawn("exit0.elf", args, len, 0, 0, &t);
            if (r >= 0) { if ((st = finish(t)) != 0) { fail("fuzz: FAIL exit0 with args ", st); return 0; } }
            else if (r != OS2_E_TOOBIG && r != OS2_E_INVAL) { fail("fuzz: FAIL args answered ", r); return 0; }
            break;
        }
        }
    }
    return 1;
}

/* ELF mutants: a real ELF file (a C program, or the bigger fuzzw.elf) with 1-4 mutations:
 * a random byte (mostly in the headers), a header field set to a boundary value, the file
 * cut short. Given to SPAWN from memory; one that starts is killed at once. */
static const uint64_t boundary[] = {0, 1, 2, 0x7f, 0x80, 0xff, 0xfff, 0x1000, 0x1001, 0x7fff, 0xffff, 0x10000,
    0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0x7ffffffff000ull, 0x800000000000ull,
    0xffff800000000000ull, 0xffffffff80000000ull, 0xfffffffffffff000ull, 0x7fffffffffffffffull, ~0ull, 56, 64};
static int elfs(uint64_t count) {
    static const char *names[] = {"exit0.elf", "fuzzw.elf"};
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY), m, h, t, ih[2];
    uint8_t *img[2], *buf;
    int64_t size[2];
    for (int i = 0; i < 2; i++) {
        if (os2_module_open(os2_start_cap(OS2_SLOT_MODULES), names[i], os2_strlen(names[i]), &m) < 0) { fail("fuzz: FAIL no module ", i); return 0; }
        size[i] = os2_module_read(m, 0, 0, 0);
        int64_t b = os2_region_alloc(mem, (size_t)size[i], OS2_R | OS2_W, &ih[i]);
        if (b < 0 || os2_module_read(m, 0, (void *)(uintptr_t)b, (size_t)size[i]) != size[i]) { fail("fuzz: FAIL reading ", i); return 0; }
        img[i] = (uint8_t *)(uintptr_t)b;
        os2_close(m);
    }
    int64_t b = os2_region_alloc(mem, (size_t)(size[0] > size[1] ? size[0] : size[1]), OS2_R | OS2_W, &h);
    if (b < 0) { fail("fuzz: FAIL no buffer ", b); return 0; }
    buf = (uint8_t *)(uintptr_t)b;
    uint64_t refused = 0, started = 0, other = 0;
    for (uint64_t i = 0; i < count; i++) {
        int which = (int)(rnd() % 4 == 0);   /* mostly the small file: the loader's checks, not the copy */
        uint64_t len = (uint64_t)size[which];
        for (uint64_t j = 0; j < len; j++) buf[j] = img[which][j];
        uint64_t phoff = *(uint64_t *)(buf + 32), phnum = *(uint16_t *)(buf + 56), hdr = phoff + phnum * 56;
        int n = 1 + (int)(rnd() % 4);
        struct fz_line l = {.n = 0};
        if (trace) { fz_s(&l, "fz: 0 "); fz_u(&l, i); fz_s(&l, which ? " fuzzw.elf" : " exit0.elf"); }
        for (int k = 0; k < n; k++) {
            uint64_t kind = rnd() % 8, off, v = 0;
            if (len == 0) break;
            if (kind < 3) {   /* a byte, in the headers 3 times in 4 */
                off = rnd() % 4 && hdr ? rnd() % (hdr < len ? hdr : len) : rnd() % len;
                v = rnd() & 0xff;
                buf[off] = (uint8_t)v;
            } else if (kind < 7) {   /* a field of the file header or of a program header */
                static const uint8_t fo[] = {16, 18, 20, 24, 32, 40, 48, 52, 54, 56, 58, 60, 62};
                static const uint8_t fs[] = {2, 2, 4, 8, 8, 8, 4, 2, 2, 2, 2, 2, 2};
                static const uint8_t po[] = {0, 4, 8, 16, 24, 32, 40, 48};
                static const uint8_t ps[] = {4, 4, 8, 8, 8, 8, 8, 8};
                uint64_t f, sz;
                if (rnd() % 3 == 0 || !phnum) { f = rnd() % sizeof fo; off = fo[f]; sz = fs[f]; }
                else { f = rnd() % sizeof po; off = phoff + (rnd() % phnum) * 56 + po[f]; sz = ps[f]; }
                v = boundary[rnd() % (sizeof boundary / sizeof boundary[0])];
                if (rnd() % 4 == 0) v = rnd() % 2 ? len + rnd() % 16 - 8 : v + rnd() % 3 - 1;
                if (off + sz > len) continue;
                for (uint64_t q = 0; q < sz; q++) buf[off + q] = (uint8_t)(v >> (8 * q));
            } else {   /* cut short */
                off = len = rnd() % len;
            }
            if (trace) { fz_s(&l, " "); fz_u(&l, off); fz_s(&l, "="); fz_x(&l, v); }
        }
        if (trace) fz_end(&l);
        struct os2_spawn req = {buf, len, 0, 0, 0, 0, &t};
        int64_t r = os2_spawn(mem, &req);
        if (r >= 0) { started++; os2_task_kill(t); finish(t); }
        else if (r == OS2_E_NOEXEC) refused++;
        else other++;
        if (r > 0 || (r < 0 && r != OS2_E_NOEXEC && r != OS2_E_NOMEM && r != OS2_E_INVAL && r != OS2_E_TOOBIG)) {
            say("fuzz: FAIL a mutant answered ", r, ""); return 0;
        }
    }
    struct fz_line l = {.n = 0};
    fz_s(&l, "fuzz: elf mutants ");
    fz_u(&l, count);
    fz_s(&l, ", refused ");
    fz_u(&l, refused);
    fz_s(&l, ", started ");
    fz_u(&l, started);
    fz_s(&l, ", other errors ");
    fz_u(&l, other);
    fz_end(&l);
    os2_close(h);
    os2_close(ih[0]);
    os2_close(ih[1]);
    return 1;
}

static int run(const char *target, uint64_t count, uint64_t seed) {
    seed_state = fz_seed(seed);
    if (fz_eq(target, "syscalls")) return workers("syscalls", count, seed, 3);
    if (fz_eq(target, "handles")) return workers("handles", count, seed, 2);
    if (fz_eq(target, "ipc")) return workers("ipc", count, seed, 2);
    if (fz_eq(target, "spawn")) return churn(count);
    if (fz_eq(target, "elf")) return elfs(count);
    os2_puts("fuzz: FAIL unknown target\n");
    return 0;
}

struct figures { struct os2_sys_info s; struct os2_task_info t; };
static struct figures figures(void) {
    /* Let the kernel settle first: a task killed before its first run leaves its start
     * continuation queued (holding the task's heap objects) until the scheduler gets to it. */
    struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + 20000000, 0, 0};
    os2_wait(&ev, 1);
    struct figures f = {{0}, {0}};
    os2_sys_info(os2_start_cap(OS2_SLOT_SYSTEM), &f.s);
    os2_task_info(&f.t);
    return f;
}
/* The kernel's own counts back at their baseline, exactly: frames (so page tables too),
 * heap live bytes, capabilities, tasks. The heap too: the kernel keeps no record of a dead
 * task, its structures that grow give it back (the address space's free sets; the ready
 * and timer queues, trimmed while the kernel idles in figures()' 20 ms), and what it makes
 * once is made at boot; the warm-up brought the one table that keeps its size, this
 * task's capability table, to the size the run needs. A difference is named class by
 * class with the kernel flag heapcensus (docs/RELIABILITY.md). */
static int baseline(struct figures b) {
    struct figures a = figures();
    struct fz_line l = {.n = 0};
    fz_s(&l, "fuzz: free frames ");
    fz_u(&l, a.s.free_frames);
    fz_s(&l, " (before ");
    fz_u(&l, b.s.free_frames);
    fz_s(&l, "), heap live ");
    fz_u(&l, a.s.heap_live);
    fz_s(&l, " (before ");
    fz_u(&l, b.s.heap_live);
    fz_s(&l, "), capabilities ");
    fz_u(&l, a.s.caps);
    fz_s(&l, " (before ");
    fz_u(&l, b.s.caps);
    fz_s(&l, "), tasks ");
    fz_u(&l, a.s.tasks);
    fz_s(&l, " (before ");
    fz_u(&l, b.s.tasks);
    fz_s(&l, "), page-table frames ");
    fz_u(&l, a.t.table_frames);
    fz_s(&l, " (before ");
    fz_u(&l, b.t.table_frames);
    fz_s(&l, ")");
    fz_end(&l);
    return a.s.free_frames == b.s.free_frames && a.s.heap_live == b.s.heap_live && a.s.caps == b.s.caps
        && a.s.tasks == b.s.tasks && a.t.table_frames == b.t.table_frames;
}
static void hex(char *out, uint64_t v) {
    int n = 0;
    for (int sh = 60; sh >= 0; sh -= 4) out[n++] = "0123456789abcdef"[(v >> sh) & 15];
    out[n] = 0;
}
/* After the run: a task without a capability to this task's region can neither read nor write it. */
static int isolation(void) {
    os2_handle h, t;
    volatile uint64_t *p = (volatile uint64_t *)(uintptr_t)os2_region_alloc(os2_start_cap(OS2_SLOT_MEMORY), 4096, OS2_R | OS2_W, &h);
    *p = 0x1234567890abcdefull;
    char args[32];
    hex(args, (uint64_t)(uintptr_t)p);
    args[16] = 0, args[17] = 'w', args[18] = 0;
    struct os2_grant g[2] = {{NONE, 0, 0}, {os2_start_cap(OS2_SLOT_STDOUT), OS2_R_WRITE, 0}};
    int64_t rd = spawn("peek.elf", args, 17, g, 2, &t) < 0 ? -1 : finish(t);
    int64_t wr = spawn("peek.elf", args, 19, g, 2, &t) < 0 ? -1 : finish(t);
    int ok = rd == 142 && wr == 142 && *p == 0x1234567890abcdefull;
    say("fuzz: isolation: a task without a capability read status ", rd, ok ? ", write too, memory intact" : " WRONG");
    os2_close(h);
    return ok;
}

/* packets: the frames come from the host (os2.fuzz.PacketFuzzer) into the NIC; this task
 * reports when the stack has its address, takes the figures when the host writes "base"
 * on the console and compares them when it writes "done", exactly, the heap too. The host
 * sends nothing more until then, and the stack's bounded state lets go by itself: frames
 * waiting for an ARP answer nobody gives (3 s), datagrams in reassembly (30 s), TCP
 * connections. So both figures are taken once SYS_INFO's net_pending is 0. */
enum { DRAIN_POLL_NS = 100000000, DRAIN_MAX_POLLS = 450 };
static struct figures drained(void) {
    struct figures f = figures();
    uint64_t waited = 0;
    while (f.s.net_pending != 0 && waited < DRAIN_MAX_POLLS) {
        struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + DRAIN_POLL_NS, 0, 0};
        os2_wait(&ev, 1);
        waited++;
        f = figures();
    }
    say("fuzz: packets: the stack held nothing pending after waiting (100 ms) ", waited,
        f.s.net_pending == 0 ? "" : " NOT DRAINED");
    return f;
}
static int console_line(const char *want) {
    char line[16];
    int n = 0;
    for (;;) {
        char c;
        if (os2_read(os2_start_cap(OS2_SLOT_STDIN), &c, 1) != 1) return 0;
        if (c == '\r') continue;
        if (c == '\n') { line[n] = 0; if (fz_eq(line, want)) return 1; n = 0; continue; }
        if (n < 15) line[n++] = c;
    }
}
static int has_address(void) {
    static char st[4096];
    int64_t n = os2_sys_status(os2_start_cap(OS2_SLOT_SYSTEM), st, sizeof st - 1);
    if (n <= 0) return 0;
    st[n < (int64_t)sizeof st - 1 ? n : (int64_t)sizeof st - 1] = 0;
    static const char key[] = "net_address ";
    for (char *p = st; *p; p++) {
        int i = 0;
        while (key[i] && p[i] == key[i]) i++;
        if (!key[i]) return p[i] != '0';
    }
    return 0;
}
static int packets(void) {
    for (int i = 0; !has_address(); i++) {
        if (i > 600) { os2_puts("fuzz: FAIL no network address\n"); return 0; }
        struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + 100000000, 0, 0};
        os2_wait(&ev, 1);
    }
    os2_puts("fuzz: packets address ready\n");
    if (!console_line("base")) return 0;
    struct figures b = drained();
    os2_puts("fuzz: packets baseline taken\n");
    if (!console_line("done")) return 0;
    struct figures a = drained();
    struct fz_line l = {.n = 0};
    fz_s(&l, "fuzz: free frames ");
    fz_u(&l, a.s.free_frames);
    fz_s(&l, " (before ");
    fz_u(&l, b.s.free_frames);
    fz_s(&l, "), heap live ");
    fz_u(&l, a.s.heap_live);
    fz_s(&l, " (before ");
    fz_u(&l, b.s.heap_live);
    fz_s(&l, "), capabilities ");
    fz_u(&l, a.s.caps);
    fz_s(&l, " (before ");
    fz_u(&l, b.s.caps);
    fz_s(&l, ")");
    fz_end(&l);
    return a.s.free_frames == b.s.free_frames && a.s.caps == b.s.caps && a.s.heap_live == b.s.heap_live
        && a.s.net_pending == 0 && b.s.net_pending == 0;
}

int main(int argc, char **argv) {
    const char *target = argc > 0 ? argv[0] : "syscalls";
    uint64_t count = fz_parse(argc > 1 ? argv[1] : "1000"), seed = fz_parse(argc > 2 ? argv[2] : "1");
    trace = argc > 3 && fz_eq(argv[3], "trace");
    struct fz_line l = {.n = 0};
    fz_s(&l, "fuzz: target=");
    fz_s(&l, target);
    fz_s(&l, " count=");
    fz_u(&l, count);
    fz_s(&l, " seed=");
    fz_u(&l, seed);
    fz_end(&l);
    if (fz_eq(target, "packets")) {
        int ok = packets();
        os2_puts(ok ? "fuzz: PASS\n" : "fuzz: FAIL\n");
        return ok ? 0 : 1;
    }
    int save = trace;
    trace = 0;   /* the warm-up, from another seed, is not the run */
    /* The warm-up is as long as the run (another seed): the kernel's queues and tables reach
     * their high-water sizes, so what is still up after the run is a leak, not growth. */
    if (!run(target, count, seed + 1000003)) { os2_puts("fuzz: FAIL in the warm-up\n"); return 1; }
    trace = save;
    struct figures before = figures();
    int ok = run(target, count, seed);
    ok = baseline(before) && ok;
    ok = isolation() && ok;
    os2_puts(ok ? "fuzz: PASS\n" : "fuzz: FAIL\n");
    return ok ? 0 : 1;
}
