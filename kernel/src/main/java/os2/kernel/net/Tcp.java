package os2.kernel.net;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * TCP (RFC 9293): validation and demultiplexing of segments, listening sockets, active
 * opens, resets for segments that match nothing, initial sequence numbers (RFC 6528),
 * and the connection table. The per-connection protocol is in {@link TcpConnection}.
 */
public final class Tcp {
    /** Connections in the table at once (TIME_WAIT ones are recycled when it is full). */
    public static final int MAX_CONNECTIONS = 1024;
    /**
     * Maximum segment lifetime. RFC 9293 suggests 2 minutes; we use 2 s, so TIME_WAIT
     * (2 MSL) lasts 4 s: enough for a final ACK to be lost and the FIN resent on a LAN or
     * QEMU's user network, short enough that a busy server's table does not fill up.
     */
    public static final long MSL_MS = 2_000;
    public static final long TIME_WAIT_MS = 2 * MSL_MS;
    /** How long FIN_WAIT_2 waits for the peer's FIN after our FIN was acknowledged. */
    public static final long FIN_WAIT_2_MS = 60_000;
    static final int EPHEMERAL_FIRST = 49152;

    final NetStack stack;
    private final Ipv4 ip;
    private final List<TcpConnection> connections = new ArrayList<>();
    /** The same connections by their addresses (segment demultiplexing). */
    private final TcpIndex index = new TcpIndex(MAX_CONNECTIONS);
    /**
     * Connections in the order they entered TIME_WAIT (ended ones are dropped lazily from
     * the front): the ones recycled first when the table is full. A connection whose
     * TIME_WAIT was restarted by a retransmitted FIN keeps its place.
     */
    private final java.util.ArrayDeque<TcpConnection> timeWaits = new java.util.ArrayDeque<>();
    private final List<TcpListenSocket> listeners = new ArrayList<>();
    private final TcpSegment seg = new TcpSegment();
    int sendBufferSize = 64 * 1024;
    int receiveBufferSize = 64 * 1024;
    private long secret;
    private IntSupplier isnSource;
    private int nextEphemeral = EPHEMERAL_FIRST;

    Tcp(NetStack stack, Ipv4 ip) {
        this.stack = stack;
        this.ip = ip;
        ip.attach(this);
        secret = stack.now() * 0x9E3779B97F4A7C15L ^ Bytes.be32(stack.mac, 2) ^ (long) Bytes.be16(stack.mac, 0) << 32;
    }

    void receive(int src, int dst, boolean broadcast, byte[] b, int off, int len) {
        NetStats st = stack.stats;
        if (len < 20) {
            st.drop(Drop.TCP_TRUNCATED);
            return;
        }
        int hlen = (b[off + 12] >>> 4 & 0xf) * 4;
        if (hlen < 20 || hlen > len) {
            st.drop(Drop.TCP_HEADER_LENGTH);
            return;
        }
        if (Bytes.fold(Bytes.sum(b, off, len, Bytes.pseudoHeader(src, dst, Ipv4.PROTO_TCP, len))) != 0) {
            st.drop(Drop.TCP_CHECKSUM);
            return;
        }
        if (broadcast) {
            st.drop(Drop.TCP_NOT_UNICAST);
            return;
        }
        TcpSegment s = seg;
        s.srcIp = src;
        s.srcPort = Bytes.be16(b, off);
        s.dstPort = Bytes.be16(b, off + 2);
        if (s.srcPort == 0 || s.dstPort == 0) {
            st.drop(Drop.TCP_BAD_PORT);
            return;
        }
        s.seq = Bytes.be32(b, off + 4);
        s.ack = Bytes.be32(b, off + 8);
        s.flags = b[off + 13] & 0x3f;
        int f = s.flags;
        boolean syn = (f & TcpSegment.SYN) != 0;
        if (syn && (f & (TcpSegment.FIN | TcpSegment.RST)) != 0 || (f & 0x17) == 0) {
            st.drop(Drop.TCP_BAD_FLAGS);   // SYN+FIN, SYN+RST, or none of SYN/ACK/RST/FIN
            return;
        }
        s.window = Bytes.be16(b, off + 14);
        s.buf = b;
        s.dataOff = off + hlen;
        s.dataLen = len - hlen;
        if (!parseOptions(s, b, off + 20, off + hlen)) {
            s.buf = null;
            st.drop(Drop.TCP_BAD_OPTION);
            return;
        }
        try {
            dispatch(s, src);
        } finally {
            s.buf = null;   // the segment object is kept: it must not keep the last frame (up to 1.5 KiB) alive
        }
    }

    private void dispatch(TcpSegment s, int src) {
        TcpConnection c = find(s.dstPort, src, s.srcPort);
        if (c != null) {
            TcpInput.arrive(c, s);
            return;
        }
        TcpListenSocket l = listenerOn(s.dstPort);
        if (l != null) {
            l.input(s);
            return;
        }
        stack.stats.drop(Drop.TCP_NO_LISTENER);
        if (!s.has(TcpSegment.RST)) {
            resetFor(s);
        }
    }

