package os2.kernel.mem;

import os2.rt.Mem;

/**
 * Range operations on a {@link PageTable}: mapping a region with fresh frames, mapping a
 * physical range (direct map, kernel image), and unmapping ranges with optional freeing
 * of the frames and pruning of page tables left empty.
 */
final class PageMapper {
    private static final int ORDER_2M = 9;

    private PageMapper() {
    }

    /**
     * Backs a region with zeroed frames (2 MiB ones where the region allows large pages and
     * the address is aligned). Demand-paged and reserved regions are left alone. On
     * failure everything mapped so far is undone and the code returned.
     */
    static int mapRegion(PageTable pt, Region r, long flags) {
        if (r.isDemand() || r.isReserved()) {
            return PageTable.OK;
        }
        FrameAllocator frames = pt.frames();
        long size = r.size();
        for (long done = 0; done < size; ) {
            long v = r.base() + done;
            if ((r.flags() & Region.LARGE_PAGES) != 0 && (v & (PageTable.PAGE_2M - 1)) == 0
                    && size - done >= PageTable.PAGE_2M) {
                long p = frames.allocZeroed(ORDER_2M);
                if (p != FrameAllocator.NONE) {
                    int rc = pt.map2m(v, p, flags);
                    if (rc != PageTable.OK) {
                        frames.free(p, ORDER_2M);
                        unmapRange(pt, r.base(), done, true);
                        return rc;
                    }
                    done += PageTable.PAGE_2M;
                    continue;
                }
            }
            long p = frames.allocZeroed(0);
            int rc = p == FrameAllocator.NONE ? PageTable.NO_MEMORY : pt.map4k(v, p, flags);
            if (rc != PageTable.OK) {
                if (p != FrameAllocator.NONE) {
                    frames.free(p, 0);
                }
                unmapRange(pt, r.base(), done, true);
                return rc;
            }
            done += PageTable.PAGE_4K;
        }
        return PageTable.OK;
    }

    /** Maps [phys, phys+size) at virt, with 2 MiB pages wherever both are aligned. */
    static int mapPhys(PageTable pt, long virt, long phys, long size, long flags) {
        for (long done = 0; done < size; ) {
            long v = virt + done;
            long p = phys + done;
            int rc;
            long step;
            if (((v | p) & (PageTable.PAGE_2M - 1)) == 0 && size - done >= PageTable.PAGE_2M) {
                rc = pt.map2m(v, p, flags);
                step = PageTable.PAGE_2M;
            } else {
                rc = pt.map4k(v, p, flags);
                step = PageTable.PAGE_4K;
            }
            if (rc != PageTable.OK) {
                return rc;
            }
            done += step;
        }
        return PageTable.OK;
    }

    /**
     * Unmaps [virt, virt+size); with freeFrames, returns each mapped frame to the allocator
     * (order 0 for 4 KiB leaves, order 9 for 2 MiB leaves, as {@link #mapRegion} took them).
     * Page tables left empty are freed.
     */
    static int unmapRange(PageTable pt, long virt, long size, boolean freeFrames) {
        FrameAllocator frames = pt.frames();
        for (long done = 0; done < size; ) {
            long v = virt + done;
            long leaf = pt.leafSize(v);
            long step;
            if (leaf == PageTable.PAGE_2M && (v & (PageTable.PAGE_2M - 1)) == 0
                    && size - done >= PageTable.PAGE_2M) {
                long p = pt.unmap2m(v);
                if (freeFrames) {
                    frames.free(p, ORDER_2M);
                }
                step = PageTable.PAGE_2M;
            } else if (leaf == 0 && pt.tableAt(v, PageTable.PT) < 0) {
                // No page table here at all: skip to the next 2 MiB boundary.
                step = Math.min(PageTable.PAGE_2M - (v & (PageTable.PAGE_2M - 1)), size - done);
            } else {
                long p = pt.unmap(v);
                if (p == PageTable.NO_MEMORY) {
                    return PageTable.NO_MEMORY;
                }
                if (freeFrames && p >= 0) {
                    frames.free(p, 0);
                }
                step = PageTable.PAGE_4K;
            }
            done += step;
            if (done >= size || ((virt + done) & (PageTable.PAGE_2M - 1)) == 0) {
                prune(pt, v);
            }
        }
        return PageTable.OK;
    }

    /**
     * Unmaps the 4 KiB pages of [virt, virt+size) without freeing their frames and returns
     * them as (virt, phys) pairs; empty tables are freed. For moving pages to another table.
     */
    static long[] takeRange(PageTable pt, long virt, long size) {
        long[] out = new long[16];
        int n = 0;
        for (long done = 0; done < size; ) {
            long v = virt + done;
            long step = PageTable.PAGE_4K;
            if (pt.leafSize(v) == 0 && pt.tableAt(v, PageTable.PT) < 0) {
                step = Math.min(PageTable.PAGE_2M - (v & (PageTable.PAGE_2M - 1)), size - done);
            } else {
                long p = pt.unmap(v);
                if (p >= 0) {
                    if (n + 2 > out.length) {
                        long[] bigger = new long[out.length * 2];
                        System.arraycopy(out, 0, bigger, 0, n);
                        out = bigger;
                    }
                    out[n++] = v;
                    out[n++] = p;
                }
            }
            done += step;
            if (done >= size || ((virt + done) & (PageTable.PAGE_2M - 1)) == 0) {
                prune(pt, v);
            }
        }
        long[] exact = new long[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    /** Frees the PT, PD and (lower half only) PDPT covering virt when they became empty. */
    static void prune(PageTable pt, long virt) {
        FrameAllocator frames = pt.frames();
        int highest = virt < 0 ? PageTable.PD : PageTable.PDPT;
        for (int level = PageTable.PT; level <= highest; level++) {
            long table = pt.tableAt(virt, level);
            if (table < 0) {
                continue; // gone already, or never made (a 2 MiB leaf sat above it)
            }
            if (!empty(table)) {
                return;
            }
            long parent = pt.tableAt(virt, level + 1);
            pt.changed();
            Mem.write64(PageTable.entryVirt(parent, virt, level + 1), 0);
            os2.rt.Cpu.invlpg(virt);
            frames.free(table, 0);
        }
    }

    private static boolean empty(long table) {
        for (int i = 0; i < PageTable.ENTRIES; i++) {
            if (Mem.read64(PhysMap.virt(table + 8L * i)) != 0) {
                return false;
            }
        }
        return true;
    }
}
