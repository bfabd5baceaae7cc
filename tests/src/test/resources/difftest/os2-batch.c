/*
 * os2-batch.c - the init task of one boot of the differential suite's OS2 column: spawns
 * the suite's module once per run (RUNS, generated into batch-list.h), waits for its exit
 * or a timeout, and frames each run's console output with markers the harness splits on.
 */
#include <os2.h>
#include "batch-list.h"   /* MODULE, TIMEOUT_NS, RUNS[] = {label, args, len} */

static void put_dec(int64_t v) {
    char b[24];
    int i = sizeof b;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        b[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        b[--i] = '-';
    os2_write(OS2_STDOUT, b + i, sizeof b - i);
}

int main(void) {
    for (unsigned i = 0; i < sizeof RUNS / sizeof RUNS[0]; i++) {
        os2_puts("\036OS2-START ");
        os2_puts(RUNS[i].label);
        os2_puts("\n");
        const char *how = "exit";
        int64_t status, h = os2_spawn(MODULE, os2_strlen(MODULE), RUNS[i].args, RUNS[i].len);
        if (h < 0) {
            how = "spawn-error";
            status = h;
        } else {
            struct os2_event ev[2] = {{OS2_EV_TASK_EXIT, (uint64_t)h, 0},
                                      {OS2_EV_TIMER, (uint64_t)(os2_clock() + TIMEOUT_NS), 0}};
            int64_t r = os2_wait(ev, 2);
            status = r == 0 ? (int64_t)ev[0].value : r;
            how = r == 0 ? "exit" : r == 1 ? "timeout" : "wait-error";
            if (r == 0)
                os2_close(h);
        }
        os2_puts("\036OS2-END ");
        os2_puts(how);
        os2_puts(" ");
        put_dec(status);
        os2_puts("\n");
    }
    return 0;
}
