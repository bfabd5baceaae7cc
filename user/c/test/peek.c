/* peek.c ADDR [w] - reads (or writes) another task's memory at ADDR (hex): must fault. */
#include <os2.h>

int main(int argc, char **argv) {
    uint64_t a = 0;
    for (const char *p = argc > 0 ? argv[0] : "0"; *p; p++)
        a = a * 16 + (uint64_t)(*p <= '9' ? *p - '0' : (*p | 32) - 'a' + 10);
    if (argc > 1) {
        *(volatile uint64_t *)(uintptr_t)a = 0xbad;
    } else {
        uint64_t v = *(volatile uint64_t *)(uintptr_t)a;
        os2_write(os2_start_cap(OS2_SLOT_STDOUT), &v, 1);
    }
    os2_puts("peek: touched another task's memory\n");
    return 0;
}
