package os2.kernel.mem;

import os2.rt.Mem;

/**
 * Memory self tests that end the kernel with a page-fault panic on purpose (run only
 * when named; tests/src/test/java/os2/it/FaultTest checks the report).
 */
public final class MemFaultSelfTests {
    static final long PAGE = AddressSpace.PAGE;
    /** How many pages more than are free the demand region gets. */
    static final long EXTRA_PAGES = 64;
    static final String OOM_REGION = "selftest demand-oom";

    private MemFaultSelfTests() {
    }

    /**
     * fault-demand-oom: touches, page by page with real writes, a demand-paged region
     * larger than free memory. The page faults map zeroed frames until none is left;
     * that kernel-mode fault must panic naming the region and "out of memory".
     */
    public static String faultDemandOutOfMemory() {
        long pages = Memory.frames().freeFrames() + EXTRA_PAGES;
        Region r = Memory.space().allocate(pages * PAGE, Region.DEMAND | Region.WRITABLE, 0, PAGE, true, OOM_REGION);
        if (r == null) {
            return "no address space for " + pages + " pages";
        }
        for (long i = 0; i < pages; i++) {
            Mem.write64(r.base() + i * PAGE, i);
        }
        return "touched all " + pages + " pages without running out";
    }
}
