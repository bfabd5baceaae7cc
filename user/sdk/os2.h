/*
 * os2.h - the OS2 system-call ABI for C programs (docs/SYSCALLS.md), and its
 * reference: numbers, error codes, rights, kinds, event kinds, structures and one
 * static inline wrapper per call. A handle (os2_handle) is passed by value: the
 * wrappers split it into two argument registers, low word first. Build a program with
 *   gcc -static-pie -nostdlib -ffreestanding -fPIE -I user/sdk user/sdk/crt0.S prog.c -o prog.elf
 * crt0.S keeps the start capabilities (os2_start_cap) and calls int main(int argc, char **argv);
 * the task ends with main's return value.
 */
#ifndef OS2_H
#define OS2_H

#include <stddef.h>
#include <stdint.h>

/* System-call numbers (rax). */
#define OS2_SYS_EXIT           0
#define OS2_SYS_WRITE          1
#define OS2_SYS_READ           2
#define OS2_SYS_CLOCK          3
#define OS2_SYS_REGION_ALLOC   4
#define OS2_SYS_CAP_INFO       5
#define OS2_SYS_WAIT           6
#define OS2_SYS_SPAWN          7
#define OS2_SYS_TASK_INFO      8
#define OS2_SYS_CLOSE          9
#define OS2_SYS_SYS_INFO       10
#define OS2_SYS_FRAMES         11
#define OS2_SYS_MODULE_OPEN    12
#define OS2_SYS_MODULE_READ    13
#define OS2_SYS_CHANNEL_CREATE 14
#define OS2_SYS_SEND           15
#define OS2_SYS_RECV           16
#define OS2_SYS_CAP_DERIVE     17
#define OS2_SYS_CAP_REVOKE     18
#define OS2_SYS_GROUP_CREATE   19
#define OS2_SYS_GROUP_OPEN     20
#define OS2_SYS_TASK_KILL      21
#define OS2_SYS_PAGER_SET      22
#define OS2_SYS_PAGE_SUPPLY    23
#define OS2_SYS_SOCKET         24
#define OS2_SYS_LISTEN         25
#define OS2_SYS_ACCEPT         26
#define OS2_SYS_CONNECT        27
#define OS2_SYS_SYS_STATUS     28
#define OS2_SYS_BIND           29
#define OS2_SYS_SENDTO         30
#define OS2_SYS_RECVFROM       31
#define OS2_SYS_RESOLVE        32
/* Debug call (docs/SYSCALLS.md): E_NOSYS unless the kernel was built with --coverage. */
#define OS2_SYS_COVERAGE       64

/* Error codes: a result < 0. */
#define OS2_E_NOSYS     (-1)   /* no such system call */
#define OS2_E_INVAL     (-2)   /* an argument is out of range */
#define OS2_E_FAULT     (-3)   /* a pointer/length outside the caller's regions or rights */
#define OS2_E_NOMEM     (-4)   /* no frames, no address space, or a limit */
#define OS2_E_NOENT     (-5)   /* no such boot module */
#define OS2_E_BADHANDLE (-6)   /* not a handle the caller holds, or of the wrong kind */
#define OS2_E_NOEXEC    (-7)   /* the ELF file was refused */
#define OS2_E_TOOBIG    (-8)   /* more than a documented limit */
#define OS2_E_RIGHTS    (-9)   /* the handle lacks a right the call needs */
#define OS2_E_FULL      (-10)  /* the channel's queue is full (nothing sent, nothing lost) */
#define OS2_E_PEER      (-11)  /* the channel's other endpoint is closed */
#define OS2_E_EMPTY     (-12)  /* no message queued; no connection to accept */
#define OS2_E_INUSE     (-13)  /* the port listens already, or the socket is in use */

/* Rights of a capability. */
#define OS2_R_READ      1
#define OS2_R_WRITE     2
#define OS2_R_EXEC      4
#define OS2_R_MAP       8
#define OS2_R_TRANSFER  16
#define OS2_R_DUPLICATE 32
#define OS2_R_REVOKE    64
#define OS2_R_WAIT      128
#define OS2_R_KILL      256
#define OS2_R_ALLOC     512
#define OS2_R_CONNECT   1024
#define OS2_R_LISTEN    2048
#define OS2_R_ALL       4095

/* Kinds of capability (CAP_INFO). */
#define OS2_K_CONSOLE 1
#define OS2_K_MEMORY  2
#define OS2_K_MODULES 3
#define OS2_K_MODULE  4
#define OS2_K_TASK    5
#define OS2_K_REGION  6
#define OS2_K_CHANNEL 7
#define OS2_K_GROUP   8
#define OS2_K_SYSTEM  9
#define OS2_K_NETWORK 10
#define OS2_K_SOCKET  11

