package os2.kernel.net;

/**
 * UDP (RFC 768): ports bound to listeners, checksums verified on receive (a zero
 * checksum means "none", as IPv4 allows) and always computed on send. No ICMP port
 * unreachable is sent for datagrams to unbound ports; they are counted.
 */
public final class Udp {
    /** Ports bound at once. */
    public static final int MAX_BINDINGS = 64;
    /** Largest payload of one datagram. */
    public static final int MAX_PAYLOAD = 65535 - 20 - 8;
    static final int EPHEMERAL_FIRST = 49152;

    private final NetStack stack;
    private final Ipv4 ip;
    private final int[] ports = new int[MAX_BINDINGS];
    private final UdpListener[] listeners = new UdpListener[MAX_BINDINGS];
    private int nextEphemeral = EPHEMERAL_FIRST;
    private long datagramsIn;
    private long datagramsOut;

    Udp(NetStack stack, Ipv4 ip) {
        this.stack = stack;
        this.ip = ip;
        ip.attach(this);
    }

    void receive(int src, int dst, byte[] b, int off, int len) {
        if (len < 8) {
            stack.stats.drop(Drop.UDP_TRUNCATED);
            return;
        }
        int ulen = Bytes.be16(b, off + 4);
        if (ulen < 8 || ulen > len) {
            stack.stats.drop(Drop.UDP_LENGTH);
            return;
        }
        int sum = Bytes.be16(b, off + 6);
        if (sum != 0 && Bytes.fold(Bytes.sum(b, off, ulen, Bytes.pseudoHeader(src, dst, Ipv4.PROTO_UDP, ulen))) != 0) {
            stack.stats.drop(Drop.UDP_CHECKSUM);
            return;
        }
        int srcPort = Bytes.be16(b, off);
        int dstPort = Bytes.be16(b, off + 2);
        if (srcPort == 0 && dstPort == 0 || dstPort == 0) {
            stack.stats.drop(Drop.UDP_BAD_PORT);
            return;
        }
        int i = indexOf(dstPort);
        if (i < 0) {
            stack.stats.drop(Drop.UDP_NO_LISTENER);
            return;
        }
        datagramsIn++;
        listeners[i].onDatagram(src, srcPort, dstPort, b, off + 8, ulen - 8);
    }

    private int indexOf(int port) {
        for (int i = 0; i < MAX_BINDINGS; i++) {
            if (listeners[i] != null && ports[i] == port) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Binds port (1..65535, or 0 for a free ephemeral port) to listener and returns the
     * port; IllegalStateException when it is taken or the table is full.
     */
    public int bind(int port, UdpListener listener) {
        if (port < 0 || port > 65535 || listener == null) {
            throw new IllegalArgumentException("bad UDP binding: port " + port);
        }
        if (port == 0) {
            for (int tries = 0; tries < 16384 && port == 0; tries++) {
                int p = nextEphemeral;
                nextEphemeral = p == 65535 ? EPHEMERAL_FIRST : p + 1;
                port = indexOf(p) < 0 ? p : 0;
            }
        }
        if (port == 0 || indexOf(port) >= 0) {
            throw new IllegalStateException("UDP port " + port + " is in use");
        }
        for (int i = 0; i < MAX_BINDINGS; i++) {
            if (listeners[i] == null) {
                ports[i] = port;
                listeners[i] = listener;
                return port;
            }
        }
        throw new IllegalStateException("all " + MAX_BINDINGS + " UDP bindings are in use");
    }

    /** Releases a bound port (nothing if it is not bound). */
    public void unbind(int port) {
        int i = indexOf(port);
        if (i >= 0) {
            listeners[i] = null;
        }
    }

    /**
     * Sends len bytes of data[off] from our srcPort to dst:dstPort. Returns false when
     * there is no route (counted). Datagrams larger than the MTU are fragmented.
     */
    public boolean sendTo(int srcPort, int dst, int dstPort, byte[] data, int off, int len) {
        if (len < 0 || len > MAX_PAYLOAD || off < 0 || off + len > data.length) {
            throw new IllegalArgumentException("bad UDP payload: offset " + off + ", length " + len);
        }
        if (srcPort <= 0 || srcPort > 65535 || dstPort <= 0 || dstPort > 65535) {
            throw new IllegalArgumentException("bad UDP ports " + srcPort + " -> " + dstPort);
        }
        int ulen = 8 + len;
        int o = Ipv4.PAYLOAD;
        byte[] out = o + ulen <= stack.tx.length ? stack.tx : new byte[o + ulen];
        System.arraycopy(data, off, out, o + 8, len);
        Bytes.put16(out, o, srcPort);
        Bytes.put16(out, o + 2, dstPort);
        Bytes.put16(out, o + 4, ulen);
        Bytes.put16(out, o + 6, 0);
        int sum = Bytes.fold(Bytes.sum(out, o, ulen, Bytes.pseudoHeader(stack.address, dst, Ipv4.PROTO_UDP, ulen)));
        Bytes.put16(out, o + 6, sum == 0 ? 0xffff : sum);
        boolean sent = ip.send(Ipv4.PROTO_UDP, dst, out, ulen);
        datagramsOut += sent ? 1 : 0;
        return sent;
    }

    /** Datagrams delivered to listeners. */
    public long datagramsIn() {
        return datagramsIn;
    }

    /** Datagrams sent. */
    public long datagramsOut() {
        return datagramsOut;
    }
}
