package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FrameAllocatorTest {
    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;
    private static final long FRAME = FrameAllocator.FRAME_SIZE;

    @Test
    void anAlignedGibIsOneTopBlock() {
        FrameAllocator f = Sim.frames(GIB, 2 * GIB);
        assertEquals(1, f.freeBlocks(FrameAllocator.MAX_ORDER));
        assertEquals(GIB / FRAME, f.totalFrames());
        assertEquals(GIB / FRAME, f.freeFrames());
        assertEquals(GIB, f.alloc(0));
        assertEquals(1, f.usedFrames());
        for (int k = 0; k < FrameAllocator.MAX_ORDER; k++) {
            assertEquals(1, f.freeBlocks(k), "one buddy left per split level");
        }
        assertTrue(f.free(GIB, 0));
        assertEquals(1, f.freeBlocks(FrameAllocator.MAX_ORDER));
        assertEquals(0, f.usedFrames());
    }

    @Test
    void badFreesAreRejectedWithoutDamage() {
        FrameAllocator f = Sim.frames(16 * MIB, 32 * MIB);
        long a = f.alloc(3);
        assertFalse(f.free(a, 2), "wrong order");
        assertFalse(f.free(a + FRAME, 0), "interior frame");
        assertFalse(f.free(0, 0), "outside the span");
        assertTrue(f.free(a, 3));
        assertFalse(f.free(a, 3), "double free");
        assertEquals(f.totalFrames(), f.freeFrames());
    }

    @Test
    void exhaustionReturnsNoneAndRecovers() {
        FrameAllocator f = Sim.frames(16 * MIB, 16 * MIB + 64 * FRAME);
        List<Long> got = new ArrayList<>();
        long p;
        while ((p = f.alloc(0)) != FrameAllocator.NONE) {
            got.add(p);
        }
        assertEquals(64, got.size());
        assertEquals(FrameAllocator.NONE, f.alloc(0));
        assertEquals(FrameAllocator.NONE, f.alloc(FrameAllocator.MAX_ORDER + 1));
        for (long q : got) {
            assertTrue(f.free(q, 0));
        }
        assertEquals(1, f.freeBlocks(6));
    }

    @Test
    void memoryAboveTheFourGibHoleIsManaged() {
        // QEMU -m 4G: RAM at [1 MiB, 3 GiB) and [4 GiB, 5 GiB).
        Sim.reset();
        FrameAllocator f = new FrameAllocator(MIB, 5 * GIB, Sim.META);
        f.addRange(MIB, 3 * GIB - MIB);
        f.addRange(4 * GIB, GIB);
        assertEquals((4 * GIB - MIB) / FRAME, f.totalFrames());
        boolean high = false;
        long p;
        while ((p = f.alloc(FrameAllocator.MAX_ORDER)) != FrameAllocator.NONE) {
            assertEquals(0, p % GIB);
            high |= p >= 4 * GIB;
            assertTrue(p + GIB <= 3 * GIB || p >= 4 * GIB, "block in the hole");
        }
        assertTrue(high);
    }

    @Test
    void zeroedAllocationClearsOldContents() {
        FrameAllocator f = Sim.frames(16 * MIB, 16 * MIB + 8 * FRAME);
        long a = f.alloc(0);
        os2.rt.Mem.write64(a + 64, -1);
        f.free(a, 0);
        long b = f.allocZeroed(3);
        for (long off = 0; off < 8 * FRAME; off += 8) {
            assertEquals(0, os2.rt.Mem.read64(b + off));
        }
    }

    /** Random alloc/free sequences over random ranges: no overlap, aligned, in RAM, coalescing. */
    @Property(tries = 150)
    void randomSequencesKeepTheInvariants(
            @ForAll @IntRange(min = 0, max = 3) int placement,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 700) Integer> rangePages,
            @ForAll @Size(max = 250) List<@IntRange(min = 0, max = 9999) Integer> ops) {
        long[] bases = {MIB, 4 * GIB, 0x3F_0000_0000L, 0x000F_FFFF_0000_0000L};
        long base = bases[placement];
        Sim.reset();
        long[][] ranges = new long[rangePages.size()][];
        long at = base;
        for (int i = 0; i < ranges.length; i++) {
            at += (i * 37 % 5) * FRAME; // odd gaps between ranges
            ranges[i] = new long[] {at, at + rangePages.get(i) * FRAME};
            at = ranges[i][1];
        }
        FrameAllocator f = new FrameAllocator(base, at, Sim.META);
        for (long[] r : ranges) {
            f.addRange(r[0], r[1] - r[0]);
        }
        long[] initial = blocks(f);
        TreeMap<Long, Integer> live = new TreeMap<>();
        for (int op : ops) {
            if (op % 3 == 0 && !live.isEmpty()) {
                Long victim = new ArrayList<>(live.keySet()).get(op % live.size());
                assertTrue(f.free(victim, live.remove(victim)));
            } else {
                int order = op % 7;
                long p = f.alloc(order);
                if (p != FrameAllocator.NONE) {
                    assertEquals(0, p & (FrameAllocator.blockSize(order) - 1), "aligned to its size");
                    assertTrue(inside(ranges, p, FrameAllocator.blockSize(order)), "in usable RAM");
                    var below = live.floorEntry(p);
                    assertTrue(below == null || below.getKey() + FrameAllocator.blockSize(below.getValue()) <= p);
                    var above = live.ceilingEntry(p);
                    assertTrue(above == null || p + FrameAllocator.blockSize(order) <= above.getKey());
                    live.put(p, order);
                }
            }
            long used = 0;
            for (int o : live.values()) {
                used += 1L << o;
            }
            assertEquals(used, f.usedFrames());
        }
        for (var e : live.entrySet()) {
            assertTrue(f.free(e.getKey(), e.getValue()));
        }
        assertEquals(0, f.usedFrames());
        for (int k = 0; k <= FrameAllocator.MAX_ORDER; k++) {
            assertEquals(initial[k], f.freeBlocks(k), "order " + k + " after freeing everything");
            long n = 0;
            for (long b = f.firstFree(k); b != FrameAllocator.NONE; b = f.nextFree(b)) {
                assertTrue(inside(ranges, b, FrameAllocator.blockSize(k)));
                n++;
            }
            assertEquals(initial[k], n, "free list " + k + " length");
        }
        assertNotEquals(0, f.totalFrames());
    }

    private static long[] blocks(FrameAllocator f) {
        long[] b = new long[FrameAllocator.MAX_ORDER + 1];
        for (int k = 0; k <= FrameAllocator.MAX_ORDER; k++) {
            b[k] = f.freeBlocks(k);
        }
        return b;
    }

    private static boolean inside(long[][] ranges, long p, long size) {
        for (long[] r : ranges) {
            if (p >= r[0] && p + size <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
