package os2.kernel.mem;

import os2.rt.NoAlloc;

/**
 * How the kernel reaches physical memory: {@code virt = offset + phys}.
 *
 * <p>After {@link Memory#init} the offset is {@link #DIRECT_MAP_BASE}, where all RAM is
 * mapped. Before that, early boot sets it to whatever its boot mapping uses (identity:
 * 0, or the higher-half window), and JVM tests leave it at 0 so physical addresses are
 * plain {@code SimMemory} addresses. One settable offset keeps every user of physical
 * memory (frame allocator, page tables) independent of which phase the kernel is in.
 */
public final class PhysMap {
    /** Start of the direct map of all RAM: the first upper-half (kernel) address. */
    public static final long DIRECT_MAP_BASE = 0xFFFF_8000_0000_0000L;

    private static long offset;

    private PhysMap() {
    }

    /** The virtual address through which physical address {@code phys} is reached now. */
    @NoAlloc
    public static long virt(long phys) {
        return offset + phys;
    }

    /** The physical address behind a direct-map address virt (the inverse of {@link #virt}). */
    @NoAlloc
    public static long phys(long virt) {
        return virt - offset;
    }

    /** The current offset. */
    @NoAlloc
    public static long offset() {
        return offset;
    }

    /** Switches to another mapping of physical memory (boot mapping, direct map, tests). */
    public static void setOffset(long newOffset) {
        offset = newOffset;
    }
}
