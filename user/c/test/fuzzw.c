/* fuzzw.c TARGET COUNT SEED ID TRACE - one hostile worker of the fuzz driver (fuzz.c).
 * TARGET: syscalls (random and structure-aware calls), handles (forged and stale handles
 * against every call that takes one; rights never grow), ipc (random channel operations:
 * capability moves, page transfers, closes and revocations, racing the peer worker).
 * Every choice comes from SEED; with TRACE 1 each call is printed before it is made.
 * Start slots: 1 console output, 3 memory, 5.. channel endpoints shared with other workers.
 * Exit status: 0, or 1 when a call broke a rule (the line before says which). */
#include "fuzzlib.h"

enum { POOL = 32, EXTRA = 4 };
/* The bookkeeping lives in a region of its own that no call is ever pointed at. */
struct book {
    uint64_t s, calls, ok, errors, bad, k, trace, id;
    int64_t region, guard, guard_size;
    os2_handle out, pool[POOL];
    os2_handle stale[POOL];
    uint64_t nstale;
};
/* Its address in a register (r15: callee-saved, kept by SYSCALL), not in the image's data,
 * which the calls may rightly be told to write over. */
register struct book *bk __asm__("r15");
static uint64_t rnd(void) { return fz_next(&bk->s); }

static char image_data[8192];
static const char image_ro[64] = "read-only data";
static struct os2_event events[OS2_WAIT_MAX + 2];
static struct os2_msg msg;
static struct os2_spawn spawn_req;
static struct os2_grant grants[OS2_SPAWN_GRANTS + 2];
static char scratch[2048];

static int64_t call(int64_t nr, int64_t a0, int64_t a1, int64_t a2, int64_t a3, int64_t a4) {
    int64_t a[5] = {a0, a1, a2, a3, a4};
    if (bk->trace) fz_trace((int)bk->id, bk->k, nr, a);
    bk->k++;
    return os2_syscall(nr, a0, a1, a2, a3, a4);
}
static void fail(const char *what, int64_t nr, int64_t r) {
    struct fz_line l = {.n = 0};
    fz_s(&l, "fuzzw: RULE BROKEN: ");
    fz_s(&l, what);
    fz_s(&l, " call ");
    fz_i(&l, nr);
    fz_s(&l, " answered ");
    fz_i(&l, r);
    fz_s(&l, " at call #");
    fz_u(&l, bk->k - 1);
    fz_end(&l);
    bk->bad++;
}

/* Sizes and numbers at every boundary the ABI has. */
static const int64_t fixed[] = {0, 1, -1, 2, 4095, 4096, 4097, 16, 24, 31, 32, 33, 0x7fffffffffffffff,
    (int64_t)0x8000000000000000ull, 0x200000, 0x7ffffffff000, 0x7ffffffffff8, 0x800000000000,
    (int64_t)0xffff800000000000ull, (int64_t)0xffff7fffffffffffull, (int64_t)0xffffffff80000000ull,
    (int64_t)0xffffffff80100000ull, (int64_t)0xfffffffffffff000ull, 1 << 30, (1 << 30) + 1, 255, 256, 511,
    1023, 1024, 1025, 65536, 8, 9, 15, 17, 63, 64, 65, 0x100000000ll, 0xffffffffll};

/* A pointer-ish argument: into every kind of region (image data, read-only image, stack,
 * the last allocation, a guarded region's guard pages, the handle pool), the kernel,
 * non-canonical space, nowhere; or a number at a boundary. */
static int64_t arg(void) {
    switch (rnd() % 10) {
    case 0: return fixed[rnd() % (sizeof fixed / sizeof fixed[0])];
    case 1: return (int64_t)(uintptr_t)image_data + (int64_t)(rnd() % 9000) - 400;
    case 2: return (int64_t)(uintptr_t)image_ro + (int64_t)(rnd() % 128);
    case 3: { volatile char here; return (int64_t)(uintptr_t)&here - 8192 - (int64_t)(rnd() % 8192); }
    case 4: return bk->region > 0 ? bk->region + (int64_t)(rnd() % 8192) : (int64_t)rnd();
    case 5: return (int64_t)(uintptr_t)&bk->pool[rnd() % POOL];
    case 6: return (int64_t)rnd();
    case 7:   /* the guard pages below and above a guarded region, and its edges */
        if (bk->guard > 0) {
            int64_t edge = rnd() % 2 ? bk->guard : bk->guard + bk->guard_size;
            return edge - 4096 + (int64_t)(rnd() % 8192) - (int64_t)(rnd() % 2) * 8;
        }
        return (int64_t)rnd();
    case 8: return (int64_t)(uintptr_t)rnd + (int64_t)(rnd() % 4096);   /* own text: not writable */
    default: return (int64_t)(rnd() % 5000000);
    }
}
static os2_handle pool_or_random(void) {
    if (rnd() % 4 == 0) { os2_handle h = {rnd(), rnd()}; return h; }
    return bk->pool[rnd() % POOL];
}
static os2_handle *pool_slot(void) { return &bk->pool[rnd() % POOL]; }

