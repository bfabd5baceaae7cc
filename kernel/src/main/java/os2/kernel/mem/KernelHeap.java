package os2.kernel.mem;

import os2.kernel.panic.Panic;
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
    /** {@link #panicOutOfHeap(String, long, Throwable)}: no number to print. */
    public static final long NO_NUMBER = Long.MIN_VALUE;
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
        long v = parse(cmdline);
        return v < 0 ? dflt : v;
    }

    /** parse: no {@code heap=} on the command line. */
    public static final long ABSENT = -1;
    /** parse: not digits with an optional K, M or G. */
    public static final long MALFORMED = -2;
    /** parse: the value does not fit in 2^{@link #MAX_SHIFT_BITS} bytes (far beyond any RAM). */
    public static final long TOO_LARGE = -3;
    /** The largest heap= value accepted by the parser at all: 1 PiB (48-bit space is 256 TiB). */
    static final int MAX_SHIFT_BITS = 50;

    /**
     * The {@code heap=} value in bytes, or {@link #ABSENT}, {@link #MALFORMED} or
     * {@link #TOO_LARGE}. Never overflows: digits stop accumulating once the value
     * exceeds 2^50, and the unit shift is checked before it is applied.
     */
    public static long parse(String cmdline) {
        if (cmdline == null) {
            return ABSENT;
        }
        int at = -1;
        for (int i = cmdline.indexOf("heap="); i >= 0; i = cmdline.indexOf("heap=", i + 1)) {
            if (i == 0 || cmdline.charAt(i - 1) == ' ') {
                at = i + 5;
                break;
            }
        }
        if (at < 0) {
            return ABSENT;
        }
        long value = 0;
        boolean tooLarge = false;
        int i = at;
        while (i < cmdline.length() && cmdline.charAt(i) >= '0' && cmdline.charAt(i) <= '9') {
            if (value > (1L << MAX_SHIFT_BITS)) {
                tooLarge = true;   // keep scanning: "heap=99...9X" is malformed, not too large
            } else {
                value = value * 10 + (cmdline.charAt(i) - '0');
            }
            i++;
        }
        if (i == at) {
            return MALFORMED;
        }
        int shift = 0;
        if (i < cmdline.length() && cmdline.charAt(i) != ' ') {
            char unit = Character.toUpperCase(cmdline.charAt(i));
            shift = unit == 'K' ? 10 : unit == 'M' ? 20 : unit == 'G' ? 30 : -1;
            i++;
            if (shift < 0 || (i < cmdline.length() && cmdline.charAt(i) != ' ')) {
                return MALFORMED;
            }
        }
        // value <= 2^50 + 9 here unless tooLarge; compare before shifting so nothing wraps
        if (tooLarge || value > (1L << MAX_SHIFT_BITS) >>> shift) {
            return TOO_LARGE;
        }
        return value << shift;
    }

    /**
     * The heap size to use: {@code heap=} if it is well formed and at most
     * {@code limit} bytes (rounded up to {@link #MIN_SIZE}), else {@code dflt}. A
     * rejected value is explained by {@link #sizeWarning}; a bad size must not stop the
     * boot, so there is no panic here.
     */
    public static long chooseSize(String cmdline, long dflt, long limit) {
        long v = parse(cmdline);
        if (v == ABSENT || v == MALFORMED || v == TOO_LARGE || v > limit) {
            return dflt;
        }
        return Math.max(v, MIN_SIZE);
    }

    /** Why {@link #chooseSize} did not take {@code heap=} as it was, or null if it did. */
    public static String sizeWarning(String cmdline, long dflt, long limit) {
        long v = parse(cmdline);
        String d = ", using the default " + (dflt >> 10) + " KiB";
        if (v == MALFORMED) {
            return "heap=" + valueText(cmdline) + " is malformed (want digits with an optional K, M or G suffix)" + d;
        }
        if (v == TOO_LARGE || (v >= 0 && v > limit)) {
            return "heap=" + valueText(cmdline) + " is larger than the " + (limit >> 10)
                    + " KiB of free memory" + d;
        }
        if (v >= 0 && v < MIN_SIZE) {
            return "heap=" + valueText(cmdline) + " is below the minimum, using " + (MIN_SIZE >> 10) + " KiB";
        }
        return null;
    }

    /** The text after the first "heap=" word, up to the next space (for messages). */
    private static String valueText(String cmdline) {
        int at = cmdline.startsWith("heap=") ? 5 : cmdline.indexOf(" heap=") + 6;
        int end = cmdline.indexOf(' ', at);
        return cmdline.substring(at, end < 0 ? cmdline.length() : end);
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
        if (!Gc.addRegion(r.base(), r.size())) {
            // the collector has no slot for another region (gc.c: MAX_REGIONS): before, the
            // mapped frames stayed taken, unused, and every call refused for want of heap
            // mapped one more region the same way
            table.unmapRegion(r);
            space.release(r);
            return null;
        }
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

    /**
     * Ends the kernel for an OutOfMemoryError it cannot go on from (the work of the
     * allocation that failed is lost): a panic with {@code what} and the heap's figures.
     */
    public static void panicOutOfHeap(String what, Throwable e) {
        panicOutOfHeap(what, NO_NUMBER, e);
    }

    /**
     * The same, with a number after {@code what} (a system call's), unless it is
     * {@link #NO_NUMBER}. The heap is full here, and growing it, building the message and
     * the panic's trace all allocate: each falls back to less (the constant {@code what},
     * then no trace) rather than let a second OutOfMemoryError escape to the runtime's
     * uncaught handler, which before bug 4's fix printed only "Exception in thread "main"".
     */
    public static void panicOutOfHeap(String what, long number, Throwable e) {
        String message = what;
        try {
            grow(0);   // room, if memory is left, to describe the heap and print the trace
            message = (number == NO_NUMBER ? what : what + " " + number) + ": " + describe();
        } catch (OutOfMemoryError noRoom) {
            // what alone: a constant, printed without allocating
        }
        Panic.panic(message, e);
    }

    /** Forgets all state (JVM tests). */
    static void resetForTest() {
        regionBytes = 0;
        regionCount = 0;
        first = null;
    }
}
