/*
 * platform_linux.c - the hosted target: process entry, heap reservation, and
 * the platform calls (write, exit, clocks) on top of libc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include "os2rt.h"

void os2_java_main(jint argc, jlong argv);   /* generated */
extern void *__libc_stack_end __attribute__((weak));   /* glibc: the stack at process start */

/* Reserves the heap (OS2_HEAP MiB, default 1024; MAP_NORESERVE so only touched pages cost), then runs Java. */
int main(int argc, char **argv) {
    void *base = &__libc_stack_end && __libc_stack_end ? __libc_stack_end : __builtin_frame_address(0);
    os2_gc_set_stack_base(base);
    const char *env = getenv("OS2_HEAP");
    size_t mib = env && atol(env) > 0 ? (size_t)atol(env) : 1024;
    for (;; mib /= 2) {
        void *p = mmap(NULL, mib << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) {
            os2_heap_add_region(p, mib << 20);
            break;
        }
        if (mib <= 1) {
            static const char msg[] = "os2: cannot reserve the heap\n";
            os2_platform_write(2, msg, sizeof msg - 1);
            os2_platform_exit(70);
        }
    }
    os2_java_main(argc - 1, (jlong)(uintptr_t)(argv + 1));   /* Java main does not see the program name */
    return 0;   /* not reached: VMHelper.exit halts */
}

/* Writes all of buf, retrying partial writes and EINTR; other errors drop the rest. */
void os2_platform_write(jint fd, const void *buf, jlong len) {
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, (size_t)len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        p += n;
        len -= n;
    }
}

/* read(2), retried on EINTR: the count, 0 at end of file, -errno on an error. */
jlong os2_platform_read(jint fd, void *buf, jlong len) {
    for (;;) {
        ssize_t n = read(fd, buf, (size_t)len);
        if (n >= 0)
            return n;
        if (errno != EINTR)
            return -errno;
    }
}

/* Ends the process now; the Java side has flushed its streams. */
void os2_platform_exit(jint status) { _exit(status); }

/* System.nanoTime: a monotonic clock. */
jlong os2_platform_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (jlong)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* System.currentTimeMillis: wall-clock time. */
jlong os2_platform_millis(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (jlong)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
