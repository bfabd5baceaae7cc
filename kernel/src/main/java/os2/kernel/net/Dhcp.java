package os2.kernel.net;

/**
 * A DHCP client (RFC 2131, options from RFC 2132): DISCOVER, OFFER, REQUEST, ACK, then
 * renewal at T1 (unicast to the server) and rebinding at T2 (broadcast); the lease ends
 * the configuration when it expires. Retransmissions double from 4 s to 64 s (without the
 * RFC's random jitter). Not implemented: DECLINE after an ARP probe of the offered
 * address, INFORM, RELEASE, and any option beyond mask, router, DNS, lease, server id, T1, T2.
 */
public final class Dhcp {
    /** The client's states. */
    public enum State { IDLE, SELECTING, REQUESTING, BOUND, RENEWING, REBINDING }

    static final int CLIENT_PORT = 68;
    static final int SERVER_PORT = 67;
    static final long FIRST_RETRY_MS = 4_000;
    static final long MAX_RETRY_MS = 64_000;
    static final int MAGIC = 0x63825363;

    private final NetStack stack;
    private final Udp udp;
    private final byte[] msg = new byte[300];
    private final DhcpOptions opts = new DhcpOptions();
    private DhcpListener listener;
    private State state = State.IDLE;
    private boolean bound;
    private int xid;
    private int offered;
    private int server;
    private long retryAt = Long.MAX_VALUE;
    private long interval;
    private int tries;
    private long t1At;
    private long t2At;
    private long endAt;

    Dhcp(NetStack stack, Udp udp) {
        this.stack = stack;
        this.udp = udp;
    }

    /** Starts (or restarts) obtaining a lease; the listener hears of it. */
    public void start(DhcpListener l) {
        listener = l;
        if (!bound) {
            udp.bind(CLIENT_PORT, this::onDatagram);
            bound = true;
        }
        discover();
    }

    private void discover() {
        state = State.SELECTING;
        xid = (int) (stack.now() * 2654435761L) ^ Bytes.be32(stack.mac, 2) ^ xid * 31;
        tries = 0;
        interval = FIRST_RETRY_MS;
        send(1, 0, 0, Ip4.BROADCAST);
    }

    /** Builds a DHCP message of type (1 DISCOVER, 3 REQUEST) and sends it to dst. */
    private void send(int type, int requested, int serverId, int dst) {
        java.util.Arrays.fill(msg, (byte) 0);
        msg[0] = 1;   // BOOTREQUEST
        msg[1] = 1;   // Ethernet
        msg[2] = 6;
        Bytes.put32(msg, 4, xid);
        Bytes.put16(msg, 10, dst == Ip4.BROADCAST ? 0x8000 : 0);   // ask for broadcast replies
        if (state == State.RENEWING || state == State.REBINDING) {
            Bytes.put32(msg, 12, stack.address);   // ciaddr
        }
        System.arraycopy(stack.mac, 0, msg, 28, 6);
        Bytes.put32(msg, 236, MAGIC);
        int at = 240;
        msg[at++] = 53;
        msg[at++] = 1;
        msg[at++] = (byte) type;
        if (requested != 0) {
            msg[at++] = 50;
            msg[at++] = 4;
            Bytes.put32(msg, at, requested);
            at += 4;
        }
        if (serverId != 0) {
            msg[at++] = 54;
            msg[at++] = 4;
            Bytes.put32(msg, at, serverId);
            at += 4;
        }
        byte[] params = {1, 3, 6, 51, 54, 58, 59};
        msg[at++] = 55;
        msg[at++] = (byte) params.length;
        System.arraycopy(params, 0, msg, at, params.length);
        at += params.length;
        msg[at++] = (byte) 255;
        retryAt = stack.now() + interval;
        udp.sendTo(CLIENT_PORT, dst, SERVER_PORT, msg, 0, at);
    }

