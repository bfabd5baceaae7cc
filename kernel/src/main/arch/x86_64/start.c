/*
 * start.c - C adapters between the runtime's platform interface (os2rt.h) and
 * the kernel's Java implementation in os2.kernel.console.Platform.
 *
 * Java has no pointer type, so the Java side exports os2_kernel_write with the
 * buffer as a long; this file gives the runtime the exact prototypes it declares
 * (os2_platform_write takes const void *, os2_platform_exit never returns).
 * It deliberately does not include os2rt.h: the generated code does, and the two
 * Java exports have the Java types.
 */
#include <stdint.h>

void os2_kernel_write(int32_t fd, int64_t buf, int64_t len);   /* Platform.write */
void os2_kernel_exit(int32_t status);                          /* Platform.exit */

void os2_platform_write(int32_t fd, const void *buf, int64_t len) {
    os2_kernel_write(fd, (int64_t)(uintptr_t)buf, len);
}

__attribute__((noreturn)) void os2_platform_exit(int32_t status) {
    os2_kernel_exit(status);
    for (;;) {
        __asm__ volatile("cli; hlt");
    }
}
