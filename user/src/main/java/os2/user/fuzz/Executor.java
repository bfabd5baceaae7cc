package os2.user.fuzz;

import os2.rt.Mem;
import os2.user.Sys;

/**
 * Makes the calls of an input, deriving each argument from its genes by the role it has
 * in that call (docs/SYSCALLS.md): handles from a pool of live capabilities (or forged),
 * pointers into every kind of memory, sizes at the boundaries, structures (messages,
 * spawn requests, event lists) built in place. Hostile, yet the fuzzer survives its own
 * calls: every pointer it hands the kernel lies in its scratch region (guard pages
 * around it), a read-only region, a guard page, the kernel half or non-canonical space,
 * never in its Java heap, stack or image; no EXIT; READ gets forged handles only and RECV
 * never blocks, WAIT always holds a timer that has fired, PAGER_SET's region is forged
 * (a task its own pager waits for itself), as in fuzzw.c.
 *
 * <p>A handle argument is most often a pool slot, sometimes the slot the last call that
 * hands out handles wrote to (so a call meets what the input made).
 *
 * <p>Scratch layout: the pool of handles [0, 4 KiB) (slot i at 16 i; calls that hand out
 * handles write them there), structures [4, 8 KiB), bytes [8, 16 KiB), the rest free.
 */
final class Executor {
    static final int SCRATCH = 64 * 1024;
    static final int POOL = 16;
    /** Handle slots in the pool area that are closed after every input (GROUP_OPEN may fill 64 past a slot). */
    static final int POOL_AREA_SLOTS = 256;
    private static final int HANDLE = 16;
    private static final int STRUCT = 4096;
    private static final int DATA = 8192;
    private static final int DATA_SIZE = 8192;
    private static final int RO_SIZE = 8192;
    private static final int PAGE = 4096;
    private static final int NAME_OFF = 0;
    private static final int IMAGE_OFF = 512;
    private static final int GRANTS_OFF = 512;
    private static final int EVENT = 32;
    private static final int GRANT = 32;
    /** Sizes and numbers at every boundary the ABI has. */
    private static final long[] BOUNDS = {0, 1, -1, 2, 4095, 4096, 4097, 16, 24, 31, 32, 33, Long.MAX_VALUE,
        Long.MIN_VALUE, 0x200000, 255, 256, 511, 1023, 1024, 1025, 65535, 65536, 8, 9, 15, 17, 63, 64, 65,
        0x100000000L, 0xffffffffL, 1 << 30, (1 << 30) + 1, 253, 254, 65507, 65508, 128, 129};
    /** Addresses no user pointer may reach: the kernel half, non-canonical, the top of user space. */
    private static final long[] HOSTILE = {0xffff800000000000L, 0xffffffff80000000L, 0xffffffff80100000L,
        0xfffffffffffff000L, 0x800000000000L, 0x7ffffffff000L, 0x7ffffffffff8L, 0xffff7fffffffffffL, -1L};
    private static final byte[] MODULE = {'e', 'x', 'i', 't', '0', '.', 'e', 'l', 'f'};

    private final long scratch;
    private final long readOnly;
    private final long mem;
    private final long memHi;
    private final long[] seeds;   // init's capabilities the pool starts from: lo, hi pairs
    long calls;
    long ok;

    /** mem: init's memory capability; seeds: the capabilities each input's pool starts with (copies). */
    Executor(long memLo, long memHi, long[] seeds) {
        this.mem = memLo;
        this.memHi = memHi;
        this.seeds = seeds;
        long[] out = new long[2];
        scratch = check(Sys.regionAlloc(memLo, memHi, SCRATCH, Sys.R | Sys.W | Sys.GUARD, out), "scratch region");
        readOnly = check(Sys.regionAlloc(memLo, memHi, RO_SIZE, Sys.R, out), "read-only region");
        for (int i = 0; i < MODULE.length; i++) {
            Mem.write8(scratch + DATA + NAME_OFF + i, MODULE[i]);
        }
    }

    private static long check(long r, String what) {
        if (r < 0) {
            throw new IllegalStateException("sysfuzz: cannot make the " + what + ": " + Sys.errorName(r));
        }
        return r;
    }

    /** Runs one input: a fresh pool, its calls, then every handle in the pool area closed. */
    void run(Call[] input) {
        begin();
        for (Call c : input) {
            step(c);
        }
        end();
    }

    /** Before an input's first call: a fresh pool (copies of the seeds, a channel, a region). */
    void begin() {
        at = -1;
        int k = seeds.length / 2;
        lastOut = k;   // the pool's channel
        for (int i = 0; i < k; i++) {
            Sys.call(Sys.CAP_DERIVE, seeds[2 * i], seeds[2 * i + 1], Sys.R_ALL, scratch + (long) HANDLE * i, 0);
        }
        Sys.call(Sys.CHANNEL_CREATE, mem, memHi, scratch + (long) HANDLE * k, 0, 0);
        Sys.call(Sys.REGION_ALLOC, mem, memHi, 2 * PAGE, Sys.R | Sys.W, scratch + (long) HANDLE * (k + 2));
    }

