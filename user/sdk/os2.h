/*
 * os2.h - the OS2 system-call ABI for C programs (docs/SYSCALLS.md), and its
 * reference: numbers, error codes, event kinds, structures and one static
 * inline wrapper per call. Build a program with
 *   gcc -static-pie -nostdlib -ffreestanding -fPIE -I user/sdk user/sdk/crt0.S prog.c -o prog.elf
 * crt0.S calls int main(int argc, char **argv) and ends the task with its return value.
 */
#ifndef OS2_H
#define OS2_H

#include <stddef.h>
#include <stdint.h>

/* System-call numbers (rax). */
#define OS2_SYS_EXIT         0
#define OS2_SYS_WRITE        1
#define OS2_SYS_READ         2
#define OS2_SYS_CLOCK        3
#define OS2_SYS_REGION_ALLOC 4
#define OS2_SYS_REGION_FREE  5
#define OS2_SYS_WAIT         6
#define OS2_SYS_SPAWN        7
#define OS2_SYS_TASK_INFO    8
#define OS2_SYS_CLOSE        9
#define OS2_SYS_SYS_INFO     10
#define OS2_SYS_FRAMES       11
#define OS2_SYS_SPAWN_IMAGE  12
#define OS2_SYS_MODULE_READ  13

/* Error codes: a result < 0. */
#define OS2_E_NOSYS     (-1)   /* no such system call */
#define OS2_E_INVAL     (-2)   /* an argument is out of range */
#define OS2_E_FAULT     (-3)   /* a pointer/length outside the caller's regions or rights */
#define OS2_E_NOMEM     (-4)   /* no frames, no address space, or a task limit */
#define OS2_E_NOENT     (-5)   /* no such boot module */
#define OS2_E_BADHANDLE (-6)   /* not a handle the caller holds */
#define OS2_E_NOEXEC    (-7)   /* the ELF file was refused */
#define OS2_E_TOOBIG    (-8)   /* more than a documented limit */

/* File descriptors of WRITE and READ. */
#define OS2_STDIN  0
#define OS2_STDOUT 1
#define OS2_STDERR 2

/* REGION_ALLOC rights. W|X together is refused. */
#define OS2_R     1
#define OS2_W     2
#define OS2_X     4
#define OS2_GUARD 8

/* WAIT event kinds, and its limit. */
#define OS2_EV_TIMER     1   /* arg: absolute deadline (ns, as CLOCK); value: the time it fired */
#define OS2_EV_INPUT     2   /* console input is ready */
#define OS2_EV_TASK_EXIT 3   /* arg: a task handle; value: its exit status */
#define OS2_WAIT_MAX     16

struct os2_event {
    uint64_t kind;
    uint64_t arg;
    uint64_t value;
};

struct os2_task_info {
    uint64_t id;           /* the task's id (also in kernel reports) */
    uint64_t regions;      /* user regions it holds */
    uint64_t frames;       /* frames mapped in its page tables */
    uint64_t table_frames; /* frames of its page tables */
    uint64_t handles;      /* handles it holds */
};

struct os2_sys_info {
    uint64_t free_frames;  /* frames free in the allocator */
    uint64_t heap_live;    /* kernel heap bytes live after the last collection */
    uint64_t tasks;        /* tasks alive */
    uint64_t total_frames;
};

/* The raw call: number in rax, arguments in rdi, rsi, rdx, r10, r8; rcx and r11 are destroyed. */
static inline int64_t os2_syscall(int64_t nr, int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5) {
    register int64_t r10 __asm__("r10") = a4;
    register int64_t r8 __asm__("r8") = a5;
    int64_t ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
                     : "rcx", "r11", "memory");
    return ret;
}

static inline __attribute__((noreturn)) void os2_exit(int status) {
    for (;;)
        os2_syscall(OS2_SYS_EXIT, status, 0, 0, 0, 0);
}
static inline int64_t os2_write(int fd, const void *buf, size_t len) {
    return os2_syscall(OS2_SYS_WRITE, fd, (int64_t)(uintptr_t)buf, (int64_t)len, 0, 0);
}
static inline int64_t os2_read(int fd, void *buf, size_t len) {
    return os2_syscall(OS2_SYS_READ, fd, (int64_t)(uintptr_t)buf, (int64_t)len, 0, 0);
}
static inline int64_t os2_clock(void) { return os2_syscall(OS2_SYS_CLOCK, 0, 0, 0, 0, 0); }
/* The base address, or an error code. */
static inline int64_t os2_region_alloc(size_t size, int rights) {
    return os2_syscall(OS2_SYS_REGION_ALLOC, (int64_t)size, rights, 0, 0, 0);
}
static inline int64_t os2_region_free(void *base) {
    return os2_syscall(OS2_SYS_REGION_FREE, (int64_t)(uintptr_t)base, 0, 0, 0, 0);
}
/* The index of the event that fired (its value is filled in), or an error code. */
static inline int64_t os2_wait(struct os2_event *events, size_t count) {
    return os2_syscall(OS2_SYS_WAIT, (int64_t)(uintptr_t)events, (int64_t)count, 0, 0, 0);
}
/* args: args_len bytes of NUL-terminated strings (the child's argv). A task handle, or an error code. */
static inline int64_t os2_spawn(const char *name, size_t name_len, const char *args, size_t args_len) {
    return os2_syscall(OS2_SYS_SPAWN, (int64_t)(uintptr_t)name, (int64_t)name_len, (int64_t)(uintptr_t)args,
                       (int64_t)args_len, 0);
}
/* An ELF image in the caller's memory. A task handle, or an error code. */
static inline int64_t os2_spawn_image(const void *image, size_t len, const char *args, size_t args_len) {
    return os2_syscall(OS2_SYS_SPAWN_IMAGE, (int64_t)(uintptr_t)image, (int64_t)len, (int64_t)(uintptr_t)args,
                       (int64_t)args_len, 0);
}
/* len bytes of boot module name from offset into buf (the count); len 0: the module's size. */
static inline int64_t os2_module_read(const char *name, size_t name_len, uint64_t offset, void *buf, size_t len) {
    return os2_syscall(OS2_SYS_MODULE_READ, (int64_t)(uintptr_t)name, (int64_t)name_len, (int64_t)offset,
                       (int64_t)(uintptr_t)buf, (int64_t)len);
}
static inline int64_t os2_task_info(struct os2_task_info *info) {
    return os2_syscall(OS2_SYS_TASK_INFO, (int64_t)(uintptr_t)info, sizeof *info, 0, 0, 0);
}
static inline int64_t os2_close(int64_t handle) { return os2_syscall(OS2_SYS_CLOSE, handle, 0, 0, 0, 0); }
static inline int64_t os2_sys_info(struct os2_sys_info *info) {
    return os2_syscall(OS2_SYS_SYS_INFO, (int64_t)(uintptr_t)info, sizeof *info, 0, 0, 0);
}

/* Conveniences: a NUL-terminated string to stdout, and waiting for one task's exit status. */
static inline size_t os2_strlen(const char *s) {
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}
static inline int64_t os2_puts(const char *s) { return os2_write(OS2_STDOUT, s, os2_strlen(s)); }
static inline int64_t os2_wait_exit(int64_t handle) {
    struct os2_event ev = {OS2_EV_TASK_EXIT, (uint64_t)handle, 0};
    int64_t r = os2_wait(&ev, 1);
    return r < 0 ? r : (int64_t)ev.value;
}

#endif
