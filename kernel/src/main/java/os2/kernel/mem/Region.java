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
    /** The owning capability or task, set by later subsystems. */
    public Object owner;

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

    /** True if addr is in one of the guard areas. */
    @NoAlloc
    public boolean isGuard(long addr) {
        return Long.compareUnsigned(addr - spanBase(), spanSize()) < 0 && !contains(addr);
    }

    @NoAlloc public boolean isDemand() { return (flags & DEMAND) != 0; }
    @NoAlloc public boolean isWritable() { return (flags & WRITABLE) != 0; }
    @NoAlloc public boolean isUser() { return (flags & USER) != 0; }
    @NoAlloc public boolean isExecutable() { return (flags & EXECUTABLE) != 0; }
    @NoAlloc public boolean isReserved() { return (flags & RESERVED) != 0; }
    @NoAlloc public boolean isFreeable() { return (flags & FREEABLE) != 0; }

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
