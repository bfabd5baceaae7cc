package os2.user;

import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * The raw OS2 system calls and their constants, exactly as docs/SYSCALLS.md defines them
 * (the C header user/sdk/os2.h is the same ABI). A handle is two longs, low word first;
 * calls that hand out handles write them into a long[] (lo, hi, lo, hi, ...). Results are
 * the kernel's: {@code >= 0} success, {@code < 0} one of the {@code E_*} codes;
 * {@link #check} turns a negative one into a {@link SysException}. Buffers are Java
 * arrays: the collector does not move objects, so an array's data address stays valid
 * while the array is referenced. The typed API ({@link Cap}, {@link Channel},
 * {@link Region}, {@link Spawn}, ...) is built on these.
 *
 * <p>The calls that may block or start another task (READ, WAIT, SPAWN, blocking RECV)
 * flush System.out first: the console is shared, and what a program printed before it
 * waits should be there before what others print meanwhile.
 */
public final class Sys {
    private Sys() {
    }

    // ---- numbers -------------------------------------------------------------------------
    public static final int EXIT = 0;
    public static final int WRITE = 1;
    public static final int READ = 2;
    public static final int CLOCK = 3;
    public static final int REGION_ALLOC = 4;
    public static final int CAP_INFO = 5;
    public static final int WAIT = 6;
    public static final int SPAWN = 7;
    public static final int TASK_INFO = 8;
    public static final int CLOSE = 9;
    public static final int SYS_INFO = 10;
    /** Registers the runtime's innermost-frame pointer (platform_os2.c does it at start). */
    public static final int FRAMES = 11;
    public static final int MODULE_OPEN = 12;
    public static final int MODULE_READ = 13;
    public static final int CHANNEL_CREATE = 14;
    public static final int SEND = 15;
    public static final int RECV = 16;
    public static final int CAP_DERIVE = 17;
    public static final int CAP_REVOKE = 18;
    public static final int GROUP_CREATE = 19;
    public static final int GROUP_OPEN = 20;
    public static final int TASK_KILL = 21;
    public static final int PAGER_SET = 22;
    public static final int PAGE_SUPPLY = 23;
    public static final int SOCKET = 24;
    public static final int LISTEN = 25;
    public static final int ACCEPT = 26;
    public static final int CONNECT = 27;
    public static final int SYS_STATUS = 28;
    public static final int BIND = 29;
    public static final int SENDTO = 30;
    public static final int RECVFROM = 31;
    public static final int RESOLVE = 32;
    /** A debug call: the kernel's edge counters, in a coverage build only (docs/SYSCALLS.md). */
    public static final int COVERAGE = 64;

    // ---- error codes ---------------------------------------------------------------------
    public static final int E_NOSYS = -1;
    public static final int E_INVAL = -2;
    public static final int E_FAULT = -3;
    public static final int E_NOMEM = -4;
    public static final int E_NOENT = -5;
    public static final int E_BADHANDLE = -6;
    public static final int E_NOEXEC = -7;
    public static final int E_TOOBIG = -8;
    public static final int E_RIGHTS = -9;
    public static final int E_FULL = -10;
    public static final int E_PEER = -11;
    public static final int E_EMPTY = -12;
    public static final int E_INUSE = -13;

    // ---- rights, kinds, region flags, events, limits -------------------------------------
    public static final long R_READ = 1;
    public static final long R_WRITE = 2;
    public static final long R_EXEC = 4;
    public static final long R_MAP = 8;
    public static final long R_TRANSFER = 16;
    public static final long R_DUPLICATE = 32;
    public static final long R_REVOKE = 64;
    public static final long R_WAIT = 128;
    public static final long R_KILL = 256;
    public static final long R_ALLOC = 512;
    public static final long R_CONNECT = 1024;
    public static final long R_LISTEN = 2048;
    /** Every right (a grant or derivation with it keeps all the source has). */
    public static final long R_ALL = 4095;
    public static final int K_CONSOLE = 1;
    public static final int K_MEMORY = 2;
    public static final int K_MODULES = 3;
    public static final int K_MODULE = 4;
    public static final int K_TASK = 5;
    public static final int K_REGION = 6;
    public static final int K_CHANNEL = 7;
    public static final int K_GROUP = 8;
    public static final int K_SYSTEM = 9;
    public static final int K_NETWORK = 10;
    public static final int K_SOCKET = 11;
    public static final int R = 1;
    public static final int W = 2;
    public static final int X = 4;
    public static final int GUARD = 8;
    public static final int EV_TIMER = 1;
    public static final int EV_INPUT = 2;
    public static final int EV_TASK_EXIT = 3;
    public static final int EV_MESSAGE = 4;
    public static final int EV_PEER_CLOSED = 5;
    public static final int EV_REVOKED = 6;
    public static final int EV_ACCEPT = 7;
    public static final int EV_READABLE = 8;
    public static final int EV_CLOSED = 9;
    /** Most entries one WAIT takes. */
    public static final int WAIT_MAX = 64;
    /** longs per WAIT entry: kind, arg lo, arg hi, value. */
    public static final int EVENT_LONGS = 4;
    /** Most inline bytes and capabilities of one message. */
    public static final int MSG_BYTES = 1024;
    public static final int MSG_CAPS = 8;
    /** Most start capabilities of a task, and members of a group. */
    public static final int SPAWN_GRANTS = 16;
    public static final int GROUP_MAX = 64;
    public static final int RECV_BLOCK = 1;
    public static final long G_MOVE = 1;

    /** The system call instruction: number in rax, arguments in rdi, rsi, rdx, r10, r8. */
    public static long call(int nr, long a1, long a2, long a3, long a4, long a5) {
        return Cpu.syscall(nr, a1, a2, a3, a4, a5);
    }

    /** The data address of an array, 0 for null. */
    static long addr(Object array) {
        return array == null ? 0 : Mem.arrayData(array);
    }

    /** Ends the task with status (streams are not flushed: see System.exit for that). */
    public static void exit(int status) {
        call(EXIT, status, 0, 0, 0, 0);
        throw new IllegalStateException("EXIT returned");
    }

    public static long write(long lo, long hi, byte[] b, int off, int len) {
        checkRange(b.length, off, len);
        return len == 0 ? 0 : call(WRITE, lo, hi, addr(b) + off, len, 0);
    }

    /** Blocks until at least one byte (a message) is there; 0 at the end of input. */
    public static long read(long lo, long hi, byte[] b, int off, int len) {
        checkRange(b.length, off, len);
        System.out.flush();
        return call(READ, lo, hi, addr(b) + off, len, 0);
    }

    /** Monotonic nanoseconds since boot. */
    public static long clock() {
        return call(CLOCK, 0, 0, 0, 0, 0);
    }

    /** REGION_ALLOC with memory capability (lo, hi): the base; the region's handle in out[0..1]. */
    public static long regionAlloc(long lo, long hi, long size, int flags, long[] out) {
        return call(REGION_ALLOC, lo, hi, size, flags, addr(out));
    }

    /** CAP_INFO into out (4 longs: kind, rights, base, size). */
    public static long capInfo(long lo, long hi, long[] out) {
        return call(CAP_INFO, lo, hi, addr(out), 8L * out.length, 0);
    }

    /**
     * WAIT on count entries of events (kind, arg lo, arg hi, value): the index of the one
     * that fired, whose value the kernel filled in.
     */
    public static long waitEvents(long[] events, int count) {
        if (count < 0 || (long) count * EVENT_LONGS > events.length) {
            throw new IllegalArgumentException("count " + count + " for " + events.length + " longs");
        }
        System.out.flush();
        return call(WAIT, addr(events), count, 0, 0, 0);
    }

    /**
     * SPAWN from a module (R_EXEC) or a memory capability with an image; req is struct
     * os2_spawn (7 longs: image, image length, args, args length, grants, grant count, out).
     */
    public static long spawn(long lo, long hi, long[] req) {
        System.out.flush();
        return call(SPAWN, lo, hi, addr(req), 0, 0);
    }

    /** TASK_INFO into out (5 longs: id, regions, frames, table frames, handles). */
    public static long taskInfo(long[] out) {
        return call(TASK_INFO, addr(out), 8L * out.length, 0, 0, 0);
    }

    public static long close(long lo, long hi) {
        return call(CLOSE, lo, hi, 0, 0, 0);
    }

    /** SYS_INFO into out (up to 6 longs: free frames, kernel heap live, tasks, total frames, capabilities, net pending). */
    public static long sysInfo(long lo, long hi, long[] out) {
        return call(SYS_INFO, lo, hi, addr(out), 8L * out.length, 0);
    }

    /** MODULE_OPEN: the module called name (UTF-8) through modules capability (lo, hi), its handle in out. */
    public static long moduleOpen(long lo, long hi, byte[] name, long[] out) {
        return call(MODULE_OPEN, lo, hi, addr(name), name.length, addr(out));
    }

    /** MODULE_READ: up to len bytes from offset into b[off..] (the count, 0 past the end); len 0: the size. */
    public static long moduleRead(long lo, long hi, long offset, byte[] b, int off, int len) {
        checkRange(b.length, off, len);
        return call(MODULE_READ, lo, hi, offset, addr(b) + off, len);
    }

    /** CHANNEL_CREATE: the two endpoints' handles in out[0..3]. */
    public static long channelCreate(long lo, long hi, long[] out) {
        return call(CHANNEL_CREATE, lo, hi, addr(out), 0, 0);
    }

    /** SEND; msg is struct os2_msg (5 longs: bytes, length, caps, cap count, received caps). */
    public static long send(long lo, long hi, long[] msg) {
        return call(SEND, lo, hi, addr(msg), 0, 0);
    }

    /** RECV into msg (as {@link #send}); flags {@link #RECV_BLOCK} blocks on an empty queue. */
    public static long recv(long lo, long hi, long[] msg, int flags) {
        if ((flags & RECV_BLOCK) != 0) {
            System.out.flush();
        }
        return call(RECV, lo, hi, addr(msg), flags, 0);
    }

    public static long capDerive(long lo, long hi, long rights, long[] out) {
        return call(CAP_DERIVE, lo, hi, rights, addr(out), 0);
    }

    public static long capRevoke(long lo, long hi) {
        return call(CAP_REVOKE, lo, hi, 0, 0, 0);
    }

    public static long groupCreate(long[] handles, int count, long[] out) {
        return call(GROUP_CREATE, addr(handles), count, addr(out), 0, 0);
    }

    public static long groupOpen(long lo, long hi, long[] out, int max) {
        return call(GROUP_OPEN, lo, hi, addr(out), max, 0);
    }

    public static long taskKill(long lo, long hi) {
        return call(TASK_KILL, lo, hi, 0, 0, 0);
    }

    public static long pagerSet(long regionLo, long regionHi, long endpointLo, long endpointHi) {
        return call(PAGER_SET, regionLo, regionHi, endpointLo, endpointHi, 0);
    }

    public static long pageSupply(long lo, long hi, long offset, long src) {
        return call(PAGE_SUPPLY, lo, hi, offset, src, 0);
    }

    /** SOCKET: a new TCP (type 1), UDP (2) or ping (3) socket through network (lo, hi); its handle in out[0..1]. */
    public static long socket(long lo, long hi, int type, long[] out) {
        return call(SOCKET, lo, hi, type, addr(out), 0);
    }

    /** LISTEN: socket (lo, hi) listens on port with at most backlog half-open connections. */
    public static long listen(long lo, long hi, int port, int backlog) {
        return call(LISTEN, lo, hi, port, backlog, 0);
    }

    /** ACCEPT: the next connection of listening socket (lo, hi), its handle in out[0..1]; E_EMPTY if none. */
    public static long accept(long lo, long hi, long[] out) {
        return call(ACCEPT, lo, hi, addr(out), 0, 0);
    }

    /** CONNECT: socket (lo, hi) to IPv4 address ip (host order) and port; blocks until connected. */
    public static long connect(long lo, long hi, int ip, int port) {
        System.out.flush();
        return call(CONNECT, lo, hi, ip & 0xFFFFFFFFL, port, 0);
    }

    /** SYS_STATUS: the kernel's status report (text) into b through system capability (lo, hi); its full length. */
    public static long sysStatus(long lo, long hi, byte[] b) {
        return call(SYS_STATUS, lo, hi, addr(b), b.length, 0);
    }

    /** BIND: UDP socket (lo, hi) takes port (0: an ephemeral one); the port. */
    public static long bind(long lo, long hi, int port) {
        return call(BIND, lo, hi, port, 0, 0);
    }

    /**
     * SENDTO: b[off..off+len) as one datagram (UDP) or echo request's data (ping socket)
     * to ip:port; 0, or the echo's sequence number.
     */
    public static long sendTo(long lo, long hi, byte[] b, int off, int len, int ip, int port) {
        checkRange(b.length, off, len);
        return call(SENDTO, lo, hi, addr(b) + off, len, (ip & 0xFFFFFFFFL) << 16 | (port & 0xFFFF));
    }

    /**
     * RECVFROM: the first queued datagram into b[off..off+len) (the rest of a longer one
     * is lost), without blocking; from gets 3 longs: ip << 16 | port, the datagram's full
     * size, the socket's drops so far. The bytes copied; E_EMPTY if none is queued.
     */
    public static long recvFrom(long lo, long hi, byte[] b, int off, int len, long[] from) {
        checkRange(b.length, off, len);
        if (from.length < 3) {
            throw new IllegalArgumentException("RECVFROM's from needs 3 longs");
        }
        return call(RECVFROM, lo, hi, addr(b) + off, len, addr(from));
    }

    /** RESOLVE: name's IPv4 address (host order, as a non-negative long) through network (lo, hi); blocks. */
    public static long resolve(long lo, long hi, byte[] name) {
        System.out.flush();
        return call(RESOLVE, lo, hi, addr(name), name.length, 0);
    }

    /** The result itself if it is not an error code; else throws a SysException naming the call. */
    public static long check(long result, String what) {
        if (result < 0) {
            throw new SysException(what, result);
        }
        return result;
    }

    private static final String[] ERRORS = {"E_NOSYS", "E_INVAL", "E_FAULT", "E_NOMEM", "E_NOENT", "E_BADHANDLE",
        "E_NOEXEC", "E_TOOBIG", "E_RIGHTS", "E_FULL", "E_PEER", "E_EMPTY", "E_INUSE"};

    /** The name of an error code ("E_FAULT"), or "error N" for one the ABI does not define. */
    public static String errorName(long code) {
        return code <= -1 && code >= -ERRORS.length ? ERRORS[(int) -code - 1] : "error " + code;
    }

    private static void checkRange(int length, int off, int len) {
        if (off < 0 || len < 0 || len > length - off) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                    + ") out of bounds for length " + length);
        }
    }
}
