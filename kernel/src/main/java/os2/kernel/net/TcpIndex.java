package os2.kernel.net;

/**
 * The connection table's index by (local port, remote address, remote port): open
 * addressing with linear probing in arrays sized once for {@link Tcp#MAX_CONNECTIONS}
 * (at most half full), so finding the connection of a segment costs a hash and a probe or
 * two instead of a scan of the table, which a busy server fills with TIME_WAIT connections.
 * Nothing is allocated after construction; removal shifts later entries back (no tombstones).
 */
final class TcpIndex {
    private final long[] keys;
    private final TcpConnection[] values;
    private final int mask;
    private int size;

    /** An index for up to capacity connections. */
    TcpIndex(int capacity) {
        int n = Integer.highestOneBit(Math.max(2, capacity)) << 2;   // load factor at most 1/2
        keys = new long[n];
        values = new TcpConnection[n];
        mask = n - 1;
    }

    static long key(int localPort, int remoteIp, int remotePort) {
        return (long) remoteIp << 32 | (long) (localPort & 0xffff) << 16 | remotePort & 0xffff;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    int size() {
        return size;
    }

    TcpConnection get(int localPort, int remoteIp, int remotePort) {
        long k = key(localPort, remoteIp, remotePort);
        for (int i = slot(k); values[i] != null; i = i + 1 & mask) {
            if (keys[i] == k) {
                return values[i];
            }
        }
        return null;
    }

    /** Adds c (whose key is not in the index); IllegalStateException when full. */
    void put(TcpConnection c) {
        if (size * 2 >= values.length) {
            throw new IllegalStateException("TCP index full");
        }
        long k = key(c.localPort, c.remoteIp, c.remotePort);
        int i = slot(k);
        while (values[i] != null) {
            i = i + 1 & mask;
        }
        keys[i] = k;
        values[i] = c;
        size++;
    }

    /** Removes c if it is the entry under its key. */
    void remove(TcpConnection c) {
        long k = key(c.localPort, c.remoteIp, c.remotePort);
        int i = slot(k);
        while (values[i] != null && values[i] != c) {
            i = i + 1 & mask;
        }
        if (values[i] == null) {
            return;
        }
        values[i] = null;
        size--;
        // shift back the entries of the probe run after i that may no longer be reachable
        for (int j = i + 1 & mask; values[j] != null; j = j + 1 & mask) {
            int home = slot(keys[j]);
            // j's entry may move to i if i lies cyclically in [home, j)
            if ((j - home & mask) >= (j - i & mask)) {
                keys[i] = keys[j];
                values[i] = values[j];
                values[j] = null;
                i = j;
            }
        }
    }
}
