package os2.kernel.net;

/**
 * IPv4 (RFC 791, RFC 1122 host requirements): validation of every header field on
 * receive, reassembly of fragments ({@link IpReassembly}), and sending with routing
 * (on-link or through the gateway), ARP resolution and fragmentation.
 *
 * <p>Sent datagrams carry TTL 64, DF clear and no options; received options are checked
 * for well-formedness and otherwise ignored (no source routing, no record route).
 */
public final class Ipv4 {
    public static final int PROTO_ICMP = 1;
    public static final int PROTO_TCP = 6;
    public static final int PROTO_UDP = 17;
    /** Offset of the IP header in a frame, and of the transport header. */
    public static final int HEADER = NetStack.ETH_HEADER;
    public static final int PAYLOAD = HEADER + 20;
    static final int TTL = 64;

    private final NetStack stack;
    private final Arp arp;
    private final IpReassembly reassembly;
    private final byte[] fragment;
    private int nextId = 1;
    private Icmp icmp;
    private Udp udp;
    private Tcp tcp;

    Ipv4(NetStack stack, Arp arp) {
        this.stack = stack;
        this.arp = arp;
        this.reassembly = new IpReassembly(stack.stats);
        this.fragment = new byte[NetStack.ETH_HEADER + stack.mtu];
    }

    void attach(Icmp icmp) {
        this.icmp = icmp;
    }

    void attach(Udp udp) {
        this.udp = udp;
    }

    void attach(Tcp tcp) {
        this.tcp = tcp;
    }

    void receive(byte[] f, int off, int len) {
        NetStats st = stack.stats;
        if (len < 20) {
            st.drop(Drop.IP_TRUNCATED);
            return;
        }
        if ((f[off] & 0xf0) != 0x40) {
            st.drop(Drop.IP_VERSION);
            return;
        }
        int ihl = (f[off] & 0x0f) * 4;
        if (ihl < 20) {
            st.drop(Drop.IP_HEADER_LENGTH);
            return;
        }
        int total = Bytes.be16(f, off + 2);
        if (total < ihl || total > len) {   // len may exceed total: Ethernet pads short frames
            st.drop(Drop.IP_TOTAL_LENGTH);
            return;
        }
        if (Bytes.checksum(f, off, ihl) != 0) {
            st.drop(Drop.IP_CHECKSUM);
            return;
        }
        int flagsFrag = Bytes.be16(f, off + 6);
        if ((flagsFrag & 0x8000) != 0) {
            st.drop(Drop.IP_RESERVED_FLAG);
            return;
        }
        if ((f[off + 8] & 0xff) == 0) {
            st.drop(Drop.IP_TTL_ZERO);
            return;
        }
        int src = Bytes.be32(f, off + 12);
        int dst = Bytes.be32(f, off + 16);
        int me = stack.address;
        if (Ip4.isMulticastOrReserved(src) || Ip4.isLoopback(src) || (src == 0 && me != 0)
                || (me != 0 && src == me) || isSubnetBroadcast(src)) {
            st.drop(Drop.IP_BAD_SOURCE);
            return;
        }
        // Unconfigured (DHCP in progress) we take unicast to any address; UDP filters by port.
        boolean forUs = dst == me || dst == Ip4.BROADCAST || isSubnetBroadcast(dst)
                || (me == 0 && !Ip4.isMulticastOrReserved(dst));
        if (!forUs) {
            st.drop(Drop.IP_NOT_FOR_US);
            return;
        }
        if (!optionsValid(f, off + 20, ihl - 20)) {
            st.drop(Drop.IP_BAD_OPTIONS);
            return;
        }
        int proto = f[off + 9] & 0xff;
        int plen = total - ihl;
        boolean more = (flagsFrag & 0x2000) != 0;
        int fragOffset = (flagsFrag & 0x1fff) * 8;
        if (more || fragOffset != 0) {
            int id = Bytes.be16(f, off + 4);
            byte[] whole = reassembly.add(src, dst, id, proto, fragOffset, more, f, off + ihl, plen, stack.now());
            if (whole == null) {
                return;
            }
            deliver(proto, src, dst, whole, 0, reassembly.completedLength());
        } else {
            deliver(proto, src, dst, f, off + ihl, plen);
        }
    }

