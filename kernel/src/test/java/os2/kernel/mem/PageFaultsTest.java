package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import os2.rt.Mem;

class PageFaultsTest {
    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    private static final long RIP = 0xFFFF_FFFF_8010_1234L;

    private FrameAllocator frames;
    private PageTable pt;
    private AddressSpace space;

    @BeforeEach
    void setUp() {
        frames = Sim.frames(16 * MIB, 20 * MIB);
        pt = new PageTable(frames);
        space = new AddressSpace();
        PageFaults.install(space, pt, frames);
    }

    @Test
    void firstTouchOfADemandRegionMapsAZeroedFrame() {
        Region r = space.allocate(16 * PAGE, Region.DEMAND | Region.WRITABLE, 0, PAGE, true, "lazy");
        long free = frames.freeFrames();
        long before = PageFaults.demandFaults();
        assertEquals(PageFaults.RESOLVED, PageFaults.handle(r.base() + 3 * PAGE + 40, PageFaults.ERR_WRITE, RIP));
        long phys = pt.translate(r.base() + 3 * PAGE);
        assertNotEquals(PageTable.NOT_MAPPED, phys);
        assertEquals(before + 1, PageFaults.demandFaults());
        for (long off = 0; off < PAGE; off += 8) {
            assertEquals(0, Mem.read64(phys + off));
        }
        long e = pt.entry(r.base() + 3 * PAGE);
        assertTrue((e & PageFlags.WRITE) != 0 && (e & PageFlags.NX) != 0);
        assertTrue(free - frames.freeFrames() >= 1);
        // A second not-present fault on the same page (stale TLB) maps nothing new.
        long after = frames.freeFrames();
        assertEquals(PageFaults.RESOLVED, PageFaults.handle(r.base() + 3 * PAGE, 0, RIP));
        assertEquals(after, frames.freeFrames());
    }

    @Test
    void guardPagesAreReportedWithTheirRegion() {
        Region r = space.allocate(4 * PAGE, Region.DEMAND | Region.WRITABLE, PAGE, PAGE, true, "stack");
        assertEquals(PageFaults.GUARD_HIT, PageFaults.handle(r.base() - 8, PageFaults.ERR_WRITE, RIP));
        assertSame(r, PageFaults.lastRegion());
        String text = PageFaults.describe();
        assertTrue(text.startsWith("guard page hit at 0x" + Long.toHexString(r.base() - 8)), text);
        assertTrue(text.contains("stack"), text);
        assertTrue(text.contains("rip 0xffffffff80101234"), text);
        assertEquals(PageFaults.GUARD_HIT, PageFaults.handle(r.base() + 4 * PAGE, 0, RIP));
    }

    @Test
    void writesToKernelTextAreWxViolations() {
        long text = 0xFFFF_FFFF_8010_0000L;
        space.reserve(text, 16 * PAGE, Region.RESERVED | Region.EXECUTABLE, "kernel text");
        space.reserve(text + 16 * PAGE, 4 * PAGE, Region.RESERVED, "kernel rodata");
        long err = PageFaults.ERR_PRESENT | PageFaults.ERR_WRITE;
        assertEquals(PageFaults.WX_VIOLATION, PageFaults.handle(text + 100, err, RIP));
        assertEquals(PageFaults.PROTECTION, PageFaults.handle(text + 16 * PAGE, err, RIP));
        assertEquals(PageFaults.NX_VIOLATION,
                PageFaults.handle(text + 16 * PAGE, PageFaults.ERR_PRESENT | PageFaults.ERR_FETCH, RIP));
    }

