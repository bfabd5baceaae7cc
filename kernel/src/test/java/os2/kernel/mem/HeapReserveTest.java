package os2.kernel.mem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import os2.rt.Gc;

/** The decisions of {@link HeapReserve} (the heap figures themselves exist only in the image). */
class HeapReserveTest {
    private static final long MIB = 1L << 20;

    @Test
    void aCallRunsWhileTheReserveIsRoom() {
        assertTrue(HeapReserve.enough(MIB, 0));
        assertTrue(HeapReserve.enough(32 * MIB, 0));
        assertFalse(HeapReserve.enough(MIB - 1, 0), "one byte short of the reserve");
        assertFalse(HeapReserve.enough(0, 0));
        assertFalse(HeapReserve.enough(4 * MIB - 1, 3 * MIB), "a large allocation needs its own room");
        assertTrue(HeapReserve.enough(4 * MIB, 3 * MIB));
    }

    @Test
    void noHeapFiguresMeanNoLimit() {
        // the JVM's Gc.freeBytes is Long.MAX_VALUE: the kernel's calls must not all be refused there
        assertTrue(HeapReserve.enough(Gc.freeBytes(), 3 * MIB));
        assertTrue(HeapReserve.ensure(3 * MIB));
    }

    @Test
    void theHeapGrowsWhenLiveDataFillsItOrTheRoomIsStillMissing() {
        assertTrue(HeapReserve.shouldGrow(32 * MIB, 25 * MIB, 7 * MIB, 0), "live over three quarters");
        assertFalse(HeapReserve.shouldGrow(32 * MIB, 20 * MIB, 12 * MIB, 0));
        assertTrue(HeapReserve.shouldGrow(32 * MIB, 20 * MIB, 12 * MIB, 12 * MIB), "no room for the allocation");
        // bug 4: the heap is 70% live, 9.6 MiB is free but all of it in holes too small for
        // an object, so the room is 0.5 MiB: the heap must grow although live data is below 3/4
        assertTrue(HeapReserve.shouldGrow(32 * MIB, 22 * MIB + 400 * 1024, MIB / 2, 0),
                "free bytes in small holes are not room");
    }
}