/* A call with the right structure and one field (or none) made hostile. */
static int64_t structured(int64_t *nr_out) {
    os2_handle h = pool_or_random();
    int64_t nr;
    switch (rnd() % 12) {
    case 0:   /* SEND: a well-formed message, pool handles as caps, lengths at the limits */
        nr = OS2_SYS_SEND;
        msg.bytes = rnd() % 8 ? (void *)image_data : (void *)(uintptr_t)arg();
        msg.len = (uint64_t)fixed[rnd() % 8] & 2047, msg.len = rnd() % 2 ? 1024 + rnd() % 3 - 1 : msg.len;
        msg.caps = rnd() % 8 ? pool_slot() : (os2_handle *)(uintptr_t)arg();
        msg.cap_count = rnd() % 10;
        *nr_out = nr;
        return call(nr, OS2_H2(h), rnd() % 8 ? OS2_P(&msg) : arg(), 0, 0);
    case 1:   /* RECV, never blocking */
        nr = OS2_SYS_RECV;
        msg.bytes = rnd() % 8 ? (void *)scratch : (void *)(uintptr_t)arg();
        msg.len = rnd() % 2 ? sizeof scratch : (uint64_t)(rnd() % 1100);
        msg.caps = rnd() % 8 ? pool_slot() : (os2_handle *)(uintptr_t)arg();
        msg.cap_count = rnd() % 10;
        *nr_out = nr;
        return call(nr, OS2_H2(h), rnd() % 8 ? OS2_P(&msg) : arg(), 0, 0);
    case 2: {   /* SPAWN from an image in memory: random bytes, a broken header, bad grants */
        nr = OS2_SYS_SPAWN;
        for (int i = 0; i < 64; i++) scratch[i] = (char)rnd();
        if (rnd() % 2) scratch[0] = 0x7f, scratch[1] = 'E', scratch[2] = 'L', scratch[3] = 'F', scratch[4] = 2,
                       scratch[5] = 1, scratch[6] = 1;
        spawn_req.image = rnd() % 4 ? (void *)scratch : (void *)(uintptr_t)arg();
        spawn_req.image_len = rnd() % 2 ? (uint64_t)(rnd() % sizeof scratch) : (uint64_t)arg();
        spawn_req.args = rnd() % 2 ? image_ro : (const char *)(uintptr_t)arg();
        spawn_req.args_len = (uint64_t)fixed[rnd() % (sizeof fixed / sizeof fixed[0])];
        for (int i = 0; i < OS2_SPAWN_GRANTS + 2; i++) {
            grants[i].h = pool_or_random();
            grants[i].rights = rnd();
            grants[i].flags = rnd() % 3;
        }
        spawn_req.grants = rnd() % 4 ? grants : (const struct os2_grant *)(uintptr_t)arg();
        spawn_req.grant_count = rnd() % (OS2_SPAWN_GRANTS + 3);
        spawn_req.out = rnd() % 4 ? pool_slot() : (os2_handle *)(uintptr_t)arg();
        *nr_out = nr;
        return call(nr, OS2_H2(h), rnd() % 8 ? OS2_P(&spawn_req) : arg(), 0, 0);
    }
    case 3:   /* GROUP_CREATE from pool handles, counts at the limits */
        nr = OS2_SYS_GROUP_CREATE;
        *nr_out = nr;
        return call(nr, OS2_P(pool_slot()), (int64_t)(rnd() % 4 ? rnd() % 5 : rnd() % 70), OS2_P(pool_slot()), 0, 0);
    case 4:
        nr = OS2_SYS_GROUP_OPEN;
        *nr_out = nr;
        return call(nr, OS2_H2(h), rnd() % 4 ? OS2_P(pool_slot()) : arg(), (int64_t)(rnd() % 70), 0);
    case 5:   /* REGION_ALLOC: sizes at the limits, every flag combination */
        nr = OS2_SYS_REGION_ALLOC;
        *nr_out = nr;
        return call(nr, OS2_H2(h), rnd() % 2 ? (int64_t)(rnd() % 5) * 4096 + (int64_t)(rnd() % 3) - 1 : arg(),
                    (int64_t)(rnd() % 32), OS2_P(pool_slot()));
    case 6:   /* CAP_DERIVE: rights beyond the parent's */
        nr = OS2_SYS_CAP_DERIVE;
        *nr_out = nr;
        return call(nr, OS2_H2(h), (int64_t)rnd(), rnd() % 8 ? OS2_P(pool_slot()) : arg(), 0);
    case 7:   /* CAP_INFO into a guard page or the kernel */
        nr = OS2_SYS_CAP_INFO;
        *nr_out = nr;
        return call(nr, OS2_H2(h), arg(), (int64_t)(rnd() % 64), 0);
    case 8:   /* PAGE_SUPPLY: a region with offsets at the edges, a source anywhere */
        nr = OS2_SYS_PAGE_SUPPLY;
        *nr_out = nr;
        return call(nr, OS2_H2(h), (int64_t)(rnd() % 5) * 4096 - (int64_t)(rnd() % 2), arg(), 0);
    case 9:   /* CAP_REVOKE of a pool handle */
        nr = OS2_SYS_CAP_REVOKE;
        *nr_out = nr;
        return call(nr, OS2_H2(h), 0, 0, 0);
    case 10:   /* MODULE_READ / SYS_STATUS / TASK_INFO with lengths at the edges */
        nr = rnd() % 2 ? OS2_SYS_SYS_STATUS : OS2_SYS_TASK_INFO;
        *nr_out = nr;
        if (nr == OS2_SYS_TASK_INFO) return call(nr, arg(), (int64_t)(rnd() % 48), 0, 0, 0);
        return call(nr, OS2_H2(h), arg(), arg(), 0);
    default:   /* CLOSE of a pool handle: the pool keeps changing */
        nr = OS2_SYS_CLOSE;
        *nr_out = nr;
        return call(nr, OS2_H2(h), 0, 0, 0);
    }
}

