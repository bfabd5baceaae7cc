/* hostile.c N SEED - N system calls with random numbers and arguments: pointers into its
 * own image, stack and regions, the kernel, nowhere and non-canonical space; sizes at
 * every boundary. Only calls that would end it (EXIT) or block for ever are avoided.
 * The kernel must answer each with a result or an error code. Prints a summary. */
#include <os2.h>

static uint64_t s;
static uint64_t rnd(void) {   /* xorshift64* */
    s ^= s >> 12, s ^= s << 25, s ^= s >> 27;
    return s * 0x2545F4914F6CDD1Dull;
}

static char image_data[8192];
static const char image_ro[64] = "read-only data";
static struct os2_event events[OS2_WAIT_MAX + 2];

static int64_t arg(int64_t region) {
    static const int64_t fixed[] = {0, 1, -1, 2, 4095, 4096, 4097, 16, 24, 0x7fffffffffffffff,
        (int64_t)0x8000000000000000ull, 0x200000, 0x7ffffffff000, 0x800000000000, (int64_t)0xffff800000000000ull,
        (int64_t)0xffffffff80000000ull, 1 << 30, (1 << 30) + 1, 255, 256, 65536, 65537, 12, 13, 17};
    switch (rnd() % 8) {
    case 0: return fixed[rnd() % (sizeof fixed / sizeof fixed[0])];
    case 1: return (int64_t)(uintptr_t)image_data + (int64_t)(rnd() % 9000) - 400;
    case 2: return (int64_t)(uintptr_t)image_ro + (int64_t)(rnd() % 128);
    case 3: { volatile char here; return (int64_t)(uintptr_t)&here - 8192 - (int64_t)(rnd() % 8192); } /* stack, below the live frames */
    case 4: return region > 0 ? region + (int64_t)(rnd() % 8192) : (int64_t)rnd();
    case 5: return (int64_t)(rnd() % 64);
    case 6: return (int64_t)rnd();
    default: return (int64_t)(rnd() % 5000000);
    }
}

int main(int argc, char **argv) {
    uint64_t n = 100000;
    s = 88172645463325252ull;
    if (argc > 0) { n = 0; for (const char *p = argv[0]; *p; p++) n = n * 10 + (uint64_t)(*p - '0'); }
    if (argc > 1) { for (const char *p = argv[1]; *p; p++) s = s * 31 + (uint64_t)*p; }
    int64_t region = 0, ok = 0, errors = 0;
    for (uint64_t i = 0; i < n; i++) {
        int64_t nr = (int64_t)(rnd() % 20) - 3;
        if (rnd() % 64 == 0)
            nr = (int64_t)rnd();
        int64_t a[5] = {arg(region), arg(region), arg(region), arg(region), arg(region)};
        if (nr == OS2_SYS_EXIT)
            continue;
        if (nr == OS2_SYS_READ && a[0] == OS2_STDIN)
            a[0] = 7;                        /* no input will come: it would block for ever */
        if (nr == OS2_SYS_WAIT) {            /* random events, but none that never fires */
            for (int e = 0; e < OS2_WAIT_MAX + 2; e++) {
                events[e].kind = rnd() % 5;
                events[e].arg = rnd() % 2 ? (uint64_t)arg(region) : 0;
                if (events[e].kind == OS2_EV_INPUT || events[e].kind == OS2_EV_TIMER)
                    events[e].kind = OS2_EV_TIMER, events[e].arg = rnd() % 1000;
            }
            if (rnd() % 2)
                a[0] = (int64_t)(uintptr_t)events;
        }
        if (nr == OS2_SYS_SPAWN || nr == OS2_SYS_SPAWN_IMAGE)
            a[3] = a[3] & 0xffff;
        int64_t r = os2_syscall(nr, a[0], a[1], a[2], a[3], a[4]);
        if (r >= 0) {
            ok++;
            if (nr == OS2_SYS_REGION_ALLOC && (rnd() % 4))
                region = r;
            if (nr == OS2_SYS_SPAWN || nr == OS2_SYS_SPAWN_IMAGE)
                os2_close(r);
        } else {
            errors++;
        }
    }
    char line[96];
    int k = 0;
    const char *head = "hostile: done, ok=";
    while (*head) line[k++] = *head++;
    char num[24]; int m = 0;
    do { num[m++] = (char)('0' + ok % 10); ok /= 10; } while (ok);
    while (m) line[k++] = num[--m];
    head = " errors=";
    while (*head) line[k++] = *head++;
    do { num[m++] = (char)('0' + errors % 10); errors /= 10; } while (errors);
    while (m) line[k++] = num[--m];
    line[k++] = '\n';
    os2_write(OS2_STDOUT, line, (size_t)k);
    return 0;
}
