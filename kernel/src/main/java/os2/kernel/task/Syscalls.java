package os2.kernel.task;

import os2.kernel.arch.x86_64.Clock;
import os2.kernel.arch.x86_64.UserMode;
import os2.kernel.console.Log;
import os2.kernel.cap.Capability;
import os2.kernel.cap.Kind;
import os2.kernel.cap.Rights;
import os2.kernel.mem.HeapReserve;
import os2.kernel.mem.KernelHeap;
import os2.kernel.mem.Region;
import os2.kernel.net.NetStack;
import os2.kernel.sched.ExactCollection;
import os2.kernel.sched.Result;
import os2.kernel.sched.Successor;
import os2.kernel.sock.NetService;
import os2.rt.Export;
import os2.rt.Mem;

/**
 * The kernel side of every system call: one dispatcher, one switch (docs/SYSCALLS.md is
 * the reference). traps.S has saved the caller's registers in its save area and calls
 * {@link #entry} on the empty kernel stack. Each call either returns a value now (the
 * task resumes with it in rax: {@link #RETURN}) or the task waits or ended and the
 * scheduler loop runs ({@link #BLOCK}). A bad argument is an error code, never a fault.
 */
public final class Syscalls {
    // Numbers (docs/SYSCALLS.md).
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
    /** Debug calls are numbered from 64, apart from the ABI's dense range. */
    public static final int COVERAGE = 64;
    // Errors.
    public static final long E_NOSYS = -1;
    public static final long E_INVAL = -2;
    public static final long E_FAULT = -3;
    public static final long E_NOMEM = -4;
    public static final long E_NOENT = -5;
    public static final long E_BADHANDLE = -6;
    public static final long E_NOEXEC = -7;
    public static final long E_TOOBIG = -8;
    public static final long E_RIGHTS = -9;
    public static final long E_FULL = -10;
    public static final long E_PEER = -11;
    public static final long E_EMPTY = -12;
    public static final long E_INUSE = -13;
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
    private static final long[] scratch = new long[8];

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
            // room in the kernel heap first (bug 3): a call that cannot have it is refused,
            // not left to run the heap out; the calls that give memory back always run
            result = HeapReserve.roomy() || HeapReserve.ensure() || givesBack(UserMode.number(area)) ? dispatch(t, area) : E_NOMEM;
            ChannelSweep.runIfRequested();
        } catch (OutOfMemoryError e) {
            // the reserve (HeapReserve) was not enough for this call: the kernel cannot go
            // on (KernelLoop's policy)
            KernelHeap.panicOutOfHeap("out of kernel heap in system call", UserMode.number(area), e);
            throw e;
        } catch (VirtualMachineError e) {
            throw e;
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

    /** The calls that end or close things: they run even when the kernel heap is short. */
    static boolean givesBack(long nr) {
        return nr == EXIT || nr == CLOSE || nr == CAP_REVOKE || nr == TASK_KILL;
    }

    /** The switch: one case per call, each returning its result or BLOCK. */
    static long dispatch(Task t, long area) {
        long a0 = UserMode.argument(area, 0);
        long a1 = UserMode.argument(area, 1);
        long a2 = UserMode.argument(area, 2);
        long a3 = UserMode.argument(area, 3);
        long a4 = UserMode.argument(area, 4);
        long nr = UserMode.number(area);
        switch ((int) nr == nr ? (int) nr : -1) {
            case EXIT:
                Tasks.exit(t, (int) a0 & 0xFF);   // a status is 8 bits, as on Unix
                return BLOCK;
            case WRITE:
                return Streams.write(t, a0, a1, a2, a3);
            case READ:
                return Streams.read(t, a0, a1, a2, a3);
            case CLOCK:
                return Clock.nanos();
            case REGION_ALLOC:
                return regionAlloc(t, a0, a1, a2, a3, a4);
            case CAP_INFO:
                return CapCalls.info(t, a0, a1, a2, a3);
            case WAIT:
                return WaitCall.start(t, a0, a1);
            case SPAWN:
                return SpawnCall.spawn(t, a0, a1, a2);
            case TASK_INFO:
                return taskInfo(t, a0, a1);
            case CLOSE:
                return CapCalls.close(t, a0, a1);
            case SYS_INFO:
                return sysInfo(t, a0, a1, a2, a3);
            case FRAMES:
                return frames(t, a0);
            case MODULE_OPEN:
                return moduleOpen(t, a0, a1, a2, a3, a4);
            case MODULE_READ:
                return moduleRead(t, a0, a1, a2, a3, a4);
            case CHANNEL_CREATE:
                return ChannelCalls.create(t, a0, a1, a2);
            case SEND:
                return ChannelCalls.send(t, a0, a1, a2);
            case RECV:
                return ChannelCalls.recv(t, a0, a1, a2, a3);
            case CAP_DERIVE:
                return CapCalls.derive(t, a0, a1, a2, a3);
            case CAP_REVOKE:
                return CapCalls.revoke(t, a0, a1);
            case GROUP_CREATE:
                return CapCalls.groupCreate(t, a0, a1, a2);
            case GROUP_OPEN:
                return CapCalls.groupOpen(t, a0, a1, a2, a3);
            case TASK_KILL:
                return CapCalls.kill(t, a0, a1);
            case PAGER_SET:
                return Pager.set(t, a0, a1, a2, a3);
            case PAGE_SUPPLY:
                return Pager.supply(t, a0, a1, a2, a3);
            case SOCKET:
                return SocketCalls.socket(t, a0, a1, a2, a3);
            case LISTEN:
                return SocketCalls.listen(t, a0, a1, a2, a3);
            case ACCEPT:
                return SocketCalls.accept(t, a0, a1, a2);
            case CONNECT:
                return SocketCalls.connect(t, a0, a1, a2, a3);
            case SYS_STATUS:
                return StatusReport.call(t, a0, a1, a2, a3);
            case BIND:
                return DatagramCalls.bind(t, a0, a1, a2);
            case SENDTO:
                return DatagramCalls.sendTo(t, a0, a1, a2, a3, a4);
            case RECVFROM:
                return DatagramCalls.recvFrom(t, a0, a1, a2, a3, a4);
            case RESOLVE:
                return DatagramCalls.resolve(t, a0, a1, a2, a3);
            case COVERAGE:
                return CoverageCall.call(t, a0, a1, a2, a3, a4);
            default:
                return E_NOSYS;
        }
    }

    /** REGION_ALLOC: a new region and its original capability (written at out); its base. */
    private static long regionAlloc(Task t, long lo, long hi, long size, long rights, long out) {
        Capability mem = Handles.get(t, lo, hi, Kind.MEMORY);
        if (mem == null) {
            return E_BADHANDLE;
        }
        if (!mem.has(Rights.ALLOC)) {
            return E_RIGHTS;
        }
        long flags = regionFlags(size, rights);
        if (flags < 0) {
            return flags;
        }
        if (!UserMemory.valid(t, out, Handles.HANDLE_BYTES, true)) {
            return E_FAULT;
        }
        long guard = (rights & GUARD) != 0 ? Tasks.GUARD : 0;
        Region r = Tasks.allocRegion(t, size, (int) flags, guard, t.name + " region");
        if (r == null) {
            return E_NOMEM;
        }
        int capRights = Rights.READ | Rights.MAP | Rights.TRANSFER | Rights.DUPLICATE | Rights.REVOKE
                | ((rights & W) != 0 ? Rights.WRITE : 0) | ((rights & X) != 0 ? Rights.EXEC : 0);
        Capability c = Capability.create(r, Kind.REGION, capRights);
        if (!t.caps.insert(c)) {
            Tasks.freeRegion(t, r);
            return E_NOMEM;
        }
        if (!Handles.write(t, out, c)) {
            c.close();
            return E_FAULT;
        }
        return r.base();
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

    /** MODULE_OPEN: a capability to the boot module called name (written at out). */
    private static long moduleOpen(Task t, long lo, long hi, long name, long nameLen, long out) {
        Capability dir = Handles.get(t, lo, hi, Kind.MODULES);
        if (dir == null) {
            return E_BADHANDLE;
        }
        if (nameLen <= 0 || nameLen > NAME_MAX) {
            return nameLen > NAME_MAX ? E_TOOBIG : E_INVAL;
        }
        byte[] n = UserMemory.read(t, name, (int) nameLen);
        if (n == null || !UserMemory.valid(t, out, Handles.HANDLE_BYTES, true)) {
            return E_FAULT;
        }
        os2.kernel.boot.BootModule m = Tasks.module(latin1(n, 0, n.length));
        if (m == null) {
            return E_NOENT;
        }
        Capability mc = Capability.create(m, Kind.MODULE,
                dir.rights & (Rights.READ | Rights.EXEC | Rights.DUPLICATE | Rights.TRANSFER));
        if (!t.caps.insert(mc)) {
            return E_NOMEM;
        }
        return Handles.write(t, out, mc) ? 0 : closeWith(mc, E_FAULT);
    }

    /** MODULE_READ: len bytes of the module from offset into buf; len 0 asks for its size. */
    private static long moduleRead(Task t, long lo, long hi, long offset, long buf, long len) {
        Capability c = Handles.get(t, lo, hi, Kind.MODULE);
        if (c == null) {
            return E_BADHANDLE;
        }
        if (!c.has(Rights.READ)) {
            return E_RIGHTS;
        }
        if (offset < 0 || len < 0) {
            return E_INVAL;
        }
        os2.kernel.boot.BootModule m = (os2.kernel.boot.BootModule) c.object;
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

    /** Closes c (a capability just made for a call that then failed) and returns code. */
    static long closeWith(Capability c, long code) {
        c.close();
        return code;
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
                t.caps.size());
    }

    /**
     * SYS_INFO: the task waits for an exact collection (sched.ExactCollection, made between
     * continuations) and is answered after it, so heap_live does not depend on what the
     * kernel stack held from earlier work: a leak check from user space compares it to the byte.
     */
    private static long sysInfo(Task t, long lo, long hi, long buf, long len) {
        Capability c = Handles.get(t, lo, hi, Kind.SYSTEM);
        if (c == null) {
            return E_BADHANDLE;
        }
        if (!c.has(Rights.READ)) {
            return E_RIGHTS;
        }
        Tasks.block(t, new Successor.On(ExactCollection.EVENT, () -> sysInfoAnswer(t, buf, len)));
        return BLOCK;
    }

    private static Result sysInfoAnswer(Task t, long buf, long len) {
        UserMode.setResult(t.saveArea, putLongs(t, buf, len, Tasks.frames().freeFrames(),
                ExactCollection.EVENT.liveBytes(), Tasks.count(), Tasks.frames().totalFrames(), Capability.alive(),
                netPending()));
        return Tasks.resume(t);
    }

    /**
     * What the network stack holds for a while and then lets go by itself, each piece on
     * the heap: frames waiting for an ARP answer (at most 3 s), datagrams in reassembly (at
     * most 30 s), TCP connections (TIME_WAIT included). 0 when there is no NIC. A leak
     * check from user space waits for 0 before it reads heap_live (fuzz.c's packets).
     */
    private static long netPending() {
        NetStack n = NetService.stack();
        return n == null ? 0 : n.arp().queuedFrames() + n.ipv4().reassemblies() + n.tcp().connections().size();
    }

    /** Writes as many of the values as fit in len bytes; returns the bytes written. */
    static long putLongs(Task t, long buf, long len, long... v) {
        if (len < 0) {
            return E_INVAL;
        }
        int n = (int) Math.min(v.length, len / 8);
        long k = n == 0 ? 0 : UserMemory.struct(t, buf, 8 * n, true, scratch);
        if (k != 0 && k != Mem.arrayData(scratch)) {   // in one page: written in place
            for (int i = 0; i < n; i++) {
                Mem.write64(k + 8L * i, v[i]);
            }
            return 8L * n;
        }
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
