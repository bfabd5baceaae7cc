package os2.kernel.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The TCP buffers' arrays grow with use and keep their bytes in order across growth and wrap-around. */
class TcpBufferGrowthTest {
    private static byte[] bytes(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    @Test
    void sendBufferGrowsFromNothingAndKeepsWrappedBytesInOrder() {
        TcpSendBuffer s = new TcpSendBuffer(64 * 1024);
        assertEquals(0, s.allocated(), "a new buffer holds no array");
        assertEquals(64 * 1024, s.free(), "its room is the capacity all the same");
        assertEquals(1500, s.write(bytes(0, 1500), 0, 1500));
        assertEquals(TcpRing.MIN_LENGTH, s.allocated());
        s.release(1000);                                  // head moves: the next write wraps
        assertEquals(1000, s.write(bytes(1500, 1000), 0, 1000));
        assertEquals(TcpRing.MIN_LENGTH, s.allocated(), "1500 bytes fit without growing");
        assertEquals(3000, s.write(bytes(2500, 3000), 0, 3000));   // grows while wrapped
        assertEquals(8192, s.allocated(), "4500 bytes: the next power of two");
        byte[] out = new byte[4500];
        s.copy(0, out, 0, 4500);
        assertArrayEquals(bytes(1000, 4500), out, "the bytes from SND.UNA on, in order");
        s.release(4500);
        s.trim();
        assertEquals(0, s.allocated(), "an acknowledged buffer gives its array back");
        assertEquals(64 * 1024, s.write(new byte[70_000], 0, 70_000), "and fills to the capacity, no more");
        assertEquals(64 * 1024, s.allocated());
    }

    @Test
    void receiveBufferGrowsAroundOutOfOrderBytes() {
        TcpRecvBuffer r = new TcpRecvBuffer(16 * 1024);
        assertEquals(16 * 1024, r.window(), "the window is the capacity before any array exists");
        assertEquals(0, r.store(100, 100 + 5000, bytes(5000, 1000), 0, 1000), "out of order: stored, not readable");
        assertEquals(8192, r.allocated());
        assertEquals(1000, r.store(100, 100, bytes(0, 1000), 0, 1000));
        byte[] got = new byte[600];
        assertEquals(600, r.read(got, 0, 600));
        assertArrayEquals(bytes(0, 600), got);
        // fills the gap [1000, 5000) and reaches past the array's end: it grows, keeping 5000..6000
        assertEquals(5000, r.store(1100, 1100, bytes(1000, 4000), 0, 4000));
        byte[] rest = new byte[5400];
        assertEquals(5400, r.read(rest, 0, 5400));
        assertArrayEquals(bytes(600, 5400), rest);
        r.trim();
        assertEquals(0, r.allocated());
        assertEquals(0, r.read(rest, 0, 10), "an empty, trimmed buffer reads nothing");
    }
}
