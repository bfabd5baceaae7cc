package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import os2.rt.Mem;
import os2.rt.SimCpu;

class PageTableTest {
    private static final long MIB = 1L << 20;
    private static final long PAGE = 4096;
    private static final long M2 = 2 * MIB;
    private static final long KERNEL = 0xFFFF_FFFF_8000_0000L;

    private FrameAllocator frames;
    private PageTable pt;

    @BeforeEach
    void setUp() {
        frames = Sim.frames(16 * MIB, 24 * MIB);
        pt = new PageTable(frames);
    }

    @Test
    void map4kTranslatesAndUnmapInvalidates() {
        long v = 0x0000_1234_5678_9000L;
        assertEquals(PageTable.OK, pt.map4k(v, 0x4_0000_0000L, PageFlags.KERNEL_RW));
        assertEquals(0x4_0000_0123L, pt.translate(v + 0x123));
        assertEquals(PageTable.PAGE_4K, pt.leafSize(v));
        long e = pt.entry(v);
        assertTrue((e & PageFlags.WRITE) != 0 && (e & PageFlags.NX) != 0 && (e & PageFlags.GLOBAL) != 0);
        assertTrue(SimCpu.get().invlpgs.isEmpty(), "not-present to present needs no invlpg (SDM 4.10.4.3)");
        assertEquals(PageTable.ALREADY_MAPPED, pt.map4k(v, 0x5000, PageFlags.KERNEL_RW));
        assertEquals(0x4_0000_0000L, pt.unmap(v));
        assertEquals(PageTable.NOT_MAPPED, pt.translate(v));
        assertEquals(PageTable.NOT_MAPPED, pt.unmap(v));
        assertTrue(SimCpu.get().invlpgs.contains(v));
    }

    @Test
    void theTopPageOfTheAddressSpace() {
        long top = 0xFFFF_FFFF_FFFF_F000L;
        assertEquals(PageTable.OK, pt.map4k(top, 0x7000, PageFlags.KERNEL_RO));
        assertEquals(0x7FFFL, pt.translate(-1L));
        assertEquals(PageTable.NOT_MAPPED, pt.translate(top - PAGE));
        assertEquals(511, PageTable.index(top, 3));
        assertEquals(PageTable.BAD_ADDRESS, pt.map4k(0x0000_8000_0000_0000L, 0, PageFlags.KERNEL_RW));
        assertEquals(PageTable.BAD_ADDRESS, pt.map4k(top + 8, 0, PageFlags.KERNEL_RW));
    }

    @Test
    void twoMibPagesAndSplitting() {
        long v = KERNEL + 64 * MIB;
        long p = 0x1_0000_0000L;
        long flags = PageFlags.KERNEL_RW | PageFlags.PAT_LARGE;
        assertEquals(PageTable.BAD_ADDRESS, pt.map2m(v + PAGE, p, flags));
        assertEquals(PageTable.OK, pt.map2m(v, p, flags));
        assertEquals(M2, pt.leafSize(v + 5 * PAGE));
        assertEquals(p + 0x1F_FFFFL, pt.translate(v + 0x1F_FFFFL));
        assertEquals(PageTable.ALREADY_MAPPED, pt.map4k(v + PAGE, 0, PageFlags.KERNEL_RW));
        long free = frames.freeFrames();
        assertEquals(p + 5 * PAGE, pt.unmap(v + 5 * PAGE), "split, then unmapped");
        assertEquals(free - 1, frames.freeFrames(), "one frame for the new page table");
        assertEquals(PageTable.NOT_MAPPED, pt.translate(v + 5 * PAGE));
        for (long off = 0; off < M2; off += PAGE) {
            if (off != 5 * PAGE) {
                assertEquals(p + off, pt.translate(v + off));
                assertEquals(PageTable.PAGE_4K, pt.leafSize(v + off));
                long e = pt.entry(v + off);
                assertEquals(PageFlags.KERNEL_RW | PageFlags.PAT_4K, e & ~PageFlags.ADDR_MASK);
            }
        }
        assertTrue(SimCpu.get().invlpgs.contains(v + 5 * PAGE));
    }