/* Random numbers and arguments (hostile.c's loop), or a structured call. Never EXIT, and
 * never a call that could block for ever: READ, WRITE (a full pipe blocks its writer) and
 * PAGER_SET get random handles only
 * (a task that is its own pager waits for itself), RECV never blocks, WAIT holds a fired timer. */
static void syscalls(uint64_t count) {
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY);
    os2_cap_derive(os2_start_cap(OS2_SLOT_STDOUT), OS2_R_ALL, &bk->pool[0]);
    os2_cap_derive(mem, OS2_R_ALL, &bk->pool[1]);
    os2_channel_create(mem, &bk->pool[2]);
    for (int i = 0; i < EXTRA; i++) bk->pool[4 + i] = os2_start_cap(5 + (unsigned)i);   /* shared endpoints */
    bk->guard_size = 8192;
    bk->guard = os2_region_alloc(mem, (size_t)bk->guard_size, OS2_R | OS2_W | OS2_GUARD, &bk->pool[8]);
    while (bk->calls < count) {
        int64_t nr, r;
        if (rnd() % 3 == 0) {
            r = structured(&nr);
        } else {
            nr = (int64_t)(rnd() % 31) - 2;
            if (rnd() % 64 == 0) nr = (int64_t)rnd();
            os2_handle h = pool_or_random(), h2 = pool_or_random();
            int64_t a[5] = {(int64_t)h.lo, (int64_t)h.hi, arg(), arg(), arg()};
            if (nr == OS2_SYS_EXIT) continue;
            if (nr == OS2_SYS_READ || nr == OS2_SYS_WRITE || nr == OS2_SYS_PAGER_SET || nr == OS2_SYS_CONNECT)
                a[0] = (int64_t)rnd(), a[1] = (int64_t)rnd();
            if (nr == OS2_SYS_PAGER_SET) a[2] = (int64_t)h2.lo, a[3] = (int64_t)h2.hi;
            if (nr == OS2_SYS_RECV) a[3] &= ~(int64_t)OS2_RECV_BLOCK;
            if (nr == OS2_SYS_WAIT) {
                for (int e = 0; e < OS2_WAIT_MAX + 2; e++) {
                    os2_handle eh = pool_or_random();
                    events[e].kind = rnd() % 11;
                    events[e].arg_lo = eh.lo, events[e].arg_hi = eh.hi;
                    if (events[e].kind == OS2_EV_TIMER) events[e].arg_lo = rnd() % 1000;
                }
                int at = (int)(rnd() % OS2_WAIT_MAX);
                events[at].kind = OS2_EV_TIMER, events[at].arg_lo = 0;
                a[0] = (int64_t)(uintptr_t)events;
                a[1] = (int64_t)(rnd() % 4 ? (uint64_t)at + 1 + rnd() % (OS2_WAIT_MAX - (uint64_t)at)
                                           : (rnd() % 2 ? 0 : OS2_WAIT_MAX + 1 + rnd() % 20));
                if (rnd() % 8 == 0) a[0] = arg() | (int64_t)0x8000000000000000ull;
            }
            r = call(nr, a[0], a[1], a[2], a[3], a[4]);
            if (nr == OS2_SYS_REGION_ALLOC && r > 0 && rnd() % 4) bk->region = r;
        }
        bk->calls++;
        if (r >= 0) bk->ok++; else bk->errors++;
        if (nr < 0 || nr > OS2_SYS_SYS_STATUS) {
            if (r != OS2_E_NOSYS) fail("unknown number not E_NOSYS:", nr, r);
        }
    }
}

