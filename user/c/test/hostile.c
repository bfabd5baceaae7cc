/* hostile.c N SEED - N system calls with random numbers and arguments: handles that are
 * real (its own, derived and created ones) or random, pointers into its own image, stack
 * and regions, the kernel, nowhere and non-canonical space; sizes at every boundary.
 * Only calls that would end it (EXIT) or block for ever are avoided: READ and PAGER_SET
 * get only random handles, RECV never blocks, WAIT always holds a past deadline.
 * The kernel must answer each with a result or an error code. Prints a summary.
 * Start slots: 1 console output, 3 memory. */
#include <os2.h>

/* The bookkeeping lives in a region of its own that no call is ever pointed at: the calls
 * below may (rightly) write over this program's image and stack wherever they are told.
 * Handle results land in pool, which calls may also be pointed at (and may overwrite). */
enum { POOL = 32 };
struct book { uint64_t s, calls, ok, errors; os2_handle out; os2_handle pool[POOL]; };
static uint64_t rnd(struct book *bk) {   /* xorshift64* */
    uint64_t s = bk->s;
    s ^= s >> 12, s ^= s << 25, s ^= s >> 27;
    bk->s = s;
    return s * 0x2545F4914F6CDD1Dull;
}

static char image_data[8192];
static const char image_ro[64] = "read-only data";
static struct os2_event events[OS2_WAIT_MAX + 2];

static int64_t arg(struct book *bk, int64_t region) {
    static const int64_t fixed[] = {0, 1, -1, 2, 4095, 4096, 4097, 16, 24, 32, 0x7fffffffffffffff,
        (int64_t)0x8000000000000000ull, 0x200000, 0x7ffffffff000, 0x800000000000, (int64_t)0xffff800000000000ull,
        (int64_t)0xffffffff80000000ull, 1 << 30, (1 << 30) + 1, 255, 256, 511, 1023, 1024, 1025, 65536, 8, 9, 64, 65};
    switch (rnd(bk) % 8) {
    case 0: return fixed[rnd(bk) % (sizeof fixed / sizeof fixed[0])];
    case 1: return (int64_t)(uintptr_t)image_data + (int64_t)(rnd(bk) % 9000) - 400;
    case 2: return (int64_t)(uintptr_t)image_ro + (int64_t)(rnd(bk) % 128);
    case 3: { volatile char here; return (int64_t)(uintptr_t)&here - 8192 - (int64_t)(rnd(bk) % 8192); }
    case 4: return region > 0 ? region + (int64_t)(rnd(bk) % 8192) : (int64_t)rnd(bk);
    case 5: return (int64_t)(uintptr_t)&bk->pool[rnd(bk) % POOL];   /* an out pointer into the pool */
    case 6: return (int64_t)rnd(bk);
    default: return (int64_t)(rnd(bk) % 5000000);
    }
}

/* A handle: one of the pool's (real ones, mostly) or random bits. */
static os2_handle handle(struct book *bk) {
    if (rnd(bk) % 4 == 0) { os2_handle h = {rnd(bk), rnd(bk)}; return h; }
    return bk->pool[rnd(bk) % POOL];
}

static void put_u(uint64_t v) {
    char b[24];
    int n = 0;
    do b[n++] = (char)('0' + v % 10); while (v /= 10);
    while (n) os2_write(os2_start_cap(OS2_SLOT_STDOUT), &b[--n], 1);
}

