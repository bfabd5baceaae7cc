package os2.kernel.net;

/**
 * A connection's send buffer: a ring holding the bytes from SND.UNA on, sent but not yet
 * acknowledged followed by not yet sent. The ring's array grows with what is queued, up
 * to the capacity ({@link TcpRing}): a connection that sends one HTTP answer never
 * allocates (and zeroes) the whole capacity.
 */
final class TcpSendBuffer {
    private final int capacity;
    private byte[] ring = TcpRing.EMPTY;
    private int head;
    private int length;

    TcpSendBuffer(int capacity) {
        this.capacity = capacity;
    }

    int length() {
        return length;
    }

    int free() {
        return capacity - length;
    }

    /** The array's length now (tests: it grows with use). */
    int allocated() {
        return ring.length;
    }

    /** Gives the array back once everything was acknowledged (TIME_WAIT keeps the connection, not its bytes). */
    void trim() {
        if (length == 0) {
            ring = TcpRing.EMPTY;
            head = 0;
        }
    }

    /** Appends up to len bytes; returns how many fitted. */
    int write(byte[] src, int off, int len) {
        int n = Math.min(len, free());
        if (n == 0) {
            return 0;
        }
        if (length + n > ring.length) {
            ring = TcpRing.grow(ring, head, length + n, capacity);
            head = 0;
        }
        int at = (head + length) % ring.length;
        int first = Math.min(n, ring.length - at);
        System.arraycopy(src, off, ring, at, first);
        System.arraycopy(src, off + first, ring, 0, n - first);
        length += n;
        return n;
    }

    /** Copies len bytes starting from offset `from` (from SND.UNA) into dst. */
    void copy(int from, byte[] dst, int dstOff, int len) {
        int at = (head + from) % ring.length;
        int first = Math.min(len, ring.length - at);
        System.arraycopy(ring, at, dst, dstOff, first);
        System.arraycopy(ring, 0, dst, dstOff + first, len - first);
    }

    /** Drops n acknowledged bytes from the front. */
    void release(int n) {
        if (n == 0) {
            return;
        }
        head = (head + n) % ring.length;
        length -= n;
    }
}
