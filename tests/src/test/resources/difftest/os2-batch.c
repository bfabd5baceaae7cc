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
    os2_write(os2_start_cap(OS2_SLOT_STDOUT), b + i, sizeof b - i);
}

int main(void) {
    /* each run gets console output and error and memory (for its Java heap), nothing else */
    os2_handle none = {0, 0};
    struct os2_grant grants[4] = {{none, 0, 0}, {os2_start_cap(OS2_SLOT_STDOUT), OS2_R_WRITE, 0},
                                  {os2_start_cap(OS2_SLOT_STDERR), OS2_R_WRITE, 0},
                                  {os2_start_cap(OS2_SLOT_MEMORY), OS2_R_ALLOC, 0}};
    for (unsigned i = 0; i < sizeof RUNS / sizeof RUNS[0]; i++) {
        os2_puts("\036OS2-START ");
        os2_puts(RUNS[i].label);
        os2_puts("\n");
        const char *how = "exit";
        os2_handle h;
        int64_t status = os2_spawn_module(MODULE, RUNS[i].args, RUNS[i].len, grants, 4, &h);
        if (status < 0) {
            how = "spawn-error";
        } else {
            struct os2_event ev[2] = {{OS2_EV_TASK_EXIT, h.lo, h.hi, 0},
                                      {OS2_EV_TIMER, (uint64_t)(os2_clock() + TIMEOUT_NS), 0, 0}};
            int64_t r = os2_wait(ev, 2);
            status = r == 0 ? (int64_t)ev[0].value : r;
            how = r == 0 ? "exit" : r == 1 ? "timeout" : "wait-error";
            if (r == 1)
                os2_task_kill(h);   /* a run that hangs must not share the CPU with the next ones */
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