    void onDatagram(int src, int srcPort, int dstPort, byte[] b, int off, int len) {
        if (srcPort != SERVER_PORT || len < 240 || b[off] != 2 || b[off + 1] != 1 || b[off + 2] != 6
                || Bytes.be32(b, off + 236) != MAGIC || !opts.parse(b, off + 240, off + len)) {
            stack.stats.drop(Drop.DHCP_MALFORMED);
            return;
        }
        if (Bytes.be32(b, off + 4) != xid || !Bytes.same(b, off + 28, stack.mac, 0, 6)) {
            stack.stats.drop(Drop.DHCP_UNEXPECTED);
            return;
        }
        int yiaddr = Bytes.be32(b, off + 16);
        int serverId = opts.serverId != 0 ? opts.serverId : src;
        if (opts.type == 2 && state == State.SELECTING && validAddress(yiaddr)) {
            offered = yiaddr;
            server = serverId;
            state = State.REQUESTING;
            tries = 0;
            interval = FIRST_RETRY_MS;
            send(3, offered, server, Ip4.BROADCAST);
        } else if (opts.type == 5 && validAddress(yiaddr) && (state == State.REQUESTING && yiaddr == offered
                || (state == State.RENEWING || state == State.REBINDING) && yiaddr == stack.address)) {
            bind(yiaddr, serverId);
        } else if (opts.type == 6 && state != State.SELECTING && state != State.BOUND && state != State.IDLE) {
            unconfigure();
            discover();
        } else {
            stack.stats.drop(Drop.DHCP_UNEXPECTED);
        }
    }

    private static boolean validAddress(int a) {
        return a != 0 && !Ip4.isMulticastOrReserved(a) && !Ip4.isLoopback(a);
    }

    private void bind(int address, int serverId) {
        long now = stack.now();
        long lease = opts.lease > 0 ? opts.lease : 3600;
        long t1 = opts.t1 > 0 && opts.t1 < lease ? opts.t1 : lease / 2;
        long t2 = opts.t2 > t1 && opts.t2 < lease ? opts.t2 : lease * 7 / 8;
        int mask = opts.mask != 0 ? opts.mask : 0xffffff00;
        stack.configure(address, mask, opts.router, opts.dns);
        server = serverId;
        state = State.BOUND;
        retryAt = Long.MAX_VALUE;
        t1At = now + t1 * 1000;
        t2At = now + t2 * 1000;
        endAt = now + lease * 1000;
        if (listener != null) {
            listener.onBound(address, mask, opts.router, opts.dns, lease);
        }
    }

    private void unconfigure() {
        if (stack.address != 0) {
            stack.configure(0, 0, 0, 0);
        }
    }

    void tick(long now) {
        if (state == State.BOUND && now >= t1At) {
            state = State.RENEWING;
            renewStep(now);
        } else if ((state == State.RENEWING || state == State.REBINDING) && now >= endAt) {
            unconfigure();
            if (listener != null) {
                listener.onLost();
            }
            discover();
        } else if (state == State.RENEWING && now >= t2At) {
            state = State.REBINDING;
            renewStep(now);
        } else if (now >= retryAt) {
            if (state == State.SELECTING || state == State.REQUESTING) {
                tries++;
                interval = Math.min(MAX_RETRY_MS, interval * 2);
                if (state == State.REQUESTING && tries >= 4) {
                    discover();
                } else {
                    send(state == State.SELECTING ? 1 : 3, state == State.REQUESTING ? offered : 0,
                            state == State.REQUESTING ? server : 0, Ip4.BROADCAST);
                }
            } else if (state == State.RENEWING || state == State.REBINDING) {
                renewStep(now);
            }
        }
    }

    /** RFC 2131 4.4.5: retry after half the time left until T2 (or lease end), at least 10 s. */
    private void renewStep(long now) {
        long until = state == State.RENEWING ? t2At : endAt;
        interval = Math.max(10_000, (until - now) / 2);
        send(3, 0, 0, state == State.RENEWING ? server : Ip4.BROADCAST);
    }

    long nextDeadline() {
        if (state == State.BOUND) {
            return t1At;
        }
        if (state == State.RENEWING || state == State.REBINDING) {
            return Math.min(retryAt, Math.min(endAt, state == State.RENEWING ? t2At : endAt));
        }
        return state == State.IDLE ? Long.MAX_VALUE : retryAt;
    }

    /** The client's state. */
    public State state() {
        return state;
    }

    /** Milliseconds (clock time) when the lease ends; meaningful once bound. */
    public long leaseEnd() {
        return endAt;
    }
}
