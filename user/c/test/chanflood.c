/* chanflood.c [N] - one task makes N channels (default 200000) back to back and keeps
 * every endpoint, or until the kernel says no (docs/RELIABILITY.md, bug 3). Each costs
 * about 1.3 KiB of kernel heap, and a task that never waits never lets the kernel grow
 * its heap while idle: the kernel must grow it on the way or refuse with E_NOMEM, not die
 * (a dead kernel never prints PASS). With no argument it goes on to the capability table's
 * limit (about 32,760 channels, 43 MB of kernel heap): bug 4, where a heap grown region by
 * region ended 97% live with its free bytes in holes too small for an endpoint. After the
 * endpoints are closed the capabilities must be back. Run as init (start slots: 1 console
 * output, 3 memory, 5 system). */
#include "fuzzlib.h"

#define MOST 200000   /* more channels than any limit lets one task hold */

static struct os2_sys_info info(void) {
    struct os2_sys_info i = {0};
    os2_sys_info(os2_start_cap(OS2_SLOT_SYSTEM), &i);
    return i;
}
static os2_handle held[2 * MOST];

static void report(const char *what, int64_t n, struct os2_sys_info i) {
    struct fz_line l = {.n = 0};
    fz_s(&l, "chanflood: ");
    fz_s(&l, what);
    fz_i(&l, n);
    fz_s(&l, " heap live ");
    fz_u(&l, i.heap_live);
    fz_s(&l, " capabilities ");
    fz_u(&l, i.caps);
    fz_end(&l);
}

int main(int argc, char **argv) {
    int64_t most = argc > 0 ? (int64_t)fz_parse(argv[0]) : MOST;
    if (most > MOST) most = MOST;
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY);
    struct os2_sys_info before = info();
    report("before, channels ", 0, before);
    int64_t n = 0, r = 0;
    for (; n < most; n++) {
        r = os2_channel_create(mem, &held[2 * n]);
        if (r < 0) break;
        if (n % 4096 == 0) report("channels ", n, info());
    }
    report(r < 0 ? "refused after channels " : "made all, channels ", n, info());
    if (r < 0 && r != OS2_E_NOMEM) { os2_puts("chanflood: FAIL (refused, not with E_NOMEM)\n"); return 1; }
    for (int64_t i = 0; i < 2 * n; i++) os2_close(held[i]);
    struct os2_sys_info after = info();
    report("closed, channels ", n, after);
    int ok = after.caps == before.caps;
    os2_puts(ok ? "chanflood: PASS\n" : "chanflood: FAIL\n");
    return ok ? 0 : 1;
}