    private void deliver(int proto, int src, int dst, byte[] b, int off, int len) {
        boolean broadcast = dst == Ip4.BROADCAST || isSubnetBroadcast(dst);
        if (proto == PROTO_ICMP) {
            icmp.receive(src, broadcast, b, off, len);
        } else if (proto == PROTO_UDP) {
            udp.receive(src, dst, b, off, len);
        } else if (proto == PROTO_TCP) {
            tcp.receive(src, dst, broadcast, b, off, len);
        } else {
            stack.stats.drop(Drop.IP_UNKNOWN_PROTOCOL);
        }
    }

    boolean isSubnetBroadcast(int a) {
        int mask = stack.netmask;
        return stack.address != 0 && mask != 0 && mask != -1
                && (a & mask) == (stack.address & mask) && (a | mask) == -1;
    }

    /** RFC 791 options: end, no-op, or kind/length pairs inside the header. */
    static boolean optionsValid(byte[] f, int at, int len) {
        int end = at + len;
        while (at < end) {
            int kind = f[at] & 0xff;
            if (kind == 0) {
                return true;
            }
            if (kind == 1) {
                at++;
                continue;
            }
            if (at + 1 >= end) {
                return false;
            }
            int olen = f[at + 1] & 0xff;
            if (olen < 2 || at + olen > end) {
                return false;
            }
            at += olen;
        }
        return true;
    }

    /**
     * Sends payloadLen bytes at buf[PAYLOAD..] to dst as protocol proto, fragmenting when
     * they do not fit the MTU. buf must have room for the headers before PAYLOAD.
     * Returns false (and counts the drop) when there is no route.
     */
    boolean send(int proto, int dst, byte[] buf, int payloadLen) {
        int me = stack.address;
        boolean broadcast = dst == Ip4.BROADCAST || isSubnetBroadcast(dst);
        int nextHop = dst;
        if (!broadcast) {
            boolean onLink = me != 0 && ((dst ^ me) & stack.netmask) == 0;
            nextHop = onLink ? dst : stack.gateway;
            if (me == 0 || nextHop == 0) {
                stack.stats.drop(Drop.IP_NO_ROUTE);
                return false;
            }
        }
        int id = nextId++ & 0xffff;
        int maxPayload = stack.mtu - 20;
        if (payloadLen <= maxPayload) {
            header(buf, proto, me, dst, id, 0, payloadLen);
            output(buf, PAYLOAD + payloadLen, nextHop, broadcast);
            return true;
        }
        int chunk = maxPayload & ~7;
        for (int at = 0; at < payloadLen; at += chunk) {
            int n = Math.min(chunk, payloadLen - at);
            boolean more = at + n < payloadLen;
            System.arraycopy(buf, PAYLOAD + at, fragment, PAYLOAD, n);
            header(fragment, proto, me, dst, id, (more ? 0x2000 : 0) | at / 8, n);
            output(fragment, PAYLOAD + n, nextHop, broadcast);
        }
        return true;
    }

    private static void header(byte[] b, int proto, int src, int dst, int id, int flagsFrag, int payloadLen) {
        int o = HEADER;
        b[o] = 0x45;
        b[o + 1] = 0;
        Bytes.put16(b, o + 2, 20 + payloadLen);
        Bytes.put16(b, o + 4, id);
        Bytes.put16(b, o + 6, flagsFrag);
        b[o + 8] = (byte) TTL;
        b[o + 9] = (byte) proto;
        Bytes.put16(b, o + 10, 0);
        Bytes.put32(b, o + 12, src);
        Bytes.put32(b, o + 16, dst);
        Bytes.put16(b, o + 10, Bytes.checksum(b, o, 20));
    }

    private static final byte[] BROADCAST_MAC = {-1, -1, -1, -1, -1, -1};

    private void output(byte[] frame, int len, int nextHop, boolean broadcast) {
        if (broadcast) {
            stack.transmit(frame, len, BROADCAST_MAC, 0, NetStack.TYPE_IPV4);
        } else {
            arp.output(frame, len, nextHop);
        }
    }

    void tick(long now) {
        reassembly.expire(now);
    }

    long nextDeadline() {
        return reassembly.nextDeadline();
    }

    /**
     * Shortens the reassembly timeout (default 30 s, at most that): the kernel command
     * line's {@code fragtimeout=MS}, so that the packet fuzzer's leak check need not wait 30 s
     * for the datagrams its fragments left open to expire (docs/RELIABILITY.md).
     */
    public void setReassemblyTimeout(long ms) {
        reassembly.setTimeout(ms);
    }

    /** Datagrams being reassembled. */
    public int reassemblies() {
        return reassembly.active();
    }
}