/* REGION_ALLOC flags. W|X together is refused. */
#define OS2_R     1
#define OS2_W     2
#define OS2_X     4
#define OS2_GUARD 8

/* WAIT event kinds, and its limit. */
#define OS2_EV_TIMER       1   /* arg_lo: absolute deadline (ns, as CLOCK); value: the time it fired */
#define OS2_EV_INPUT       2   /* arg: a console handle; console input is ready */
#define OS2_EV_TASK_EXIT   3   /* arg: a task handle; value: its exit status */
#define OS2_EV_MESSAGE     4   /* arg: an endpoint; value: bytes of the first queued message */
#define OS2_EV_PEER_CLOSED 5   /* arg: an endpoint; its peer is gone */
#define OS2_EV_REVOKED     6   /* arg: any handle; it was revoked or its object destroyed */
#define OS2_EV_ACCEPT      7   /* arg: listening socket; ACCEPT has a connection */
#define OS2_EV_READABLE    8   /* arg: socket; value: bytes waiting (0: end of stream), or the first datagram's length */
#define OS2_EV_CLOSED      9   /* arg: socket; the connection is over */
#define OS2_SOCK_TCP       1
#define OS2_SOCK_UDP       2
#define OS2_SOCK_PING      3   /* ICMP echo: SENDTO sends a request, RECVFROM gives struct os2_ping_record */
#define OS2_WAIT_MAX       64

/* Limits and flags of the calls. */
#define OS2_MSG_BYTES   1024   /* inline bytes of one message */
#define OS2_MSG_CAPS    8      /* capabilities of one message */
#define OS2_SPAWN_GRANTS 16    /* start capabilities of a task */
#define OS2_GROUP_MAX   64     /* members of a group */
#define OS2_RECV_BLOCK  1
#define OS2_G_MOVE      1

/* Start slots, by convention (docs/SYSCALLS.md, SPAWN). */
#define OS2_SLOT_STDIN   0
#define OS2_SLOT_STDOUT  1
#define OS2_SLOT_STDERR  2
#define OS2_SLOT_MEMORY  3
#define OS2_SLOT_MODULES 4
#define OS2_SLOT_SYSTEM  5   /* init only (and what it hands on) */
#define OS2_SLOT_NETWORK 6

typedef struct { uint64_t lo, hi; } os2_handle;

struct os2_event {            /* WAIT: 32 bytes */
    uint64_t kind;
    uint64_t arg_lo, arg_hi;  /* a handle, or (EV_TIMER) a deadline in arg_lo */
    uint64_t value;           /* filled in when it fires */
};
struct os2_grant {            /* SPAWN: 32 bytes */
    os2_handle h;
    uint64_t rights;          /* the child gets rights & rights(h) */
    uint64_t flags;           /* OS2_G_MOVE: moved (R_TRANSFER); else derived (R_DUPLICATE) */
};
struct os2_spawn {
    const void *image; uint64_t image_len;
    const char *args; uint64_t args_len;
    const struct os2_grant *grants; uint64_t grant_count;
    os2_handle *out;
};
struct os2_msg {
    void *bytes; uint64_t len;
    os2_handle *caps; uint64_t cap_count;
    uint64_t received_caps;
};
struct os2_cap_info {
    uint64_t kind, rights;
    uint64_t base, size;
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
    uint64_t caps;         /* capabilities alive in every task's table */
    uint64_t net_pending;  /* what the network stack holds until it expires: frames waiting for ARP,
                              datagrams in reassembly, TCP connections (0 without a NIC) */
};

/* The start capabilities, kept by crt0.S from r8/r9: slot i, or the zero handle. */
extern os2_handle *os2_start_caps;
extern uint64_t os2_start_count;
static inline os2_handle os2_start_cap(unsigned i) {
    os2_handle none = {0, 0};
    return i < os2_start_count ? os2_start_caps[i] : none;
}
static inline int os2_is_none(os2_handle h) { return (h.lo | h.hi) == 0; }

/* The raw call: number in rax, arguments in rdi, rsi, rdx, r10, r8; rcx and r11 are destroyed. */
static inline int64_t os2_syscall(int64_t nr, int64_t a1, int64_t a2, int64_t a3, int64_t a4, int64_t a5) {
    register int64_t r10 __asm__("r10") = a4;
    register int64_t r8 __asm__("r8") = a5;
    int64_t ret;
    __asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8)
                     : "rcx", "r11", "memory");
    return ret;
}
#define OS2_H2(h) (int64_t)(h).lo, (int64_t)(h).hi
#define OS2_P(p) (int64_t)(uintptr_t)(p)