/* Calls that take a handle, each with otherwise plausible arguments (so only the handle is wrong). */
static const int64_t handle_calls[] = {OS2_SYS_WRITE, OS2_SYS_REGION_ALLOC, OS2_SYS_CAP_INFO, OS2_SYS_SPAWN,
    OS2_SYS_CLOSE, OS2_SYS_SYS_INFO, OS2_SYS_MODULE_OPEN, OS2_SYS_MODULE_READ, OS2_SYS_CHANNEL_CREATE, OS2_SYS_SEND,
    OS2_SYS_RECV, OS2_SYS_CAP_DERIVE, OS2_SYS_CAP_REVOKE, OS2_SYS_GROUP_OPEN, OS2_SYS_TASK_KILL, OS2_SYS_PAGER_SET,
    OS2_SYS_PAGE_SUPPLY, OS2_SYS_SOCKET, OS2_SYS_LISTEN, OS2_SYS_ACCEPT, OS2_SYS_CONNECT, OS2_SYS_SYS_STATUS,
    OS2_SYS_READ};
static int64_t with_handle(int64_t nr, os2_handle h) {
    static os2_handle out[OS2_GROUP_MAX];
    os2_handle good = bk->pool[0];   /* a live endpoint, for PAGER_SET's second handle */
    msg.bytes = scratch, msg.len = 8, msg.caps = out, msg.cap_count = 0;
    spawn_req.image = scratch, spawn_req.image_len = 64, spawn_req.args = 0, spawn_req.args_len = 0;
    spawn_req.grants = 0, spawn_req.grant_count = 0, spawn_req.out = out;
    switch (nr) {
    case OS2_SYS_WRITE: case OS2_SYS_READ: return call(nr, OS2_H2(h), OS2_P(scratch), 8, 0);
    case OS2_SYS_REGION_ALLOC: return call(nr, OS2_H2(h), 4096, OS2_R | OS2_W, OS2_P(out));
    case OS2_SYS_CAP_INFO: case OS2_SYS_SYS_INFO: case OS2_SYS_SYS_STATUS: return call(nr, OS2_H2(h), OS2_P(scratch), 64, 0);
    case OS2_SYS_SPAWN: return call(nr, OS2_H2(h), OS2_P(&spawn_req), 0, 0);
    case OS2_SYS_MODULE_OPEN: return call(nr, OS2_H2(h), OS2_P("exit0.elf"), 9, OS2_P(out));
    case OS2_SYS_MODULE_READ: return call(nr, OS2_H2(h), 0, OS2_P(scratch), 16);
    case OS2_SYS_CHANNEL_CREATE: case OS2_SYS_ACCEPT: return call(nr, OS2_H2(h), OS2_P(out), 0, 0);
    case OS2_SYS_SEND: return call(nr, OS2_H2(h), OS2_P(&msg), 0, 0);
    case OS2_SYS_RECV: return call(nr, OS2_H2(h), OS2_P(&msg), 0, 0);
    case OS2_SYS_CAP_DERIVE: return call(nr, OS2_H2(h), OS2_R_ALL, OS2_P(out), 0);
    case OS2_SYS_GROUP_OPEN: return call(nr, OS2_H2(h), OS2_P(out), OS2_GROUP_MAX, 0);
    case OS2_SYS_PAGER_SET: return call(nr, OS2_H2(h), OS2_H2(good), 0);
    case OS2_SYS_PAGE_SUPPLY: return call(nr, OS2_H2(h), 0, OS2_P(image_data + 4096 - ((uintptr_t)image_data & 4095)), 0);
    case OS2_SYS_SOCKET: return call(nr, OS2_H2(h), OS2_SOCK_TCP, OS2_P(out), 0);
    case OS2_SYS_LISTEN: return call(nr, OS2_H2(h), 80, 4, 0);
    case OS2_SYS_CONNECT: return call(nr, OS2_H2(h), 0x0A000202, 80, 0);
    default: return call(nr, OS2_H2(h), 0, 0, 0);   /* CLOSE, CAP_REVOKE, TASK_KILL */
    }
}
static void make_stale(os2_handle h) { bk->stale[bk->nstale++ % POOL] = h; }

