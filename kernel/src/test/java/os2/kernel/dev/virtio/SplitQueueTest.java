package os2.kernel.dev.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import os2.rt.Mem;
import os2.rt.SimMemory;

class SplitQueueTest {
    static final long BASE = 0x10_0000;

    /** The device's side of a queue, reading and writing the rings as virtio 1.0 §2.4 lays them out. */
    static final class FakeDevice {
        final SplitQueue q;
        int lastAvail;
        int usedIdx;

        FakeDevice(SplitQueue q) {
            this.q = q;
        }

        /** Takes the next available descriptor id, or -1. */
        int takeAvail() {
            int idx = Mem.read16(q.availPhys() + 2) & 0xFFFF;
            if (idx == lastAvail) {
                return -1;
            }
            int id = Mem.read16(q.availPhys() + 4 + 2L * (lastAvail & (q.size() - 1))) & 0xFFFF;
            lastAvail = (lastAvail + 1) & 0xFFFF;
            return id;
        }

        void use(int id, int len) {
            long e = q.usedPhys() + 4 + 8L * (usedIdx & (q.size() - 1));
            Mem.write32(e, id);
            Mem.write32(e + 4, len);
            usedIdx = (usedIdx + 1) & 0xFFFF;
            Mem.write16(q.usedPhys() + 2, (short) usedIdx);
        }
    }

    @BeforeEach
    void reset() {
        SimMemory.reset();
    }

    @Test
    void layoutFollowsTheSpecAlignments() {
        SplitQueue q = new SplitQueue(128, BASE, BASE);
        assertEquals(BASE, q.descPhys());
        assertEquals(BASE + 16 * 128, q.availPhys());
        assertEquals(BASE + 16 * 128 + 4 + 2 * 128 + 2 + 2, q.usedPhys(), "used ring 4-aligned");
        assertEquals(q.usedPhys() - BASE + 4 + 8 * 128 + 2, SplitQueue.bytes(128));
        assertEquals(16 + 6 + 2 + 4 + 8 + 2, SplitQueue.bytes(1));
        for (int bad : new int[] {0, -4, 3, 100, 65536}) {
            assertThrows(IllegalArgumentException.class, () -> new SplitQueue(bad, BASE, BASE));
        }
    }

    @Test
    void descriptorsAndPublishingAreWhatTheDeviceReads() {
        SplitQueue q = new SplitQueue(8, BASE, BASE);
        q.setDescriptor(3, 0x1234_5678_9000L, 2048, SplitQueue.DESC_F_WRITE, 0);
        assertEquals(0x1234_5678_9000L, Mem.read64(BASE + 3 * 16));
        assertEquals(2048, Mem.read32(BASE + 3 * 16 + 8));
        assertEquals(SplitQueue.DESC_F_WRITE, Mem.read16(BASE + 3 * 16 + 12));
        assertEquals(2048, q.descriptorLength(3));
        FakeDevice dev = new FakeDevice(q);
        assertEquals(-1, dev.takeAvail());
        q.publish(3);
        q.publish(5);
        assertEquals(3, dev.takeAvail());
        assertEquals(5, dev.takeAvail());
        assertEquals(-1, dev.takeAvail());
        assertThrows(IllegalArgumentException.class, () -> q.publish(8));
        assertThrows(IllegalArgumentException.class, () -> q.setDescriptor(-1, 0, 0, 0, 0));
        q.suppressInterrupts();
        assertEquals(1, Mem.read16(q.availPhys()));
    }

    @Test
    void indexesWrapAt65536() {
        SplitQueue q = new SplitQueue(4, BASE, BASE);
        FakeDevice dev = new FakeDevice(q);
        for (int round = 0; round < 70_000; round++) {
            int id = round & 3;
            q.publish(id);
            assertEquals(id, dev.takeAvail());
            dev.use(id, round & 0x7FF);
            assertEquals(1, q.pendingUsed());
            assertEquals(id, q.takeUsed());
            assertEquals(round & 0x7FF, q.usedLength());
            assertEquals(SplitQueue.NONE, q.takeUsed());
        }
        assertEquals(70_000 & 0xFFFF, q.availIndex());
        assertEquals(70_000 & 0xFFFF, q.lastUsed());
    }

    @Test
    void aDeviceThatClaimsTooMuchOrNamesNoDescriptorIsCaught() {
        SplitQueue q = new SplitQueue(4, BASE, BASE);
        FakeDevice dev = new FakeDevice(q);
        dev.use(7, 60);   // no descriptor 7 in a queue of 4
        assertEquals(SplitQueue.BAD_ID, q.takeUsed());
        assertEquals(SplitQueue.NONE, q.takeUsed(), "the bad entry was consumed");
        Mem.write16(q.usedPhys() + 2, (short) (1 + 5));   // 5 ahead of a queue of 4
        IllegalStateException e = assertThrows(IllegalStateException.class, q::pendingUsed);
        assertEquals("device moved used.idx 5 entries ahead (queue size 4)", e.getMessage());
    }

    /** Any interleaving of publishing and completing keeps FIFO order and counts (the device completes in order). */
    @Property(tries = 200)
    void batchesOfAnySizeKeepOrder(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 16) Integer> batches,
                                   @ForAll @IntRange(min = 0, max = 65535) int start) {
        SimMemory.reset();
        SplitQueue q = new SplitQueue(16, BASE, BASE);
        FakeDevice dev = new FakeDevice(q);
        // start the free-running indexes anywhere, to cross 65535 -> 0 at random points
        for (int i = 0; i < start % 4096; i++) {
            q.publish(0);
            dev.takeAvail();
            dev.use(0, 0);
            q.takeUsed();
        }
        ArrayDeque<Integer> free = new ArrayDeque<>();
        for (int i = 0; i < 16; i++) {
            free.add(i);
        }
        ArrayDeque<Integer> inFlight = new ArrayDeque<>();
        for (int n : batches) {
            for (int i = 0; i < n && !free.isEmpty(); i++) {
                int id = free.poll();
                q.publish(id);
                inFlight.add(id);
            }
            for (int id = dev.takeAvail(); id >= 0; id = dev.takeAvail()) {
                dev.use(id, id * 10);
            }
            assertEquals(inFlight.size(), q.pendingUsed());
            for (int id = q.takeUsed(); id != SplitQueue.NONE; id = q.takeUsed()) {
                assertEquals(inFlight.poll(), id);
                assertEquals(id * 10, q.usedLength());
                free.add(id);
            }
            assertEquals(16, free.size());
        }
    }
}
