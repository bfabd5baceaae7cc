package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AddressSpaceTest {
    private static final long PAGE = 4096;
    private static final long TOP_PAGE = 0xFFFF_FFFF_FFFF_F000L;
    private static final long ALL = 1L << 48;

    private static void assertPristine(AddressSpace s) {
        assertEquals(ALL, s.freeBytes());
        assertEquals(2, s.freeBlocks(AddressSpace.MAX_ORDER));
        assertEquals(0L, s.freeBlock(AddressSpace.MAX_ORDER, 0));
        assertEquals(AddressSpace.UPPER_BASE, s.freeBlock(AddressSpace.MAX_ORDER, 1));
        for (int k = 0; k < AddressSpace.MAX_ORDER; k++) {
            assertEquals(0, s.freeBlocks(k));
        }
    }

    @Test
    void startsWithBothHalvesFree() {
        assertPristine(new AddressSpace());
    }

    @Test
    void allocatesLowestFirstInTheRequestedHalf() {
        AddressSpace s = new AddressSpace();
        assertNotNull(s.reserve(0, PAGE, Region.RESERVED, "page 0"));
        Region low = s.allocate(PAGE, Region.WRITABLE, 0, 0, false, "low");
        assertEquals(PAGE, low.base());
        Region high = s.allocate(3 * PAGE, Region.WRITABLE, 0, 0, true, "high");
        assertEquals(AddressSpace.UPPER_BASE, high.base());
        Region next = s.allocate(PAGE, Region.WRITABLE, 0, 0, true, "next");
        assertEquals(AddressSpace.UPPER_BASE + 3 * PAGE, next.base(), "the unused tail was given back");
    }

    @Test
    void theVeryTopOfTheAddressSpaceWorks() {
        AddressSpace s = new AddressSpace();
        Region top = s.reserve(TOP_PAGE, PAGE, Region.RESERVED, "top");
        assertNotNull(top);
        assertEquals(-1L, top.spanLast());
        assertSame(top, s.find(-1L));
        assertSame(top, s.find(TOP_PAGE));
        assertNull(s.find(TOP_PAGE - 1));
        assertNull(s.reserve(TOP_PAGE, PAGE, Region.RESERVED, "again"), "already taken");
        assertTrue(s.release(top));
        assertPristine(s);
        Region topTwoGib = s.reserve(-(2L << 30), 2L << 30, Region.RESERVED, "kernel window");
        assertNotNull(topTwoGib);
        assertSame(topTwoGib, s.find(-8));
        assertEquals(ALL - (2L << 30), s.freeBytes());
        Region wholeUpper = s.reserve(AddressSpace.UPPER_BASE, AddressSpace.HALF_SIZE, 0, "all");
        assertNull(wholeUpper, "overlaps the kernel window");
    }

    @Test
    void nonCanonicalAndStraddlingRangesAreRefused() {
        AddressSpace s = new AddressSpace();
        assertNull(s.reserve(0x0000_8000_0000_0000L, PAGE, 0, "hole"));
        assertNull(s.reserve(0x0000_7FFF_FFFF_F000L, 2 * PAGE, 0, "straddles"));
        assertNull(s.reserve(0xFFFF_7FFF_FFFF_F000L, 2 * PAGE, 0, "into upper from the hole"));
        assertNull(s.reserve(TOP_PAGE, 2 * PAGE, 0, "wraps past 2^64"));
        assertNull(s.reserve(123, PAGE, 0, "misaligned"));
        assertNotNull(s.reserve(0x0000_7FFF_FFFF_F000L, PAGE, 0, "last lower page"));
        assertNotNull(s.reserve(AddressSpace.UPPER_BASE, PAGE, 0, "first upper page"));
    }

    @Test
    void guardPagesSurroundTheRegion() {
        AddressSpace s = new AddressSpace();
        Region r = s.allocate(2 * PAGE, Region.WRITABLE, PAGE, 2 * PAGE, true, "guarded");
        assertTrue(r.isGuard(r.base() - 1));
        assertTrue(r.isGuard(r.base() + r.size()));
        assertTrue(r.isGuard(r.base() + r.size() + 2 * PAGE - 1));
        assertFalse(r.isGuard(r.base() + r.size() + 2 * PAGE));
        assertTrue(r.contains(r.base()));
        assertFalse(r.isGuard(r.base()));
        assertSame(r, s.find(r.base() - 1));
        assertEquals(5 * PAGE, r.spanSize());
    }

    @Test
    void largeGuardBelowKeepsTwoMibAlignment() {
        AddressSpace s = new AddressSpace();
        s.allocate(PAGE, 0, 0, 0, true, "misalign the next one");
        Region heap = s.allocate(32L << 20, Region.WRITABLE, 2L << 20, PAGE, true, "heap");
        assertEquals(0, heap.base() & ((2L << 20) - 1));
    }

    @Test
    void wholeHalvesCanBeAllocated() {
        AddressSpace s = new AddressSpace();
        Region lower = s.allocate(AddressSpace.HALF_SIZE, 0, 0, 0, false, "lower");
        Region upper = s.allocate(AddressSpace.HALF_SIZE, 0, 0, 0, true, "upper");
        assertEquals(0L, lower.base());
        assertEquals(AddressSpace.UPPER_BASE, upper.base());
        assertEquals(0, s.freeBytes());
        assertNull(s.allocate(PAGE, 0, 0, 0, true, "none left"));
        assertSame(upper, s.find(-1));
        s.release(lower);
        s.release(upper);
        assertPristine(s);
    }

    /** Random allocations, reservations and releases in both halves. */
    @Property(tries = 200)
    void randomRegionsNeverOverlapAndAllCoalesce(
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 1 << 20) Integer> ops) {
        AddressSpace s = new AddressSpace();
        List<Region> live = new ArrayList<>();
        for (int op : ops) {
            if (op % 4 == 0 && !live.isEmpty()) {
                assertTrue(s.release(live.remove(op % live.size())));
            } else if (op % 11 == 1) {
                // Fixed reservations near the top of both halves.
                long base = (op % 2 == 0 ? -PAGE : 0x0000_8000_0000_0000L - PAGE) - (op % 64) * PAGE;
                Region r = s.reserve(base, PAGE, Region.RESERVED, "fixed");
                if (r != null) {
                    live.add(r);
                }
            } else {
                boolean huge = (op >>> 5) % 4 == 0; // up to 2^40 bytes: 120 of them still fit a half
                long pages = huge ? (1 + op % 16) << 24 : 1 + (op >>> 3) % 5000;
                Region r = s.allocate(pages * PAGE, 0, (op & 1) * PAGE, (op & 2) * PAGE,
                        (op & 4) != 0, "r");
                assertNotNull(r);
                long span = r.spanSize();
                long block = Long.highestOneBit(span) == span ? span : Long.highestOneBit(span) << 1;
                assertEquals(0, r.spanBase() & (block - 1), "span aligned to its buddy block");
                assertTrue(AddressSpace.isCanonicalRange(r.spanBase(), r.spanSize()));
                live.add(r);
            }
            long used = 0;
            for (Region r : live) {
                used += r.spanSize();
            }
            assertEquals(ALL - used, s.freeBytes());
        }
        List<Region> sorted = new ArrayList<>(live);
        sorted.sort((a, b) -> Long.compareUnsigned(a.spanBase(), b.spanBase()));
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(Long.compareUnsigned(sorted.get(i - 1).spanLast(), sorted.get(i).spanBase()) < 0,
                    "overlap");
        }
        for (Region r : live) {
            assertSame(r, s.find(r.spanBase()));
            assertSame(r, s.find(r.spanLast()));
        }
        for (Region r : live) {
            assertTrue(s.release(r));
        }
        assertPristine(s);
    }

    @Test
    void freeSetsShrinkBackWhenTheBlocksMergeAgain() {
        AddressSpace s = new AddressSpace();
        List<Region> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            all.add(s.allocate(PAGE, Region.WRITABLE, 0, 0, false, "r" + i));
        }
        for (int i = 0; i < all.size(); i += 2) {
            assertTrue(s.release(all.get(i)));   // every other page: a hundred free order-0 blocks
        }
        assertTrue(s.freeBlocks(0) >= 100);
        assertTrue(s.freeSetLength(0) > s.freeBlocks(0));
        for (int i = 1; i < all.size(); i += 2) {
            assertTrue(s.release(all.get(i)));
        }
        assertPristine(s);
        for (int k = 0; k <= AddressSpace.MAX_ORDER; k++) {
            assertEquals(AddressSpace.MIN_SET, s.freeSetLength(k), "order " + k + " kept its largest length");
        }
    }

    @Property
    void aFreeSetsLengthIsAFunctionOfItsCount(@ForAll @IntRange(min = 0, max = 1 << 20) int n) {
        int len = AddressSpace.setLength(n);
        assertTrue(len > n && len >= AddressSpace.MIN_SET && Integer.bitCount(len) == 1);
        assertTrue(len == AddressSpace.MIN_SET || len / 2 <= n, "the smallest such power of two");
    }
}
