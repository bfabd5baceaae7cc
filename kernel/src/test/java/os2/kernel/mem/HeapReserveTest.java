package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The decisions of {@link HeapReserve} (the heap figures themselves exist only in the image). */
class HeapReserveTest {
    private static final long MIB = 1L << 20;

    @Test
    void aCallRunsWhileTheReserveIsFree() {
        assertTrue(HeapReserve.enough(32 * MIB, 31 * MIB, 0));
        assertTrue(HeapReserve.enough(32 * MIB, 0, 0));
        assertFalse(HeapReserve.enough(32 * MIB, 31 * MIB + 1, 0), "one byte short of the reserve");
        assertFalse(HeapReserve.enough(32 * MIB, 32 * MIB, 0));
        assertFalse(HeapReserve.enough(32 * MIB, 28 * MIB, 3 * MIB + 1), "a large allocation needs its own room");
        assertTrue(HeapReserve.enough(32 * MIB, 28 * MIB, 3 * MIB));
    }

    @Test
    void noHeapFiguresMeanNoLimit() {
        // the JVM tests' collector reports zeros: the kernel's calls must not all be refused there
        assertTrue(HeapReserve.enough(0, 0, 0));
    }

    @Test
    void theHeapGrowsWhenLiveDataFillsItOrTheReserveIsStillMissing() {
        assertTrue(HeapReserve.shouldGrow(32 * MIB, 25 * MIB, 25 * MIB, 0), "live over three quarters");
        assertFalse(HeapReserve.shouldGrow(32 * MIB, 20 * MIB, 20 * MIB, 0));
        assertTrue(HeapReserve.shouldGrow(32 * MIB, 20 * MIB, 20 * MIB, 12 * MIB), "no room for the allocation");
        assertTrue(HeapReserve.shouldGrow(4 * MIB, 2 * MIB, 4 * MIB - 1, 0), "a collection did not free the reserve");
    }
}
