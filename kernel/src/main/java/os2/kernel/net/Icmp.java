package os2.kernel.net;

/**
 * ICMP (RFC 792) echo: answers echo requests addressed to us (not broadcast ones, which
 * is how smurf amplification works), and a ping client. Other ICMP messages (destination
 * unreachable, time exceeded, redirects, ...) are counted and ignored; the stack sends
 * none of them.
 */
public final class Icmp {
    /** Pings outstanding at once; more are refused. */
    public static final int MAX_OUTSTANDING = 16;
    /** Largest echo payload the client sends. */
    public static final int MAX_PAYLOAD = 65507 - 8;

    private final NetStack stack;
    private final Ipv4 ip;
    private final int ident;
    private int nextSeq;
    private final int[] outSeq = new int[MAX_OUTSTANDING];
    private final long[] outSent = new long[MAX_OUTSTANDING];
    private final long[] outDeadline = new long[MAX_OUTSTANDING];
    private final PingListener[] outListener = new PingListener[MAX_OUTSTANDING];
    private long echoesAnswered;

    Icmp(NetStack stack, Ipv4 ip) {
        this.stack = stack;
        this.ip = ip;
        this.ident = (stack.mac[4] & 0xff) << 8 | (stack.mac[5] & 0xff);
        ip.attach(this);
    }

    void receive(int src, boolean broadcast, byte[] b, int off, int len) {
        if (len < 8) {
            stack.stats.drop(Drop.ICMP_TRUNCATED);
            return;
        }
        if (Bytes.checksum(b, off, len) != 0) {
            stack.stats.drop(Drop.ICMP_CHECKSUM);
            return;
        }
        int type = b[off] & 0xff;
        int code = b[off + 1] & 0xff;
        if (type == 8 && code == 0) {
            if (broadcast) {
                stack.stats.drop(Drop.ICMP_BROADCAST_ECHO);
                return;
            }
            echoReply(src, b, off, len);
        } else if (type == 0 && code == 0) {
            reply(src, b, off, len);
        } else {
            stack.stats.drop(Drop.ICMP_UNSUPPORTED_TYPE);
        }
    }

    private void echoReply(int src, byte[] b, int off, int len) {
        byte[] out = buffer(len);
        int o = Ipv4.PAYLOAD;
        System.arraycopy(b, off, out, o, len);
        out[o] = 0;
        Bytes.put16(out, o + 2, 0);
        Bytes.put16(out, o + 2, Bytes.checksum(out, o, len));
        if (ip.send(Ipv4.PROTO_ICMP, src, out, len)) {
            echoesAnswered++;
        }
    }

    private byte[] buffer(int icmpLen) {
        return Ipv4.PAYLOAD + icmpLen <= stack.tx.length ? stack.tx : new byte[Ipv4.PAYLOAD + icmpLen];
    }

    private void reply(int src, byte[] b, int off, int len) {
        int id = Bytes.be16(b, off + 4);
        int seq = Bytes.be16(b, off + 6);
        for (int i = 0; i < MAX_OUTSTANDING; i++) {
            if (outListener[i] != null && id == ident && outSeq[i] == seq) {
                PingListener l = outListener[i];
                outListener[i] = null;
                l.onReply(src, seq, stack.now() - outSent[i], len - 8);
                return;
            }
        }
        stack.stats.drop(Drop.ICMP_UNMATCHED_REPLY);
    }

    /**
     * Sends an echo request with payloadLen bytes to dst; the listener hears of the reply
     * or of a timeout after timeoutMillis. Returns the sequence number, or -1 when
     * {@link #MAX_OUTSTANDING} pings are already waiting or there is no route.
     */
    public int ping(int dst, int payloadLen, long timeoutMillis, PingListener listener) {
        return ping(dst, null, 0, payloadLen, timeoutMillis, listener);
    }

    /**
     * As {@link #ping(int, int, long, PingListener)} with payload[off..off+len) as the
     * echo data (null: the bytes 0, 1, 2, ...). The reply's payload is not compared with
     * it: a reply is matched by identifier and sequence number.
     */
    public int ping(int dst, byte[] payload, int off, int payloadLen, long timeoutMillis, PingListener listener) {
        if (payloadLen < 0 || payloadLen > MAX_PAYLOAD
                || payload != null && (off < 0 || off > payload.length - payloadLen)) {
            throw new IllegalArgumentException("ping payload must be 0.." + MAX_PAYLOAD + " bytes, is " + payloadLen);
        }
        int slot = -1;
        for (int i = 0; i < MAX_OUTSTANDING && slot < 0; i++) {
            slot = outListener[i] == null ? i : -1;
        }
        if (slot < 0) {
            return -1;
        }
        int seq = nextSeq++ & 0xffff;
        int len = 8 + payloadLen;
        byte[] out = buffer(len);
        int o = Ipv4.PAYLOAD;
        out[o] = 8;
        out[o + 1] = 0;
        Bytes.put16(out, o + 2, 0);
        Bytes.put16(out, o + 4, ident);
        Bytes.put16(out, o + 6, seq);
        if (payload != null) {
            System.arraycopy(payload, off, out, o + 8, payloadLen);
        } else {
            for (int i = 0; i < payloadLen; i++) {
                out[o + 8 + i] = (byte) i;
            }
        }
        Bytes.put16(out, o + 2, Bytes.checksum(out, o, len));
        if (!ip.send(Ipv4.PROTO_ICMP, dst, out, len)) {
            return -1;
        }
        long now = stack.now();
        outSeq[slot] = seq;
        outSent[slot] = now;
        outDeadline[slot] = now + timeoutMillis;
        outListener[slot] = listener;
        return seq;
    }

    void tick(long now) {
        for (int i = 0; i < MAX_OUTSTANDING; i++) {
            if (outListener[i] != null && now >= outDeadline[i]) {
                PingListener l = outListener[i];
                outListener[i] = null;
                l.onTimeout(outSeq[i]);
            }
        }
    }

    long nextDeadline() {
        long d = Long.MAX_VALUE;
        for (int i = 0; i < MAX_OUTSTANDING; i++) {
            if (outListener[i] != null) {
                d = Math.min(d, outDeadline[i]);
            }
        }
        return d;
    }

    /** Echo requests answered. */
    public long echoesAnswered() {
        return echoesAnswered;
    }
}
