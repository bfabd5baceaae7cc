package os2.kernel.net;

/**
 * A connection's send buffer: a ring holding the bytes from SND.UNA on, sent but not yet
 * acknowledged followed by not yet sent.
 */
final class TcpSendBuffer {
    private final byte[] ring;
    private int head;
    private int length;

    TcpSendBuffer(int capacity) {
        ring = new byte[capacity];
    }

    int length() {
        return length;
    }

    int free() {
        return ring.length - length;
    }

    /** Appends up to len bytes; returns how many fitted. */
    int write(byte[] src, int off, int len) {
        int n = Math.min(len, free());
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
        head = (head + n) % ring.length;
        length -= n;
    }
}
