package os2.peer;

/**
 * Field access and checksums for Ethernet/IPv4/TCP/UDP/ICMP frames as the relay sees
 * them (raw frames, one a datagram, from QEMU's dgram backend). Offsets are from the
 * start of the Ethernet header.
 */
public final class Frames {
    /** Ethernet header length (no VLAN tag). */
    public static final int ETH = 14;
    /** The IPv4 ethertype. */
    public static final int TYPE_IPV4 = 0x0800;
    /** IP protocol numbers. */
    public static final int ICMP = 1, TCP = 6, UDP = 17;
    /** Offset of the IPv4 header checksum. */
    static final int IP_CHECKSUM = ETH + 10;

    private Frames() {
    }

    public static int get16(byte[] f, int at) {
        return (f[at] & 0xff) << 8 | f[at + 1] & 0xff;
    }

    public static void put16(byte[] f, int at, int v) {
        f[at] = (byte) (v >>> 8);
        f[at + 1] = (byte) v;
    }

    public static int get32(byte[] f, int at) {
        return get16(f, at) << 16 | get16(f, at + 2);
    }

    public static void put32(byte[] f, int at, int v) {
        put16(f, at, v >>> 16);
        put16(f, at + 2, v);
    }

    /** True for an IPv4 frame with a whole, plausible header. */
    public static boolean isIpv4(byte[] f, int len) {
        return len >= ETH + 20 && get16(f, 12) == TYPE_IPV4 && (f[ETH] & 0xf0) == 0x40
                && ETH + ipHeaderLength(f) <= len;
    }

    public static int ipHeaderLength(byte[] f) {
        return (f[ETH] & 15) * 4;
    }

    public static int protocol(byte[] f) {
        return f[ETH + 9] & 0xff;
    }

    /** The IPv4 payload's offset in the frame. */
    public static int l4(byte[] f) {
        return ETH + ipHeaderLength(f);
    }

    /** True for an unfragmented TCP segment with its whole header in len bytes. */
    public static boolean isTcp(byte[] f, int len) {
        return isIpv4(f, len) && protocol(f) == TCP && (get16(f, ETH + 6) & 0x3fff) == 0
                && l4(f) + 20 <= len && l4(f) + tcpHeaderLength(f) <= len;
    }

    public static int tcpHeaderLength(byte[] f) {
        return ((f[l4(f) + 12] & 0xff) >>> 4) * 4;
    }

    /** The Internet checksum (RFC 1071) of f[off, off+len) added to sum. */
    public static int checksum(byte[] f, int off, int len, long sum) {
        int i = 0;
        for (; i + 1 < len; i += 2) {
            sum += get16(f, off + i);
        }
        if (i < len) {
            sum += (f[off + i] & 0xff) << 8;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** Sets the IPv4 header checksum. */
    public static void fixIpChecksum(byte[] f) {
        put16(f, IP_CHECKSUM, 0);
        put16(f, IP_CHECKSUM, checksum(f, ETH, ipHeaderLength(f), 0));
    }

    /**
     * Recomputes the IPv4 header checksum and, for an unfragmented datagram whose total
     * length fits the frame, the TCP/UDP/ICMP checksum; other frames are left alone.
     */
    public static void fixChecksums(byte[] f, int len) {
        if (!isIpv4(f, len)) {
            return;
        }
        fixIpChecksum(f);
        int ihl = ipHeaderLength(f);
        int total = get16(f, ETH + 2);
        if (total < ihl || ETH + total > len || (get16(f, ETH + 6) & 0x3fff) != 0) {
            return;
        }
        int at = ETH + ihl;
        int n = total - ihl;
        long pseudo = (long) (get16(f, ETH + 12) + get16(f, ETH + 14) + get16(f, ETH + 16) + get16(f, ETH + 18))
                + protocol(f) + n;
        int field;
        long sum;
        switch (protocol(f)) {
            case TCP -> { field = 16; sum = pseudo; if (n < 20) return; }
            case UDP -> { field = 6; sum = pseudo; if (n < 8) return; }
            case ICMP -> { field = 2; sum = 0; if (n < 4) return; }
            default -> { return; }
        }
        put16(f, at + field, 0);
        put16(f, at + field, checksum(f, at, n, sum));
    }
}
