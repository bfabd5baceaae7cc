/* capchild.c ROLE [ARGS] - the child tasks of the capability tests (utest.c) and of the
 * benchmarks (ubench.c). Start slots: 1 console output, 3 memory, 5 and 6 the role's own.
 *   nocaps [HANDLE...]  spawned with nothing: tries every system call (and the parent's
 *                       handles, given as hex lo:hi); exits with the number of wrong answers
 *   send PAGES          fills a region, moves it over endpoint 5, then touches it (must die 142)
 *   recv PAGES          receives the region on endpoint 5: same address, same contents
 *   revoked             reads region 5, says "ready" on endpoint 6, waits until it is revoked, touches it
 *   pager               serves faults arriving on endpoint 5 for region 6 with pattern pages
 *   echo                sends every message on endpoint 5 back (touching a region's first page) */
#include <os2.h>

static int eq(const char *a, const char *b) {
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}
static void put_u(uint64_t v, int base) {
    char b[24];
    int n = 0;
    do b[n++] = "0123456789abcdef"[v % (uint64_t)base]; while (v /= (uint64_t)base);
    while (n) os2_write(os2_start_cap(OS2_SLOT_STDOUT), &b[--n], 1);
}
static uint64_t parse(const char *p, int base) {
    uint64_t v = 0;
    for (; *p && *p != ':'; p++) v = v * (uint64_t)base + (uint64_t)(*p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10);
    return v;
}
/* The word every test writes at offset off of a region's page data. */
static uint64_t pattern(uint64_t off) { return off * 0x9E3779B97F4A7C15ull ^ 0x0502c0ffee; }

/* Every call but EXIT, with nothing to act on: only the capability-free ones may succeed. */
static int nocaps(int argc, char **argv) {
    int wrong = 0;
    os2_handle theirs[8], none = {0, 0}, out[2];
    int n = 0;
    for (int i = 1; i < argc && n < 8; i++) {   /* lo:hi in hex */
        const char *c = argv[i];
        while (*c && *c != ':') c++;
        theirs[n].lo = parse(argv[i], 16), theirs[n].hi = *c ? parse(c + 1, 16) : 0, n++;
    }
    theirs[n++] = none;
    static char buf[4096];
    struct os2_msg msg = {buf, 8, out, 2, 0};
    for (int k = 0; k < n; k++) {
        os2_handle h = theirs[k];
        struct os2_cap_info ci;
        struct os2_sys_info si;
        struct os2_grant g = {h, OS2_R_ALL, 0};
        struct os2_spawn req = {buf, sizeof buf, 0, 0, &g, 1, out};
        struct os2_event ev = {OS2_EV_MESSAGE, h.lo, h.hi, 0};
        wrong += os2_write(h, "x", 1) >= 0;
        wrong += os2_read(h, buf, 1) >= 0;
        wrong += os2_region_alloc(h, 4096, OS2_R | OS2_W, out) >= 0;
        wrong += os2_cap_info(h, &ci) >= 0;
        for (uint64_t kind = OS2_EV_INPUT; kind <= OS2_EV_REVOKED; kind++) {
            ev.kind = kind;
            wrong += os2_wait(&ev, 1) >= 0;
        }
        wrong += os2_spawn(h, &req) >= 0;
        wrong += os2_close(h) >= 0;
        wrong += os2_sys_info(h, &si) >= 0;
        wrong += os2_module_open(h, "capchild.elf", 12, out) >= 0;
        wrong += os2_module_read(h, 0, buf, 16) >= 0;
        wrong += os2_channel_create(h, out) >= 0;
        wrong += os2_send(h, &msg) >= 0;
        wrong += os2_recv(h, &msg, 0) >= 0;
        wrong += os2_cap_derive(h, OS2_R_READ, out) >= 0;
        wrong += os2_cap_revoke(h) >= 0;
        wrong += os2_group_create(&h, 1, out) >= 0;
        wrong += os2_group_open(h, out, 2) >= 0;
        wrong += os2_task_kill(h) >= 0;
        wrong += os2_pager_set(h, h) >= 0;
        wrong += os2_page_supply(h, 0, buf) >= 0;
    }
    /* the capability-free calls work */
    struct os2_task_info ti;
    struct os2_event t = {OS2_EV_TIMER, 0, 0, 0};
    wrong += os2_clock() <= 0;
    wrong += os2_task_info(&ti) < 0 || ti.handles != 0;
    wrong += os2_wait(&t, 1) != 0;
    return wrong;
}

static int64_t recv1(os2_handle ep, void *bytes, uint64_t len, os2_handle *caps, uint64_t ncaps, uint64_t *got) {
    struct os2_msg m = {bytes, len, caps, ncaps, 0};
    int64_t r = os2_recv(ep, &m, OS2_RECV_BLOCK);
    if (got) *got = m.received_caps;
    return r;
}

