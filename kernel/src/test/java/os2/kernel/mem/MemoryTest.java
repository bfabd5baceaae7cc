package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import os2.rt.SimCpu;
import os2.rt.SimMemory;

class MemoryTest {
    private static final long KIB = 1L << 10;
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;
    private static final long K = Memory.KERNEL_VIRT_BASE;
    private static final long KERNEL_START = MIB;
    private static final long KERNEL_END = 3 * MIB + 12 * KIB;

    /** A machine like QEMU's: a low 639 KiB, a BIOS hole, RAM from 1 MiB, maybe RAM above 4 GiB. */
    static void boot(long lowRamEnd, long highRam, String cmdline) {
        Sim.reset();
        Memory.keepBootOffset = true;
        SimMemory m = SimMemory.get();
        m.defineSymbol("_text_start", K + MIB);
        m.defineSymbol("_text_end", K + MIB + 512 * KIB);
        m.defineSymbol("_rodata_start", K + MIB + 512 * KIB);
        m.defineSymbol("_rodata_end", K + 2 * MIB - 100);
        m.defineSymbol("_data_start", K + 2 * MIB);
        m.defineSymbol("_bss_end", K + KERNEL_END);
        SimCpu.get().cpuidLeaves.put(0x8000_0001, new int[] {0, 0, 0, 1 << 20});
        List<MemoryMapEntry> map = new java.util.ArrayList<>(List.of(
                new MemoryMapEntry(0, 0x9FC00, 1),
                new MemoryMapEntry(0x9FC00, 0x400, 2),
                new MemoryMapEntry(0xF0000, 0x10000, 2),
                new MemoryMapEntry(MIB, lowRamEnd - MIB, 1),
                new MemoryMapEntry(0xFFFC_0000L, 0x40000, 2)));
        if (highRam > 0) {
            map.add(new MemoryMapEntry(4 * GIB, highRam, 1));
        }
        long[] modules = {8 * MIB + 100, 5000, 0x9000, 200}; // a module, the multiboot info
        Memory.init(map, KERNEL_START, KERNEL_END, modules, cmdline, 0, GIB);
    }

    @Test
    void fourGibMachineUsesAllItsMemory() {
        boot(3 * GIB, GIB, "console=serial heap=4M");
        FrameAllocator f = Memory.frames();
        long usable = (3 * GIB - MIB) + GIB - (KERNEL_END - KERNEL_START) - 2 * 4096 /* module pages */;
        long meta = FrameAllocator.metadataBytes(3 * MIB + 16 * KIB, 5 * GIB);
        assertEquals(usable - meta, f.totalFrames() * 4096);
        assertEquals(0x9F000 + (3 * GIB - MIB) + GIB, Memory.ramBytes(), "low RAM page-aligned inward");
        PageTable t = Memory.kernelTable();
        assertEquals(t.root(), SimCpu.get().cr[3]);
        assertTrue((SimCpu.get().msrs.get(Memory.MSR_EFER) & Memory.EFER_NXE) != 0);
        assertTrue((SimCpu.get().cr[0] & Memory.CR0_WP) != 0);
        long high = PhysMap.DIRECT_MAP_BASE + 4 * GIB + 0x12_3456L;
        assertEquals(4 * GIB + 0x12_3456L, t.translate(high));
        assertEquals(PageTable.PAGE_2M, t.leafSize(high));
        assertEquals(PageTable.NOT_MAPPED, t.translate(PhysMap.DIRECT_MAP_BASE + 3 * GIB + 4096), "hole");
        assertEquals(PageTable.NOT_MAPPED, t.translate(MIB), "boot identity mapping gone");
        boolean above4g = false;
        long p;
        while ((p = f.alloc(FrameAllocator.MAX_ORDER)) != FrameAllocator.NONE) {
            above4g |= p >= 4 * GIB;
        }
        assertTrue(above4g, "RAM above the 4 GiB hole is handed out");
    }