/* Live handles of every kind it can make, turned stale in every way the ABI has (closed,
 * revoked by an ancestor, consumed by a group, moved through a channel); forged ones made
 * from nothing or from a live handle with bits flipped or halves swapped. None may work,
 * and no derived copy may hold a right its parent lacks. */
static void handles(uint64_t count) {
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY), tmp, g;
    os2_channel_create(mem, &bk->pool[0]);   /* pool[0], pool[1]: a channel to itself */
    while (bk->calls < count) {
        if (bk->calls % 64 == 0) {   /* make live handles, and stale ones from them */
            os2_handle e[2], r, c, c2;
            os2_channel_create(mem, e);
            os2_region_alloc(mem, 4096, OS2_R | OS2_W, &r);
            uint64_t want = rnd() & OS2_R_ALL;
            os2_cap_derive(r, want, &c);
            struct os2_cap_info pi, ci;
            if (os2_cap_info(r, &pi) >= 0 && os2_cap_info(c, &ci) >= 0 && (ci.rights & ~(pi.rights & want)))
                fail("derived rights grew:", OS2_SYS_CAP_DERIVE, (int64_t)ci.rights);
            if (os2_cap_derive(c, OS2_R_ALL, &c2) >= 0) {   /* a copy of a copy: still no more than asked first */
                if (os2_cap_info(c2, &ci) >= 0 && (ci.rights & ~(pi.rights & want)))
                    fail("re-derived rights grew:", OS2_SYS_CAP_DERIVE, (int64_t)ci.rights);
                if (!(want & OS2_R_DUPLICATE)) fail("derived without R_DUPLICATE:", OS2_SYS_CAP_DERIVE, 0);
            } else {
                c2 = c;
            }
            os2_handle ce;   /* an endpoint copy without R_WRITE cannot send */
            if (os2_cap_derive(e[0], want & ~(uint64_t)OS2_R_WRITE, &ce) >= 0) {
                int64_t w = os2_write(ce, scratch, 1);
                if (w != OS2_E_RIGHTS) fail("WRITE without R_WRITE:", OS2_SYS_WRITE, w);
                os2_close(ce);
            }
            switch (rnd() % 5) {
            case 0: os2_close(c); make_stale(c); break;
            case 1: os2_cap_revoke(r); make_stale(c); make_stale(c2); break;
            case 2: if (os2_group_create(&c, 1, &g) >= 0) { make_stale(c); os2_group_open(g, &tmp, 1); make_stale(g); os2_close(tmp); } break;
            case 3: {
                struct os2_msg m = {scratch, 1, &c, 1, 0};
                if (os2_send(bk->pool[0], &m) >= 0) {
                    make_stale(c);
                    struct os2_msg in = {scratch, 16, &tmp, 1, 0};
                    if (os2_recv(bk->pool[1], &in, 0) >= 0) os2_close(tmp);
                }
                break;
            }
            default: os2_close(e[1]); make_stale(e[1]); break;   /* the endpoint; e[0] sees its peer gone */
            }
            os2_close(r);   /* destroys the region: every copy is now stale */
            make_stale(r);
            if (rnd() % 2) { os2_close(e[0]); make_stale(e[0]); }
            else { bk->pool[2 + rnd() % (POOL - 2)] = e[0]; }
            make_stale(c);
        }
        os2_handle h, live = bk->pool[rnd() % 2];
        switch (rnd() % 5) {
        case 0: h.lo = rnd(), h.hi = rnd(); break;
        case 1: h = live; if (rnd() % 2) h.lo ^= 1ull << (rnd() % 64); else h.hi ^= 1ull << (rnd() % 64); break;
        case 2: h.lo = live.hi, h.hi = live.lo; if (h.lo == live.lo) h.lo ^= 1; break;
        case 3: h.lo = live.lo, h.hi = rnd(); break;
        default: if (!bk->nstale) continue; h = bk->stale[rnd() % (bk->nstale < POOL ? bk->nstale : POOL)]; break;
        }
        int64_t nr = handle_calls[rnd() % (sizeof handle_calls / sizeof handle_calls[0])];
        if (nr == OS2_SYS_READ && (h.lo == live.lo && h.hi == live.hi)) continue;
        int64_t r = with_handle(nr, h);
        bk->calls++;
        bk->errors += r < 0;
        if (r >= 0) fail("a forged or stale handle worked:", nr, r);
        else if (r != OS2_E_BADHANDLE) fail("a forged or stale handle not E_BADHANDLE:", nr, r);
    }
}

