package os2.rt;

/**
 * The embedder's view of the garbage collector (gc.c): the kernel hands it
 * memory and reads its statistics. On the JVM these are no-ops / zeros.
 */
public final class Gc {
    private Gc() {
    }

    /** Gives the heap another region of mapped, writable memory. */
    public static void addRegion(long base, long size) {
    }

    /** Runs a full collection now. */
    public static void collect() {
    }

    /**
     * Fills out with heapBytes, usedBytes, liveBytes, collections, allocated
     * (the fields of Os2GcStats, in order; out.length >= 5).
     */
    public static void stats(long[] out) {
        java.util.Arrays.fill(out, 0, 5, 0L);
    }

    /** Sets the highest stack address the collector scans (a new kernel stack). */
    public static void setStackBase(long addr) {
    }
}
