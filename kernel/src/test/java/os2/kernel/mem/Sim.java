package os2.kernel.mem;

import os2.rt.SimCpu;
import os2.rt.SimMemory;

/** Fresh simulated machine state for a test. */
final class Sim {
    /** Where test allocators keep their state bytes: away from every managed range. */
    static final long META = 0x7000_0000_0000L;

    private Sim() {
    }

    static void reset() {
        SimMemory.reset();
        SimCpu.reset();
        PhysMap.setOffset(0);
        PageTable.setNxEnabled(true);
        Memory.keepBootOffset = false;
        MemSelfTests.simulatedFaults = false;
        KernelHeap.resetForTest();
    }

    /** A fresh machine and an allocator owning exactly [base, end). */
    static FrameAllocator frames(long base, long end) {
        reset();
        FrameAllocator f = new FrameAllocator(base, end, META);
        f.addRange(base, end - base);
        return f;
    }
}
