package os2.kernel.mem;

import os2.rt.Gc;
import os2.rt.Mem;

/**
 * Bodies of the in-kernel memory self tests, run on the live {@link Memory} state. Each
 * returns null on success or the reason it failed; the boot engineer's test framework
 * registers them by name. The JVM tests run them on simulated memory, where no access
 * faults: {@link #simulatedFaults} then routes touches through {@link PageFaults#handle}.
 */
public final class MemSelfTests {
    private static final long PAGE = PageTable.PAGE_4K;
    /** Set by JVM tests: a touch of an unmapped page calls the handler itself. */
    static boolean simulatedFaults;

    private MemSelfTests() {
    }

    /** Writes value at virt as a real access would, returning the fault outcome if it faulted. */
    static int touch(long virt, long value) {
        if (!simulatedFaults) {
            Mem.write64(virt, value); // faults, if any, are resolved by the trap handler
            return PageFaults.RESOLVED;
        }
        return touchSimulated(virt, value);
    }

    /** A touch whose fault is decided by calling the handler directly (no real trap). */
    static int touchSimulated(long virt, long value) {
        PageTable t = Memory.kernelTable();
        if (t.translate(virt) == PageTable.NOT_MAPPED) {
            int outcome = PageFaults.handle(virt, PageFaults.ERR_WRITE, 0);
            if (outcome != PageFaults.RESOLVED) {
                return outcome;
            }
        }
        Mem.write64(PhysMap.virt(t.translate(virt)), value);
        return PageFaults.RESOLVED;
    }

    private static long readBack(long virt) {
        return Mem.read64(PhysMap.virt(Memory.kernelTable().translate(virt)));
    }

    /** Map a frame, translate, write through the mapping, read through the direct map, unmap. */
    public static String mapUnmapTouch() {
        FrameAllocator f = Memory.frames();
        PageTable t = Memory.kernelTable();
        Region r = Memory.space().allocate(PAGE, Region.WRITABLE, 0, PAGE, true, "selftest map");
        long frame = f.allocZeroed(0);
        if (r == null || frame == FrameAllocator.NONE) {
            return "no region or frame";
        }
        String failure = null;
        if (t.map4k(r.base(), frame, PageFlags.KERNEL_RW) != PageTable.OK) {
            failure = "map4k failed";
        } else if (t.translate(r.base() + 8) != frame + 8) {
            failure = "translate disagrees with map";
        } else if (touch(r.base() + 8, 0x0123_4567_89AB_CDEFL) != PageFaults.RESOLVED
                || Mem.read64(PhysMap.virt(frame + 8)) != 0x0123_4567_89AB_CDEFL) {
            failure = "write through the mapping not seen in the frame";
        } else if (t.unmap(r.base()) != frame || t.translate(r.base()) != PageTable.NOT_MAPPED) {
            failure = "unmap did not remove the page";
        }
        PageMapper.unmapRange(t, r.base(), r.size(), false);
        f.free(frame, 0);
        Memory.space().release(r);
        return failure;
    }

    /** A demand-paged region half the size of free memory, touched page by page. */
    public static String demandHalfOfFree() {
        FrameAllocator f = Memory.frames();
        long pages = f.freeFrames() / 2;
        Region r = Memory.space().allocate(pages * PAGE, Region.DEMAND | Region.WRITABLE, 0, PAGE, true,
                "selftest demand");
        if (r == null) {
            return "no address space for " + pages + " pages";
        }
        long faultsBefore = PageFaults.demandFaults();
        String failure = null;
        for (long i = 0; i < pages && failure == null; i++) {
            int outcome = touch(r.base() + i * PAGE, i);
            if (outcome != PageFaults.RESOLVED) {
                failure = "page " + i + ": " + PageFaults.describe();
            }
        }
        if (failure == null && PageFaults.demandFaults() - faultsBefore != pages) {
            failure = "expected " + pages + " demand faults, got " + (PageFaults.demandFaults() - faultsBefore);
        }
        for (long i = 0; i < pages && failure == null; i += 97) {
            if (readBack(r.base() + i * PAGE) != i) {
                failure = "page " + i + " lost its contents";
            }
        }
        Memory.kernelTable().unmapRegion(r);
        Memory.space().release(r);
        return failure;
    }

