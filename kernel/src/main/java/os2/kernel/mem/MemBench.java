package os2.kernel.mem;

import os2.rt.Cpu;
import os2.rt.Mem;

/**
 * Micro-benchmarks of the memory paths, timed with the TSC. Under
 * {@code qemu -icount shift=0,sleep=off} one TSC tick is one guest instruction, so the
 * results are guest instructions per operation (docs/BENCHMARKS.md). Each returns ticks
 * per operation, or -1 if it could not get the memory it needs.
 */
public final class MemBench {
    private static final long PAGE = PageTable.PAGE_4K;

    private MemBench() {
    }

    /** One frame alloc(0) + free, repeated n times. */
    public static long frameAllocFree(int n) {
        FrameAllocator f = Memory.frames();
        long t0 = Cpu.rdtsc();
        for (int i = 0; i < n; i++) {
            long p = f.alloc(0);
            if (p == FrameAllocator.NONE) {
                return -1;
            }
            f.free(p, 0);
        }
        return (Cpu.rdtsc() - t0) / n;
    }

    /** One 4 KiB map4k + unmap of the same page (its page table stays), repeated n times. */
    public static long map4kUnmap(int n) {
        PageTable t = Memory.kernelTable();
        Region r = Memory.space().allocate(PAGE, Region.WRITABLE, 0, 0, true, "bench map");
        long frame = Memory.frames().alloc(0);
        if (r == null || frame == FrameAllocator.NONE) {
            return -1;
        }
        t.map4k(r.base(), frame, PageFlags.KERNEL_RW); // creates the tables outside the timing
        t.unmap(r.base());
        long t0 = Cpu.rdtsc();
        for (int i = 0; i < n; i++) {
            t.map4k(r.base(), frame, PageFlags.KERNEL_RW);
            t.unmap(r.base());
        }
        long perOp = (Cpu.rdtsc() - t0) / n;
        PageMapper.unmapRange(t, r.base(), r.size(), false);
        Memory.frames().free(frame, 0);
        Memory.space().release(r);
        return perOp;
    }

    /** One demand-zero fault (first touch of a demand-paged page), n pages. */
    public static long demandZeroFault(int n) {
        Region r = Memory.space().allocate(n * PAGE, Region.DEMAND | Region.WRITABLE, 0, 0, true,
                "bench demand");
        if (r == null) {
            return -1;
        }
        boolean ok = true;
        long t0 = Cpu.rdtsc();
        for (int i = 0; i < n && ok; i++) {
            ok = MemSelfTests.touch(r.base() + i * PAGE, i) == PageFaults.RESOLVED;
        }
        long perOp = ok ? (Cpu.rdtsc() - t0) / n : -1;
        Memory.kernelTable().unmapRegion(r);
        Memory.space().release(r);
        return perOp;
    }

    /**
     * Per-task page-table views: one switch from one task's view to another's is a CR3
     * write (the kernel half is shared, so nothing else changes). Returns ticks per switch.
     */
    public static long viewSwitch(int n) {
        PageTable kernel = Memory.kernelTable();
        PageTable view = kernel.newView();
        if (view == null) {
            return -1;
        }
        long t0 = Cpu.rdtsc();
        for (int i = 0; i < n; i++) {
            Cpu.writeCr3(view.root());
            Cpu.writeCr3(kernel.root());
        }
        long perSwitch = (Cpu.rdtsc() - t0) / (2L * n);
        view.freeView();
        return perSwitch;
    }

    /**
     * The alternative, the original OS2's: one page table for everyone, and a switch turns
     * the U bit off on every page of the outgoing task and on for the incoming one (with
     * an invlpg each). Two tasks of {@code pages} mapped pages each; ticks per switch.
     */
    public static long userBitSwitch(int pages, int n) {
        PageTable t = Memory.kernelTable();
        Region a = Memory.space().allocate(pages * PAGE, Region.WRITABLE | Region.USER, 0, 0, false, "bench task a");
        Region b = Memory.space().allocate(pages * PAGE, Region.WRITABLE | Region.USER, 0, 0, false, "bench task b");
        if (a == null || b == null || t.mapRegion(a) != PageTable.OK || t.mapRegion(b) != PageTable.OK) {
            return -1;
        }
        long t0 = Cpu.rdtsc();
        for (int i = 0; i < n; i++) {
            setUser(t, a, false);
            setUser(t, b, true);
            setUser(t, b, false);
            setUser(t, a, true);
        }
        long perSwitch = (Cpu.rdtsc() - t0) / (2L * n);
        t.unmapRegion(a);
        t.unmapRegion(b);
        Memory.space().release(a);
        Memory.space().release(b);
        return perSwitch;
    }

    private static void setUser(PageTable t, Region r, boolean on) {
        for (long v = r.base(); v - r.base() < r.size(); v += PAGE) {
            long slot = PageTable.entryVirt(t.tableAt(v, PageTable.PT), v, PageTable.PT);
            long e = Mem.read64(slot);
            Mem.write64(slot, on ? e | PageFlags.USER : e & ~PageFlags.USER);
            Cpu.invlpg(v);
        }
    }
}
