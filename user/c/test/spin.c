/* spin.c - loops forever without a system call: the CPU budget must preempt it. */
#include <os2.h>

int main(void) {
    os2_puts("spin: looping\n");
    for (volatile uint64_t i = 0;; i++) {
    }
}