    @Test
    void everythingElseIsUnhandledOrProtection() {
        space.reserve(0, 2 * MIB, Region.RESERVED, "null page guard");
        assertEquals(PageFaults.UNHANDLED, PageFaults.handle(8, 0, RIP));
        assertEquals("null page guard", PageFaults.lastRegion().name());
        assertEquals(PageFaults.UNHANDLED, PageFaults.handle(0x1234_5678_9000L, PageFaults.ERR_WRITE, RIP));
        assertEquals(null, PageFaults.lastRegion());
        Region k = space.allocate(PAGE, Region.DEMAND | Region.WRITABLE, 0, 0, true, "kernel data");
        assertEquals(PageFaults.PROTECTION, PageFaults.handle(k.base(), PageFaults.ERR_USER, RIP));
        assertEquals(PageFaults.RESERVED_BIT,
                PageFaults.handle(k.base(), PageFaults.ERR_PRESENT | PageFaults.ERR_RESERVED, RIP));
        Region ro = space.allocate(PAGE, Region.DEMAND, 0, 0, true, "read-only demand");
        assertEquals(PageFaults.PROTECTION, PageFaults.handle(ro.base(), PageFaults.ERR_WRITE, RIP));
        assertEquals(PageFaults.RESOLVED, PageFaults.handle(ro.base(), 0, RIP));
        assertEquals(0, pt.entry(ro.base()) & PageFlags.WRITE);
    }

    @Test
    void runningOutOfFramesIsReportedAndLeaksNothing() {
        Region r = space.allocate(8 * MIB, Region.DEMAND | Region.WRITABLE, 0, 0, true, "huge");
        int outcome = PageFaults.RESOLVED;
        long page = 0;
        while (outcome == PageFaults.RESOLVED) {
            outcome = PageFaults.handle(r.base() + page * PAGE, PageFaults.ERR_WRITE, RIP);
            page++;
            assertTrue(page <= 1024, "must stop before the region ends");
        }
        assertEquals(PageFaults.OUT_OF_MEMORY, outcome);
        assertEquals(0, frames.freeFrames());
        assertTrue(PageFaults.describe().startsWith("out of memory"));
        pt.unmapRegion(r);
        assertEquals(frames.totalFrames() - 2, frames.freeFrames(), "only the PML4 and the kernel-half PDPT stay");
    }

    @Test
    void aFrameWithoutRoomForItsPageTableIsGivenBack() {
        long p;
        while ((p = frames.alloc(0)) != FrameAllocator.NONE) {
            if (frames.freeFrames() == 1) {
                break;
            }
        }
        Region r = space.allocate(PAGE, Region.DEMAND | Region.WRITABLE, 0, 0, false, "needs tables");
        assertEquals(PageFaults.OUT_OF_MEMORY, PageFaults.handle(r.base(), PageFaults.ERR_WRITE, RIP));
        assertEquals(1, frames.freeFrames());
    }

    @Test
    void errorCodesInWords() {
        assertEquals("0x2 (page not present, write, kernel mode)", PageFaults.decodeError(PageFaults.ERR_WRITE));
        assertEquals("0x15 (protection violation, instruction fetch, user mode)",
                PageFaults.decodeError(PageFaults.ERR_PRESENT | PageFaults.ERR_USER | PageFaults.ERR_FETCH));
        assertEquals("0x29 (protection violation, read, kernel mode, reserved bit set, protection key)",
                PageFaults.decodeError(PageFaults.ERR_PRESENT | PageFaults.ERR_RESERVED | PageFaults.ERR_PKEY));
    }

    @Test
    void aReleasedRegionIsNotKeptByTheLastFault() {
        Region r = space.allocate(4 * PAGE, Region.DEMAND | Region.WRITABLE, 0, 0, true, "task data");
        r.owner = new Object();   // a task, which the region would keep alive
        assertEquals(PageFaults.RESOLVED, PageFaults.handle(r.base(), PageFaults.ERR_WRITE, RIP));
        assertSame(r, PageFaults.lastRegion());
        pt.unmapRegion(r);
        assertTrue(space.release(r));
        assertNull(PageFaults.lastRegion(), "a dead region (and its owner) kept alive by the fault record");
    }
}