    /** A demand region larger than free memory: touching it must end in a clean out-of-memory. */
    public static String demandLargerThanFree() {
        FrameAllocator f = Memory.frames();
        long pages = f.freeFrames() + 64;
        Region r = Memory.space().allocate(pages * PAGE, Region.DEMAND | Region.WRITABLE, 0, PAGE, true,
                "selftest oom");
        if (r == null) {
            return "no address space for " + pages + " pages";
        }
        String failure = "touched all " + pages + " pages without running out";
        for (long i = 0; i < pages; i++) {
            // Always through the handler directly: a real kernel-mode OOM fault is a panic.
            int outcome = touchSimulated(r.base() + i * PAGE, i);
            if (outcome == PageFaults.OUT_OF_MEMORY) {
                failure = f.freeFrames() > 1 ? "out of memory with " + f.freeFrames() + " frames free" : null;
                break;
            }
            if (outcome != PageFaults.RESOLVED) {
                failure = "page " + i + ": " + PageFaults.describe();
                break;
            }
        }
        Memory.kernelTable().unmapRegion(r);
        Memory.space().release(r);
        if (failure == null && f.alloc(0) == FrameAllocator.NONE) {
            failure = "frames not returned after the out-of-memory";
        }
        return failure;
    }

    /** A guard page next to a region is reported as a guard hit naming the region. */
    public static String guardHit() {
        Region r = Memory.space().allocate(PAGE, Region.WRITABLE, PAGE, PAGE, true, "selftest guard");
        if (r == null || Memory.kernelTable().mapRegion(r) != PageTable.OK) {
            return "no region";
        }
        String failure = null;
        if (PageFaults.handle(r.base() - 8, PageFaults.ERR_WRITE, 0) != PageFaults.GUARD_HIT
                || PageFaults.handle(r.base() + r.size(), PageFaults.ERR_WRITE, 0) != PageFaults.GUARD_HIT) {
            failure = "not a guard hit: " + PageFaults.describe();
        } else if (PageFaults.lastRegion() != r) {
            failure = "guard hit not attributed to its region";
        }
        Memory.kernelTable().unmapRegion(r);
        Memory.space().release(r);
        return failure;
    }

    /** Kernel text is mapped read+execute only and a write fault there is a W^X violation. */
    public static String kernelTextIsWx() {
        long text = Mem.symbol("_text_start");
        long data = Mem.symbol("_data_start");
        long textEntry = Memory.kernelTable().entry(text);
        long dataEntry = Memory.kernelTable().entry(data);
        if ((textEntry & PageFlags.WRITE) != 0 || (textEntry & PageFlags.NX) != 0) {
            return "kernel text entry is " + PageFlags.describe(textEntry);
        }
        if (Memory.nxEnabled() && (dataEntry & PageFlags.NX) == 0) {
            return "kernel data is executable";
        }
        int outcome = PageFaults.handle(text, PageFaults.ERR_PRESENT | PageFaults.ERR_WRITE, 0);
        return outcome == PageFaults.WX_VIOLATION ? null : "write to text decided as " + PageFaults.describe();
    }

    /** After a round of frame, mapping and heap churn, statistics are back where they began. */
    public static String churnReturnsToStart() {
        churn(); // warm up: page tables that stay (kernel-half PDPTs) get created now
        FrameAllocator f = Memory.frames();
        long free = f.freeFrames();
        long[] blocks = new long[FrameAllocator.MAX_ORDER + 1];
        for (int k = 0; k <= FrameAllocator.MAX_ORDER; k++) {
            blocks[k] = f.freeBlocks(k);
        }
        long space = Memory.space().freeBytes();
        Gc.collect();
        KernelHeap.refresh();
        long live = KernelHeap.liveBytes();
        String failure = churn();
        if (failure != null) {
            return failure;
        }
        Gc.collect();
        KernelHeap.refresh();
        if (f.freeFrames() != free) {
            return "free frames " + free + " before, " + f.freeFrames() + " after";
        }
        for (int k = 0; k <= FrameAllocator.MAX_ORDER; k++) {
            if (f.freeBlocks(k) != blocks[k]) {
                return "free blocks of order " + k + ": " + blocks[k] + " before, " + f.freeBlocks(k) + " after";
            }
        }
        if (Memory.space().freeBytes() != space) {
            return "free address space changed";
        }
        if (KernelHeap.liveBytes() > live + 4096) {
            return "heap live bytes " + live + " before, " + KernelHeap.liveBytes() + " after";
        }
        return null;
    }