/* ipc: handles this worker holds, by what it knows of them. */
enum { HELD = 48, K_NONE = 0, K_ORIG = 1, K_COPY = 2, K_EP = 3, K_GROUP = 4 };
static os2_handle held[HELD];
static int held_kind[HELD];
static uint64_t magic(uint64_t base, uint64_t page) { return (base + page * 4096) * 0x9E3779B97F4A7C15ull ^ 0x1dc0ffee; }
static int hold(os2_handle h, int kind) {
    for (int i = 0; i < HELD; i++)
        if (held_kind[i] == K_NONE) { held[i] = h, held_kind[i] = kind; return i; }
    os2_close(h);   /* no room: let it go (an original's pages go back to the allocator) */
    return -1;
}
static int pick(int kind) {   /* a held slot (of kind, or any with K_NONE), or -1 */
    for (int tries = 0; tries < 8; tries++) {
        int i = (int)(rnd() % HELD);
        if (held_kind[i] != K_NONE && (kind == K_NONE || held_kind[i] == kind)) return i;
    }
    return -1;
}
/* A received capability: an original region (full rights) must hold the pattern its
 * creator wrote, at the same address; anything else is kept as it is. */
static void received(os2_handle h) {
    struct os2_cap_info ci;
    if (os2_cap_info(h, &ci) < 0) { os2_close(h); return; }
    int kind = ci.kind == OS2_K_REGION ? (ci.rights & OS2_R_REVOKE ? K_ORIG : K_COPY)
             : ci.kind == OS2_K_CHANNEL ? K_EP : ci.kind == OS2_K_GROUP ? K_GROUP : K_COPY;
    if (kind == K_ORIG) {
        volatile uint64_t *p = (volatile uint64_t *)(uintptr_t)ci.base;
        for (uint64_t pg = 0; pg < ci.size / 4096; pg++)
            if (p[pg * 512] != magic(ci.base, pg)) { fail("a moved page lost its bytes:", OS2_SYS_RECV, (int64_t)pg); break; }
    }
    hold(h, kind);
}
static void ipc_recv(os2_handle ep) {
    os2_handle caps[OS2_MSG_CAPS];
    struct os2_msg m = {scratch, OS2_MSG_BYTES, caps, rnd() % 4 ? OS2_MSG_CAPS : rnd() % OS2_MSG_CAPS, 0};
    int64_t r = call(OS2_SYS_RECV, OS2_H2(ep), OS2_P(&m), 0, 0);
    if (r >= 0) {
        if (m.received_caps > OS2_MSG_CAPS) fail("more caps than room:", OS2_SYS_RECV, (int64_t)m.received_caps);
        for (uint64_t i = 0; i < m.received_caps && i < OS2_MSG_CAPS; i++) received(caps[i]);
    }
}
static void ipc_send(os2_handle ep) {
    os2_handle caps[OS2_MSG_CAPS];
    int slot[OS2_MSG_CAPS], n = (int)(rnd() % 4);
    for (int i = 0; i < n; i++) {
        slot[i] = pick(K_NONE);
        if (slot[i] < 0) { n = i; break; }
        for (int j = 0; j < i; j++) if (slot[j] == slot[i]) slot[i] = -1;
        if (slot[i] < 0) { n = i; break; }
        caps[i] = held[slot[i]];
    }
    uint64_t len = rnd() % 16 ? rnd() % (OS2_MSG_BYTES + 1) : OS2_MSG_BYTES + 1;
    struct os2_msg m = {scratch, len, caps, (uint64_t)n, 0};
    /* originals and groups: nobody but this task can take them away (copies the peer can revoke) */
    int mine[OS2_MSG_CAPS];
    struct os2_cap_info ci;
    for (int i = 0; i < n; i++)
        mine[i] = (held_kind[slot[i]] == K_ORIG || held_kind[slot[i]] == K_GROUP) && os2_cap_info(caps[i], &ci) >= 0;
    int64_t r = call(OS2_SYS_SEND, OS2_H2(ep), OS2_P(&m), 0, 0);
    if (r >= 0) {
        if (len > OS2_MSG_BYTES) fail("sent more than a message holds:", OS2_SYS_SEND, r);
        for (int i = 0; i < n; i++) held_kind[slot[i]] = K_NONE;   /* moved */
    } else {
        for (int i = 0; i < n; i++)   /* a failed send leaves every capability with the sender */
            if (mine[i] && os2_cap_info(caps[i], &ci) < 0) fail("a failed SEND took a capability:", OS2_SYS_SEND, r);
    }
}