    /** Per call of the input being run: the pool slot its handle came from, the slot it wrote to (-1: none). */
    final int[] readSlot = new int[SysFuzz.MAX_CALLS];
    final int[] wroteSlot = new int[SysFuzz.MAX_CALLS];
    private int at;

    /** Call i of an input, counted. */
    void step(Call c, int i) {
        at = i;
        readSlot[i] = -1;
        wroteSlot[i] = -1;
        step(c);
    }

    /** One call of an input, counted. */
    void step(Call c) {
        long r = call(c);
        calls++;
        if (r >= 0) {
            ok++;
        }
    }

    /** After an input's last call: every handle in the pool area closed. */
    void end() {
        for (int i = 0; i < POOL_AREA_SLOTS; i++) {
            long a = scratch + (long) HANDLE * i;
            long lo = Mem.read64(a);
            long hi = Mem.read64(a + 8);
            if (lo != 0 || hi != 0) {
                Sys.close(lo, hi);
                Mem.write64(a, 0);
                Mem.write64(a + 8, 0);
            }
        }
    }

    /** One call, its arguments from its genes. */
    long call(Call c) {
        long[] g = c.g;
        switch (c.nr) {
            case Sys.WRITE:
                return sys(c.nr, h(g[0]), ptr(g[1]), num(g[2]), 0);
            case Sys.READ:
                return sys(c.nr, forged(g[0]), ptr(g[1]), num(g[2]), 0);
            case Sys.CLOCK:
                return Sys.call(c.nr, 0, 0, 0, 0, 0);
            case Sys.REGION_ALLOC:
                return sys(c.nr, h(g[0]), regionSize(g[1]), Long.remainderUnsigned(g[2], 32), out(g[3]));
            case Sys.CAP_INFO: case Sys.SYS_INFO: case Sys.SYS_STATUS:
                return sys(c.nr, h(g[0]), ptr(g[1]), num(g[2]), 0);
            case Sys.WAIT:
                return waitCall(g);
            case Sys.SPAWN:
                return sys(c.nr, h(g[0]), spawnRequest(g), 0, 0);
            case Sys.TASK_INFO:
                return Sys.call(c.nr, ptr(g[1]), num(g[2]), 0, 0, 0);
            case Sys.CLOSE: case Sys.CAP_REVOKE: case Sys.TASK_KILL:
                return sys(c.nr, h(g[0]), 0, 0, 0);
            case Sys.MODULE_OPEN:
                return sys(c.nr, h(g[0]), name(g[1]), nameLen(g[2]), out(g[3]));
            case Sys.MODULE_READ:
                return sys(c.nr, h(g[0]), num(g[1]), ptr(g[2]), num(g[3]));
            case Sys.CHANNEL_CREATE: case Sys.ACCEPT:
                return sys(c.nr, h(g[0]), out(g[1]), 0, 0);
            case Sys.SEND:
                return sys(c.nr, h(g[0]), message(g), 0, 0);
            case Sys.RECV:
                return sys(c.nr, h(g[0]), message(g), num(g[2]) & ~(long) Sys.RECV_BLOCK, 0);
            case Sys.CAP_DERIVE:
                return sys(c.nr, h(g[0]), rights(g[1]), out(g[2]), 0);
            case Sys.GROUP_CREATE:
                return Sys.call(c.nr, handles(g[0]), small(g[1], 70), out(g[2]), 0, 0);
            case Sys.GROUP_OPEN:
                return sys(c.nr, h(g[0]), out(g[1]), small(g[2], 70), 0);
            case Sys.PAGER_SET: {
                int slot = slot(g[1]);
                long[] f = forged(g[0]);
                return Sys.call(c.nr, f[0], f[1], poolLo(slot), poolHi(slot), 0);
            }
            case Sys.PAGE_SUPPLY:
                return sys(c.nr, h(g[0]), small(g[1], 5) * PAGE - small(g[2], 2), ptr(g[3]), 0);
            case Sys.SOCKET:
                return sys(c.nr, h(g[0]), small(g[1], 5), out(g[2]), 0);
            case Sys.LISTEN: case Sys.CONNECT:
                return sys(c.nr, h(g[0]), num(g[1]), num(g[2]), 0);
            case Sys.BIND:
                return sys(c.nr, h(g[0]), num(g[1]), 0, 0);
            case Sys.SENDTO:
                return sys(c.nr, h(g[0]), ptr(g[1]), num(g[2]), num(g[3]));
            case Sys.RECVFROM:
                return sys(c.nr, h(g[0]), ptr(g[1]), num(g[2]), ptr(g[3]));
            case Sys.RESOLVE:
                return sys(c.nr, h(g[0]), name(g[1]), nameLen(g[2]), 0);
            default:
                // a number no call has: the kernel reads nothing, so anything goes
                return Sys.call(c.nr, g[0], g[1], g[2], g[3], g[4]);
        }
    }

