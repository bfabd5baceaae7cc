package os2.kernel.net;

/**
 * A connection's receive buffer: a ring whose first {@link #readable()} bytes are in
 * order and wait for the application; the rest is the receive window. Segments that
 * arrive out of order are stored straight into the window at their place and remembered
 * as sequence ranges (at most {@link #MAX_RANGES}); when the gap before them fills, they
 * become readable without copying. The ring's array grows with the bytes stored, up to
 * the capacity (the window advertised is always the capacity's): see {@link TcpRing}.
 */
final class TcpRecvBuffer {
    static final int MAX_RANGES = 32;

    private final int capacity;
    private byte[] ring = TcpRing.EMPTY;
    private int head;
    private int length;
    private final int[] start = new int[MAX_RANGES];
    private final int[] end = new int[MAX_RANGES];
    private int ranges;

    TcpRecvBuffer(int capacity) {
        this.capacity = capacity;
    }

    int capacity() {
        return capacity;
    }

    /** The array's length now (tests: it grows with use). */
    int allocated() {
        return ring.length;
    }

    /** Gives the array back when nothing is stored (the connection has ended but is kept a while). */
    void trim() {
        if (length == 0 && ranges == 0) {
            ring = TcpRing.EMPTY;
            head = 0;
        }
    }

    int readable() {
        return length;
    }

    /** Free space: the receive window. */
    int window() {
        return capacity - length;
    }

    boolean hasOutOfOrder() {
        return ranges > 0;
    }

    /**
     * Stores len bytes that start at sequence number seq, which the caller has trimmed to
     * lie within [rcvNxt, rcvNxt + window). Returns how far RCV.NXT advances (0 when the
     * bytes are out of order, more than len when they filled a gap), or -1 when out-of-order
     * data was refused because too many ranges are pending.
     */
    int store(int rcvNxt, int seq, byte[] b, int off, int len) {
        int rel = seq - rcvNxt;
        if (rel > 0 && ranges == MAX_RANGES && !touchesRange(seq, seq + len)) {
            return -1;
        }
        if (length + rel + len > ring.length || ring.length == 0) {
            // the array grows in place order from head: stored bytes, in order or not, keep their offsets
            ring = TcpRing.grow(ring, head, length + rel + len, capacity);
            head = 0;
        }
        int at = (head + length + rel) % ring.length;
        int first = Math.min(len, ring.length - at);
        System.arraycopy(b, off, ring, at, first);
        System.arraycopy(b, off + first, ring, 0, len - first);
        if (rel > 0) {
            addRange(seq, seq + len);
            return 0;
        }
        int next = rcvNxt + len;
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int i = 0; i < ranges; i++) {
                if (Seq.le(start[i], next)) {
                    next = Seq.max(next, end[i]);
                    removeRange(i);
                    merged = true;
                    break;
                }
            }
        }
        int advance = next - rcvNxt;
        length += advance;
        return advance;
    }

    private boolean touchesRange(int s, int e) {
        for (int i = 0; i < ranges; i++) {
            if (Seq.le(start[i], e) && Seq.le(s, end[i])) {
                return true;
            }
        }
        return false;
    }

    /** Adds [s, e), merging with every range it overlaps or touches. */
    private void addRange(int s, int e) {
        for (int i = 0; i < ranges; ) {
            if (Seq.le(start[i], e) && Seq.le(s, end[i])) {
                s = Seq.lt(start[i], s) ? start[i] : s;
                e = Seq.max(e, end[i]);
                removeRange(i);
            } else {
                i++;
            }
        }
        start[ranges] = s;
        end[ranges] = e;
        ranges++;
    }

    private void removeRange(int i) {
        ranges--;
        start[i] = start[ranges];
        end[i] = end[ranges];
    }

    /** Copies up to len readable bytes to dst and frees them; returns the count. */
    int read(byte[] dst, int off, int len) {
        int n = Math.min(len, length);
        if (n == 0) {
            return 0;
        }
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, dst, off, first);
        System.arraycopy(ring, 0, dst, off + first, n - first);
        head = (head + n) % ring.length;
        length -= n;
        return n;
    }
}
