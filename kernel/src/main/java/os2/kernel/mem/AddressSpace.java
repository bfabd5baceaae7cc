package os2.kernel.mem;

import os2.rt.NoAlloc;

/**
 * Buddy allocator of virtual address ranges over the whole 48-bit canonical space (SDM
 * vol. 1 §3.3.7.1): the lower half [0, 2^47) and the upper half [2^64-2^47, 2^64) are
 * each one top-level block of 2^35 pages. Blocks never merge across the non-canonical
 * hole. Upper-half addresses are negative as Java longs, so every comparison here is
 * unsigned and every "end" is an inclusive last address (the block at the very top ends
 * at 2^64, which does not fit in a long).
 *
 * <p>Allocations take the lowest-addressed smallest fitting block, then give back the
 * unused tail, so a region costs only its own pages (plus guards) of address space.
 * The free sets are sorted arrays per order: there are few free blocks (at most a few
 * per order), and region allocation is never done in interrupt context.
 */
public final class AddressSpace {
    public static final long PAGE = 4096;
    /** One half of the canonical space: 2^35 pages. */
    public static final int MAX_ORDER = 35;
    public static final long LOWER_BASE = 0L;
    public static final long UPPER_BASE = 0xFFFF_8000_0000_0000L;
    /** Bytes in each half. */
    public static final long HALF_SIZE = 1L << 47;

    /** The shortest free set (see {@link #setLength}). */
    static final int MIN_SET = 4;

    private final long[][] free = new long[MAX_ORDER + 1][];
    private final int[] freeCount = new int[MAX_ORDER + 1];
    private final RegionTable regions = new RegionTable();
    private long freeBytes;

    /** A space with everything canonical free. */
    public AddressSpace() {
        for (int k = 0; k <= MAX_ORDER; k++) {
            free[k] = new long[MIN_SET];
        }
        freeRange(LOWER_BASE, HALF_SIZE);
        freeRange(UPPER_BASE, HALF_SIZE);
    }

    /** True if [base, base+size) is non-empty, page-aligned and inside one canonical half. */
    @NoAlloc
    public static boolean isCanonicalRange(long base, long size) {
        if (size <= 0 || ((base | size) & (PAGE - 1)) != 0) {
            return false;
        }
        long last = base + (size - 1);
        if (Long.compareUnsigned(last, base) < 0) {
            return false;
        }
        long hb = base >> 47;
        return (hb == 0 || hb == -1) && (last >> 47) == hb;
    }

    /**
     * Claims a fixed window (direct map, kernel image, page 0...) and registers it.
     * Returns null if any of it is not canonical or not free.
     */
    public Region reserve(long base, long size, int flags, String name) {
        if (!isCanonicalRange(base, size) || !isFree(base, size)) {
            return null;
        }
        takeRange(base, size);
        Region r = new Region(base, size, flags, 0, 0, name);
        regions.add(r);
        return r;
    }

    /**
     * Allocates a region of {@code size} bytes (rounded up to pages) with guard areas of
     * {@code guardBelow} and {@code guardAbove} bytes around it, in the upper (kernel) or
     * lower half. The region's base is aligned to the size of the buddy block of the whole
     * span plus guardBelow; a guardBelow of 2 MiB keeps the region 2 MiB-aligned.
     * Returns null when no block is large enough.
     */
    public Region allocate(long size, int flags, long guardBelow, long guardAbove, boolean upperHalf,
                           String name) {
        size = pageAlign(size);
        guardBelow = pageAlign(guardBelow);
        guardAbove = pageAlign(guardAbove);
        if (size <= 0 || guardBelow < 0 || guardAbove < 0) {
            return null;
        }
        long total = guardBelow + size + guardAbove;
        if (total <= 0 || Long.compareUnsigned(total, HALF_SIZE) > 0) {
            return null;
        }
        int order = 0;
        while (blockSize(order) < total) {
            order++;
        }
        long block = takeLowest(order, upperHalf);
        if (block == -1) {
            return null;
        }
        if (blockSize(order) > total) {
            freeRange(block + total, blockSize(order) - total);
        }
        Region r = new Region(block + guardBelow, size, flags, guardBelow, guardAbove, name);
        regions.add(r);
        return r;
    }

    /** Returns a region's whole span (guards included) and forgets it. */
    public boolean release(Region r) {
        if (!regions.remove(r)) {
            return false;
        }
        freeRange(r.spanBase(), r.spanSize());
        PageFaults.released(r);
        return true;
    }

    /** The registered region whose span holds addr, or null. */
    @NoAlloc
    public Region find(long addr) {
        return regions.find(addr);
    }

    /** Number of registered regions. */
    public int regionCount() {
        return regions.count();
    }

    /** The i-th registered region in address order. */
    public Region region(int i) {
        return regions.get(i);
    }

    /** Free bytes in both halves (at most 2^48). */
    public long freeBytes() {
        return freeBytes;
    }

    /** The length of order's free-set array (tests: it follows the count, see setLength). */
    int freeSetLength(int order) {
        return free[order].length;
    }

    /** Free blocks of one order. */
    public int freeBlocks(int order) {
        return freeCount[order];
    }