    @Test
    void kernelImageIsWxAndItsWindowReserved() {
        boot(32 * MIB - 128 * KIB, 0, null);
        PageTable t = Memory.kernelTable();
        long text = t.entry(K + MIB + 4096);
        long ro = t.entry(K + MIB + 600 * KIB);
        long data = t.entry(K + 2 * MIB + 4096);
        long bss = t.entry(K + KERNEL_END - 1);
        assertEquals(PageFlags.KERNEL_RX, text & ~PageFlags.ADDR_MASK);
        assertEquals(PageFlags.KERNEL_RO, ro & ~PageFlags.ADDR_MASK);
        assertEquals(PageFlags.KERNEL_RW, data & ~PageFlags.ADDR_MASK);
        assertEquals(PageFlags.KERNEL_RW, bss & ~PageFlags.ADDR_MASK);
        assertEquals(MIB + 4096, t.translate(K + MIB + 4096));
        AddressSpace s = Memory.space();
        assertEquals("kernel text", s.find(K + MIB).name());
        assertEquals("kernel rodata", s.find(K + 2 * MIB - 1).name());
        assertEquals("kernel data+bss", s.find(K + 3 * MIB).name());
        assertEquals("kernel window", s.find(-1L).name());
        assertEquals("kernel window", s.find(K).name());
        assertEquals("direct map", s.find(PhysMap.DIRECT_MAP_BASE + 5 * MIB).name());
        assertEquals("null page guard", s.find(0).name());
        assertEquals(PageFaults.WX_VIOLATION,
                PageFaults.handle(K + MIB + 8, PageFaults.ERR_PRESENT | PageFaults.ERR_WRITE, K + MIB));
    }

    @Test
    void heapDefaultsToAQuarterOfSmallRamAndHasGuards() {
        boot(16 * MIB, 0, "quiet");
        Region heap = KernelHeap.firstRegion();
        assertNotNull(heap);
        assertEquals(2 * MIB, heap.size(), "a quarter of ~16 MiB in 2 MiB steps");
        PageTable t = Memory.kernelTable();
        assertEquals(PageTable.PAGE_2M, t.leafSize(heap.base()));
        assertNotEquals(PageTable.NOT_MAPPED, t.translate(heap.base() + heap.size() - 1));
        assertEquals(PageTable.NOT_MAPPED, t.translate(heap.base() - 1));
        assertEquals(PageTable.NOT_MAPPED, t.translate(heap.base() + heap.size()));
        assertEquals(PageFaults.GUARD_HIT, PageFaults.handle(heap.base() + heap.size(), PageFaults.ERR_WRITE, 0));
        assertTrue(PageFaults.describe().contains("kernel heap"));
        assertTrue(Memory.describe().startsWith("frames: "));
        long free = Memory.frames().freeFrames();
        assertTrue(KernelHeap.grow(100));
        assertEquals(2, KernelHeap.regionCount());
        assertEquals(4 * MIB, KernelHeap.regionBytes());
        assertEquals(free - 512, Memory.frames().freeFrames(), "one more 2 MiB page, tables shared");
        assertTrue(!KernelHeap.grow(1L << 30), "a heap region larger than memory is refused");
        assertEquals(free - 512, Memory.frames().freeFrames());
    }

    @Test
    void aHeapThatCannotFitFallsBackToTheDefaultWithAWarning() {
        boot(32 * MIB - 128 * KIB, 0, "heap=1G");
        assertEquals(KernelHeap.defaultSize(Memory.ramBytes()), KernelHeap.regionBytes());
        assertTrue(Memory.heapWarning().startsWith("heap=1G is larger than the "), Memory.heapWarning());
        boot(32 * MIB - 128 * KIB, 0, "heap=2M");
        assertEquals(null, Memory.heapWarning());
    }

    @Test
    void selfTestsPassOnASmallMachine() {
        boot(16 * MIB, 0, "heap=1M");
        MemSelfTests.simulatedFaults = true;
        assertNull(MemSelfTests.mapUnmapTouch());
        assertNull(MemSelfTests.demandHalfOfFree());
        assertNull(MemSelfTests.demandLargerThanFree());
        assertNull(MemSelfTests.guardHit());
        assertNull(MemSelfTests.kernelTextIsWx());
        assertNull(MemSelfTests.churnReturnsToStart());
    }

    @Test
    void benchmarksRunOnTheSimulation() {
        boot(16 * MIB, 0, "heap=1M");
        MemSelfTests.simulatedFaults = true;
        long free = Memory.frames().freeFrames();
        assertTrue(MemBench.frameAllocFree(100) > 0);
        assertTrue(MemBench.map4kUnmap(100) > 0);
        assertTrue(MemBench.demandZeroFault(100) > 0);
        assertTrue(Memory.frames().freeFrames() >= free - 2);
    }
}
