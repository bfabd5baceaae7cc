package os2.user.net;

/** IPv4 addresses as ints in host order (10.0.2.2 is 0x0A000202): parsing and printing. */
public final class Ip {
    private Ip() {
    }

    /** Parses dotted-quad text ("10.0.2.2"); IllegalArgumentException for anything else. */
    public static int parse(String s) {
        int value = 0;
        int parts = 0;
        int i = 0;
        while (parts < 4) {
            int start = i;
            int v = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
                v = v * 10 + (s.charAt(i++) - '0');
            }
            if (i == start || v > 255) {
                throw new IllegalArgumentException("not an IPv4 address: \"" + s + "\"");
            }
            value = value << 8 | v;
            parts++;
            if (parts < 4) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    throw new IllegalArgumentException("not an IPv4 address: \"" + s + "\"");
                }
                i++;
            }
        }
        if (i != s.length()) {
            throw new IllegalArgumentException("not an IPv4 address: \"" + s + "\"");
        }
        return value;
    }

    /** "10.0.2.2". */
    public static String toString(int ip) {
        return (ip >>> 24) + "." + (ip >>> 16 & 0xFF) + "." + (ip >>> 8 & 0xFF) + "." + (ip & 0xFF);
    }
}