    /** 2 MiB blocks: enough allocations to reach every GiB quickly, few enough to hold in an array. */
    private static final int HIGH_ORDER = 9;
    private static final long FOUR_GIB = 4L << 30;

    /**
     * Every 2 MiB block the allocator has is in RAM and reachable through the direct map
     * (a word written at each end reads back), and when the memory map has RAM above
     * 4 GiB some block comes from there. Everything is given back afterwards.
     */
    public static String allFramesReachable() {
        FrameAllocator f = Memory.frames();
        long freeBefore = f.freeFrames();
        long[] held = new long[(int) Math.min(1 << 20, (Memory.ramEnd() >>> 21) + 1)];
        int n = 0;
        long highest = 0;
        String failure = null;
        for (long b = f.alloc(HIGH_ORDER); b != FrameAllocator.NONE && n < held.length; b = f.alloc(HIGH_ORDER)) {
            held[n++] = b;
            long size = FrameAllocator.blockSize(HIGH_ORDER);
            highest = Math.max(highest, b);
            if (b + size > Memory.ramEnd()) {
                failure = failure != null ? failure : "block 0x" + Long.toHexString(b) + " beyond RAM";
                continue;
            }
            Mem.write64(PhysMap.virt(b), b);
            Mem.write64(PhysMap.virt(b + size - 8), ~b);
            if (Mem.read64(PhysMap.virt(b)) != b || Mem.read64(PhysMap.virt(b + size - 8)) != ~b) {
                failure = failure != null ? failure : "block 0x" + Long.toHexString(b) + " did not read back";
            }
        }
        for (int i = 0; i < n; i++) {
            f.free(held[i], HIGH_ORDER);
        }
        if (failure == null && n == 0) {
            failure = "no 2 MiB block at all";
        } else if (failure == null && Memory.ramEnd() > FOUR_GIB && highest < FOUR_GIB) {
            failure = "RAM ends at 0x" + Long.toHexString(Memory.ramEnd()) + " but no block above 4 GiB was handed out";
        } else if (failure == null && f.freeFrames() != freeBefore) {
            failure = "free frames " + freeBefore + " before, " + f.freeFrames() + " after";
        }
        return failure;
    }

    private static String churn() {
        FrameAllocator f = Memory.frames();
        long[] held = new long[64];
        int seed = 12345;
        for (int i = 0; i < held.length; i++) {
            seed = seed * 1103515245 + 12345;
            int order = (seed >>> 16) % 6;
            held[i] = f.alloc(order) * 16 + order; // order packed in the low bits: frames are aligned
        }
        Region r = Memory.space().allocate(64 * PAGE, Region.DEMAND | Region.WRITABLE, 0, PAGE, true, "churn");
        for (int i = 0; r != null && i < 64; i++) {
            touch(r.base() + i * PAGE, i);
        }
        Object[] garbage = new Object[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[64 + i];
        }
        for (int i = 0; i < held.length; i++) {
            if (held[i] >= 0) {
                f.free(held[i] >> 4, (int) (held[i] & 15));
            }
        }
        if (r == null) {
            return "no region for churn";
        }
        Memory.kernelTable().unmapRegion(r);
        Memory.space().release(r);
        return garbage[255] == null ? "unreachable" : null;
    }

    /** A real write to kernel text: the CPU faults and the kernel panics naming W^X. */
    public static String faultWriteText() {
        long text = Mem.symbol("_text_start");
        Mem.write8(text, Mem.read8(text));
        return "no fault: kernel text is writable";
    }

    /** A real touch of a guard page below a mapped region: the kernel panics naming the guard. */
    public static String faultGuardPage() {
        Region r = Memory.space().allocate(PAGE, Region.WRITABLE, PAGE, PAGE, true, "selftest guard");
        if (r == null || Memory.kernelTable().mapRegion(r) != PageTable.OK) {
            return "no region";
        }
        Mem.write64(r.base(), 1);               // the region itself is mapped
        Mem.write64(r.base() - 8, 1);           // the guard below it is not
        return "no fault below the region";
    }
}
