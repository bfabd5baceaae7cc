package os2.user.demo;

import os2.user.SysException;
import os2.user.net.TcpListener;
import os2.user.net.TcpSocket;

/**
 * Bulk TCP transfers for the network tests and benchmarks (docs/NETWORK.md, the Linux
 * peer): {@code netbulk.elf sink PORT BYTES} takes connections one at a time, reads
 * BYTES bytes (or until the peer closes) and prints
 * {@code netbulk: received N bytes sha256 HEX}; {@code netbulk.elf source PORT BYTES}
 * sends each connection BYTES pseudo-random bytes, prints
 * {@code netbulk: sent N bytes sha256 HEX} and closes. Needs the network (init's
 * {@code net} option).
 */
public final class NetBulk {
    static final int CHUNK = 16384;

    private NetBulk() {
    }

    public static void main(String[] args) {
        if (args.length != 3 || !(args[0].equals("sink") || args[0].equals("source"))) {
            System.out.println("usage: netbulk.elf sink|source PORT BYTES");
            System.exit(2);
        }
        boolean sink = args[0].equals("sink");
        int port = Integer.parseInt(args[1]);
        long bytes = Long.parseLong(args[2]);
        TcpListener l = TcpListener.listen(port, 4);
        System.out.println("netbulk: " + args[0] + " listening on port " + port);
        byte[] buf = new byte[CHUNK];
        long round = 0;
        while (true) {
            TcpSocket s = l.accept();
            Sha256 h = new Sha256();
            long n = 0;
            try {
                if (sink) {
                    while (n < bytes) {
                        int k = s.read(buf, 0, (int) Math.min(buf.length, bytes - n));
                        if (k < 0) {
                            break;
                        }
                        h.update(buf, 0, k);
                        n += k;
                    }
                } else {
                    long state = 0x9e3779b97f4a7c15L + round++;   // a new stream for each connection
                    while (n < bytes) {
                        int k = (int) Math.min(buf.length, bytes - n);
                        for (int i = 0; i < k; i++) {
                            state ^= state << 13;
                            state ^= state >>> 7;
                            state ^= state << 17;
                            buf[i] = (byte) (state >>> 24);
                        }
                        s.write(buf, 0, k);
                        h.update(buf, 0, k);
                        n += k;
                    }
                }
                System.out.println("netbulk: " + (sink ? "received " : "sent ") + n + " bytes sha256 " + h.hex());
            } catch (SysException e) {
                System.out.println("netbulk: " + e.getMessage() + " after " + n + " bytes");
            }
            s.close();
        }
    }

    /** SHA-256 (FIPS 180-4), enough for checking transfers: update, then hex once. */
    static final class Sha256 {
        private static final int[] K = {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
        private final int[] h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
            0x5be0cd19};
        private final int[] w = new int[64];
        private final byte[] block = new byte[64];
        private int fill;
        private long length;

        void update(byte[] b, int off, int len) {
            length += len;
            for (int i = 0; i < len; i++) {
                block[fill++] = b[off + i];
                if (fill == 64) {
                    compress();
                    fill = 0;
                }
            }
        }

        String hex() {
            long bits = length * 8;
            block[fill++] = (byte) 0x80;
            if (fill > 56) {
                while (fill < 64) {
                    block[fill++] = 0;
                }
                compress();
                fill = 0;
            }
            while (fill < 56) {
                block[fill++] = 0;
            }
            for (int i = 7; i >= 0; i--) {
                block[fill++] = (byte) (bits >>> (8 * i));
            }
            compress();
            StringBuilder s = new StringBuilder(64);
            for (int v : h) {
                for (int i = 28; i >= 0; i -= 4) {
                    s.append("0123456789abcdef".charAt(v >>> i & 15));
                }
            }
            return s.toString();
        }

        private static int rotr(int x, int n) {
            return x >>> n | x << (32 - n);
        }

        private void compress() {
            for (int i = 0; i < 16; i++) {
                w[i] = (block[4 * i] & 0xff) << 24 | (block[4 * i + 1] & 0xff) << 16 | (block[4 * i + 2] & 0xff) << 8
                        | block[4 * i + 3] & 0xff;
            }
            for (int i = 16; i < 64; i++) {
                int s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ w[i - 15] >>> 3;
                int s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ w[i - 2] >>> 10;
                w[i] = w[i - 16] + s0 + w[i - 7] + s1;
            }
            int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
            for (int i = 0; i < 64; i++) {
                int t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + (e & f ^ ~e & g) + K[i] + w[i];
                int t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + (a & b ^ a & c ^ b & c);
                k = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
            h[5] += f;
            h[6] += g;
            h[7] += k;
        }
    }
}
