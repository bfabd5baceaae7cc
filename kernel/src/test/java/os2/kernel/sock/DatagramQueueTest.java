package os2.kernel.sock;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DatagramQueueTest {
    @Test
    void keepsDatagramsInOrderWithTheirSource() {
        DatagramQueue q = new DatagramQueue();
        byte[] b = {9, 1, 2, 3, 9};
        assertTrue(q.offer(0x0A000202, 53, b, 1, 3));
        assertTrue(q.offer(0x0A000203, 54, b, 0, 0));
        b[1] = 7;   // the queue holds a copy
        assertEquals(2, q.size());
        assertEquals(3, q.bytes());
        DatagramQueue.Datagram d = q.poll();
        assertArrayEquals(new byte[] {1, 2, 3}, d.data);
        assertEquals(0x0A000202, d.ip);
        assertEquals(53, d.port);
        assertEquals(0, q.poll().data.length, "an empty datagram is a datagram");
        assertNull(q.poll());
        assertEquals(0, q.bytes());
        assertEquals(0, q.dropped());
    }

    @Test
    void dropsWhatDoesNotFitByCountAndCountsIt() {
        DatagramQueue q = new DatagramQueue(3, 1000);
        byte[] b = new byte[10];
        for (int i = 0; i < 5; i++) {
            q.offer(1, 1000 + i, b, 0, 10);
        }
        assertEquals(3, q.size());
        assertEquals(2, q.dropped());
        assertEquals(1000, q.poll().port, "the oldest stay; the newest are dropped");
        assertTrue(q.offer(1, 2000, b, 0, 10), "room again after a poll");
        assertEquals(2, q.dropped());
    }

    @Test
    void dropsWhatDoesNotFitByBytes() {
        DatagramQueue q = new DatagramQueue(64, 100);
        byte[] b = new byte[100];
        assertTrue(q.offer(1, 1, b, 0, 60));
        assertFalse(q.offer(1, 2, b, 0, 41));
        assertTrue(q.offer(1, 3, b, 0, 40));
        assertEquals(100, q.bytes());
        assertFalse(q.offer(1, 4, b, 0, 1));
        assertEquals(2, q.dropped());
        q.clear();
        assertEquals(0, q.bytes());
        assertTrue(q.offer(1, 5, b, 0, 100));
    }

    @Test
    void defaultBoundsTakeALargestDatagram() {
        DatagramQueue q = new DatagramQueue();
        byte[] big = new byte[65507];
        assertTrue(q.offer(1, 1, big, 0, big.length));
        assertTrue(q.offer(1, 1, big, 0, big.length));
        assertFalse(q.offer(1, 1, big, 0, big.length), "at most MAX_BYTES queued");
        assertThrows(IllegalArgumentException.class, () -> new DatagramQueue(0, 10));
    }
}
