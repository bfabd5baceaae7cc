/* cycle.c - regression test of the first bug the ipc fuzzer found (docs/RELIABILITY.md):
 * an endpoint sent into its own queue (or two endpoints each in the other's queue) is
 * unreachable once its peer is closed, and must not keep its queue's capabilities and
 * frames for ever. Each shape runs 50 times; free frames and capabilities must be back.
 * Run as init (start slots: 1 console output, 3 memory, 5 system). */
#include "fuzzlib.h"

static struct os2_sys_info info(void) {
    struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + 20000000, 0, 0};
    os2_wait(&ev, 1);
    struct os2_sys_info i = {0};
    os2_sys_info(os2_start_cap(OS2_SLOT_SYSTEM), &i);
    return i;
}
/* A region of 4 touched pages, its capability at *h. */
static void region(os2_handle *h) {
    volatile char *p = (volatile char *)(uintptr_t)os2_region_alloc(os2_start_cap(OS2_SLOT_MEMORY), 4 * 4096, OS2_R | OS2_W, h);
    for (int i = 0; i < 4; i++) p[i * 4096] = 1;
}
static int64_t send(os2_handle ep, os2_handle *caps, uint64_t n) {
    struct os2_msg m = {0, 0, caps, n, 0};
    return os2_send(ep, &m);
}

/* shape 0: X1 (with a region) in its own queue, then X0 closed.
 * shape 1: X1 in Y1's queue and Y1 in X1's queue, then X0 and Y0 closed. */
static int shape(int s) {
    os2_handle mem = os2_start_cap(OS2_SLOT_MEMORY), x[2], y[2], r[2];
    if (os2_channel_create(mem, x) < 0 || os2_channel_create(mem, y) < 0) return 0;
    region(&r[0]);
    region(&r[1]);
    os2_handle m1[2] = {r[0], x[1]};
    if (s == 1) {
        os2_handle m2[2] = {r[1], y[1]};
        if (send(y[0], m1, 2) < 0 || send(x[0], m2, 2) < 0) return 0;
        os2_close(y[0]);
    } else {
        if (send(x[0], m1, 2) < 0) return 0;
        os2_close(r[1]);
        os2_close(y[0]);
        os2_close(y[1]);
    }
    os2_close(x[0]);
    return 1;
}

int main(void) {
    static const char *names[] = {"own queue", "two queues"};
    int ok = 1;
    for (int s = 0; s < 2; s++) {
        shape(s);   /* warm-up */
        struct os2_sys_info b = info();
        for (int i = 0; i < 50; i++)
            if (!shape(s)) { os2_puts("cycle: a call failed\n"); return 1; }
        struct os2_sys_info a = info();
        struct fz_line l = {.n = 0};
        fz_s(&l, "cycle: ");
        fz_s(&l, names[s]);
        fz_s(&l, ": free frames ");
        fz_u(&l, a.free_frames);
        fz_s(&l, " (before ");
        fz_u(&l, b.free_frames);
        fz_s(&l, "), capabilities ");
        fz_u(&l, a.caps);
        fz_s(&l, " (before ");
        fz_u(&l, b.caps);
        fz_s(&l, ")");
        fz_end(&l);
        ok &= a.free_frames == b.free_frames && a.caps == b.caps;
    }
    os2_puts(ok ? "cycle: PASS\n" : "cycle: FAIL\n");
    return ok ? 0 : 1;
}
