package os2.user.prog;

/** The POSIX character classes of bracket expressions ([:alpha:] ...) in the C locale: ASCII only. */
final class PosixClass {
    private PosixClass() {
    }

    private static final int DEL = 127;

    /** Adds the bytes of class name to set; an unknown name is GNU's error. */
    static void add(String name, boolean[] set) throws SysError {
        for (int c = 0; c < 256; c++) {
            boolean in = switch (name) {
                case "alpha" -> isAlpha(c);
                case "upper" -> c >= 'A' && c <= 'Z';
                case "lower" -> c >= 'a' && c <= 'z';
                case "digit" -> isDigit(c);
                case "xdigit" -> isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                case "alnum" -> isAlpha(c) || isDigit(c);
                case "space" -> Text.isSpace(c);
                case "blank" -> c == ' ' || c == '\t';
                case "cntrl" -> c < ' ' || c == DEL;
                case "print" -> c >= ' ' && c < DEL;
                case "graph" -> c > ' ' && c < DEL;
                case "punct" -> c > ' ' && c < DEL && !isAlpha(c) && !isDigit(c);
                default -> throw new SysError("Invalid character class name");
            };
            set[c] |= in;
        }
    }

    private static boolean isAlpha(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
