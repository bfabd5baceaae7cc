package os2.kernel.net;

/** The DHCP options (RFC 2132) the client uses, parsed with bounds checks; reused. */
final class DhcpOptions {
    int type;
    int mask;
    int router;
    int dns;
    int serverId;
    long lease;
    long t1;
    long t2;

    /** Parses options from b[at] to end; false when malformed or without a message type. */
    boolean parse(byte[] b, int at, int end) {
        type = mask = router = dns = serverId = 0;
        lease = t1 = t2 = 0;
        while (at < end) {
            int code = b[at] & 0xff;
            if (code == 255) {
                break;
            }
            if (code == 0) {
                at++;
                continue;
            }
            if (at + 1 >= end) {
                return false;
            }
            int len = b[at + 1] & 0xff;
            int v = at + 2;
            if (v + len > end) {
                return false;
            }
            if (code == 53 && len == 1) {
                type = b[v] & 0xff;
            } else if (len >= 4 && (code == 1 || code == 3 || code == 6 || code == 54 || code == 51
                    || code == 58 || code == 59)) {
                if ((code == 1 || code == 51 || code == 54 || code == 58 || code == 59) && len != 4
                        || (code == 3 || code == 6) && len % 4 != 0) {
                    return false;
                }
                int x = Bytes.be32(b, v);   // routers and DNS servers: the first of the list
                long u = x & 0xffffffffL;
                switch (code) {
                    case 1: mask = x; break;
                    case 3: router = x; break;
                    case 6: dns = x; break;
                    case 54: serverId = x; break;
                    case 51: lease = u; break;
                    case 58: t1 = u; break;
                    default: t2 = u; break;
                }
            } else if (code == 53 || code == 1 || code == 3 || code == 6 || code == 54 || code == 51
                    || code == 58 || code == 59) {
                return false;   // a known option with a wrong length
            }
            at = v + len;
        }
        return type >= 1 && type <= 8;
    }
}
