package os2.kernel.cap;

/** The ChaCha20 block function (RFC 8439 section 2.3): 20 rounds over a 16-word state. */
final class ChaCha20 {
    private ChaCha20() {
    }

    /** out = the keystream block for in (in is not changed). */
    static void block(int[] in, int[] out) {
        System.arraycopy(in, 0, out, 0, 16);
        for (int round = 0; round < 10; round++) {
            quarter(out, 0, 4, 8, 12);
            quarter(out, 1, 5, 9, 13);
            quarter(out, 2, 6, 10, 14);
            quarter(out, 3, 7, 11, 15);
            quarter(out, 0, 5, 10, 15);
            quarter(out, 1, 6, 11, 12);
            quarter(out, 2, 7, 8, 13);
            quarter(out, 3, 4, 9, 14);
        }
        for (int i = 0; i < 16; i++) {
            out[i] += in[i];
        }
    }

    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[a] += x[b];
        x[d] = Integer.rotateLeft(x[d] ^ x[a], 16);
        x[c] += x[d];
        x[b] = Integer.rotateLeft(x[b] ^ x[c], 12);
        x[a] += x[b];
        x[d] = Integer.rotateLeft(x[d] ^ x[a], 8);
        x[c] += x[d];
        x[b] = Integer.rotateLeft(x[b] ^ x[c], 7);
    }
}