    /** A call whose first argument is a handle (h packs the pool slot or the forged value). */
    private long sys(int nr, long[] h, long a2, long a3, long a4) {
        return Sys.call(nr, h[0], h[1], a2, a3, a4);
    }

    private final long[] hv = new long[2];
    /** The pool slot the last handle-making call of this input was told to write to. */
    private int lastOut;

    /** A handle: a pool slot (most often), a slot with one bit flipped, forged, or none. */
    private long[] h(long g) {
        int slot = slot(g >>> 8);
        int kind = (int) Long.remainderUnsigned(g, 8);
        if (at >= 0 && kind < 6) {
            readSlot[at] = kind == 4 ? lastOut : slot;
        }
        switch (kind) {
            case 4:
                // the slot the last call that hands out handles wrote to: calls meet the
                // capabilities the input made (a module opened, then read), as syzkaller's
                // resources tie a call to the one that made its argument
                hv[0] = poolLo(lastOut);
                hv[1] = poolHi(lastOut);
                return hv;
            case 5:
                hv[0] = poolLo(slot) ^ (1L << (g >>> 16 & 63));
                hv[1] = poolHi(slot);
                return hv;
            case 6:
                return forged(g);
            case 7:
                hv[0] = 0;
                hv[1] = 0;
                return hv;
            default:
                hv[0] = poolLo(slot);
                hv[1] = poolHi(slot);
                return hv;
        }
    }

    private long[] forged(long g) {
        hv[0] = g * 0x9E3779B97F4A7C15L;
        hv[1] = g ^ 0x5DEECE66DL;
        return hv;
    }

    private int slot(long g) {
        return (int) Long.remainderUnsigned(g, POOL);
    }

    private long poolLo(int slot) {
        return Mem.read64(scratch + (long) HANDLE * slot);
    }

    private long poolHi(int slot) {
        return Mem.read64(scratch + (long) HANDLE * slot + 8);
    }

    /** A pointer into every kind of memory the fuzzer may safely name (none of its own Java state). */
    private long ptr(long g) {
        long v = g >>> 3;
        switch ((int) (g & 7)) {
            case 0: case 1:
                return scratch + Long.remainderUnsigned(v, SCRATCH);
            case 2:
                return scratch + DATA + Long.remainderUnsigned(v, DATA_SIZE);
            case 3:
                return scratch + SCRATCH - Long.remainderUnsigned(v, 64);   // across the end: a guard page
            case 4:
                return scratch - PAGE + Long.remainderUnsigned(v, PAGE);     // the guard page below
            case 5:
                return readOnly + Long.remainderUnsigned(v, RO_SIZE + 64);   // read-only, and past it
            case 6:
                return HOSTILE[(int) Long.remainderUnsigned(v, HOSTILE.length)] + (v >>> 40 & 15);
            default:
                return scratch + (Long.remainderUnsigned(v, SCRATCH / 8) << 3);
        }
    }

    /** Where a call writes handles it hands out: a pool slot most often (they join the pool). */
    private long out(long g) {
        if ((g & 3) == 0) {
            return ptr(g >>> 2);
        }
        lastOut = slot(g >>> 2);
        if (at >= 0) {
            wroteSlot[at] = lastOut;
        }
        return scratch + (long) HANDLE * lastOut;
    }

    private long num(long g) {
        long v = g >>> 3;
        switch ((int) (g & 7)) {
            case 0: case 1: case 2:
                return BOUNDS[(int) Long.remainderUnsigned(v, BOUNDS.length)];
            case 3:
                return Long.remainderUnsigned(v, 4097);
            case 4:
                return Long.remainderUnsigned(v, 70);
            case 5:
                return g;
            default:
                return BOUNDS[(int) Long.remainderUnsigned(v, BOUNDS.length)] + (v >>> 32 & 1) - (v >>> 33 & 1);
        }
    }

    private static long small(long g, int n) {
        return Long.remainderUnsigned(g, n);
    }

    private long regionSize(long g) {
        return (g & 1) == 0 ? small(g >>> 1, 5) * PAGE + small(g >>> 4, 3) - 1 : num(g >>> 1);
    }

    private static long rights(long g) {
        return (g & 1) == 0 ? g >>> 1 & Sys.R_ALL : g;
    }

    private long name(long g) {
        return (g & 3) != 0 ? scratch + DATA + NAME_OFF : ptr(g >>> 2);
    }

