package os2.rt;

/**
 * The embedder's view of the garbage collector (gc.c): the kernel hands it
 * memory and reads its statistics. On the JVM these are no-ops / zeros.
 */
public final class Gc {
    private Gc() {
    }

    /**
     * Gives the heap another region of mapped, writable memory; false when the collector
     * did not take it (its table of regions is full, or the region is too small): the
     * memory is then still the caller's, to give back.
     */
    public static boolean addRegion(long base, long size) {
        return true;
    }

    /** Runs a full collection now. */
    public static void collect() {
    }

    /**
     * Runs a full collection from the precise roots alone, without the conservative scan
     * of the stack: call it only where the stack holds no reference (the kernel's loop
     * between continuations), or live objects are freed. No stale stack word can keep a
     * dead object alive then, so the live bytes it leaves are exact.
     */
    public static void collectWithoutStack() {
    }

    /**
     * Fills out with heapBytes, usedBytes, liveBytes, collections, allocated
     * (the fields of Os2GcStats, in order; out.length >= 5).
     */
    public static void stats(long[] out) {
        java.util.Arrays.fill(out, 0, 5, 0L);
    }

    /**
     * Bytes the heap can still allocate before a collection or a new region is needed
     * (its free space, the current allocation buffer's rest included); Long.MAX_VALUE on
     * the JVM, where no limit is known.
     */
    public static long freeBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * A census of the heap right after a collection (call {@link #collect} first and
     * allocate nothing in between): for each class of live objects (arrays: each class
     * and block size), the class in classes[i], an array's block size in sizes[i] (0 for
     * other objects), the objects in counts[i] and their bytes (headers and padding
     * included) in bytes[i], for at most max entries (each array at least max long).
     * Returns the number of entries, or max + 1 if there were more. A debug tool (the
     * kernel's {@code heapcensus} flag); on the JVM it sees nothing.
     */
    public static int census(Object[] classes, long[] sizes, long[] counts, long[] bytes, int max) {
        return 0;
    }

    /** Sets the highest stack address the collector scans (a new kernel stack). */
    public static void setStackBase(long addr) {
    }
}
