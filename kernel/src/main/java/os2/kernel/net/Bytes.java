package os2.kernel.net;

/** Big-endian field access and the Internet checksum (RFC 1071), without allocation. */
public final class Bytes {
    private Bytes() {
    }

    /** The unsigned 8-bit value at b[i]. */
    public static int u8(byte[] b, int i) {
        return b[i] & 0xff;
    }

    /** The unsigned big-endian 16-bit value at b[i]. */
    public static int be16(byte[] b, int i) {
        return (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
    }

    /** The big-endian 32-bit value at b[i]. */
    public static int be32(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    /** Stores the low 16 bits of v big-endian at b[i]. */
    public static void put16(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    /** Stores v big-endian at b[i]. */
    public static void put32(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    /**
     * The one's-complement sum of len bytes from b[off] added to sum, not yet folded
     * or complemented (so that pseudo-headers and data can be summed in parts).
     * An odd trailing byte is padded with zero, as RFC 1071 says.
     */
    public static long sum(byte[] b, int off, int len, long sum) {
        int end = off + len - 1;
        int i = off;
        for (; i < end; i += 2) {
            sum += (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
        }
        if (i == end) {
            sum += (b[i] & 0xff) << 8;
        }
        return sum;
    }

    /** Folds a partial sum to 16 bits and complements it: the checksum field's value. */
    public static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /** The Internet checksum of len bytes; 0 when b holds a valid checksum over them. */
    public static int checksum(byte[] b, int off, int len) {
        return fold(sum(b, off, len, 0));
    }

    /** The partial sum of the TCP/UDP pseudo-header (RFC 793 / RFC 768). */
    public static long pseudoHeader(int src, int dst, int protocol, int length) {
        return (long) (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + protocol + length;
    }

    /** True when a and b hold the same len bytes from their offsets. */
    public static boolean same(byte[] a, int ao, byte[] b, int bo, int len) {
        for (int i = 0; i < len; i++) {
            if (a[ao + i] != b[bo + i]) {
                return false;
            }
        }
        return true;
    }
}