    /** The i-th free block of an order, in unsigned address order. */
    public long freeBlock(int order, int i) {
        return free[order][i];
    }

    /** Bytes in a block of the given order. */
    public static long blockSize(int order) {
        return PAGE << order;
    }

    /** True if every page of [base, base+size) is free. */
    public boolean isFree(long base, long size) {
        if (!isCanonicalRange(base, size)) {
            return false;
        }
        for (long done = 0; done < size; ) {
            int k = pieceOrder(base + done, size - done);
            if (containingFree(base + done, k) < 0) {
                return false;
            }
            done += blockSize(k);
        }
        return true;
    }

    /** Largest order of an aligned block at addr that fits in the remaining bytes. */
    private static int pieceOrder(long addr, long remaining) {
        int align = Long.numberOfTrailingZeros(addr) - 12;
        int fit = 63 - Long.numberOfLeadingZeros(remaining) - 12;
        return Math.min(MAX_ORDER, Math.min(align, fit));
    }

    /** The order of the free block containing the aligned piece (addr, k), or -1. */
    private int containingFree(long addr, int k) {
        for (int o = k; o <= MAX_ORDER; o++) {
            if (indexOf(o, addr & -blockSize(o)) >= 0) {
                return o;
            }
        }
        return -1;
    }

    /** Removes [base, base+size) from the free sets; the caller checked it is free. */
    private void takeRange(long base, long size) {
        for (long done = 0; done < size; ) {
            long piece = base + done;
            int k = pieceOrder(piece, size - done);
            int o = containingFree(piece, k);
            long block = piece & -blockSize(o);
            remove(o, block);
            while (o > k) {
                // Split around the piece: the half not containing it stays free.
                o--;
                long half = blockSize(o);
                if ((piece & half) != 0) {
                    insert(o, block);
                    block += half;
                } else {
                    insert(o, block + half);
                }
            }
            freeBytes -= blockSize(k);
            done += blockSize(k);
        }
    }

    /** Removes and returns the lowest free block of at least the given order, split down to it. */
    private long takeLowest(int order, boolean upperHalf) {
        for (int o = order; o <= MAX_ORDER; o++) {
            int i = upperHalf ? firstAtOrAbove(o, UPPER_BASE) : 0;
            if (i < freeCount[o] && ((free[o][i] < 0) == upperHalf)) {
                long block = free[o][i];
                remove(o, block);
                while (o > order) {
                    o--;
                    insert(o, block + blockSize(o));
                }
                freeBytes -= blockSize(order);
                return block;
            }
        }
        return -1;
    }

    /** Frees [base, base+size) as maximal aligned blocks, merging buddies. */
    private void freeRange(long base, long size) {
        for (long done = 0; done < size; ) {
            long piece = base + done;
            int k = pieceOrder(piece, size - done);
            freeBlock(piece, k);
            freeBytes += blockSize(k);
            done += blockSize(k);
        }
    }

    private void freeBlock(long addr, int order) {
        // A top-level block's buddy would lie in the non-canonical hole: never merge there.
        while (order < MAX_ORDER) {
            long buddy = addr ^ blockSize(order);
            if (indexOf(order, buddy) < 0) {
                break;
            }
            remove(order, buddy);
            addr &= ~blockSize(order);
            order++;
        }
        insert(order, addr);
    }

    private int firstAtOrAbove(int order, long addr) {
        int lo = 0;
        int hi = freeCount[order];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(free[order][mid], addr) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int indexOf(int order, long addr) {
        int i = firstAtOrAbove(order, addr);
        return i < freeCount[order] && free[order][i] == addr ? i : -1;
    }

    private void insert(int order, long addr) {
        int n = freeCount[order];
        long[] set = resize(order, n + 1);
        int i = firstAtOrAbove(order, addr);
        System.arraycopy(set, i, set, i + 1, n - i);
        set[i] = addr;
        freeCount[order] = n + 1;
    }

    private void remove(int order, long addr) {
        int i = indexOf(order, addr);
        long[] set = free[order];
        System.arraycopy(set, i + 1, set, i, freeCount[order] - i - 1);
        freeCount[order]--;
        resize(order, freeCount[order]);
    }

    /**
     * The length a free set of n blocks has: the smallest power of two above n, at least
     * {@link #MIN_SET}. A function of n alone, so the sets take the same kernel heap
     * whenever the same blocks are free, however many were free in between (sets that
     * kept their largest length left the heap above its baseline after a run that
     * fragmented the space more than the one before: docs/RELIABILITY.md). The sets are
     * short (a few blocks per order), so a resize is a small copy.
     */
    static int setLength(int n) {
        return Math.max(MIN_SET, Integer.highestOneBit(n) << 1);
    }

    /** Gives order's set the length for n blocks (keeping the first min(n, count) entries); returns it. */
    private long[] resize(int order, int n) {
        long[] set = free[order];
        int want = setLength(n);
        if (set.length != want) {
            long[] other = new long[want];
            System.arraycopy(set, 0, other, 0, Math.min(freeCount[order], want));
            free[order] = other;
            set = other;
        }
        return set;
    }

    private static long pageAlign(long bytes) {
        return (bytes + PAGE - 1) & -PAGE;
    }
}
