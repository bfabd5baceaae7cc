package os2.kernel.net;

/** IPv4 addresses as ints (the address's big-endian value), parsing and printing. */
public final class Ip4 {
    /** The limited broadcast address 255.255.255.255. */
    public static final int BROADCAST = 0xffffffff;

    private Ip4() {
    }

    /** a.b.c.d as an int. */
    public static int of(int a, int b, int c, int d) {
        return (a & 0xff) << 24 | (b & 0xff) << 16 | (c & 0xff) << 8 | (d & 0xff);
    }

    /** Parses dotted-quad text; IllegalArgumentException names the bad input. */
    public static int parse(String s) {
        int value = 0;
        int parts = 0;
        int i = 0;
        while (parts < 4) {
            int start = i;
            int part = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 3) {
                part = part * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || part > 255) {
                throw new IllegalArgumentException("not an IPv4 address: \"" + s + "\"");
            }
            value = value << 8 | part;
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

    /** Dotted-quad text. */
    public static String toString(int ip) {
        return (ip >>> 24) + "." + (ip >>> 16 & 0xff) + "." + (ip >>> 8 & 0xff) + "." + (ip & 0xff);
    }

    /** Multicast (224/4) or reserved class E (240/4, which includes the broadcast address). */
    public static boolean isMulticastOrReserved(int ip) {
        return (ip >>> 28) >= 0xe;
    }

    /** 127/8. */
    public static boolean isLoopback(int ip) {
        return (ip >>> 24) == 127;
    }
}
