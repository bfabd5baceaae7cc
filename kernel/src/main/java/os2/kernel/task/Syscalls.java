package os2.kernel.task;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.console.Log;
import os2.kernel.mem.KernelHeap;
import os2.kernel.mem.Region;
import os2.rt.Export;
import os2.rt.Gc;

/**
 * The kernel side of every system call: one dispatcher, one switch (docs/SYSCALLS.md is
 * the reference). traps.S has saved the caller's registers in its save area and calls
 * {@link #entry} on the empty kernel stack. Each call either returns a value now (the
 * task resumes with it in rax: {@link #RETURN}) or the task waits or ended and the
 * scheduler loop runs ({@link #BLOCK}). A bad argument is an error code, never a fault.
 */
public final class Syscalls {
    // Numbers.
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
    public static final int FRAMES = 11;
    public static final int SPAWN_IMAGE = 12;
    public static final int MODULE_READ = 13;
    // Errors.
    public static final long E_NOSYS = -1;
    public static final long E_INVAL = -2;
    public static final long E_FAULT = -3;
    public static final long E_NOMEM = -4;
    public static final long E_NOENT = -5;
    public static final long E_BADHANDLE = -6;
    public static final long E_NOEXEC = -7;
    public static final long E_TOOBIG = -8;
    /** A call's answer when the task does not resume now (it waits, or it ended). */
    static final long BLOCK = Long.MIN_VALUE;

    /** REGION_ALLOC rights. */
    static final int R = 1;
    static final int W = 2;
    static final int X = 4;
    static final int GUARD = 8;
    static final long REGION_MAX = 1L << 30;
    static final int NAME_MAX = 255;
    static final int ARGS_MAX = 64 * 1024;

    private static long calls;

    private Syscalls() {
    }

    /**
     * From traps.S: area is the running task's save area. Returns the resume word for
     * traps.S, or 0 to run the scheduler loop.
     */
    @Export("os2_syscall")
    static long entry(long area) {
        Task t = Tasks.running();
        calls++;
        long result;
        try {
            result = dispatch(t, area);
        } catch (VirtualMachineError e) {
            throw e;   // out of kernel heap: the kernel cannot go on (KernelLoop's policy)
        } catch (Throwable e) {
            // A kernel bug reached from user space: the caller loses, the kernel does not.
            Log.error("syscall", t + ": call " + UserMode.number(area) + " failed in the kernel: " + e);
            Tasks.exit(t, Tasks.STATUS_KILLED);
            result = BLOCK;
        }
        if (result == BLOCK) {
            return 0;
        }
        UserMode.setResult(area, result);
        return Tasks.enterAgain(t);
    }

    /** The switch: one case per call, each returning its result or BLOCK. */
    static long dispatch(Task t, long area) {
        long a0 = UserMode.argument(area, 0);
        long a1 = UserMode.argument(area, 1);
        long a2 = UserMode.argument(area, 2);
        long a3 = UserMode.argument(area, 3);
        long nr = UserMode.number(area);
        switch ((int) nr == nr ? (int) nr : -1) {
            case EXIT:
                Tasks.exit(t, (int) a0 & 0xFF);   // a status is 8 bits, as on Unix
                return BLOCK;
            case WRITE:
                return write(t, a0, a1, a2);
            case READ:
                return ConsoleRead.read(t, a0, a1, a2);
            case CLOCK:
                return Clock.nanos();
            case REGION_ALLOC:
                return regionAlloc(t, a0, a1);
            case REGION_FREE:
                return regionFree(t, a0);
            case WAIT:
                return WaitCall.start(t, a0, a1);
            case SPAWN:
                return spawn(t, a0, a1, a2, a3);
            case TASK_INFO:
                return taskInfo(t, a0, a1);
            case CLOSE:
                return t.handles.remove(a0) == null ? E_BADHANDLE : 0;
            case SYS_INFO:
                return sysInfo(t, a0, a1);
            case FRAMES:
                return frames(t, a0);
            case SPAWN_IMAGE:
                return spawnImage(t, a0, a1, a2, a3);
            case MODULE_READ:
                return moduleRead(t, a0, a1, a2, a3, UserMode.argument(area, 4));
            default:
                return E_NOSYS;
        }
    }

    private static long write(Task t, long fd, long buf, long len) {
        if (fd != 1 && fd != 2) {
            return E_BADHANDLE;
        }
        if (len < 0) {
            return E_INVAL;
        }
        if (len == 0) {
            return 0;
        }
        return UserMemory.toConsole(t, buf, len) ? len : E_FAULT;
    }

    private static long regionAlloc(Task t, long size, long rights) {
        long flags = regionFlags(size, rights);
        if (flags < 0) {
            return flags;
        }
        long guard = (rights & GUARD) != 0 ? Tasks.GUARD : 0;
        Region r = Tasks.allocRegion(t, size, (int) flags, guard, t.name + " region");
        return r == null ? E_NOMEM : r.base();
    }

    /**
     * REGION_ALLOC's arguments as region flags, or E_INVAL: size 1 byte to 1 GiB, rights
     * some of R, W, X (never W with X: W^X in user space too) and GUARD, nothing else.
     */
    static long regionFlags(long size, long rights) {
        if (size <= 0 || size > REGION_MAX || (rights & ~(R | W | X | GUARD)) != 0 || (rights & (R | W | X)) == 0) {
            return E_INVAL;
        }
        if ((rights & (W | X)) == (W | X)) {
            return E_INVAL;
        }
        int flags = Region.DEMAND | Region.FREEABLE;
        if ((rights & W) != 0) {
            flags |= Region.WRITABLE;
        }
        if ((rights & X) != 0) {
            flags |= Region.EXECUTABLE;
        }
        return flags;
    }

