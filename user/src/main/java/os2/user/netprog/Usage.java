package os2.user.netprog;

/** A bad command line: the message says what was wrong; the program prints it with its usage and exits 2. */
public final class Usage extends RuntimeException {
    public Usage(String message) {
        super(message);
    }

    /** s as a decimal int within min..max, or a Usage naming the option. */
    public static int number(String option, String s, int min, int max) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9' || v > max) {
                throw new Usage("bad " + option + " value '" + s + "'");
            }
            v = v * 10 + (c - '0');
        }
        if (s.isEmpty() || v < min || v > max) {
            throw new Usage(option + " must be " + min + ".." + max + ", got '" + s + "'");
        }
        return v;
    }

    /** A TCP or UDP port number (1..65535), or a Usage. */
    public static int port(String s) {
        return number("PORT", s, 1, 65535);
    }

    /** Seconds with up to three decimals ("0.2", "1") as milliseconds within min..max ms. */
    static int millis(String option, String s, int min, int max) {
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : s.substring(dot + 1);
        if (whole.isEmpty() && frac.isEmpty() || frac.length() > 3) {
            throw new Usage("bad " + option + " value '" + s + "' (seconds, at most 3 decimals)");
        }
        int w = whole.isEmpty() ? 0 : number(option, whole, 0, max / 1000 + 1);
        int f = frac.isEmpty() ? 0 : number(option, (frac + "00").substring(0, 3), 0, 999);
        int ms = w * 1000 + f;
        if (ms < min || ms > max) {
            throw new Usage(option + " must be " + min / 1000.0 + ".." + max / 1000 + " seconds, got '" + s + "'");
        }
        return ms;
    }
}
