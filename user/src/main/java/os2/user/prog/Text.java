package os2.user.prog;

import java.util.ArrayList;
import java.util.List;

/**
 * Byte-exact text for the programs: bytes are held as chars 0-255 ("Latin-1"), so nothing is
 * lost on malformed UTF-8 and comparing chars compares bytes, which is what the C locale of
 * GNU coreutils does (the differential tests run those with LC_ALL=C).
 */
public final class Text {
    private Text() {
    }

    /** All bytes of in. */
    public static byte[] readAll(In in) {
        byte[] buf = new byte[8192];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, n * 2);
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return java.util.Arrays.copyOf(buf, n);
            }
            n += r;
        }
    }

    /** bytes as a string of chars 0-255. */
    public static String latin1(byte[] b, int off, int len) {
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) (b[off + i] & 0xFF);
        }
        return new String(c);
    }

    /** Writes s (chars 0-255) as bytes; a char above 255 is written as UTF-8 (usage texts). */
    public static void write(Out out, String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 255) {
                write(out, latin1(utf8(s), 0, utf8(s).length));
                return;
            }
            b[i] = (byte) c;
        }
        out.write(b, 0, b.length);
    }

    static byte[] utf8(String s) {
        try {
            return s.getBytes("UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);   // UTF-8 always exists
        }
    }

    /** An argument (a file name, a pattern) as this class's byte-chars: its UTF-8 bytes. */
    public static String arg(String s) {
        byte[] b = utf8(s);
        return latin1(b, 0, b.length);
    }

    /** The lines of data, each with its '\n' if it had one (the last may lack it). */
    public static List<String> lines(byte[] data) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                out.add(latin1(data, start, i + 1 - start));
                start = i + 1;
            }
        }
        if (start < data.length) {
            out.add(latin1(data, start, data.length - start));
        }
        return out;
    }

    /** line without its trailing '\n'. */
    public static String chomp(String line) {
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    /** ASCII-only lower case (the C locale's tolower). */
    public static String lowerAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 32;
            }
        }
        return new String(c);
    }

    /** The C locale's isspace. */
    public static boolean isSpace(int c) {
        return c == ' ' || c >= 9 && c <= 13;
    }
}