    @Test
    void unmap2mOnlyRemovesLargeLeaves() {
        assertEquals(PageTable.OK, pt.map2m(M2 * 7, M2 * 3, PageFlags.KERNEL_RW));
        assertEquals(M2 * 3, pt.unmap2m(M2 * 7 + PAGE));
        assertEquals(PageTable.NOT_MAPPED, pt.translate(M2 * 7));
        pt.map4k(M2 * 9, 0, PageFlags.KERNEL_RW);
        assertEquals(PageTable.NOT_MAPPED, pt.unmap2m(M2 * 9));
    }

    @Test
    void newTablesAreZeroedEvenOverDirtyFrames() {
        frames = Sim.frames(16 * MIB, 16 * MIB + 32 * PAGE);
        pt = new PageTable(frames);
        long p;
        java.util.List<Long> all = new java.util.ArrayList<>();
        while ((p = frames.alloc(0)) != FrameAllocator.NONE) {
            Mem.fill(p, (byte) 0xA5, PAGE);
            all.add(p);
        }
        for (long q : all) {
            frames.free(q, 0);
        }
        assertEquals(PageTable.OK, pt.map4k(0x40_0000_0000L, 0x9000, PageFlags.KERNEL_RW));
        assertEquals(0x9000, pt.translate(0x40_0000_0000L));
        assertEquals(PageTable.NOT_MAPPED, pt.translate(0x40_0000_1000L));
        assertEquals(PageTable.NOT_MAPPED, pt.translate(0x40_4000_0000L));
        assertEquals(PageTable.NOT_MAPPED, pt.translate(0x48_0000_0000L));
    }

    @Test
    void emptyTablesAreFreedByUnmapRange() {
        long free = frames.freeFrames();
        pt.map4k(0x1000_0000_0000L, 0x9000, PageFlags.KERNEL_RW);
        assertEquals(free - 3, frames.freeFrames(), "PDPT, PD, PT");
        assertEquals(PageTable.OK, pt.unmapRange(0x1000_0000_0000L, PAGE));
        assertEquals(free, frames.freeFrames(), "lower half: all freed");
        pt.map4k(KERNEL, 0x9000, PageFlags.KERNEL_RW);
        pt.unmapRange(KERNEL, PAGE);
        assertEquals(free - 1, frames.freeFrames(), "upper half: the shared PDPT stays");
    }

    @Test
    void userLeavesMakeTheirPathUserAccessible() {
        long v = 0x40_0000_0000L;
        pt.map4k(v, 0x9000, PageFlags.KERNEL_RW);
        pt.map4k(v + PAGE, 0xA000, PageFlags.PRESENT | PageFlags.USER | PageFlags.WRITE);
        long pml4e = Mem.read64(pt.root() + 8L * PageTable.index(v, 3));
        assertTrue((pml4e & PageFlags.USER) != 0);
        assertTrue((pt.entry(v) & PageFlags.USER) == 0, "the kernel leaf stays supervisor-only");
    }

    @Test
    void nxIsStrippedWhenTheCpuLacksIt() {
        PageTable.setNxEnabled(false);
        pt.map4k(0x5000_0000L, 0x9000, PageFlags.KERNEL_RW);
        assertEquals(0, pt.entry(0x5000_0000L) & PageFlags.NX);
        PageTable.setNxEnabled(true);
    }

    @Test
    void mapRegionUsesLargePagesAndUnmapRegionFreesEverything() {
        AddressSpace s = new AddressSpace();
        long free = frames.freeFrames();
        Region r = s.allocate(4 * MIB + 3 * PAGE, Region.WRITABLE | Region.LARGE_PAGES, M2, PAGE, false, "big");
        assertEquals(PageTable.OK, pt.mapRegion(r));
        assertEquals(M2, pt.leafSize(r.base()));
        assertEquals(M2, pt.leafSize(r.base() + M2));
        assertEquals(PAGE, pt.leafSize(r.base() + 4 * MIB + 2 * PAGE));
        assertEquals(PageTable.NOT_MAPPED, pt.translate(r.base() - 1), "guard below");
        assertEquals(PageTable.NOT_MAPPED, pt.translate(r.base() + r.size()), "guard above");
        pt.unmapRegion(r);
        assertEquals(free, frames.freeFrames());
    }

