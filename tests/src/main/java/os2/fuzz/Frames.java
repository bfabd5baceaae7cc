package os2.fuzz;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ethernet frames for the packet fuzzer: well-formed templates of everything the guest's
 * stack parses (ARP, IPv4 with options and fragments, ICMP, UDP, DHCP, DNS, TCP with
 * options), and their mutants (bytes, header fields at boundary values, cut short or
 * grown), with the checksums mostly made right again so the mutants reach the parsers
 * behind the checksum checks.
 */
final class Frames {
    static final int ETH = 14;
    static final int IP = 20;
    static final int TYPE_IPV4 = 0x0800;
    static final int TYPE_ARP = 0x0806;
    static final int PROTO_ICMP = 1;
    static final int PROTO_TCP = 6;
    static final int PROTO_UDP = 17;
    static final int HOST_IP = 0x0A000202;     // 10.0.2.2: the injector (router, DHCP server)
    static final int GUEST_IP = 0x0A00020F;    // 10.0.2.15: what the injector leases
    static final byte[] HOST_MAC = {0x52, 0x55, 0x0a, 0x00, 0x02, 0x02};
    static final byte[] BROADCAST = {-1, -1, -1, -1, -1, -1};
    static final int TEMPLATES = 11;
    private static final long[] BOUNDARY = {0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x5dc, 0x5dd, 0x7fff, 0x8000, 0xffff,
        0xfffe, 0x10000, 0x7fffffffL, 0x80000000L, 0xffffffffL, 20, 24, 60, 64, 576, 1480, 1500};

    private Frames() {
    }

    static void put16(byte[] b, int off, int v) {
        b[off] = (byte) (v >> 8);
        b[off + 1] = (byte) v;
    }

    static void put32(byte[] b, int off, int v) {
        put16(b, off, v >>> 16);
        put16(b, off + 2, v);
    }

    static int get16(byte[] b, int off) {
        return (b[off] & 0xff) << 8 | b[off + 1] & 0xff;
    }

    static int get32(byte[] b, int off) {
        return get16(b, off) << 16 | get16(b, off + 2);
    }

    /** An Ethernet header to dst from the host, then len bytes of payload room. */
    static byte[] ether(byte[] dst, int type, int len) {
        byte[] f = new byte[ETH + len];
        System.arraycopy(dst, 0, f, 0, 6);
        System.arraycopy(HOST_MAC, 0, f, 6, 6);
        put16(f, 12, type);
        return f;
    }

    /** An IPv4 packet (header of ihl words, payload len bytes) in a frame to dst. */
    static byte[] ipv4(byte[] dst, int proto, int src, int to, int ihl, int len) {
        byte[] f = ether(dst, TYPE_IPV4, ihl * 4 + len);
        f[ETH] = (byte) (0x40 | ihl);
        put16(f, ETH + 2, ihl * 4 + len);
        put16(f, ETH + 4, 0x1234);
        f[ETH + 8] = 64;
        f[ETH + 9] = (byte) proto;
        put32(f, ETH + 12, src);
        put32(f, ETH + 16, to);
        for (int i = ETH + IP; i < ETH + ihl * 4; i++) {
            f[i] = 1;   // NOP options
        }
        return f;
    }

    static int sum(byte[] b, int off, int len, int start) {
        long s = start;
        for (int i = 0; i + 1 < len; i += 2) {
            s += get16(b, off + i);
        }
        if ((len & 1) != 0) {
            s += (b[off + len - 1] & 0xff) << 8;
        }
        while ((s >> 16) != 0) {
            s = (s & 0xffff) + (s >> 16);
        }
        return (int) s;
    }

