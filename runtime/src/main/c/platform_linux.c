/*
 * platform_linux.c - the hosted target: process entry, heap reservation, and
 * the platform calls (write, exit, clocks) on top of libc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include "os2rt.h"

void os2_java_main(jint argc, jlong argv);   /* generated */
extern void *__libc_stack_end __attribute__((weak));   /* glibc: the stack at process start */

static char alt_stack[64 << 10];   /* signal handlers run here: the thread's stack may be exhausted */

/* A fatal signal: flush what Java wrote, then end as the JVM would. A fault just below the stack limit is an
 * overflow the generated prologue checks did not see (C code, or a frame larger than the reserve). */
static void on_signal(int sig, siginfo_t *si, void *uc) {
    (void)uc;
    uintptr_t a = (uintptr_t)si->si_addr, limit = os2_stack_limit;
    int overflow = (sig == SIGSEGV || sig == SIGBUS) && a < limit && limit - a < ((uintptr_t)64 << 20);
    os2_stack_limit = 0;   /* Java code now runs on the alternate stack */
    os2_exc = NULL;        /* Java is entered with no exception pending (os2rt.h); the process ends here */
    java_lang_VMHelper__flushOnSignal();   /* allocates nothing */
    if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP)
        _exit(128 + sig);   /* the JVM's status after its shutdown sequence */
    static const char so[] = "Exception in thread \"main\" java.lang.StackOverflowError\n";
    if (overflow) {
        os2_platform_write(2, so, sizeof so - 1);
        _exit(1);
    }
    const char *name = strsignal(sig);
    os2_platform_write(2, "os2: fatal signal: ", 19);
    os2_platform_write(2, name, (jlong)strlen(name));
    os2_platform_write(2, "\n", 1);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* The stack limit for the prologue checks (RLIMIT_STACK; the top megabyte keeps the environment and a reserve)
 * and the handlers; SIGPIPE is ignored as the JVM does (a write to a closed pipe fails instead). */
static void install_guards(void *base) {
    struct rlimit rl;
    uintptr_t size = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? rl.rlim_cur : (uintptr_t)64 << 20;
    uintptr_t keep = size >= ((uintptr_t)4 << 20) ? (uintptr_t)1 << 20 : size / 4;
    if (size - keep > 2 * OS2_STACK_RESERVE)
        os2_stack_limit = (uintptr_t)base - (size - keep);
    stack_t ss = {.ss_sp = alt_stack, .ss_size = sizeof alt_stack};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_signal;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGINT, SIGTERM, SIGHUP};
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        sigaction(sigs[i], &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/* Reserves the heap (OS2_HEAP MiB, default 1024; MAP_NORESERVE so only touched pages cost), then runs Java. */
int main(int argc, char **argv) {
    void *base = &__libc_stack_end && __libc_stack_end ? __libc_stack_end : __builtin_frame_address(0);
    os2_gc_set_stack_base(base);
    install_guards(base);
    const char *env = getenv("OS2_HEAP");
    size_t mib = env && atol(env) > 0 ? (size_t)atol(env) : 1024;
    for (;; mib /= 2) {
        void *p = mmap(NULL, mib << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p != MAP_FAILED) {
            os2_heap_add_zeroed_region(p, mib << 20);   /* anonymous memory starts zero */
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