static int send(uint64_t pages) {
    os2_handle region;
    int64_t base = os2_region_alloc(os2_start_cap(OS2_SLOT_MEMORY), pages * 4096, OS2_R | OS2_W, &region);
    if (base < 0) { os2_puts("capchild: REGION_ALLOC failed\n"); return 2; }
    volatile uint64_t *w = (volatile uint64_t *)(uintptr_t)base;
    for (uint64_t i = 0; i < pages * 512; i++) w[i] = pattern(i);
    uint64_t words[2] = {(uint64_t)base, pages};
    struct os2_msg m = {words, sizeof words, &region, 1, 0};
    int64_t r = os2_send(os2_start_cap(5), &m);
    if (r < 0) { os2_puts("capchild: SEND failed\n"); return 3; }
    os2_puts("capchild: sent the region, touching it\n");
    uint64_t v = w[0];   /* must fault: the pages left this task */
    os2_puts("capchild: the sender still reads its old pages\n");
    return (int)(v & 1) + 4;
}

static int recv(uint64_t pages) {
    uint64_t words[2];
    os2_handle region;
    uint64_t got;
    struct os2_cap_info ci;
    if (recv1(os2_start_cap(5), words, sizeof words, &region, 1, &got) < 0 || got != 1) {
        os2_puts("capchild: RECV failed\n");
        return 2;
    }
    if (os2_cap_info(region, &ci) < 0 || ci.kind != OS2_K_REGION) { os2_puts("capchild: not a region\n"); return 3; }
    os2_puts(ci.base == words[0] ? "capchild: same virtual address 0x" : "capchild: OTHER address 0x");
    put_u(ci.base, 16);
    os2_puts("\n");
    volatile uint64_t *w = (volatile uint64_t *)(uintptr_t)ci.base;
    uint64_t bad = 0;
    for (uint64_t i = 0; i < pages * 512; i++) bad += w[i] != pattern(i);
    os2_puts("capchild: received ");
    put_u(ci.size / 4096, 10);
    os2_puts(" pages, ");
    put_u(bad, 10);
    os2_puts(" words wrong\n");
    return ci.base == words[0] && ci.size == pages * 4096 && bad == 0 ? 0 : 1;
}

static int revoked(void) {
    os2_handle region = os2_start_cap(5);
    struct os2_cap_info ci;
    if (os2_cap_info(region, &ci) < 0) { os2_puts("capchild: no region\n"); return 2; }
    volatile uint64_t *w = (volatile uint64_t *)(uintptr_t)ci.base;
    if (w[0] != pattern(0)) { os2_puts("capchild: wrong contents\n"); return 3; }
    os2_write(os2_start_cap(6), "r", 1);
    struct os2_event ev = {OS2_EV_REVOKED, region.lo, region.hi, 0};
    if (os2_wait(&ev, 1) != 0) { os2_puts("capchild: WAIT failed\n"); return 4; }
    os2_puts("capchild: revoked, touching the region\n");
    uint64_t v = w[0];   /* must fault: the pages left with the capability */
    os2_puts("capchild: still reads a revoked region\n");
    return (int)(v & 1) + 5;
}

static int pager(void) {
    uint64_t m[3], served = 0;
    os2_handle region = os2_start_cap(6), page;
    for (;;) {
        int64_t r = recv1(os2_start_cap(5), m, sizeof m, 0, 0, 0);
        if (r == OS2_E_PEER) break;
        if (r != 24) { os2_puts("capchild: pager RECV failed\n"); return 2; }
        int64_t src = os2_region_alloc(os2_start_cap(OS2_SLOT_MEMORY), 4096, OS2_R | OS2_W, &page);
        if (src < 0) return 3;
        volatile uint64_t *w = (volatile uint64_t *)(uintptr_t)src;
        for (uint64_t i = 0; i < 512; i++) w[i] = pattern(m[1] / 8 + i);
        if (os2_page_supply(region, m[1], (void *)(uintptr_t)src) < 0) { os2_puts("capchild: PAGE_SUPPLY failed\n"); return 4; }
        os2_close(page);
        served++;
    }
    os2_puts("capchild: pager served ");
    put_u(served, 10);
    os2_puts(" faults\n");
    return 0;
}

static int echo(void) {
    static uint64_t bytes[128];
    os2_handle caps[OS2_MSG_CAPS], ep = os2_start_cap(5);
    for (;;) {
        uint64_t got;
        int64_t n = recv1(ep, bytes, sizeof bytes, caps, OS2_MSG_CAPS, &got);
        if (n < 0) return n == OS2_E_PEER ? 0 : 2;
        if (got > 0 && n >= 8) *(volatile char *)(uintptr_t)bytes[0] = 1;   /* fault the first page in */
        struct os2_msg m = {bytes, (uint64_t)n, caps, got, 0};
        if (os2_send(ep, &m) < 0) return 3;
    }
}

int main(int argc, char **argv) {
    const char *role = argc > 0 ? argv[0] : "";
    uint64_t n = argc > 1 ? parse(argv[1], 10) : 1;
    if (eq(role, "nocaps")) return nocaps(argc, argv);
    if (eq(role, "send")) return send(n);
    if (eq(role, "recv")) return recv(n);
    if (eq(role, "revoked")) return revoked();
    if (eq(role, "pager")) return pager();
    if (eq(role, "echo")) return echo();
    os2_puts("capchild: unknown role\n");
    return 99;
}
