package os2.kernel.net;

/**
 * TCP sequence-number arithmetic modulo 2^32 (RFC 9293 3.4): a is "before" b when the
 * signed 32-bit difference a - b is negative, which is right whenever the two are less
 * than 2^31 apart, as every window and buffer here guarantees.
 */
public final class Seq {
    private Seq() {
    }

    /** a before b. */
    public static boolean lt(int a, int b) {
        return a - b < 0;
    }

    /** a before or equal to b. */
    public static boolean le(int a, int b) {
        return a - b <= 0;
    }

    /** a after b. */
    public static boolean gt(int a, int b) {
        return a - b > 0;
    }

    /** a after or equal to b. */
    public static boolean ge(int a, int b) {
        return a - b >= 0;
    }

    /** The later of a and b. */
    public static int max(int a, int b) {
        return a - b >= 0 ? a : b;
    }

    /** start <= x < start + len (len >= 0; 0 means the window is empty). */
    public static boolean inWindow(int x, int start, int len) {
        int d = x - start;
        return d >= 0 && d < len;
    }
}
