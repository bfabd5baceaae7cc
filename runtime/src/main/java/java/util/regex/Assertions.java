package java.util.regex;

/**
 * The zero-width tests: ^ and $ (single-line, MULTILINE, UNIX_LINES), \A \z \Z, \b \B and \G, with the
 * JDK's treatment of line terminators (\r\n is one; with MULTILINE, ^ does not match at the end of input).
 */
final class Assertions {
    private Assertions() {
    }

    static boolean test(Prog.Exec x, int kind, int pos) {
        char[] s = x.s;
        switch (kind & (Prog.A_UNICODE - 1)) {
            case Prog.A_BEGIN:
                return pos == x.anchorFrom;
            case Prog.A_END:
                return pos == x.anchorTo;
            case Prog.A_CARET:
            case Prog.A_UCARET: {
                if (pos == x.anchorTo) {
                    return false;
                }
                if (pos > x.anchorFrom) {
                    char ch = s[pos - 1];
                    if (kind == Prog.A_UCARET) {
                        return ch == '\n';
                    }
                    if (ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085') {
                        return false;
                    }
                    return !(ch == '\r' && s[pos] == '\n');
                }
                return true;
            }
            case Prog.A_DOLLAR:
            case Prog.A_DOLLAR_M:
                return dollar(s, pos, x.anchorTo, kind == Prog.A_DOLLAR_M);
            case Prog.A_UDOLLAR:
            case Prog.A_UDOLLAR_M: {
                int end = x.anchorTo;
                if (pos < end) {
                    return s[pos] == '\n' && (kind == Prog.A_UDOLLAR_M || pos == end - 1);
                }
                return true;
            }
            case Prog.A_BOUND:
            case Prog.A_NOT_BOUND: {
                boolean unicode = (kind & Prog.A_UNICODE) != 0;
                boolean left = false;
                boolean right = false;
                if (pos > x.from) {
                    int ch = Prog.codePointBefore(s, pos);
                    left = isWord(ch, unicode) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(x, pos - 1);
                }
                if (pos < x.to) {
                    int ch = Prog.codePointAt(s, pos);
                    right = isWord(ch, unicode) || Character.getType(ch) == Character.NON_SPACING_MARK && hasBase(x, pos);
                }
                return (left != right) == ((kind & (Prog.A_UNICODE - 1)) == Prog.A_BOUND);
            }
            default: // A_LAST_MATCH
                return pos == x.lastEnd;
        }
    }

    private static boolean dollar(char[] s, int pos, int end, boolean multiline) {
        if (!multiline) {
            if (pos < end - 2) {
                return false;
            }
            if (pos == end - 2) {
                return s[pos] == '\r' && s[pos + 1] == '\n';
            }
        }
        if (pos < end) {
            char ch = s[pos];
            if (ch == '\n') {
                return !(pos > 0 && s[pos - 1] == '\r');
            }
            return ch == '\r' || ch == '\u0085' || (ch | 1) == '\u2029';
        }
        return true;
    }

    private static boolean isWord(int ch, boolean unicode) {
        return unicode ? CharPred.isUnicodeWord(ch) : ch == '_' || Character.isLetterOrDigit(ch);
    }

    /** A non-spacing mark counts as a word char when a letter or digit precedes its run of marks. */
    private static boolean hasBase(Prog.Exec x, int i) {
        for (int j = i; j >= x.from; j--) {
            int ch = Prog.codePointAt(x.s, j);
            if (Character.isLetterOrDigit(ch)) {
                return true;
            }
            if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
