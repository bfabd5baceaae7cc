package os2.kernel.net;

/**
 * Growth of a TCP buffer's ring array. A connection's buffers start empty and grow by
 * doubling (at least {@link #MIN_LENGTH}) to their capacity: most connections of a web
 * server carry a request and an answer of a few KiB, and allocating, zeroing and later
 * collecting the whole capacity (64 KiB each way) per connection cost more than the
 * requests themselves (docs/BENCHMARKS.md "Network (beside Linux)").
 */
final class TcpRing {
    /** The array of a buffer that holds nothing. */
    static final byte[] EMPTY = new byte[0];
    /** The smallest array a buffer grows to. */
    static final int MIN_LENGTH = 2048;

    private TcpRing() {
    }

    /**
     * A larger array holding ring's contents in order from head (so offset k from head
     * stays offset k from 0): the next power of two at or above need (and MIN_LENGTH),
     * at most capacity. need is at most capacity.
     */
    static byte[] grow(byte[] ring, int head, int need, int capacity) {
        int n = Math.max(MIN_LENGTH, ring.length);
        while (n < need && n < capacity) {
            n <<= 1;
        }
        byte[] bigger = new byte[Math.min(n, capacity)];
        int first = ring.length - head;
        System.arraycopy(ring, head, bigger, 0, first);
        System.arraycopy(ring, 0, bigger, first, head);
        return bigger;
    }
}
