package os2.kernel.mem;

import os2.rt.Cpu;

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
}
