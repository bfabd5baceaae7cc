package os2.kernel.net;

/**
 * Test-side packet construction and inspection, written independently of the stack's
 * own code (so a shared mistake cannot hide).
 */
final class Packets {
    static final byte[] MAC_US = {2, 0, 0, 0, 0, 1};
    static final byte[] MAC_PEER = {2, 0, 0, 0, 0, 2};
    static final byte[] MAC_BCAST = {-1, -1, -1, -1, -1, -1};
    static final int IP_US = Ip4.of(10, 0, 2, 15);
    static final int IP_PEER = Ip4.of(10, 0, 2, 2);
    static final int FIN = 1, SYN = 2, RST = 4, PSH = 8, ACK = 16;

    private Packets() {
    }

    static byte[] eth(byte[] dst, byte[] src, int type, byte[] payload) {
        byte[] f = new byte[14 + payload.length];
        System.arraycopy(dst, 0, f, 0, 6);
        System.arraycopy(src, 0, f, 6, 6);
        f[12] = (byte) (type >> 8);
        f[13] = (byte) type;
        System.arraycopy(payload, 0, f, 14, payload.length);
        return f;
    }

    static int cksum(byte[] b, int off, int len, long start) {
        long s = start;
        for (int i = 0; i < len; i += 2) {
            int hi = b[off + i] & 0xff;
            int lo = i + 1 < len ? b[off + i + 1] & 0xff : 0;
            s += hi << 8 | lo;
        }
        while (s > 0xffff) {
            s = (s & 0xffff) + (s >> 16);
        }
        return (int) (~s & 0xffff);
    }

    static void put16(byte[] b, int i, int v) {
        b[i] = (byte) (v >> 8);
        b[i + 1] = (byte) v;
    }

    static void put32(byte[] b, int i, int v) {
        put16(b, i, v >>> 16);
        put16(b, i + 2, v);
    }

    static int get16(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | b[i + 1] & 0xff;
    }

    static int get32(byte[] b, int i) {
        return get16(b, i) << 16 | get16(b, i + 2);
    }

    static byte[] ipv4(int src, int dst, int proto, int id, int flagsFrag, byte[] payload) {
        byte[] p = new byte[20 + payload.length];
        p[0] = 0x45;
        put16(p, 2, p.length);
        put16(p, 4, id);
        put16(p, 6, flagsFrag);
        p[8] = 64;
        p[9] = (byte) proto;
        put32(p, 12, src);
        put32(p, 16, dst);
        put16(p, 10, cksum(p, 0, 20, 0));
        System.arraycopy(payload, 0, p, 20, payload.length);
        return p;
    }

    static long pseudo(int src, int dst, int proto, int len) {
        return (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + proto + len;
    }

    static byte[] udp(int src, int dst, int sport, int dport, byte[] data) {
        byte[] u = new byte[8 + data.length];
        put16(u, 0, sport);
        put16(u, 2, dport);
        put16(u, 4, u.length);
        System.arraycopy(data, 0, u, 8, data.length);
        int c = cksum(u, 0, u.length, pseudo(src, dst, 17, u.length));
        put16(u, 6, c == 0 ? 0xffff : c);
        return u;
    }

    static byte[] tcp(int src, int dst, int sport, int dport, int seq, int ack, int flags, int window,
                      byte[] options, byte[] data) {
        int hlen = 20 + options.length;
        byte[] t = new byte[hlen + data.length];
        put16(t, 0, sport);
        put16(t, 2, dport);
        put32(t, 4, seq);
        put32(t, 8, ack);
        put16(t, 12, hlen / 4 << 12 | flags);
        put16(t, 14, window);
        System.arraycopy(options, 0, t, 20, options.length);
        System.arraycopy(data, 0, t, hlen, data.length);
        put16(t, 16, cksum(t, 0, t.length, pseudo(src, dst, 6, t.length)));
        return t;
    }

    /** A frame from the peer to us carrying one TCP segment. */
    static byte[] tcpFrame(int sport, int dport, int seq, int ack, int flags, int window, byte[] options, byte[] data) {
        return eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 6, 1, 0,
                tcp(IP_PEER, IP_US, sport, dport, seq, ack, flags, window, options, data)));
    }

    static byte[] udpFrame(int sport, int dport, byte[] data) {
        return eth(MAC_US, MAC_PEER, 0x0800, ipv4(IP_PEER, IP_US, 17, 7, 0, udp(IP_PEER, IP_US, sport, dport, data)));
    }

    /** ARP packet (28 bytes). */
    static byte[] arp(int op, byte[] sha, int spa, byte[] tha, int tpa) {
        byte[] a = new byte[28];
        put16(a, 0, 1);
        put16(a, 2, 0x0800);
        a[4] = 6;
        a[5] = 4;
        put16(a, 6, op);
        System.arraycopy(sha, 0, a, 8, 6);
        put32(a, 14, spa);
        System.arraycopy(tha, 0, a, 18, 6);
        put32(a, 24, tpa);
        return a;
    }

    /** Offset of the IP payload in an Ethernet frame with a 20-byte IP header. */
    static final int L4 = 34;

    /** A parsed TCP segment from a frame the stack sent. */
    static final class Seg {
        int sport, dport, seq, ack, flags, window, mss = -1, wscale = -1;
        byte[] data;

        boolean has(int f) {
            return (flags & f) != 0;
        }

        @Override
        public String toString() {
            return "seq=" + Integer.toUnsignedString(seq) + " ack=" + Integer.toUnsignedString(ack)
                    + " flags=" + flags + " win=" + window + " len=" + data.length;
        }
    }

    static Seg parseTcp(byte[] f) {
        if (get16(f, 12) != 0x0800 || f[23] != 6) {
            throw new AssertionError("not a TCP frame");
        }
        int ihl = (f[14] & 15) * 4;
        int total = get16(f, 16);
        int t = 14 + ihl;
        int len = total - ihl;
        if (cksum(f, 14, ihl, 0) != 0) {
            throw new AssertionError("bad IP checksum");
        }
        if (cksum(f, t, len, pseudo(get32(f, 26), get32(f, 30), 6, len)) != 0) {
            throw new AssertionError("bad TCP checksum");
        }
        Seg s = new Seg();
        s.sport = get16(f, t);
        s.dport = get16(f, t + 2);
        s.seq = get32(f, t + 4);
        s.ack = get32(f, t + 8);
        int hlen = (f[t + 12] >> 4 & 15) * 4;
        s.flags = f[t + 13] & 0x3f;
        s.window = get16(f, t + 14);
        for (int at = t + 20; at < t + hlen; ) {
            int kind = f[at] & 0xff;
            if (kind == 0) {
                break;
            }
            if (kind == 1) {
                at++;
                continue;
            }
            if (kind == 2) {
                s.mss = get16(f, at + 2);
            }
            if (kind == 3) {
                s.wscale = f[at + 2];
            }
            at += f[at + 1] & 0xff;
        }
        s.data = java.util.Arrays.copyOfRange(f, t + hlen, t + len);
        return s;
    }
}
