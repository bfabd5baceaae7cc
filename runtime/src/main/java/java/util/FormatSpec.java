package java.util;

/**
 * One piece of a parsed format string for {@link Formatter}: either literal text or a
 * specifier {@code %[index$][flags][width][.precision]conversion}, validated the way
 * java.util.Formatter validates it (same exceptions, same messages).
 */
final class FormatSpec {
    static final int LEFT = 1;      // '-'
    static final int ALT = 2;       // '#'
    static final int PLUS = 4;      // '+'
    static final int SPACE = 8;     // ' '
    static final int ZERO = 16;     // '0'
    static final int GROUP = 32;    // ','
    static final int PAREN = 64;    // '('
    static final int PREV = 128;    // '<'
    static final int UPPER = 256;   // upper-case conversion
    private static final String FLAG_CHARS = "-#+ 0,(<";

    /** index values besides 0 (next ordinary argument) and n (explicit n$). */
    static final int PREVIOUS = -1;
    static final int NO_ARG = -2;

    /** Literal text, or null for a specifier. */
    final String text;
    int index;
    int flags;
    int width = -1;
    int precision = -1;
    /** Lower-case conversion character. */
    char conv;

    private FormatSpec(String text) {
        this.text = text;
    }

    static FormatSpec[] parse(String s) {
        FormatSpec[] out = new FormatSpec[8];
        int n = 0;
        int i = 0;
        int max = s.length();
        while (i < max) {
            int pct = s.indexOf('%', i);
            if (pct < 0) {
                pct = max;
            }
            if (pct != i) {
                out = add(out, n++, new FormatSpec(s.substring(i, pct)));
            }
            if (pct == max) {
                break;
            }
            FormatSpec fs = new FormatSpec(null);
            i = fs.parseSpec(s, pct + 1);
            out = add(out, n++, fs);
        }
        FormatSpec[] r = new FormatSpec[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    private static FormatSpec[] add(FormatSpec[] a, int n, FormatSpec fs) {
        if (n == a.length) {
            FormatSpec[] b = new FormatSpec[n * 2];
            System.arraycopy(a, 0, b, 0, n);
            a = b;
        }
        a[n] = fs;
        return a;
    }

    private static boolean isConversion(char c) {
        return "bBhHsScCdoxXeEfgGaAtT%n".indexOf(c) >= 0;
    }

    /** Parses the specifier whose text starts at i (just after '%'); returns the index after it. */
    private int parseSpec(String s, int i) {
        int max = s.length();
        if (i >= max) {
            throw new UnknownFormatConversionException("%");
        }
        char first = s.charAt(i);
        if (isConversion(first)) {
            setConversion(first);
            return i + 1;
        }
        int p = i;
        int digitsEnd = skipDigits(s, p);
        if (digitsEnd > p && digitsEnd < max && s.charAt(digitsEnd) == '$') {
            index = parseInt(s, p, digitsEnd);
            p = digitsEnd + 1;
        }
        while (p < max && FLAG_CHARS.indexOf(s.charAt(p)) >= 0) {
            int bit = 1 << FLAG_CHARS.indexOf(s.charAt(p));
            if ((flags & bit) != 0) {
                throw new DuplicateFormatFlagsException(String.valueOf(s.charAt(p)));
            }
            flags |= bit;
            p++;
        }
        digitsEnd = skipDigits(s, p);
        if (digitsEnd > p) {
            width = parseInt(s, p, digitsEnd);
            p = digitsEnd;
        }
        if (p < max && s.charAt(p) == '.') {
            digitsEnd = skipDigits(s, p + 1);
            if (digitsEnd == p + 1) {
                throw new UnknownFormatConversionException(String.valueOf(first));
            }
            precision = parseInt(s, p + 1, digitsEnd);
            p = digitsEnd;
        }
        if (p >= max) {
            throw new UnknownFormatConversionException(String.valueOf(first));
        }
        char c = s.charAt(p);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%')) {
            throw new UnknownFormatConversionException(String.valueOf(first));
        }
        if (!isConversion(c)) {
            throw new UnknownFormatConversionException(String.valueOf(c));
        }
        if ((flags & PREV) != 0) {
            index = PREVIOUS;
        }
        setConversion(c);
        check();
        return p + 1;
    }

    private static int skipDigits(String s, int p) {
        while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            p++;
        }
        return p;
    }