/* Random channel operations against the peer worker on the shared endpoints (slots 5..):
 * regions (zero-copy page moves), copies, endpoints and groups moved both ways, closes and
 * revocations racing the peer's use of what it received. COUNT operations. */
static void ipc(uint64_t count) {
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY), shared[EXTRA];
    int nshared = 0;
    for (int i = 0; i < EXTRA; i++) {
        shared[nshared] = os2_start_cap(5 + (unsigned)i);
        if (!os2_is_none(shared[nshared])) nshared++;
    }
    if (!nshared) { os2_puts("fuzzw: ipc needs shared endpoints\n"); bk->bad++; return; }
    for (; bk->calls < count; bk->calls++) {
        os2_handle ep = shared[rnd() % (uint64_t)nshared], h;
        int i;
        switch (rnd() % 14) {
        case 0: case 1: case 2: ipc_send(ep); break;
        case 3: case 4: case 5: ipc_recv(ep); break;
        case 6: {   /* a region of 1-4 pages, the pattern in each page */
            uint64_t pages = 1 + rnd() % 4;
            int64_t base = call(OS2_SYS_REGION_ALLOC, OS2_H2(mem), (int64_t)(pages * 4096), OS2_R | OS2_W, OS2_P(&h));
            if (base > 0) {
                for (uint64_t pg = 0; pg < pages; pg++) ((volatile uint64_t *)(uintptr_t)base)[pg * 512] = magic((uint64_t)base, pg);
                hold(h, K_ORIG);
            }
            break;
        }
        case 7:   /* a copy without R_REVOKE and R_WRITE (its holder never touches it: a copy of a page in flight faults) */
            if ((i = pick(K_NONE)) >= 0 && call(OS2_SYS_CAP_DERIVE, OS2_H2(held[i]),
                    (int64_t)(rnd() & (OS2_R_READ | OS2_R_MAP | OS2_R_TRANSFER | OS2_R_DUPLICATE | OS2_R_WAIT)), OS2_P(&h), 0) >= 0)
                hold(h, held_kind[i] == K_EP ? K_EP : K_COPY);
            break;
        case 8: if ((i = pick(K_NONE)) >= 0) { call(OS2_SYS_CLOSE, OS2_H2(held[i]), 0, 0, 0); held_kind[i] = K_NONE; } break;
        case 9: if ((i = pick(K_NONE)) >= 0) call(OS2_SYS_CAP_REVOKE, OS2_H2(held[i]), 0, 0, 0); break;
        case 10: {
            os2_handle e[2];
            if (call(OS2_SYS_CHANNEL_CREATE, OS2_H2(mem), OS2_P(e), 0, 0) >= 0) { hold(e[0], K_EP); hold(e[1], K_EP); }
            break;
        }
        case 11: {   /* a group of 1-3 held capabilities, or open one */
            if ((i = pick(K_GROUP)) >= 0) {
                os2_handle out[OS2_GROUP_MAX];
                int64_t n = call(OS2_SYS_GROUP_OPEN, OS2_H2(held[i]), OS2_P(out), OS2_GROUP_MAX, 0);
                held_kind[i] = K_NONE;
                for (int64_t j = 0; j < n && j < OS2_GROUP_MAX; j++) received(out[j]);
                if (n < 0) os2_close(held[i]);
                break;
            }
            os2_handle m[3];
            int s[3], n = 1 + (int)(rnd() % 3);
            for (int j = 0; j < n; j++) {
                s[j] = pick(K_NONE);
                if (s[j] < 0 || held_kind[s[j]] == K_GROUP) { n = j; break; }
                for (int q = 0; q < j; q++) if (s[q] == s[j]) { n = j; break; }
                if (n == j) break;
                m[j] = held[s[j]];
            }
            if (n > 0 && call(OS2_SYS_GROUP_CREATE, OS2_P(m), n, OS2_P(&h), 0, 0) >= 0) {
                for (int j = 0; j < n; j++) held_kind[s[j]] = K_NONE;
                hold(h, K_GROUP);
            }
            break;
        }
        case 12:   /* the channels it received or made: both directions */
            if ((i = pick(K_EP)) >= 0) { if (rnd() % 2) ipc_send(held[i]); else ipc_recv(held[i]); }
            break;
        default: {   /* WAIT on the shared endpoints, with a timer already due */
            struct os2_event ev[3] = {{OS2_EV_MESSAGE, ep.lo, ep.hi, 0}, {OS2_EV_PEER_CLOSED, ep.lo, ep.hi, 0},
                                      {OS2_EV_TIMER, 0, 0, 0}};
            int64_t r = call(OS2_SYS_WAIT, OS2_P(ev), 3, 0, 0, 0);
            if (r == 0) ipc_recv(ep);
            break;
        }
        }
    }
    for (int i = 0; i < HELD; i++)
        if (held_kind[i] != K_NONE) os2_close(held[i]), held_kind[i] = K_NONE;
}