    private static long regionFree(Task t, long base) {
        Region r = t.regionAt(base);
        if (r == null || r.base() != base || !r.isFreeable()) {
            return E_INVAL;   // only what REGION_ALLOC gave, by its base
        }
        Tasks.freeRegion(t, r);
        return 0;
    }

    private static long spawn(Task t, long name, long nameLen, long args, long argsLen) {
        if (nameLen <= 0 || nameLen > NAME_MAX || argsLen < 0 || argsLen > ARGS_MAX) {
            return nameLen > NAME_MAX || argsLen > ARGS_MAX ? E_TOOBIG : E_INVAL;
        }
        byte[] n = UserMemory.read(t, name, (int) nameLen);
        byte[] a = UserMemory.read(t, args, (int) argsLen);
        if (n == null || a == null) {
            return E_FAULT;
        }
        try {
            Task child = Tasks.spawn(latin1(n, 0, n.length), splitArgs(a));
            return t.handles.add(child);
        } catch (SpawnError e) {
            Log.debug("task", t + ": spawn \"" + latin1(n, 0, n.length) + "\": " + e.getMessage());
            return e.code();
        }
    }

    /** SPAWN_IMAGE: an ELF file in the caller's memory (read from a file system, built...). */
    private static long spawnImage(Task t, long image, long len, long args, long argsLen) {
        if (argsLen < 0 || argsLen > ARGS_MAX || len < 0) {
            return argsLen > ARGS_MAX ? E_TOOBIG : E_INVAL;
        }
        if (len == 0) {
            return E_NOEXEC;   // an empty file is not an ELF file either
        }
        Region r = UserMemory.check(t, image, len, false);
        byte[] a = UserMemory.read(t, args, (int) argsLen);
        if (r == null || a == null) {
            return E_FAULT;
        }
        try {
            Task child = Tasks.spawn("image", new UserElfBytes(t, r, image, len), splitArgs(a));
            return t.handles.add(child);
        } catch (SpawnError e) {
            Log.debug("task", t + ": spawn of an image: " + e.getMessage());
            return e.code();
        }
    }

    /** MODULE_READ: len bytes of boot module name from offset into buf; len 0 asks for its size. */
    private static long moduleRead(Task t, long name, long nameLen, long offset, long buf, long len) {
        if (nameLen <= 0 || nameLen > NAME_MAX || offset < 0 || len < 0) {
            return nameLen > NAME_MAX ? E_TOOBIG : E_INVAL;
        }
        byte[] n = UserMemory.read(t, name, (int) nameLen);
        if (n == null) {
            return E_FAULT;
        }
        os2.kernel.boot.BootModule m = Tasks.module(latin1(n, 0, n.length));
        if (m == null) {
            return E_NOENT;
        }
        if (len == 0) {
            return m.size();
        }
        long count = Math.max(0, Math.min(len, m.size() - Math.min(offset, m.size())));
        Region r = UserMemory.check(t, buf, Math.max(count, 1), true);
        if (r == null) {
            return E_FAULT;
        }
        PhysElfBytes src = new PhysElfBytes(m.start(), m.size());
        return count == 0 || UserMemory.copy(t, r, buf, src.address(offset), count, true) ? count : E_NOMEM;
    }

    /** NUL-terminated strings back to back; a last one without its NUL still counts. */
    static String[] splitArgs(byte[] a) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0 || i == a.length - 1) {
                count++;
            }
        }
        String[] out = new String[count];
        int k = 0;
        int from = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0 || i == a.length - 1) {
                int end = a[i] == 0 ? i : i + 1;
                out[k++] = latin1(a, from, end - from);
                from = i + 1;
            }
        }
        return out;
    }

    static String latin1(byte[] b, int from, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) (b[from + i] & 0xFF);
        }
        return new String(c);
    }

    private static long taskInfo(Task t, long buf, long len) {
        return putLongs(t, buf, len, t.id, t.regions.size(), t.table.lowerPages(), t.table.lowerTableFrames(),
                t.handles.size());
    }

    private static long sysInfo(Task t, long buf, long len) {
        Gc.collect();   // heap_live is exact: what is live now (for leak checks from user space)
        KernelHeap.refresh();
        return putLongs(t, buf, len, Tasks.frames().freeFrames(), KernelHeap.liveBytes(), Tasks.count(),
                Tasks.frames().totalFrames());
    }

    /** Writes as many of the values as fit in len bytes; returns the bytes written. */
    private static long putLongs(Task t, long buf, long len, long... v) {
        if (len < 0) {
            return E_INVAL;
        }
        int n = (int) Math.min(v.length, len / 8);
        byte[] b = new byte[8 * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 8; j++) {
                b[8 * i + j] = (byte) (v[i] >>> (8 * j));
            }
        }
        return UserMemory.write(t, buf, b, b.length) ? b.length : E_FAULT;
    }

    /** FRAMES: where the task's runtime keeps its innermost Java frame, for fault reports. */
    private static long frames(Task t, long addr) {
        if (!UserMemory.valid(t, addr, 8, false)) {
            return E_FAULT;
        }
        t.framesAddress = addr;
        return 0;
    }

    /** System calls made so far. */
    public static long count() {
        return calls;
    }
}