static inline __attribute__((noreturn)) void os2_exit(int status) {
    for (;;)
        os2_syscall(OS2_SYS_EXIT, status, 0, 0, 0, 0);
}
static inline int64_t os2_write(os2_handle h, const void *buf, size_t len) {
    return os2_syscall(OS2_SYS_WRITE, OS2_H2(h), OS2_P(buf), (int64_t)len, 0);
}
static inline int64_t os2_read(os2_handle h, void *buf, size_t len) {
    return os2_syscall(OS2_SYS_READ, OS2_H2(h), OS2_P(buf), (int64_t)len, 0);
}
static inline int64_t os2_clock(void) { return os2_syscall(OS2_SYS_CLOCK, 0, 0, 0, 0, 0); }
/* The base address (the region's handle at *out), or an error code. */
static inline int64_t os2_region_alloc(os2_handle mem, size_t size, int flags, os2_handle *out) {
    return os2_syscall(OS2_SYS_REGION_ALLOC, OS2_H2(mem), (int64_t)size, flags, OS2_P(out));
}
static inline int64_t os2_cap_info(os2_handle h, struct os2_cap_info *info) {
    return os2_syscall(OS2_SYS_CAP_INFO, OS2_H2(h), OS2_P(info), sizeof *info, 0);
}
/* The index of the event that fired (its value is filled in), or an error code. */
static inline int64_t os2_wait(struct os2_event *events, size_t count) {
    return os2_syscall(OS2_SYS_WAIT, OS2_P(events), (int64_t)count, 0, 0, 0);
}
/* From a module handle (R_EXEC), or a memory handle with req->image. 0 (the task at req->out), or an error. */
static inline int64_t os2_spawn(os2_handle h, const struct os2_spawn *req) {
    return os2_syscall(OS2_SYS_SPAWN, OS2_H2(h), OS2_P(req), 0, 0);
}
static inline int64_t os2_task_info(struct os2_task_info *info) {
    return os2_syscall(OS2_SYS_TASK_INFO, OS2_P(info), sizeof *info, 0, 0, 0);
}
static inline int64_t os2_close(os2_handle h) { return os2_syscall(OS2_SYS_CLOSE, OS2_H2(h), 0, 0, 0); }
static inline int64_t os2_sys_info(os2_handle sys, struct os2_sys_info *info) {
    return os2_syscall(OS2_SYS_SYS_INFO, OS2_H2(sys), OS2_P(info), sizeof *info, 0);
}
static inline int64_t os2_module_open(os2_handle modules, const char *name, size_t name_len, os2_handle *out) {
    return os2_syscall(OS2_SYS_MODULE_OPEN, OS2_H2(modules), OS2_P(name), (int64_t)name_len, OS2_P(out));
}
/* len bytes of the module from offset into buf (the count); len 0: the module's size. */
static inline int64_t os2_module_read(os2_handle module, uint64_t offset, void *buf, size_t len) {
    return os2_syscall(OS2_SYS_MODULE_READ, OS2_H2(module), (int64_t)offset, OS2_P(buf), (int64_t)len);
}
static inline int64_t os2_channel_create(os2_handle mem, os2_handle out[2]) {
    return os2_syscall(OS2_SYS_CHANNEL_CREATE, OS2_H2(mem), OS2_P(out), 0, 0);
}
static inline int64_t os2_send(os2_handle ep, const struct os2_msg *msg) {
    return os2_syscall(OS2_SYS_SEND, OS2_H2(ep), OS2_P(msg), 0, 0);
}
static inline int64_t os2_recv(os2_handle ep, struct os2_msg *msg, int flags) {
    return os2_syscall(OS2_SYS_RECV, OS2_H2(ep), OS2_P(msg), flags, 0);
}
static inline int64_t os2_cap_derive(os2_handle h, uint64_t rights, os2_handle *out) {
    return os2_syscall(OS2_SYS_CAP_DERIVE, OS2_H2(h), (int64_t)rights, OS2_P(out), 0);
}
static inline int64_t os2_cap_revoke(os2_handle h) { return os2_syscall(OS2_SYS_CAP_REVOKE, OS2_H2(h), 0, 0, 0); }
static inline int64_t os2_group_create(const os2_handle *members, size_t count, os2_handle *out) {
    return os2_syscall(OS2_SYS_GROUP_CREATE, OS2_P(members), (int64_t)count, OS2_P(out), 0, 0);
}
static inline int64_t os2_group_open(os2_handle group, os2_handle *out, size_t max) {
    return os2_syscall(OS2_SYS_GROUP_OPEN, OS2_H2(group), OS2_P(out), (int64_t)max, 0);
}
static inline int64_t os2_task_kill(os2_handle task) { return os2_syscall(OS2_SYS_TASK_KILL, OS2_H2(task), 0, 0, 0); }
static inline int64_t os2_pager_set(os2_handle region, os2_handle ep) {
    return os2_syscall(OS2_SYS_PAGER_SET, OS2_H2(region), OS2_H2(ep), 0);
}
static inline int64_t os2_page_supply(os2_handle region, uint64_t offset, const void *src) {
    return os2_syscall(OS2_SYS_PAGE_SUPPLY, OS2_H2(region), (int64_t)offset, OS2_P(src), 0);
}
/* Sockets (docs/NETWORK.md): READ/WRITE (os2_read, os2_write) move their bytes. */
static inline int64_t os2_socket(os2_handle net, int64_t type, os2_handle *out) {
    return os2_syscall(OS2_SYS_SOCKET, OS2_H2(net), type, OS2_P(out), 0);
}
static inline int64_t os2_listen(os2_handle s, int64_t port, int64_t backlog) {
    return os2_syscall(OS2_SYS_LISTEN, OS2_H2(s), port, backlog, 0);
}
static inline int64_t os2_accept(os2_handle s, os2_handle *out) {
    return os2_syscall(OS2_SYS_ACCEPT, OS2_H2(s), OS2_P(out), 0, 0);
}
/* ipv4 in host order: 10.0.2.2 is 0x0A000202. */
static inline int64_t os2_connect(os2_handle s, uint32_t ipv4, int64_t port) {
    return os2_syscall(OS2_SYS_CONNECT, OS2_H2(s), (int64_t)ipv4, port, 0);
}
/* Datagram sockets: the address of SENDTO and RECVFROM is ipv4 << 16 | port. */
struct os2_dgram_from {
    uint64_t addr;     /* the source: ipv4 << 16 | port */
    uint64_t size;     /* the datagram's full length (more than copied if it was cut) */
    uint64_t dropped;  /* datagrams the socket dropped so far (its queue was full) */
};
struct os2_ping_record {   /* what RECVFROM gives on a ping socket (16 bytes) */
    uint16_t seq, kind;    /* kind 0: a reply came, 1: no reply within 10 s */
    uint32_t bytes;        /* echo data bytes of the reply */
    uint64_t rtt_ns;       /* round trip */
};
static inline int64_t os2_bind(os2_handle s, int64_t port) {
    return os2_syscall(OS2_SYS_BIND, OS2_H2(s), port, 0, 0);
}
static inline int64_t os2_sendto(os2_handle s, const void *buf, uint64_t len, uint32_t ipv4, uint16_t port) {
    return os2_syscall(OS2_SYS_SENDTO, OS2_H2(s), OS2_P(buf), (int64_t)len, (int64_t)((uint64_t)ipv4 << 16 | port));
}
static inline int64_t os2_recvfrom(os2_handle s, void *buf, uint64_t len, struct os2_dgram_from *from) {
    return os2_syscall(OS2_SYS_RECVFROM, OS2_H2(s), OS2_P(buf), (int64_t)len, OS2_P(from));
}
static inline int64_t os2_resolve(os2_handle net, const char *name, uint64_t len) {
    return os2_syscall(OS2_SYS_RESOLVE, OS2_H2(net), OS2_P(name), (int64_t)len, 0);
}
static inline int64_t os2_sys_status(os2_handle sys, char *buf, uint64_t len) {
    return os2_syscall(OS2_SYS_SYS_STATUS, OS2_H2(sys), OS2_P(buf), (int64_t)len, 0);
}

/* Conveniences: strings to the standard start slots, one task's exit status, spawning a module by name. */
static inline size_t os2_strlen(const char *s) {
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}
static inline int64_t os2_puts(const char *s) { return os2_write(os2_start_cap(OS2_SLOT_STDOUT), s, os2_strlen(s)); }
static inline int64_t os2_wait_exit(os2_handle task) {
    struct os2_event ev = {OS2_EV_TASK_EXIT, task.lo, task.hi, 0};
    int64_t r = os2_wait(&ev, 1);
    return r < 0 ? r : (int64_t)ev.value;
}
/* Spawns boot module name (opened through start slot 4) with args (args_len bytes of
 * NUL-terminated strings) and grants; 0 and the task at *task, or an error code. */
static inline int64_t os2_spawn_module(const char *name, const char *args, size_t args_len,
                                       const struct os2_grant *grants, size_t grant_count, os2_handle *task) {
    os2_handle m;
    int64_t r = os2_module_open(os2_start_cap(OS2_SLOT_MODULES), name, os2_strlen(name), &m);
    if (r < 0)
        return r;
    struct os2_spawn req = {0, 0, args, args_len, grants, grant_count, task};
    r = os2_spawn(m, &req);
    os2_close(m);
    return r;
}

#endif
