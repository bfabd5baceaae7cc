package os2.kernel.net;

/** Receives the outcome of {@link Icmp#ping}. */
public interface PingListener {
    /** An echo reply for sequence number seq came from `from` after rttMillis, with len payload bytes. */
    void onReply(int from, int seq, long rttMillis, int len);

    /** No reply for seq within the timeout given to {@link Icmp#ping}. */
    default void onTimeout(int seq) {
    }
}
