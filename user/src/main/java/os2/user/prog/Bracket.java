package os2.user.prog;

/**
 * A POSIX bracket expression ({@code [a-z[:digit:]]}, {@code [^]x]}, {@code [[.-.]]},
 * {@code [[=a=]]}) for {@link Regex}, in the C locale: parsed into a set of the 256 byte
 * values (folded to both ASCII cases when ignoring case) and written out as a Java class of
 * explicit ranges, so Java's own class syntax ({@code &&}, nested classes) never applies.
 */
final class Bracket {
    private final String p;
    private final boolean fold;
    private final StringBuilder out;
    private int i;

    private Bracket(String p, int i, boolean fold, StringBuilder out) {
        this.p = p;
        this.i = i;
        this.fold = fold;
        this.out = out;
    }

    /** Parses the bracket starting after the '[' at i of p, appends its Java form to out; the index after its ']'. */
    static int parse(String p, int i, boolean fold, StringBuilder out) throws SysError {
        Bracket b = new Bracket(p, i, fold, out);
        b.parse();
        return b.i;
    }

    /** After '[': a bracket expression, emitted as a Java class of explicit byte ranges. */
    private void parse() throws SysError {
        boolean[] set = new boolean[256];
        boolean negate = i < p.length() && p.charAt(i) == '^';
        if (negate) {
            i++;
        }
        int first = i;
        if (p.startsWith(":", first) && p.indexOf(":]", first + 1) == p.indexOf(']', first + 1) - 1
                && p.indexOf(']', first + 1) > first + 1) {
            throw new SysError("character class syntax is [[:space:]], not [:space:]");
        }
        while (true) {
            if (i >= p.length()) {
                throw new SysError("Unmatched [, [^, [:, [., or [=");
            }
            char c = p.charAt(i);
            if (c == ']' && i > first) {
                i++;
                break;
            }
            if (c == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                int end = p.indexOf(":]", i + 2);
                if (end < 0) {
                    throw new SysError("Unmatched [, [^, [:, [., or [=");
                }
                PosixClass.add(p.substring(i + 2, end), set);
                i = end + 2;
                continue;
            }
            int lo = element();
            if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                i++;
                int hi = element();
                if (hi < lo) {
                    throw new SysError("Invalid range end");
                }
                for (int k = lo; k <= hi; k++) {
                    set[k] = true;
                }
            } else {
                set[lo] = true;
            }
        }
        if (fold) {
            for (int k = 'a'; k <= 'z'; k++) {
                boolean either = set[k] || set[k - 32];
                set[k] = either;
                set[k - 32] = either;
            }
        }
        emitClass(set, negate);
    }

    /** One character of a bracket: plain, or [.c.] / [=c=]. */
    private int element() throws SysError {
        char c = p.charAt(i);
        if (c == '[' && i + 1 < p.length() && (p.charAt(i + 1) == '.' || p.charAt(i + 1) == '=')) {
            String end = p.charAt(i + 1) + "]";
            int e = p.indexOf(end, i + 2);
            if (e < 0) {
                throw new SysError("Unmatched [, [^, [:, [., or [=");
            }
            if (e != i + 3) {
                throw new SysError("Invalid collation character");
            }
            c = p.charAt(i + 2);
            i = e + 2;
            return c & 0xFF;
        }
        i++;
        return c & 0xFF;
    }

    private void emitClass(boolean[] set, boolean negate) {
        int start = out.length();
        out.append('[');
        for (int k = 0; k < 256; k++) {
            if (set[k] != negate) {
                int e = k;
                while (e + 1 < 256 && set[e + 1] != negate) {
                    e++;
                }
                hex(k);
                if (e > k) {
                    out.append('-');
                    hex(e);
                }
                k = e;
            }
        }
        if (out.length() == start + 1) {
            out.setLength(start);
            out.append("(?!)");   // an empty set matches nothing
        } else {
            out.append(']');
        }
    }

    private void hex(int c) {
        Regex.hex(out, c);
    }
}