    private long nameLen(long g) {
        return (g & 3) != 0 ? MODULE.length : num(g >>> 2);
    }

    /** A pointer to handles for GROUP_CREATE: the pool (its slots run on into the pool area). */
    private long handles(long g) {
        return (g & 7) != 0 ? scratch + (long) HANDLE * slot(g >>> 3) : ptr(g >>> 3);
    }

    /** struct os2_msg in the structure area: bytes, len, caps, cap_count, received_caps. */
    private long message(long[] g) {
        long m = scratch + STRUCT;
        long f = g[4];
        Mem.write64(m, (f & 7) != 0 ? scratch + DATA : ptr(f >>> 3));
        Mem.write64(m + 8, (f & 0x30) != 0 ? small(f >>> 6, 1100) : num(f >>> 6));
        Mem.write64(m + 16, (f & 0x700) != 0 ? scratch + (long) HANDLE * slot(f >>> 11) : ptr(f >>> 15));
        Mem.write64(m + 24, small(g[5], 10));
        Mem.write64(m + 32, 0);
        return (g[1] & 7) != 0 ? m : ptr(g[1] >>> 3);
    }

    /** struct os2_spawn: an image in memory (an ELF header made hostile) or a module's, args, grants, out. */
    private long spawnRequest(long[] g) {
        long req = scratch + STRUCT;
        long img = scratch + DATA + IMAGE_OFF;
        long f = g[4];
        // the ELF identification half the time, then fields from the genes
        Mem.write64(img, (f & 1) != 0 ? 0x00010102464c457fL : g[5]);
        for (int i = 1; i < 8; i++) {
            Mem.write64(img + 8L * i, g[(i + 4) % Call.GENES] * (i + 1));
        }
        Mem.write64(req, (f & 6) != 0 ? img : ptr(f >>> 3));
        Mem.write64(req + 8, (f & 0x18) != 0 ? small(f >>> 5, 512) : num(f >>> 5));
        Mem.write64(req + 16, (f & 0x100) != 0 ? scratch + DATA + NAME_OFF : ptr(f >>> 9));
        Mem.write64(req + 24, num(g[6]));
        long grants = req + GRANTS_OFF;
        int count = (int) small(g[7], Sys.SPAWN_GRANTS + 3);
        for (int i = 0; i < count; i++) {
            long x = g[(i + 5) % Call.GENES] >>> i;
            int slot = slot(x);
            Mem.write64(grants + (long) GRANT * i, (x & 0x10) != 0 ? poolLo(slot) : x);
            Mem.write64(grants + (long) GRANT * i + 8, poolHi(slot));
            Mem.write64(grants + (long) GRANT * i + 16, (x & 0x20) != 0 ? Sys.R_ALL : x >>> 7);
            Mem.write64(grants + (long) GRANT * i + 24, small(x >>> 3, 3));
        }
        Mem.write64(req + 32, (g[7] & 0x100) == 0 ? grants : ptr(g[7] >>> 9));
        Mem.write64(req + 40, (g[7] & 0x200) == 0 ? count : num(g[7] >>> 10));
        Mem.write64(req + 48, out(g[3]));
        return (g[1] & 7) != 0 ? req : ptr(g[1] >>> 3);
    }

    /** WAIT: events of every kind on pool handles, one of them a timer that has fired already. */
    private long waitCall(long[] g) {
        long ev = scratch + STRUCT;
        int at = (int) small(g[0], Sys.WAIT_MAX);
        for (int i = 0; i <= at && i < Sys.WAIT_MAX; i++) {
            long x = g[1 + i % (Call.GENES - 1)] >>> (i % 32);
            long a = ev + (long) EVENT * i;
            long kind = small(x, 11);
            int slot = slot(x >>> 4);
            Mem.write64(a, kind);
            Mem.write64(a + 8, kind == Sys.EV_TIMER ? small(x >>> 8, 1000) : poolLo(slot));
            Mem.write64(a + 16, poolHi(slot));
            Mem.write64(a + 24, 0);
        }
        Mem.write64(ev + (long) EVENT * at, Sys.EV_TIMER);
        Mem.write64(ev + (long) EVENT * at + 8, 0);
        long count = (g[2] & 3) != 0 ? at + 1 : num(g[2] >>> 2);
        if (count >= 0 && count <= at) {
            count = at + 1;   // the fired timer must be among those waited for
        }
        // elsewhere only where nothing can be read (the events there could all wait for ever)
        long where = (g[3] & 15) != 0 ? ev : (g[3] & 16) != 0 ? HOSTILE[(int) small(g[3] >>> 5, HOSTILE.length)]
                : scratch - PAGE + small(g[3] >>> 5, PAGE);
        return Sys.call(Sys.WAIT, where, count, 0, 0, 0);
    }
}
