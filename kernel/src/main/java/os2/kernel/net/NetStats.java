package os2.kernel.net;

/**
 * The stack's counters for the status page: frames and bytes in and out, and drops by
 * reason. Plain fields and arrays, so counting never allocates.
 */
public final class NetStats {
    private static final Drop[] REASONS = Drop.values();

    long framesIn;
    long framesOut;
    long bytesIn;
    long bytesOut;
    long tcpRetransmits;
    long tcpConnectionsOpened;
    private final long[] drops = new long[REASONS.length];

    void drop(Drop reason) {
        drops[reason.ordinal()]++;
    }

    /** Frames handed to {@link NetStack#receive}. */
    public long framesIn() {
        return framesIn;
    }

    /** Frames handed to the device. */
    public long framesOut() {
        return framesOut;
    }

    /** Bytes of the frames in. */
    public long bytesIn() {
        return bytesIn;
    }

    /** Bytes of the frames out. */
    public long bytesOut() {
        return bytesOut;
    }

    /** TCP segments sent again (timeouts and fast retransmits). */
    public long tcpRetransmits() {
        return tcpRetransmits;
    }

    /** TCP connections that reached ESTABLISHED. */
    public long tcpConnectionsOpened() {
        return tcpConnectionsOpened;
    }

    /** Drops for one reason. */
    public long drops(Drop reason) {
        return drops[reason.ordinal()];
    }

    /** Drops for every reason. */
    public long totalDrops() {
        long n = 0;
        for (long d : drops) {
            n += d;
        }
        return n;
    }

    /** "REASON=n" for each nonzero counter, for logs and tests. */
    public String dropSummary() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < drops.length; i++) {
            if (drops[i] != 0) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(REASONS[i].name()).append('=').append(drops[i]);
            }
        }
        return sb.toString();
    }
}