int main(int argc, char **argv) {
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY), bh;
    struct book *bk = (struct book *)(uintptr_t)os2_region_alloc(mem, 4096, OS2_R | OS2_W, &bh);
    if ((int64_t)(uintptr_t)bk < 0 || !bk) { os2_puts("hostile: no memory capability\n"); return 3; }
    uint64_t n = 100000;
    bk->s = 88172645463325252ull;
    if (argc > 0) { n = 0; for (const char *p = argv[0]; *p; p++) n = n * 10 + (uint64_t)(*p - '0'); }
    if (argc > 1) { for (const char *p = argv[1]; *p; p++) bk->s = bk->s * 31 + (uint64_t)*p; }
    /* real handles to start from: copies of the console and memory (the originals stay safe) */
    os2_cap_derive(os2_start_cap(OS2_SLOT_STDOUT), OS2_R_ALL, &bk->pool[0]);
    os2_cap_derive(mem, OS2_R_ALL, &bk->pool[1]);
    os2_channel_create(mem, &bk->pool[2]);
    uint64_t limit = n;   /* copied to the book: a clobbered local cannot end the loop early */
    struct book *b = bk;
    int64_t region = 0;
    while (b->calls < limit) {
        int64_t nr = (int64_t)(rnd(bk) % 27) - 2;
        if (rnd(bk) % 64 == 0)
            nr = (int64_t)rnd(bk);
        os2_handle h = handle(bk), h2 = handle(bk);
        int64_t a[5] = {(int64_t)h.lo, (int64_t)h.hi, arg(bk, region), arg(bk, region), arg(bk, region)};
        if (nr == OS2_SYS_EXIT)
            continue;
        if (nr == OS2_SYS_READ || nr == OS2_SYS_PAGER_SET)   /* a real endpoint would block for ever */
            a[0] = (int64_t)rnd(bk), a[1] = (int64_t)rnd(bk);
        if (nr == OS2_SYS_PAGER_SET)
            a[2] = (int64_t)h2.lo, a[3] = (int64_t)h2.hi;
        if (nr == OS2_SYS_RECV)
            a[3] &= ~(int64_t)OS2_RECV_BLOCK;
        if (nr == OS2_SYS_WAIT) {            /* random events, and one that has fired already */
            for (int e = 0; e < OS2_WAIT_MAX + 2; e++) {
                os2_handle eh = handle(bk);
                events[e].kind = rnd(bk) % 8;
                events[e].arg_lo = eh.lo, events[e].arg_hi = eh.hi;
                if (events[e].kind == OS2_EV_TIMER)
                    events[e].arg_lo = rnd(bk) % 1000;
                if (events[e].kind == OS2_EV_MESSAGE || events[e].kind == OS2_EV_TASK_EXIT || events[e].kind == OS2_EV_INPUT)
                    events[e].arg_lo = rnd(bk);   /* on a real handle these may never fire */
            }
            int at = (int)(rnd(bk) % OS2_WAIT_MAX);
            events[at].kind = OS2_EV_TIMER, events[at].arg_lo = 0;
            a[0] = (int64_t)(uintptr_t)events;
            /* a count that covers the fired entry, or one out of range (a shorter one could block) */
            a[1] = (int64_t)(rnd(bk) % 4 ? (uint64_t)at + 1 + rnd(bk) % (OS2_WAIT_MAX - (uint64_t)at)
                                         : (rnd(bk) % 2 ? 0 : OS2_WAIT_MAX + 1 + rnd(bk) % 20));
            if (rnd(bk) % 8 == 0)
                a[0] = arg(bk, region) | (int64_t)0x8000000000000000ull;   /* not the caller's memory */
        }
        if (nr == OS2_SYS_GROUP_CREATE && rnd(bk) % 2)
            a[0] = (int64_t)(uintptr_t)&bk->pool[rnd(bk) % POOL], a[1] = (int64_t)(rnd(bk) % 4);
        int64_t r = os2_syscall(nr, a[0], a[1], a[2], a[3], a[4]);
        b->calls++;
        if (r >= 0) {
            b->ok++;
            if (nr == OS2_SYS_REGION_ALLOC && (rnd(bk) % 4))
                region = r;
        } else {
            b->errors++;
        }
    }
    os2_puts("hostile: done, calls=");
    put_u(b->calls);
    os2_puts(" ok=");
    put_u(b->ok);
    os2_puts(" errors=");
    put_u(b->errors);
    os2_puts("\n");
    return 0;
}