    private static int parseInt(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) v;
    }

    private void setConversion(char c) {
        if (c == 't' || c == 'T') {
            // date/time is not supported by this library
            throw new UnknownFormatConversionException(String.valueOf(c));
        }
        if (c >= 'A' && c <= 'Z') {
            flags |= UPPER;
            c = (char) (c + ('a' - 'A'));
        }
        conv = c;
        if (c == '%' || c == 'n') {
            index = NO_ARG;
        }
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    private void check() {
        switch (conv) {
            case 'b', 'h', 's' -> {
                if (conv != 's' && has(ALT)) {
                    throw mismatch(ALT);
                }
                requireWidthForLeft();
                checkBad(PLUS | SPACE | ZERO | GROUP | PAREN);
            }
            case 'c' -> {
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBad(ALT | PLUS | SPACE | ZERO | GROUP | PAREN);
                requireWidthForLeft();
            }
            case 'd', 'o', 'x' -> {
                checkNumeric();
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                checkBad(conv == 'd' ? ALT : GROUP);
            }
            case 'a' -> {
                checkNumeric();
                int bad = flags & (PAREN | GROUP); // the JDK checks '(' before ','
                if (bad != 0) {
                    throw mismatch((bad & PAREN) != 0 ? PAREN : GROUP);
                }
            }
            case 'e', 'f', 'g' -> {
                checkNumeric();
                if (conv == 'e') {
                    checkBad(GROUP);
                } else if (conv == 'g') {
                    checkBad(ALT);
                }
            }
            default -> { // '%' and 'n'
                if (precision != -1) {
                    throw new IllegalFormatPrecisionException(precision);
                }
                int f = flags & ~UPPER;
                if (conv == '%') {
                    if (f != LEFT && f != 0) {
                        throw new IllegalFormatFlagsException(flagString(flags));
                    }
                    requireWidthForLeft();
                } else {
                    if (width != -1) {
                        throw new IllegalFormatWidthException(width);
                    }
                    if (f != 0) {
                        throw new IllegalFormatFlagsException(flagString(flags));
                    }
                }
            }
        }
    }

    private void requireWidthForLeft() {
        if (width == -1 && has(LEFT)) {
            throw new MissingFormatWidthException(toString());
        }
    }

    private void checkNumeric() {
        if (width == -1 && (has(LEFT) || has(ZERO))) {
            throw new MissingFormatWidthException(toString());
        }
        if ((has(PLUS) && has(SPACE)) || (has(LEFT) && has(ZERO))) {
            throw new IllegalFormatFlagsException(flagString(flags));
        }
    }

    /** Throws for the first flag of 'bad' that is present (in the JDK's flag order). */
    void checkBad(int bad) {
        int present = flags & bad;
        if (present != 0) {
            throw mismatch(Integer.lowestOneBit(present));
        }
    }

    FormatFlagsConversionMismatchException mismatch(int flag) {
        return new FormatFlagsConversionMismatchException(flagString(flag), conv);
    }

    static String flagString(int f) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < FLAG_CHARS.length(); k++) {
            if ((f & (1 << k)) != 0) {
                b.append(FLAG_CHARS.charAt(k));
            }
            if (k == 0 && (f & UPPER) != 0) {
                b.append('^'); // the JDK shows the internal upper-case flag here
            }
        }
        return b.toString();
    }

    /** The specifier as the JDK prints it in exception messages. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("%");
        b.append(flagString(flags & ~UPPER));
        if (index > 0) {
            b.append(index).append('$');
        }
        if (width != -1) {
            b.append(width);
        }
        if (precision != -1) {
            b.append('.').append(precision);
        }
        b.append(has(UPPER) ? (char) (conv - ('a' - 'A')) : conv);
        return b.toString();
    }
}
