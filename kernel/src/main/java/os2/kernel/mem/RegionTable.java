package os2.kernel.mem;

import os2.rt.NoAlloc;

/**
 * The registered regions of an address space, sorted by span start (unsigned), so the
 * page-fault handler can find the region of an address by binary search without
 * allocating. Spans never overlap (the {@link AddressSpace} hands out disjoint ranges).
 */
final class RegionTable {
    private Region[] regions = new Region[16];
    private int count;
    /**
     * The region {@link #find} found last: faults come in runs on one region (a task
     * filling its heap or stack page by page), and a hit costs one unsigned compare
     * instead of the binary search. Spans are fixed, so it is only forgotten on removal.
     */
    private Region last;

    int count() {
        return count;
    }

    Region get(int i) {
        return regions[i];
    }

    void add(Region r) {
        if (count == regions.length) {
            Region[] bigger = new Region[regions.length * 2];
            System.arraycopy(regions, 0, bigger, 0, count);
            regions = bigger;
        }
        int i = count;
        while (i > 0 && Long.compareUnsigned(regions[i - 1].spanBase(), r.spanBase()) > 0) {
            regions[i] = regions[i - 1];
            i--;
        }
        regions[i] = r;
        count++;
    }

    boolean remove(Region r) {
        for (int i = 0; i < count; i++) {
            if (regions[i] == r) {
                if (last == r) {
                    last = null;   // first: a fault taken meanwhile must not find it there
                }
                System.arraycopy(regions, i + 1, regions, i, count - i - 1);
                regions[--count] = null;
                return true;
            }
        }
        return false;
    }

    /** The region whose span (guards included) holds addr, or null. */
    @NoAlloc
    Region find(long addr) {
        Region l = last;
        if (l != null && l.spanHolds(addr)) {
            return l;
        }
        int lo = 0;
        int hi = count - 1;
        Region best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (Long.compareUnsigned(regions[mid].spanBase(), addr) <= 0) {
                best = regions[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best != null && Long.compareUnsigned(addr, best.spanLast()) <= 0) {
            last = best;
            return best;
        }
        return null;
    }
}
