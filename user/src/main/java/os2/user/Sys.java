package os2.user;

import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * The raw OS2 system calls and their constants, exactly as docs/SYSCALLS.md defines them
 * (the C header user/sdk/os2.h is the same ABI). Results are the kernel's: {@code >= 0}
 * success, {@code < 0} one of the {@code E_*} codes; {@link #check} turns a negative one
 * into a {@link SysException}. Buffers are Java arrays: the collector does not move
 * objects, so an array's data address stays valid while the array is referenced.
 *
 * <p>The calls that may block or start another task (READ, WAIT, SPAWN, SPAWN_IMAGE) flush System.out
 * first: the console is shared, and what a program printed before it waits should be
 * there before what others print meanwhile.
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
    public static final int REGION_FREE = 5;
    public static final int WAIT = 6;
    public static final int SPAWN = 7;
    public static final int TASK_INFO = 8;
    public static final int CLOSE = 9;
    public static final int SYS_INFO = 10;
    /** Registers the runtime's innermost-frame pointer (platform_os2.c does it at start). */
    public static final int FRAMES = 11;
    public static final int SPAWN_IMAGE = 12;
    public static final int MODULE_READ = 13;

    // ---- error codes ---------------------------------------------------------------------
    public static final int E_NOSYS = -1;
    public static final int E_INVAL = -2;
    public static final int E_FAULT = -3;
    public static final int E_NOMEM = -4;
    public static final int E_NOENT = -5;
    public static final int E_BADHANDLE = -6;
    public static final int E_NOEXEC = -7;
    public static final int E_TOOBIG = -8;

    // ---- file descriptors, region rights, events -----------------------------------------
    public static final int STDIN = 0;
    public static final int STDOUT = 1;
    public static final int STDERR = 2;
    public static final int R = 1;
    public static final int W = 2;
    public static final int X = 4;
    public static final int GUARD = 8;
    public static final int EV_TIMER = 1;
    public static final int EV_INPUT = 2;
    public static final int EV_TASK_EXIT = 3;
    /** Most entries one WAIT takes. */
    public static final int WAIT_MAX = 16;
    /** longs per WAIT entry: kind, arg, value. */
    public static final int EVENT_LONGS = 3;

    /** The system call instruction: number in rax, arguments in rdi, rsi, rdx, r10, r8. */
    public static long call(int nr, long a1, long a2, long a3, long a4, long a5) {
        return Cpu.syscall(nr, a1, a2, a3, a4, a5);
    }

    /** Ends the task with status (streams are not flushed: see System.exit for that). */
    public static void exit(int status) {
        call(EXIT, status, 0, 0, 0, 0);
        throw new IllegalStateException("EXIT returned");
    }

    public static long write(int fd, byte[] b, int off, int len) {
        checkRange(b.length, off, len);
        return len == 0 ? 0 : call(WRITE, fd, Mem.arrayData(b) + off, len, 0, 0);
    }

    /** Blocks until at least one byte is there; 0 at the end of input. */
    public static long read(int fd, byte[] b, int off, int len) {
        checkRange(b.length, off, len);
        System.out.flush();
        return call(READ, fd, Mem.arrayData(b) + off, len, 0, 0);
    }

    /** Monotonic nanoseconds since boot. */
    public static long clock() {
        return call(CLOCK, 0, 0, 0, 0, 0);
    }

    public static long regionAlloc(long size, int rights) {
        return call(REGION_ALLOC, size, rights, 0, 0, 0);
    }

    public static long regionFree(long base) {
        return call(REGION_FREE, base, 0, 0, 0, 0);
    }

    /**
     * WAIT on count entries of events (kind, arg, value triples): the index of the one
     * that fired, whose value the kernel filled in.
     */
    public static long waitEvents(long[] events, int count) {
        if (count < 0 || (long) count * EVENT_LONGS > events.length) {
            throw new IllegalArgumentException("count " + count + " for " + events.length + " longs");
        }
        System.out.flush();
        return call(WAIT, Mem.arrayData(events), count, 0, 0, 0);
    }

    /** SPAWN the boot module name; args become its argv. A task handle or an error code. */
    public static long spawn(String name, String... args) {
        byte[] n = Args.utf8(name);
        byte[] a = Args.encode(args);
        System.out.flush();
        return call(SPAWN, Mem.arrayData(n), n.length, a.length == 0 ? 0 : Mem.arrayData(a), a.length, 0);
    }

    /** SPAWN_IMAGE: like {@link #spawn}, from the ELF file held in image (the kernel copies it). */
    public static long spawnImage(byte[] image, String... args) {
        byte[] a = Args.encode(args);
        System.out.flush();
        return call(SPAWN_IMAGE, Mem.arrayData(image), image.length, a.length == 0 ? 0 : Mem.arrayData(a), a.length, 0);
    }

    /**
     * MODULE_READ: copies up to len bytes of boot module name from offset into b[off..]:
     * the count (0 past the end); with len 0, the module's size.
     */
    public static long moduleRead(String name, long offset, byte[] b, int off, int len) {
        checkRange(b.length, off, len);
        byte[] n = Args.utf8(name);
        return call(MODULE_READ, Mem.arrayData(n), n.length, offset, Mem.arrayData(b) + off, len);
    }

    /** TASK_INFO into out (5 longs: id, regions, frames, table frames, handles). */
    public static long taskInfo(long[] out) {
        return call(TASK_INFO, Mem.arrayData(out), 8L * out.length, 0, 0, 0);
    }

    public static long close(long handle) {
        return call(CLOSE, handle, 0, 0, 0, 0);
    }

    /** SYS_INFO into out (4 longs: free frames, kernel heap live, tasks, total frames). */
    public static long sysInfo(long[] out) {
        return call(SYS_INFO, Mem.arrayData(out), 8L * out.length, 0, 0, 0);
    }

    /** The result itself if it is not an error code; else throws a SysException naming the call. */
    public static long check(long result, String what) {
        if (result < 0) {
            throw new SysException(what, result);
        }
        return result;
    }

    /** The name of an error code ("E_FAULT"), or "error N" for one the ABI does not define. */
    public static String errorName(long code) {
        switch ((int) code) {
            case E_NOSYS: return "E_NOSYS";
            case E_INVAL: return "E_INVAL";
            case E_FAULT: return "E_FAULT";
            case E_NOMEM: return "E_NOMEM";
            case E_NOENT: return "E_NOENT";
            case E_BADHANDLE: return "E_BADHANDLE";
            case E_NOEXEC: return "E_NOEXEC";
            case E_TOOBIG: return "E_TOOBIG";
            default: return "error " + code;
        }
    }

    private static void checkRange(int length, int off, int len) {
        if (off < 0 || len < 0 || len > length - off) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len
                    + ") out of bounds for length " + length);
        }
    }
}