    /** MSS (kind 2, length 4) and window scale (kind 3, length 3); others are skipped if well-formed. */
    private static boolean parseOptions(TcpSegment s, byte[] b, int at, int end) {
        s.mss = -1;
        s.wscale = -1;
        while (at < end) {
            int kind = b[at] & 0xff;
            if (kind == 0) {
                break;
            }
            if (kind == 1) {
                at++;
                continue;
            }
            if (at + 1 >= end) {
                return false;
            }
            int olen = b[at + 1] & 0xff;
            if (olen < 2 || at + olen > end) {
                return false;
            }
            if (kind == 2) {
                if (olen != 4) {
                    return false;
                }
                s.mss = Bytes.be16(b, at + 2);
            } else if (kind == 3) {
                if (olen != 3) {
                    return false;
                }
                s.wscale = Math.min(b[at + 2] & 0xff, 14);   // RFC 7323 2.3: larger shifts mean 14
            }
            at += olen;
        }
        return true;
    }

    /** RFC 9293 3.10.7.1: the reset answering a segment that has no connection. */
    void resetFor(TcpSegment s) {
        if (s.has(TcpSegment.ACK)) {
            emit(s.srcIp, s.dstPort, s.srcPort, s.ack, 0, TcpSegment.RST, 0, -1, -1, null, 0, 0);
        } else {
            emit(s.srcIp, s.dstPort, s.srcPort, 0, s.seq + s.seqLen(), TcpSegment.RST | TcpSegment.ACK, 0, -1, -1, null, 0, 0);
        }
    }

    /**
     * Builds and sends one segment: header, MSS option when mss >= 0, window scale when
     * wscale >= 0, and len bytes from offset `from` of the send buffer sb.
     */
    void emit(int dst, int srcPort, int dstPort, int seqNo, int ackNo, int flags, int window,
              int mss, int wscale, TcpSendBuffer sb, int from, int len) {
        byte[] out = stack.tx;
        int o = Ipv4.PAYLOAD;
        int hlen = 20 + (mss >= 0 ? 4 : 0) + (wscale >= 0 ? 4 : 0);
        Bytes.put16(out, o, srcPort);
        Bytes.put16(out, o + 2, dstPort);
        Bytes.put32(out, o + 4, seqNo);
        Bytes.put32(out, o + 8, ackNo);
        Bytes.put16(out, o + 12, hlen / 4 << 12 | flags);
        Bytes.put16(out, o + 14, window);
        Bytes.put32(out, o + 16, 0);   // checksum and urgent pointer
        int at = o + 20;
        if (mss >= 0) {
            out[at] = 2;
            out[at + 1] = 4;
            Bytes.put16(out, at + 2, mss);
            at += 4;
        }
        if (wscale >= 0) {
            out[at] = 1;
            out[at + 1] = 3;
            out[at + 2] = 3;
            out[at + 3] = (byte) wscale;
        }
        if (len > 0) {
            sb.copy(from, out, o + hlen, len);
        }
        int total = hlen + len;
        Bytes.put16(out, o + 16, Bytes.fold(Bytes.sum(out, o, total, Bytes.pseudoHeader(stack.address, dst, Ipv4.PROTO_TCP, total))));
        ip.send(Ipv4.PROTO_TCP, dst, out, total);
    }

    /** RFC 6528: a keyed hash of the connection's addresses plus a 4-microsecond clock. */
    int isn(int localPort, int remoteIp, int remotePort) {
        if (isnSource != null) {
            return isnSource.getAsInt();
        }
        long h = secret ^ ((long) remoteIp << 32 | (long) localPort << 16 | remotePort) ^ (long) stack.address << 17;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h + (int) (stack.now() * 250);
    }

    int ourMss() {
        return stack.mtu - 40;
    }

    /** The smallest shift that lets the receive buffer be advertised in 16 bits. */
    int ourWindowScale() {
        int shift = 0;
        while ((receiveBufferSize >>> shift) > 65535 && shift < 14) {
            shift++;
        }
        return shift;
    }

    /** A new connection in the table, or null (counted) when it is full of live ones. */
    TcpConnection admit(int localPort, int remoteIp, int remotePort, SocketListener l) {
        if (connections.size() >= MAX_CONNECTIONS) {
            pruneTimeWaits();
            TcpConnection oldest = timeWaits.pollFirst();
            if (oldest == null) {
                stack.stats.drop(Drop.TCP_TOO_MANY_CONNECTIONS);
                return null;
            }
            oldest.terminate(CloseReason.NORMAL);
        }
        TcpConnection c = new TcpConnection(this, localPort, remoteIp, remotePort, l);
        connections.add(c);
        index.put(c);
        return c;
    }

    void remove(TcpConnection c) {
        if (index.get(c.localPort, c.remoteIp, c.remotePort) == c) {
            index.remove(c);
        }
        connections.remove(c);
    }

