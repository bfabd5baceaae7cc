/* ticker.c N - sleeps N times 5 ms, printing a dot each time, then exits 0. */
#include <os2.h>

int main(int argc, char **argv) {
    int n = 0;
    for (const char *p = argc > 0 ? argv[0] : "10"; *p; p++) n = n * 10 + (*p - '0');
    for (int i = 0; i < n; i++) {
        struct os2_event ev = {OS2_EV_TIMER, (uint64_t)os2_clock() + 5000000, 0, 0};
        os2_wait(&ev, 1);
    }
    os2_puts("ticker: done\n");
    return 0;
}