    /** Makes the IPv4 header checksum and the ICMP/UDP/TCP checksum right (as far as the lengths allow). */
    static void fixChecksums(byte[] f) {
        if (f.length < ETH + IP || get16(f, 12) != TYPE_IPV4) {
            return;
        }
        int ihl = (f[ETH] & 0xf) * 4;
        if (ihl < IP || ETH + ihl > f.length) {
            return;
        }
        put16(f, ETH + 10, 0);
        put16(f, ETH + 10, ~sum(f, ETH, ihl, 0) & 0xffff);
        int l4 = ETH + ihl;
        int len = Math.min(get16(f, ETH + 2) - ihl, f.length - l4);
        int proto = f[ETH + 9] & 0xff;
        int at = proto == PROTO_ICMP ? 2 : proto == PROTO_UDP ? 6 : proto == PROTO_TCP ? 16 : -1;
        if (at < 0 || len < at + 2) {
            return;
        }
        put16(f, l4 + at, 0);
        int pseudo = 0;
        if (proto != PROTO_ICMP) {
            pseudo = sum(f, ETH + 12, 8, proto + len);
        }
        int c = ~sum(f, l4, len, pseudo) & 0xffff;
        put16(f, l4 + at, proto == PROTO_UDP && c == 0 ? 0xffff : c);
    }