    @Test
    void regionsOfOnlyLargePagesFreeTheirTablesToo() {
        AddressSpace s = new AddressSpace();
        long free = frames.freeFrames();
        Region r = s.allocate(4 * MIB, Region.WRITABLE | Region.LARGE_PAGES, 0, 0, false, "2m only");
        assertEquals(PageTable.OK, pt.mapRegion(r));
        assertEquals(free - 1024 - 2, frames.freeFrames(), "two 2 MiB frames, a PDPT and a PD");
        pt.unmapRegion(r);
        assertEquals(free, frames.freeFrames());
        assertTrue(SimCpu.get().invlpgs.contains(r.base() + M2));
    }

    @Test
    void mapRegionRollsBackWhenFramesRunOut() {
        AddressSpace s = new AddressSpace();
        long free = frames.freeFrames();
        Region r = s.allocate(16 * MIB, Region.WRITABLE, 0, 0, false, "too big");
        assertEquals(PageTable.NO_MEMORY, pt.mapRegion(r));
        assertEquals(free, frames.freeFrames());
        assertEquals(PageTable.NOT_MAPPED, pt.translate(r.base()));
    }

    @Test
    void demandRegionsAreNotMappedUpFront() {
        AddressSpace s = new AddressSpace();
        Region r = s.allocate(MIB, Region.WRITABLE | Region.DEMAND, 0, 0, true, "lazy");
        long free = frames.freeFrames();
        assertEquals(PageTable.OK, pt.mapRegion(r));
        assertEquals(free, frames.freeFrames());
    }

    /** Random map/unmap of pages against a map model, in both halves. */
    @Property(tries = 60)
    void matchesAModel(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 4095) Integer> ops) {
        setUp();
        Map<Long, Long> model = new HashMap<>();
        for (int op : ops) {
            long virt = ((op & 1) == 0 ? 0x0000_7FFF_FF80_0000L : -M2 * 4) + (op >> 1) * PAGE;
            long phys = 0x1_0000_0000L + op * PAGE;
            if (model.containsKey(virt) && op % 3 == 0) {
                assertEquals((long) model.remove(virt), pt.unmap(virt));
            } else {
                int rc = pt.map4k(virt, phys, PageFlags.KERNEL_RW);
                assertEquals(model.containsKey(virt) ? PageTable.ALREADY_MAPPED : PageTable.OK, rc);
                model.putIfAbsent(virt, phys);
            }
        }
        for (int i = 0; i < 2048; i += 7) {
            for (long half : new long[] {0x0000_7FFF_FF80_0000L, -M2 * 4}) {
                long v = half + i * PAGE;
                assertEquals(model.getOrDefault(v, PageTable.NOT_MAPPED), pt.translate(v));
            }
        }
        assertFalse(pt.root() < 0);
    }

    /**
     * The counts a status report reads (walked again only after a change) equal fresh walks
     * after every kind of change: 4 KiB and 2 MiB maps, unmaps (with splits), range unmaps
     * that prune tables, and the demand fill's leafTable + setLeaf4k.
     */
    @Property(tries = 60)
    void countedFiguresFollowEveryChange(@ForAll @Size(max = 120) List<@IntRange(min = 0, max = 4095) Integer> ops) {
        setUp();
        long base = 0x0000_0040_0000_0000L;
        for (int op : ops) {
            long virt = base + (op % 1024) * PAGE;
            switch (op % 6) {
                case 0, 1 -> pt.map4k(virt, 0x1_0000_0000L + op * PAGE, PageFlags.KERNEL_RW);
                case 2 -> pt.unmap(virt);
                case 3 -> pt.map2m(base + (op % 2) * M2, 0x2_0000_0000L, PageFlags.KERNEL_RW);
                case 4 -> pt.unmapRange(virt & -M2, M2);
                default -> {
                    long table = pt.leafTable(virt, PageFlags.KERNEL_RW);
                    if (table >= 0 && (Mem.read64(PageTable.entryVirt(table, virt, 0)) & PageFlags.PRESENT) == 0) {
                        PageTable.setLeaf4k(PageTable.entryVirt(table, virt, 0), 0x3_0000_0000L, PageFlags.KERNEL_RW);
                    }
                }
            }
            assertEquals(pt.lowerPages(), pt.lowerPagesCounted(), "after op " + op);
            assertEquals(pt.lowerTableFrames(), pt.lowerTableFramesCounted(), "after op " + op);
        }
    }
}
