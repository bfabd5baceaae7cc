/* hostile.c N SEED - N system calls with random numbers and arguments: pointers into its
 * own image, stack and regions, the kernel, nowhere and non-canonical space; sizes at
 * every boundary. Only calls that would end it (EXIT) or block for ever are avoided.
 * The kernel must answer each with a result or an error code. Prints a summary. */
#include <os2.h>

/* The bookkeeping lives in a region of its own that no call is ever pointed at: the calls
 * below may (rightly) write over this program's image and stack wherever they are told. */
struct book { uint64_t s, calls, ok, errors; };
static uint64_t rnd(struct book *bk) {   /* xorshift64*; bk is never in the image (a call may write there) */
    uint64_t s = bk->s;
    s ^= s >> 12, s ^= s << 25, s ^= s >> 27;
    bk->s = s;
    return s * 0x2545F4914F6CDD1Dull;
}

static char image_data[8192];
static const char image_ro[64] = "read-only data";
static struct os2_event events[OS2_WAIT_MAX + 2];

static int64_t arg(struct book *bk, int64_t region) {
    static const int64_t fixed[] = {0, 1, -1, 2, 4095, 4096, 4097, 16, 24, 0x7fffffffffffffff,
        (int64_t)0x8000000000000000ull, 0x200000, 0x7ffffffff000, 0x800000000000, (int64_t)0xffff800000000000ull,
        (int64_t)0xffffffff80000000ull, 1 << 30, (1 << 30) + 1, 255, 256, 65536, 65537, 12, 13, 17};
    switch (rnd(bk) % 8) {
    case 0: return fixed[rnd(bk) % (sizeof fixed / sizeof fixed[0])];
    case 1: return (int64_t)(uintptr_t)image_data + (int64_t)(rnd(bk) % 9000) - 400;
    case 2: return (int64_t)(uintptr_t)image_ro + (int64_t)(rnd(bk) % 128);
    case 3: { volatile char here; return (int64_t)(uintptr_t)&here - 8192 - (int64_t)(rnd(bk) % 8192); } /* stack, below the live frames */
    case 4: return region > 0 ? region + (int64_t)(rnd(bk) % 8192) : (int64_t)rnd(bk);
    case 5: return (int64_t)(rnd(bk) % 64);
    case 6: return (int64_t)rnd(bk);
    default: return (int64_t)(rnd(bk) % 5000000);
    }
}

static void put_u(uint64_t v) {
    char b[24];
    int n = 0;
    do b[n++] = (char)('0' + v % 10); while (v /= 10);
    while (n) os2_write(OS2_STDOUT, &b[--n], 1);
}

int main(int argc, char **argv) {
    struct book *bk = (struct book *)(uintptr_t)os2_region_alloc(4096, OS2_R | OS2_W);
    uint64_t n = 100000;
    bk->s = 88172645463325252ull;
    if (argc > 0) { n = 0; for (const char *p = argv[0]; *p; p++) n = n * 10 + (uint64_t)(*p - '0'); }
    if (argc > 1) { for (const char *p = argv[1]; *p; p++) bk->s = bk->s * 31 + (uint64_t)*p; }
    uint64_t limit = n;   /* copied to the book: a clobbered local cannot end the loop early */
    struct book *b = bk;
    int64_t region = 0;
    while (b->calls < limit) {
        int64_t nr = (int64_t)(rnd(bk) % 20) - 3;
        if (rnd(bk) % 64 == 0)
            nr = (int64_t)rnd(bk);
        int64_t a[5] = {arg(bk, region), arg(bk, region), arg(bk, region), arg(bk, region), arg(bk, region)};
        if (nr == OS2_SYS_EXIT)
            continue;
        if (nr == OS2_SYS_READ && a[0] == OS2_STDIN)
            a[0] = 7;                        /* no input will come: it would block for ever */
        if (nr == OS2_SYS_WAIT) {            /* random events, but none that never fires */
            for (int e = 0; e < OS2_WAIT_MAX + 2; e++) {
                events[e].kind = rnd(bk) % 5;
                events[e].arg = rnd(bk) % 2 ? (uint64_t)arg(bk, region) : 0;
                if (events[e].kind == OS2_EV_INPUT || events[e].kind == OS2_EV_TIMER)
                    events[e].kind = OS2_EV_TIMER, events[e].arg = rnd(bk) % 1000;
            }
            if (rnd(bk) % 2)
                a[0] = (int64_t)(uintptr_t)events;
        }
        if (nr == OS2_SYS_SPAWN || nr == OS2_SYS_SPAWN_IMAGE)
            a[3] = a[3] & 0xffff;
        int64_t r = os2_syscall(nr, a[0], a[1], a[2], a[3], a[4]);
        b->calls++;
        if (r >= 0) {
            b->ok++;
            if (nr == OS2_SYS_REGION_ALLOC && (rnd(bk) % 4))
                region = r;
            if (nr == OS2_SYS_SPAWN || nr == OS2_SYS_SPAWN_IMAGE)
                os2_close(r);
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
