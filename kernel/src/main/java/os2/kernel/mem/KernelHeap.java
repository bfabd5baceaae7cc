package os2.kernel.mem;

import os2.rt.Gc;
import os2.rt.NoAlloc;

/**
 * The kernel's garbage-collected heap: regions of the kernel half, mapped eagerly
 * (2 MiB pages where possible) and handed to the collector with {@link Gc#addRegion}.
 * Each heap region has 2 MiB of unmapped guard space below it (which also keeps it
 * 2 MiB-aligned) and one guard page above, so a runaway pointer past either end faults
 * as a guard hit.
 *
 * <p>Size: {@code heap=SIZE} on the kernel command line (K, M or G suffix), else a quarter
 * of RAM capped at {@link #DEFAULT_MAX}.
 */
public final class KernelHeap {
    /** Default cap: the heap the kernel itself needs is small; RAM is for tasks. */
    public static final long DEFAULT_MAX = 32L << 20;
    /** Smallest heap accepted. */
    public static final long MIN_SIZE = 1L << 20;
    private static final long GUARD_BELOW = PageTable.PAGE_2M;
    private static final long GUARD_ABOVE = PageTable.PAGE_4K;
    private static final int STAT_HEAP = 0;
    private static final int STAT_USED = 1;
    private static final int STAT_LIVE = 2;
    private static final int STAT_COLLECTIONS = 3;
    private static final int STAT_ALLOCATED = 4;

    /** Preallocated so statistics can be read where allocating is not allowed. */
    private static final long[] stats = new long[5];
    private static long regionBytes;
    private static int regionCount;
    private static Region first;

    private KernelHeap() {
    }

    /** The default size for this much RAM: a quarter, at most 32 MiB, at least 1 MiB, 2 MiB steps when large. */
    public static long defaultSize(long ramBytes) {
        long size = Math.min(DEFAULT_MAX, ramBytes / 4);
        size = size >= PageTable.PAGE_2M ? size & -PageTable.PAGE_2M : size & -PageTable.PAGE_4K;
        return Math.max(MIN_SIZE, size);
    }

    /**
     * The value of {@code heap=} in a kernel command line ("heap=64M", "heap=524288K",
     * "heap=1G", "heap=8388608"), or {@code dflt} if absent or malformed.
     */
    public static long parseSize(String cmdline, long dflt) {
        if (cmdline == null) {
            return dflt;
        }
        int at = -1;
        for (int i = cmdline.indexOf("heap="); i >= 0; i = cmdline.indexOf("heap=", i + 1)) {
            if (i == 0 || cmdline.charAt(i - 1) == ' ') {
                at = i + 5;
                break;
            }
        }
        if (at < 0) {
            return dflt;
        }
        long value = 0;
        int i = at;
        while (i < cmdline.length() && cmdline.charAt(i) >= '0' && cmdline.charAt(i) <= '9') {
            if (value > (1L << 40)) {
                return dflt;
            }
            value = value * 10 + (cmdline.charAt(i) - '0');
            i++;
        }
        if (i == at) {
            return dflt;
        }
        int shift = 0;
        if (i < cmdline.length() && cmdline.charAt(i) != ' ') {
            char unit = Character.toUpperCase(cmdline.charAt(i));
            shift = unit == 'K' ? 10 : unit == 'M' ? 20 : unit == 'G' ? 30 : -1;
            i++;
            if (shift < 0 || (i < cmdline.length() && cmdline.charAt(i) != ' ')) {
                return dflt;
            }
        }
        return value << shift;
    }

    /**
     * Reserves, maps and hands to the collector one heap region of {@code size} bytes.
     * Returns the region, or null if address space or frames ran out (nothing is left
     * half-done then).
     */
    public static Region addRegion(AddressSpace space, PageTable table, long size) {
        Region r = space.allocate(size, Region.WRITABLE | Region.LARGE_PAGES, GUARD_BELOW, GUARD_ABOVE,
                true, "kernel heap");
        if (r == null) {
            return null;
        }
        // Fail before zeroing frames that would all be given back anyway.
        if (Long.compareUnsigned(r.size() >>> 12, table.frames().freeFrames()) > 0
                || table.mapRegion(r) != PageTable.OK) {
            space.release(r);
            return null;
        }
        Gc.addRegion(r.base(), r.size());
        if (first == null) {
            first = r;
        }
        regionBytes += r.size();
        regionCount++;
        return r;
    }

    /**
     * Adds another heap region of at least {@code minBytes} (at least as large as the
     * first region) to the kernel heap, for when a collection did not free enough.
     * Returns false if memory is exhausted: the caller panics with {@link #describe()}.
     */
    public static boolean grow(long minBytes) {
        long size = Math.max(minBytes, first == null ? MIN_SIZE : first.size());
        size = (size + PageTable.PAGE_2M - 1) & -PageTable.PAGE_2M;
        return addRegion(Memory.space(), Memory.kernelTable(), size) != null;
    }

    /** The first heap region (for guard-hit tests and reports), or null before init. */
    public static Region firstRegion() {
        return first;
    }

    /** Bytes of heap regions handed to the collector. */
    @NoAlloc
    public static long regionBytes() {
        return regionBytes;
    }

    /** Number of heap regions. */
    @NoAlloc
    public static int regionCount() {
        return regionCount;
    }

    /** Re-reads the collector's statistics into the preallocated array. */
    @NoAlloc
    public static void refresh() {
        Gc.stats(stats);
    }

    @NoAlloc public static long heapBytes() { return stats[STAT_HEAP]; }
    @NoAlloc public static long usedBytes() { return stats[STAT_USED]; }
    @NoAlloc public static long liveBytes() { return stats[STAT_LIVE]; }
    @NoAlloc public static long freeBytes() { return stats[STAT_HEAP] - stats[STAT_USED]; }
    @NoAlloc public static long collections() { return stats[STAT_COLLECTIONS]; }
    /** Objects allocated since boot (gc.c counts allocations, not bytes). */
    @NoAlloc public static long allocations() { return stats[STAT_ALLOCATED]; }

    /** One line of heap statistics, for reports and the out-of-heap panic. */
    public static String describe() {
        refresh();
        return (heapBytes() >> 10) + " KiB in " + regionCount + " region(s), "
                + (usedBytes() >> 10) + " KiB used, " + (liveBytes() >> 10) + " KiB live at last collection, "
                + (freeBytes() >> 10) + " KiB free, " + collections() + " collections, "
                + allocations() + " objects allocated in total";
    }

    /** Forgets all state (JVM tests). */
    static void resetForTest() {
        regionBytes = 0;
        regionCount = 0;
        first = null;
    }
}
