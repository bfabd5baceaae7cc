/* spinkill.c COUNT SEED - the spawn target's kill shape alone, as fast as it goes: spawn
 * spin.elf (a task that never calls the kernel after its first line), wait a random
 * 0..3 ms timer or not at all, kill it, wait for its exit. The reproducer of bug 2 in
 * docs/RELIABILITY.md (a budget interrupt lost on the way to user mode: the spawn driver
 * stalled right after a spin.elf start) and, with stall=entry, its regression test (UserModeTest):
 * it prints "spinkill: K" every 1000 cycles so a stall shows where it happened, and
 * "spinkill: PASS" at the end. Start slots (init's): 1 console output, 3 memory. */
#include "fuzzlib.h"

int main(int argc, char **argv) {
    uint64_t count = fz_parse(argc > 0 ? argv[0] : "1000"), st = fz_seed(fz_parse(argc > 1 ? argv[1] : "1"));
    os2_handle none = {0, 0}, t;
    struct os2_grant g[4] = {{none, 0, 0}, {os2_start_cap(OS2_SLOT_STDOUT), OS2_R_WRITE, 0}, {none, 0, 0},
        {os2_start_cap(OS2_SLOT_MEMORY), OS2_R_ALLOC, 0}};
    for (uint64_t i = 0; i < count; i++) {
        if (os2_spawn_module("spin.elf", 0, 0, g, 2 + fz_next(&st) % 3, &t) < 0) { os2_puts("spinkill: FAIL spawn\n"); return 1; }
        if (fz_next(&st) % 4) {
            struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + fz_next(&st) % 3000000, 0, 0};
            os2_wait(&ev, 1);
        }
        os2_task_kill(t);
        int64_t s = os2_wait_exit(t);
        os2_close(t);
        if (s != 255) { os2_puts("spinkill: FAIL status\n"); return 1; }
        if (i % 1000 == 999) {
            struct fz_line l = {.n = 0};
            fz_s(&l, "spinkill: ");
            fz_u(&l, i + 1);
            fz_end(&l);
        }
    }
    os2_puts("spinkill: PASS\n");
    return 0;
}
