package os2.kernel.net;

/**
 * Building DNS queries and reading answers (RFC 1035). Names in answers may use
 * compression pointers; a pointer must point strictly before the label that holds it,
 * so that no chain of pointers can loop, and a name is at most 255 bytes.
 */
final class DnsMessage {
    static final int TYPE_A = 1;
    static final int CLASS_IN = 1;
    /** Errors of {@link #answer}, as negative values. */
    static final int MALFORMED = -1;

    int id;
    int rcode;
    boolean truncated;
    int address;

    private DnsMessage() {
    }

    static DnsMessage create() {
        return new DnsMessage();
    }

    /** Writes a recursive A query for name into b; returns its length. name is valid (see {@link #validName}). */
    static int query(byte[] b, int id, String name) {
        Bytes.put16(b, 0, id);
        Bytes.put16(b, 2, 0x0100);   // RD
        Bytes.put16(b, 4, 1);
        Bytes.put16(b, 6, 0);
        Bytes.put32(b, 8, 0);
        int at = 12;
        int start = 0;
        while (start < name.length()) {
            int dot = name.indexOf('.', start);
            int end = dot < 0 ? name.length() : dot;
            b[at++] = (byte) (end - start);
            for (int i = start; i < end; i++) {
                b[at++] = (byte) name.charAt(i);
            }
            start = end + 1;
        }
        b[at++] = 0;
        Bytes.put16(b, at, TYPE_A);
        Bytes.put16(b, at + 2, CLASS_IN);
        return at + 4;
    }

    /** Host names: labels of 1..63 letters, digits, '-' or '_', 253 bytes at most, optional final dot. */
    static boolean validName(String name) {
        if (name == null || name.isEmpty() || name.length() > 253) {
            return false;
        }
        int label = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if (Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_') {
                if (++label > 63) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * Parses a response of len bytes at b[0]: header, the single question (whose name must
     * equal qname, ignoring case), then the answers; fills id, rcode, truncated and address
     * (the first A record, 0 if none). Returns false when the message is malformed.
     */
    boolean parse(byte[] b, int len, String qname, StringBuilder scratch) {
        address = 0;
        if (len < 12) {
            return false;
        }
        id = Bytes.be16(b, 0);
        int flags = Bytes.be16(b, 2);
        truncated = (flags & 0x0200) != 0;
        rcode = flags & 0xf;
        if ((flags & 0x8000) == 0 || (flags >>> 11 & 0xf) != 0) {
            return false;   // not a response, or not a standard query's
        }
        int qd = Bytes.be16(b, 4);
        int an = Bytes.be16(b, 6);
        if (qd != 1) {
            return false;
        }
        scratch.setLength(0);
        int at = readName(b, 12, len, scratch);
        if (at < 0 || at + 4 > len || !scratch.toString().equalsIgnoreCase(strip(qname))
                || Bytes.be16(b, at) != TYPE_A || Bytes.be16(b, at + 2) != CLASS_IN) {
            return false;
        }
        at += 4;
        for (int i = 0; i < an; i++) {
            scratch.setLength(0);
            at = readName(b, at, len, scratch);
            if (at < 0 || at + 10 > len) {
                return false;
            }
            int type = Bytes.be16(b, at);
            int cls = Bytes.be16(b, at + 2);
            int rdlen = Bytes.be16(b, at + 8);
            at += 10;
            if (at + rdlen > len) {
                return false;
            }
            if (type == TYPE_A && cls == CLASS_IN && address == 0) {
                if (rdlen != 4) {
                    return false;
                }
                address = Bytes.be32(b, at);
            }
            at += rdlen;
        }
        return true;
    }

    private static String strip(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Reads the name at b[at] into out (labels joined by dots); returns the offset after
     * it in the message (after the first pointer, if any), or -1 when it is malformed.
     */
    static int readName(byte[] b, int at, int len, StringBuilder out) {
        int resume = -1;
        int total = 0;
        int limit = at;   // a pointer must go strictly before the current position
        for (int hops = 0; hops < 128; hops++) {
            if (at >= len) {
                return -1;
            }
            int n = b[at] & 0xff;
            if (n == 0) {
                return resume >= 0 ? resume : at + 1;
            }
            if ((n & 0xc0) == 0xc0) {
                if (at + 1 >= len) {
                    return -1;
                }
                int target = (n & 0x3f) << 8 | (b[at + 1] & 0xff);
                if (target >= limit) {
                    return -1;
                }
                if (resume < 0) {
                    resume = at + 2;
                }
                at = target;
                limit = target;
                continue;
            }
            if ((n & 0xc0) != 0 || at + 1 + n > len) {
                return -1;   // 0x40 and 0x80 label types are not defined
            }
            total += n + 1;
            if (total > 255) {
                return -1;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            for (int i = 0; i < n; i++) {
                out.append((char) (b[at + 1 + i] & 0xff));
            }
            at += 1 + n;
        }
        return -1;
    }
}
