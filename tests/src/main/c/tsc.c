/* tsc: prints the time stamp counter, for the Linux side of `./os2 bench shell` (the same
 * marks as OS2's /bin/tsc). Under QEMU's -icount shift=0 it counts guest instructions. */
#include <stdio.h>
#include <x86intrin.h>

int main(void) {
    printf("%llu\n", (unsigned long long) __rdtsc());
    return 0;
}
