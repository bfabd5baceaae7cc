package os2.user.netprog;

/**
 * SHA-256 (FIPS 180-4), incremental: {@link #update} any number of times, then
 * {@link #digest}. OS2's class library has no MessageDigest; fetch and echod use this to
 * prove that every byte of a transfer arrived.
 */
public final class Sha256 {
    /** The first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4, 4.2.2). */
    private static final int[] K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    /** The initial hash value (FIPS 180-4, 5.3.3). */
    private static final int[] H0 = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    private static final int BLOCK = 64;

    private final int[] h = new int[8];
    private final int[] w = new int[64];
    private final byte[] block = new byte[BLOCK];
    private int filled;
    private long length;

    public Sha256() {
        reset();
    }

    /** Starts a new message. */
    public void reset() {
        System.arraycopy(H0, 0, h, 0, 8);
        filled = 0;
        length = 0;
    }

    /** Adds b[off..off+len) to the message. */
    public void update(byte[] b, int off, int len) {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException("range " + off + "+" + len + " of " + b.length);
        }
        length += len;
        if (filled > 0) {
            int n = Math.min(len, BLOCK - filled);
            System.arraycopy(b, off, block, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled < BLOCK) {
                return;
            }
            compress(block, 0);
            filled = 0;
        }
        while (len >= BLOCK) {
            compress(b, off);
            off += BLOCK;
            len -= BLOCK;
        }
        System.arraycopy(b, off, block, 0, len);
        filled = len;
    }

    /** Bytes added so far. */
    public long length() {
        return length;
    }

    /** The 32-byte digest of the message; the hasher starts a new one. */
    public byte[] digest() {
        long bits = length * 8;
        block[filled++] = (byte) 0x80;
        if (filled > BLOCK - 8) {
            java.util.Arrays.fill(block, filled, BLOCK, (byte) 0);
            compress(block, 0);
            filled = 0;
        }
        java.util.Arrays.fill(block, filled, BLOCK - 8, (byte) 0);
        for (int i = 0; i < 8; i++) {
            block[BLOCK - 1 - i] = (byte) (bits >>> (8 * i));
        }
        compress(block, 0);
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (h[i] >>> 24);
            out[4 * i + 1] = (byte) (h[i] >>> 16);
            out[4 * i + 2] = (byte) (h[i] >>> 8);
            out[4 * i + 3] = (byte) h[i];
        }
        reset();
        return out;
    }

    /** The digest as 64 lowercase hex digits. */
    public String hexDigest() {
        return hex(digest());
    }

    /** b as lowercase hex. */
    public static String hex(byte[] b) {
        char[] c = new char[2 * b.length];
        String digits = "0123456789abcdef";
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = digits.charAt(b[i] >> 4 & 0xF);
            c[2 * i + 1] = digits.charAt(b[i] & 0xF);
        }
        return new String(c);
    }

    private void compress(byte[] b, int off) {
        for (int t = 0; t < 16; t++) {
            int i = off + 4 * t;
            w[t] = (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15];
            int y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 64; t++) {
            int sum1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int ch = (e & f) ^ (~e & g);
            int t1 = hh + sum1 + ch + K[t] + w[t];
            int sum0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int maj = (a & bb) ^ (a & c) ^ (bb & c);
            int t2 = sum0 + maj;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = bb;
            bb = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += bb;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}