int main(int argc, char **argv) {
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY), bh;
    bk = (struct book *)(uintptr_t)os2_region_alloc(mem, 4096, OS2_R | OS2_W, &bh);
    if ((int64_t)(uintptr_t)bk <= 0) { os2_puts("fuzzw: no memory capability\n"); return 3; }
    const char *target = argc > 0 ? argv[0] : "syscalls";
    uint64_t count = fz_parse(argc > 1 ? argv[1] : "1000");
    bk->s = fz_seed(fz_parse(argc > 2 ? argv[2] : "1"));
    bk->id = fz_parse(argc > 3 ? argv[3] : "0");
    bk->trace = fz_parse(argc > 4 ? argv[4] : "0");
    bk->region = 0;
    if (fz_eq(target, "syscalls")) syscalls(count);
    else if (fz_eq(target, "handles")) handles(count);
    else if (fz_eq(target, "ipc")) ipc(count);
    else { os2_puts("fuzzw: unknown target\n"); return 2; }
    struct fz_line l = {.n = 0};
    fz_s(&l, "fuzzw: ");
    fz_u(&l, bk->id);
    fz_s(&l, " done, calls=");
    fz_u(&l, bk->calls);
    fz_s(&l, " ok=");
    fz_u(&l, bk->ok);
    fz_s(&l, " errors=");
    fz_u(&l, bk->errors);
    fz_s(&l, " broken=");
    fz_u(&l, bk->bad);
    fz_end(&l);
    return bk->bad ? 1 : 0;
}