    /** Template number t (0..TEMPLATES-1), well formed, to the guest's MAC. */
    static byte[] template(int t, byte[] guest, SplittableRandom r) {
        switch (t) {
            case 0: case 1: {   // ARP request / reply
                byte[] f = ether(t == 0 ? BROADCAST : guest, TYPE_ARP, 28);
                put16(f, ETH, 1);
                put16(f, ETH + 2, TYPE_IPV4);
                f[ETH + 4] = 6;
                f[ETH + 5] = 4;
                put16(f, ETH + 6, t == 0 ? 1 : 2);
                System.arraycopy(HOST_MAC, 0, f, ETH + 8, 6);
                put32(f, ETH + 14, r.nextBoolean() ? HOST_IP : r.nextInt());
                System.arraycopy(guest, 0, f, ETH + 18, 6);
                put32(f, ETH + 24, GUEST_IP);
                return f;
            }
            case 2: {   // ICMP echo request, any payload
                byte[] f = ipv4(guest, PROTO_ICMP, HOST_IP, GUEST_IP, 5, 8 + r.nextInt(64));
                f[ETH + IP] = 8;
                put32(f, ETH + IP + 4, r.nextInt());
                return f;
            }
            case 3: case 4: {   // DHCP reply shaped (to port 68) / DNS reply shaped (to a random port)
                boolean dhcp = t == 3;
                int payload = dhcp ? 240 + 32 : 12 + 40;
                byte[] f = ipv4(guest, PROTO_UDP, HOST_IP, GUEST_IP, 5, 8 + payload);
                int u = ETH + IP;
                put16(f, u, dhcp ? 67 : 53);
                put16(f, u + 2, dhcp ? 68 : 1024 + r.nextInt(60000));
                put16(f, u + 4, 8 + payload);
                int p = u + 8;
                if (dhcp) {
                    f[p] = 2;
                    f[p + 1] = 1;
                    f[p + 2] = 6;
                    put32(f, p + 4, r.nextInt());
                    put32(f, p + 16, GUEST_IP);
                    System.arraycopy(guest, 0, f, p + 28, 6);
                    put32(f, p + 236, 0x63825363);
                    byte[] opts = {53, 1, (byte) (2 + r.nextInt(5)), 54, 4, 10, 0, 2, 2, 1, 4, -1, -1, -1, 0,
                        3, 4, 10, 0, 2, 2, 51, 4, 0, 0, 0, 60, 6, 4, 10, 0, 2, 3, -1};
                    System.arraycopy(opts, 0, f, p + 240, Math.min(opts.length, 32));
                } else {
                    put16(f, p, r.nextInt(65536));
                    put16(f, p + 2, 0x8180);
                    put16(f, p + 4, 1);
                    put16(f, p + 6, 1);
                    byte[] q = {3, 'o', 's', '2', 0, 0, 1, 0, 1, (byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 10, 0, 2, 2};
                    System.arraycopy(q, 0, f, p + 12, q.length);
                }
                return f;
            }
            case 5: case 6: {   // TCP SYN with options / a segment of an unknown connection
                int opts = t == 5 ? 20 : 0;
                byte[] f = ipv4(guest, PROTO_TCP, HOST_IP, GUEST_IP, 5, 20 + opts + (t == 6 ? r.nextInt(100) : 0));
                int s = ETH + IP;
                put16(f, s, 1024 + r.nextInt(60000));
                put16(f, s + 2, r.nextBoolean() ? 80 : r.nextInt(65536));
                put32(f, s + 4, r.nextInt());
                put32(f, s + 8, t == 6 ? r.nextInt() : 0);
                f[s + 12] = (byte) ((20 + opts) / 4 << 4);
                f[s + 13] = (byte) (t == 5 ? 0x02 : r.nextInt(64));
                put16(f, s + 14, 65535);
                if (opts > 0) {
                    byte[] o = {2, 4, 5, (byte) 0xb4, 3, 3, 7, 4, 2, 8, 10, 0, 0, 0, 1, 0, 0, 0, 0, 1};
                    System.arraycopy(o, 0, f, s + 20, o.length);
                }
                return f;
            }
            case 7: {   // an IPv4 fragment (first, middle or last) of a UDP datagram
                byte[] f = ipv4(guest, PROTO_UDP, HOST_IP, GUEST_IP, 5, 8 * (1 + r.nextInt(40)));
                int off = r.nextInt(4) == 0 ? 0 : r.nextInt(200);
                put16(f, ETH + 6, (r.nextBoolean() ? 0x2000 : 0) | off);
                put16(f, ETH + 4, r.nextInt(4));   // few ids: fragments meet in reassembly
                return f;
            }
            case 8: {   // IP options of every length
                int ihl = 6 + r.nextInt(10);
                byte[] f = ipv4(guest, PROTO_ICMP, HOST_IP, GUEST_IP, ihl, 8);
                for (int i = ETH + IP; i < ETH + ihl * 4; i++) {
                    f[i] = (byte) r.nextInt(256);
                }
                f[ETH + ihl * 4] = 8;
                return f;
            }
            case 9: {   // an unknown protocol, broadcast or to us
                byte[] f = ipv4(guest, r.nextInt(256), r.nextInt(), r.nextBoolean() ? GUEST_IP : -1, 5, r.nextInt(64));
                return f;
            }
            default: {   // any ethertype, any bytes
                byte[] f = ether(r.nextBoolean() ? guest : BROADCAST, r.nextInt(65536), r.nextInt(1500));
                for (int i = ETH; i < f.length; i++) {
                    f[i] = (byte) r.nextInt(256);
                }
                return f;
            }
        }
    }

    /** 1-4 mutations of f (a new array); the checksums made right again 3 times in 4. */
    static byte[] mutate(byte[] f, SplittableRandom r, StringBuilder how) {
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            int kind = r.nextInt(10);
            if (kind < 4 && f.length > 12) {   // a byte, past the MACs (a frame to another MAC never arrives)
                int at = 12 + r.nextInt(f.length - 12);
                f[at] = (byte) r.nextInt(256);
                how.append(" b").append(at);
            } else if (kind < 8 && f.length > ETH + 4) {   // a 1, 2 or 4 byte field at a boundary value
                int size = 1 << r.nextInt(3);
                int at = ETH + r.nextInt(Math.max(1, Math.min(60, f.length - ETH - size)));
                long v = BOUNDARY[r.nextInt(BOUNDARY.length)] + (r.nextInt(4) == 0 ? r.nextInt(3) - 1 : 0);
                for (int i = 0; i < size && at + i < f.length; i++) {
                    f[at + i] = (byte) (v >> (8 * (size - 1 - i)));
                }
                how.append(" f").append(at).append('=').append(v);
            } else if (kind == 8) {   // cut short (not to nothing: QEMU's socket backend takes an empty datagram for the end)
                f = Arrays.copyOf(f, 1 + r.nextInt(f.length));
                how.append(" cut").append(f.length);
            } else {   // grown with junk
                int old = f.length;
                f = Arrays.copyOf(f, Math.min(1514, old + 1 + r.nextInt(200)));
                for (int i = old; i < f.length; i++) {
                    f[i] = (byte) r.nextInt(256);
                }
                how.append(" grow").append(f.length);
            }
        }
        if (r.nextInt(4) != 0) {
            fixChecksums(f);
            how.append(" sums");
        }
        return f;
    }
}
