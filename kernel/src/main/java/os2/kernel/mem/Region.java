package os2.kernel.mem;

import os2.rt.NoAlloc;

/**
 * A range of virtual addresses handed out by an {@link AddressSpace}: a usable part
 * [base, base+size) plus optional guard pages below and above it that are never mapped,
 * so that touching them is reported as a guard hit rather than corrupting a neighbour.
 *
 * <p>A plain kernel object: the capability layer will wrap regions (owner, rights).
 * Addresses are compared unsigned everywhere: upper-half regions are "negative" longs.
 */
public final class Region {
    /** Pages are mapped on first touch by the page-fault handler (zeroed frames). */
    public static final int DEMAND = 1;
    /** Writable. */
    public static final int WRITABLE = 1 << 1;
    /** Accessible from user mode. */
    public static final int USER = 1 << 2;
    /** Executable (never together with WRITABLE for kernel code: W^X). */
    public static final int EXECUTABLE = 1 << 3;
    /** May be backed by 2 MiB pages where base and size allow it. */
    public static final int LARGE_PAGES = 1 << 4;
    /** A fixed window (direct map, kernel image): mapped by other means, frames not owned. */
    public static final int RESERVED = 1 << 5;
    /** Its owner asked for it and may give it back (a task's REGION_ALLOC, not its image or stack). */
    public static final int FREEABLE = 1 << 6;

    private final long base;
    private final long size;
    private final int flags;
    private final long guardBelow;
    private final long guardAbove;
    private final String name;
    /** The task whose page table holds this region's frames (its home), or null. */
    public Object owner;
    /** The home's page table (where shared pages are looked up), or null while in flight. */
    public PageTable home;
    /**
     * Other tasks that may map it (holders of a capability with the map right), the leaf
     * flags each gets, and how many such capabilities each holds. Kept by the task layer,
     * never changed in interrupt context; the fault path only reads it.
     */
    private Object[] sharers;
    private long[] sharerFlags;
    private int[] sharerCount;
    private int sharerN;
    /** A pager (an IPC endpoint) that supplies pages not yet present, or null: demand-zero. */
    public Object pager;

    public Region(long base, long size, int flags, long guardBelow, long guardAbove, String name) {
        this.base = base;
        this.size = size;
        this.flags = flags;
        this.guardBelow = guardBelow;
        this.guardAbove = guardAbove;
        this.name = name;
    }

    @NoAlloc public long base() { return base; }
    @NoAlloc public long size() { return size; }
    @NoAlloc public int flags() { return flags; }
    @NoAlloc public String name() { return name; }
    @NoAlloc public long guardBelow() { return guardBelow; }
    @NoAlloc public long guardAbove() { return guardAbove; }

    /** First address including the guard pages below. */
    @NoAlloc
    public long spanBase() {
        return base - guardBelow;
    }

    /** Bytes including both guards. */
    @NoAlloc
    public long spanSize() {
        return guardBelow + size + guardAbove;
    }

    /** Last address (inclusive, so the region ending at 2^64 needs no overflowing end). */
    @NoAlloc
    public long spanLast() {
        return spanBase() + (spanSize() - 1);
    }

    /** True if addr is in the usable part. */
    @NoAlloc
    public boolean contains(long addr) {
        return Long.compareUnsigned(addr - base, size) < 0;
    }

    /** True if addr is in the span: the region or one of its guard areas. */
    @NoAlloc
    public boolean spanHolds(long addr) {
        return Long.compareUnsigned(addr - spanBase(), spanSize()) < 0;
    }

    /** True if addr is in one of the guard areas. */
    @NoAlloc
    public boolean isGuard(long addr) {
        return spanHolds(addr) && !contains(addr);
    }

    @NoAlloc public boolean isDemand() { return (flags & DEMAND) != 0; }
    @NoAlloc public boolean isWritable() { return (flags & WRITABLE) != 0; }
    @NoAlloc public boolean isUser() { return (flags & USER) != 0; }
    @NoAlloc public boolean isExecutable() { return (flags & EXECUTABLE) != 0; }
    @NoAlloc public boolean isReserved() { return (flags & RESERVED) != 0; }
    @NoAlloc public boolean isFreeable() { return (flags & FREEABLE) != 0; }

    /** The sharer slot of task, or -1. */
    @NoAlloc
    public int sharerIndex(Object task) {
        for (int i = 0; i < sharerN; i++) {
            if (sharers[i] == task) {
                return i;
            }
        }
        return -1;
    }

    @NoAlloc
    public long sharerFlags(int i) {
        return sharerFlags[i];
    }

    public int sharerCount() {
        return sharerN;
    }

    public Object sharer(int i) {
        return sharers[i];
    }

    /** One more capability of task lets it map this region with leaf flags (the widest held wins). */
    public void addSharer(Object task, long flags) {
        int i = sharerIndex(task);
        if (i >= 0) {
            sharerCount[i]++;
            sharerFlags[i] |= flags & PageFlags.WRITE;
            if ((flags & PageFlags.NX) == 0) {
                sharerFlags[i] &= ~PageFlags.NX;
            }
            return;
        }
        if (sharers == null || sharerN == sharers.length) {
            int n = sharers == null ? 2 : sharerN * 2;
            Object[] s = new Object[n];
            long[] f = new long[n];
            int[] c = new int[n];
            for (int k = 0; k < sharerN; k++) {
                s[k] = sharers[k];
                f[k] = sharerFlags[k];
                c[k] = sharerCount[k];
            }
            sharers = s;
            sharerFlags = f;
            sharerCount = c;
        }
        sharers[sharerN] = task;
        sharerFlags[sharerN] = flags;
        sharerCount[sharerN] = 1;
        sharerN++;
    }

    /** One capability of task went; true if it was its last (its mappings must go). */
    public boolean removeSharer(Object task) {
        int i = sharerIndex(task);
        if (i < 0) {
            return false;
        }
        if (--sharerCount[i] > 0) {
            return false;
        }
        sharerN--;
        sharers[i] = sharers[sharerN];
        sharerFlags[i] = sharerFlags[sharerN];
        sharerCount[i] = sharerCount[sharerN];
        sharers[sharerN] = null;
        return true;
    }

    /** The leaf page-table flags that implement this region's rights. */
    @NoAlloc
    public long pageFlags() {
        long f = PageFlags.PRESENT;
        if (isWritable()) {
            f |= PageFlags.WRITE;
        }
        if (isUser()) {
            f |= PageFlags.USER;
        } else {
            // Kernel mappings are the same in every view: keep them across CR3 switches.
            f |= PageFlags.GLOBAL;
        }
        if (!isExecutable()) {
            f |= PageFlags.NX;
        }
        return f;
    }

    @Override
    public String toString() {
        return name + " [0x" + Long.toHexString(base) + "+0x" + Long.toHexString(size) + "]";
    }
}