    /** c entered TIME_WAIT: it is a candidate for recycling, oldest first. */
    void enteredTimeWait(TcpConnection c) {
        timeWaits.addLast(c);
    }

    /** Drops from the front of the TIME_WAIT order the connections that left TIME_WAIT (ended). */
    private void pruneTimeWaits() {
        while (!timeWaits.isEmpty() && timeWaits.peekFirst().state != TcpState.TIME_WAIT) {
            timeWaits.pollFirst();
        }
    }

    private TcpConnection find(int localPort, int remoteIp, int remotePort) {
        return index.get(localPort, remoteIp, remotePort);
    }

    private TcpListenSocket listenerOn(int port) {
        for (int i = 0; i < listeners.size(); i++) {
            if (listeners.get(i).port == port) {
                return listeners.get(i);
            }
        }
        return null;
    }

    /**
     * Listens on port with at most backlog half-open connections; connections that
     * complete the handshake reach listener.onAccept. IllegalStateException when the
     * port already listens.
     */
    public TcpListenSocket listen(int port, int backlog, SocketListener listener) {
        if (port <= 0 || port > 65535 || backlog <= 0 || listener == null) {
            throw new IllegalArgumentException("bad listen: port " + port + ", backlog " + backlog);
        }
        if (listenerOn(port) != null) {
            throw new IllegalStateException("TCP port " + port + " is already listening");
        }
        TcpListenSocket l = new TcpListenSocket(this, port, backlog, listener);
        listeners.add(l);
        return l;
    }

    void unlisten(TcpListenSocket l) {
        listeners.remove(l);
    }

    /**
     * Opens a connection to dst:port from a free ephemeral port; listener.onConnected
     * follows the handshake, onClosed(REFUSED or TIMEOUT) its failure. Data may be sent
     * at once; it goes out after the handshake. IllegalStateException when the table is full.
     */
    public TcpConnection connect(int dst, int port, SocketListener listener) {
        if (port <= 0 || port > 65535 || dst == 0 || dst == Ip4.BROADCAST) {
            throw new IllegalArgumentException("bad destination " + Ip4.toString(dst) + ":" + port);
        }
        int local = 0;
        for (int tries = 0; tries < 16384 && local == 0; tries++) {
            int p = nextEphemeral;
            nextEphemeral = p == 65535 ? EPHEMERAL_FIRST : p + 1;
            local = listenerOn(p) == null && !portUsed(p) ? p : 0;
        }
        TcpConnection c = local == 0 ? null : admit(local, dst, port, listener);
        if (c == null) {
            throw new IllegalStateException("no free TCP port or connection slot");
        }
        c.allocateBuffers();
        c.state = TcpState.SYN_SENT;
        c.iss = isn(local, dst, port);
        c.sndUna = c.iss;
        c.sndNxt = c.iss + 1;
        c.sndMax = c.sndNxt;
        c.cc.start(ourMss());
        c.cc.time(c.sndNxt, stack.now());
        TcpOutput.sendSyn(c);
        return c;
    }

    private boolean portUsed(int port) {
        for (int i = 0; i < connections.size(); i++) {
            if (connections.get(i).localPort == port) {
                return true;
            }
        }
        return false;
    }

    void tick(long now) {
        pruneTimeWaits();   // they expire in about the order they entered: the front is where ended ones are
        for (int i = connections.size() - 1; i >= 0; i--) {
            if (i < connections.size()) {
                TcpConnection c = connections.get(i);
                if (c.nextDeadline() <= now) {
                    c.tick(now);
                }
            }
        }
    }

    long nextDeadline() {
        long d = Long.MAX_VALUE;
        for (int i = 0; i < connections.size(); i++) {
            d = Math.min(d, connections.get(i).nextDeadline());
        }
        return d;
    }

    /** Sets the send and receive buffer sizes of connections opened from now on (1 KiB..1 GiB). */
    public void setBufferSizes(int send, int receive) {
        if (send < 1024 || receive < 1024 || send > 1 << 30 || receive > 1 << 30) {
            throw new IllegalArgumentException("buffer sizes must be 1 KiB..1 GiB: " + send + ", " + receive);
        }
        sendBufferSize = send;
        receiveBufferSize = receive;
    }

    /** Replaces the RFC 6528 initial sequence numbers (tests: numbers near 2^32). */
    public void setIsnSource(IntSupplier source) {
        isnSource = source;
    }

    /** Sets the key of the ISN hash (the kernel passes something unpredictable). */
    public void setSecret(long key) {
        secret = key;
    }

    /** A snapshot of the connection table, for status pages. */
    public List<TcpConnection> connections() {
        return new ArrayList<>(connections);
    }

    /** Connections in the table in TIME_WAIT. */
    public int timeWaitCount() {
        int n = 0;
        for (int i = 0; i < connections.size(); i++) {
            if (connections.get(i).state == TcpState.TIME_WAIT) {
                n++;
            }
        }
        return n;
    }

    /** Connections in the table. */
    public int connectionCount() {
        return connections.size();
    }
}
