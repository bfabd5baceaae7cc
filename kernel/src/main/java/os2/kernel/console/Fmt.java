package os2.kernel.console;

/** Small formatting helpers for log lines (no String.format in the kernel). */
public final class Fmt {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Fmt() {
    }

    /** 0x followed by exactly 16 lowercase hex digits. */
    public static String hex64(long v) {
        return hex(v, 16);
    }

    /** 0x followed by at least minDigits hex digits. */
    public static String hex(long v, int minDigits) {
        char[] buf = new char[18];
        int i = buf.length;
        int digits = 0;
        do {
            buf[--i] = HEX[(int) (v & 15)];
            v >>>= 4;
            digits++;
        } while ((v != 0 || digits < minDigits) && digits < 16);
        buf[--i] = 'x';
        buf[--i] = '0';
        return new String(buf, i, buf.length - i);
    }

    /** A byte count in the largest unit that divides it: 512 B, 4 KiB, 127 MiB, ... */
    public static String bytes(long n) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (u < units.length - 1 && n >= 1024 && n % 1024 == 0) {
            n /= 1024;
            u++;
        }
        return n + " " + units[u];
    }

    /** s padded with spaces on the left to width. */
    public static String padLeft(String s, int width) {
        StringBuilder b = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        return b.append(s).toString();
    }
}
