package os2.kernel.net;

/**
 * Reassembly of IPv4 fragments (RFC 791, RFC 815) with hard limits, so that fragments
 * cannot exhaust memory: at most {@link #MAX_DATAGRAMS} datagrams at once, {@link
 * #MAX_FRAGMENTS} fragments each, {@link #MAX_BYTES} buffered in total, and {@link
 * #TIMEOUT_MS} (or less: {@link #setTimeout}) from the first fragment to the last.
 *
 * <p>Overlaps: an exact duplicate of a fragment with the same bytes is ignored (links
 * duplicate frames); any other overlap, or fragments that disagree about the datagram's
 * end, discard the whole datagram (as RFC 5722 requires for IPv6: overlapping fragments
 * are a known way to slip data past filters).
 */
final class IpReassembly {
    static final int MAX_DATAGRAMS = 8;
    static final int MAX_FRAGMENTS = 64;
    static final int MAX_BYTES = 256 * 1024;
    static final long TIMEOUT_MS = 30_000;
    /** Largest payload an IPv4 datagram can carry. */
    static final int MAX_PAYLOAD = 65535 - 20;

    private final NetStats stats;
    private final boolean[] used = new boolean[MAX_DATAGRAMS];
    private final int[] src = new int[MAX_DATAGRAMS];
    private final int[] dst = new int[MAX_DATAGRAMS];
    private final int[] id = new int[MAX_DATAGRAMS];
    private final int[] proto = new int[MAX_DATAGRAMS];
    private final byte[][] data = new byte[MAX_DATAGRAMS][];
    private final int[][] starts = new int[MAX_DATAGRAMS][MAX_FRAGMENTS];
    private final int[][] ends = new int[MAX_DATAGRAMS][MAX_FRAGMENTS];
    private final int[] count = new int[MAX_DATAGRAMS];
    private final int[] received = new int[MAX_DATAGRAMS];
    private final int[] total = new int[MAX_DATAGRAMS];      // -1 until the last fragment came
    private final long[] deadline = new long[MAX_DATAGRAMS];
    private int buffered;
    private int completedLength;
    private long timeoutMs = TIMEOUT_MS;

    IpReassembly(NetStats stats) {
        this.stats = stats;
    }

    /**
     * Adds one fragment; returns the whole payload (from index 0, {@link
     * #completedLength()} bytes) when this fragment completed it, else null.
     */
    byte[] add(int s, int d, int ident, int p, int offset, boolean more, byte[] b, int off, int len, long now) {
        if (more && (len == 0 || (len & 7) != 0)) {
            stats.drop(Drop.FRAG_BAD_LENGTH);
            return null;
        }
        int slot = find(s, d, ident, p);
        if (offset + len > MAX_PAYLOAD) {
            stats.drop(Drop.FRAG_TOO_BIG);
            discard(slot);
            return null;
        }
        if (slot < 0) {
            slot = open(s, d, ident, p, now);
            if (slot < 0) {
                stats.drop(Drop.FRAG_LIMIT);
                return null;
            }
        }
        int end = offset + len;
        int n = count[slot];
        int[] st = starts[slot];
        int[] en = ends[slot];
        for (int i = 0; i < n; i++) {
            if (st[i] == offset && en[i] == end && Bytes.same(data[slot], offset, b, off, len)) {
                return null;   // an exact duplicate
            }
            if (offset < en[i] && st[i] < end || (len == 0 && offset == st[i])) {
                stats.drop(Drop.FRAG_OVERLAP);
                discard(slot);
                return null;
            }
        }
        boolean inconsistent = more ? total[slot] >= 0 && end > total[slot]
                : (total[slot] >= 0 && total[slot] != end) || maxEnd(slot) > end;
        if (inconsistent) {
            stats.drop(Drop.FRAG_OVERLAP);
            discard(slot);
            return null;
        }
        if (n == MAX_FRAGMENTS || !reserve(slot, end)) {
            stats.drop(Drop.FRAG_LIMIT);
            discard(slot);
            return null;
        }
        System.arraycopy(b, off, data[slot], offset, len);
        st[n] = offset;
        en[n] = end;
        count[slot] = n + 1;
        received[slot] += len;
        if (!more) {
            total[slot] = end;
        }
        if (total[slot] >= 0 && received[slot] == total[slot]) {
            byte[] whole = data[slot];
            completedLength = total[slot];
            discard(slot);
            return whole;
        }
        return null;
    }

    /** The length of the payload the last successful {@link #add} returned. */
    int completedLength() {
        return completedLength;
    }

    private int maxEnd(int slot) {
        int m = 0;
        for (int i = 0; i < count[slot]; i++) {
            m = Math.max(m, ends[slot][i]);
        }
        return m;
    }

    /** Grows the slot's buffer to hold end bytes within the global budget. */
    private boolean reserve(int slot, int end) {
        byte[] cur = data[slot];
        int have = cur == null ? 0 : cur.length;
        if (end <= have) {
            return true;
        }
        int want = Math.min(MAX_PAYLOAD, Math.max(end, Math.max(2048, have * 2)));
        if (buffered - have + want > MAX_BYTES) {
            return false;
        }
        byte[] grown = new byte[want];
        if (cur != null) {
            System.arraycopy(cur, 0, grown, 0, have);
        }
        data[slot] = grown;
        buffered += want - have;
        return true;
    }

    private int find(int s, int d, int ident, int p) {
        for (int i = 0; i < MAX_DATAGRAMS; i++) {
            if (used[i] && src[i] == s && dst[i] == d && id[i] == ident && proto[i] == p) {
                return i;
            }
        }
        return -1;
    }

    private int open(int s, int d, int ident, int p, long now) {
        for (int i = 0; i < MAX_DATAGRAMS; i++) {
            if (!used[i]) {
                used[i] = true;
                src[i] = s;
                dst[i] = d;
                id[i] = ident;
                proto[i] = p;
                count[i] = 0;
                received[i] = 0;
                total[i] = -1;
                deadline[i] = now + timeoutMs;
                return i;
            }
        }
        return -1;
    }

    private void discard(int slot) {
        if (slot < 0) {
            return;
        }
        used[slot] = false;
        if (data[slot] != null) {
            buffered -= data[slot].length;
            data[slot] = null;
        }
    }

    /** From the first fragment to the last (RFC 791 leaves it to the host; 1 ms..30 s). */
    void setTimeout(long ms) {
        timeoutMs = Math.max(1, Math.min(TIMEOUT_MS, ms));
    }

    void expire(long now) {
        for (int i = 0; i < MAX_DATAGRAMS; i++) {
            if (used[i] && now >= deadline[i]) {
                stats.drop(Drop.FRAG_TIMEOUT);
                discard(i);
            }
        }
    }

    long nextDeadline() {
        long d = Long.MAX_VALUE;
        for (int i = 0; i < MAX_DATAGRAMS; i++) {
            if (used[i]) {
                d = Math.min(d, deadline[i]);
            }
        }
        return d;
    }

    int active() {
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        return n;
    }

    int bufferedBytes() {
        return buffered;
    }
}
