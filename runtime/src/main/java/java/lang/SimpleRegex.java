package java.lang;

/**
 * The regular expressions String.split/matches/replaceAll/replaceFirst support
 * (java.util.regex is not part of OS2's library): top-level alternatives ('|') of
 * sequences of atoms, each optionally quantified.
 *
 * Atoms: a literal char, '.', an escape (\t \n \r \f \e \0 \d \D \s \S \w \W, or a
 * backslash before any non-alphanumeric char), a class [...] with ranges, negation
 * and the escapes above, and the anchors '^' and '$'. Quantifiers: * + ? {n} {n,}
 * {n,m}, greedy, reluctant (suffix '?') or possessive (suffix '+'). Groups,
 * back references, lookaround, \b, \p{..} and class intersections are not
 * supported: compile throws UnsupportedOperationException naming the pattern.
 * Matching backtracks like java.util.regex, so results agree on the subset.
 */
final class SimpleRegex {
    private static final int CHAR = 0;
    private static final int ANY = 1;
    private static final int CLASS = 2;
    private static final int BOL = 3;
    private static final int EOL = 4;

    private static final int GREEDY = 0;
    private static final int LAZY = 1;
    private static final int POSSESSIVE = 2;

    /** One atom with its quantifier. */
    private static final class Node {
        int kind;
        char c;
        /** CLASS: inclusive ranges lo0, hi0, lo1, hi1, ... */
        char[] ranges;
        /** CLASS: predefined classes inside it ('d', 'D', 's', 'S', 'w', 'W'). */
        String predefined;
        boolean negated;
        int min = 1;
        int max = 1;
        int mode = GREEDY;

        boolean accepts(char ch) {
            switch (kind) {
                case CHAR:
                    return ch == c;
                case ANY:
                    return ch != '\n' && ch != '\r' && ch != '\u0085' && ch != '\u2028' && ch != '\u2029';
                default:
                    return inClass(ch) != negated;
            }
        }

        private boolean inClass(char ch) {
            for (int i = 0; i < ranges.length; i += 2) {
                if (ch >= ranges[i] && ch <= ranges[i + 1]) {
                    return true;
                }
            }
            for (int i = 0; i < predefined.length(); i++) {
                if (predefinedAccepts(predefined.charAt(i), ch)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String lastRegex;
    private static SimpleRegex lastCompiled;

    private final String regex;
    private final Node[][] alternatives;

    private SimpleRegex(String regex, Node[][] alternatives) {
        this.regex = regex;
        this.alternatives = alternatives;
    }

    /** Compiles regex; the last pattern is cached since loops tend to reuse one. */
    static SimpleRegex compile(String regex) {
        SimpleRegex r = lastCompiled;
        if (r != null && regex.equals(lastRegex)) {
            return r;
        }
        r = new Parser(regex).parse();
        lastRegex = regex;
        lastCompiled = r;
        return r;
    }

    static boolean predefinedAccepts(char kind, char ch) {
        switch (kind) {
            case 'd':
                return ch >= '0' && ch <= '9';
            case 'D':
                return !(ch >= '0' && ch <= '9');
            case 's':
                return ch == ' ' || (ch >= '\t' && ch <= '\r');
            case 'S':
                return !(ch == ' ' || (ch >= '\t' && ch <= '\r'));
            case 'w':
                return isWord(ch);
            default:
                return !isWord(ch);
        }
    }

    private static boolean isWord(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    }

    // ---- matching ---------------------------------------------------------

    /** End of a match of seq[k..] starting at i, or -1. */
    private static int match(Node[] seq, int k, char[] s, int i) {
        if (k == seq.length) {
            return i;
        }
        Node n = seq[k];
        if (n.kind == BOL) {
            return i == 0 ? match(seq, k + 1, s, i) : -1;
        }
        if (n.kind == EOL) {
            return i == s.length ? match(seq, k + 1, s, i) : -1;
        }
        if (n.mode == LAZY) {
            int cnt = 0;
            int j = i;
            while (true) {
                if (cnt >= n.min) {
                    int r = match(seq, k + 1, s, j);
                    if (r >= 0) {
                        return r;
                    }
                }
                if (cnt >= n.max || j >= s.length || !n.accepts(s[j])) {
                    return -1;
                }
                j++;
                cnt++;
            }
        }
        int j = i;
        int cnt = 0;
        while (cnt < n.max && j < s.length && n.accepts(s[j])) {
            j++;
            cnt++;
        }
        if (cnt < n.min) {
            return -1;
        }
        if (n.mode == POSSESSIVE) {
            return match(seq, k + 1, s, j);
        }
        for (; cnt >= n.min; cnt--, j--) {
            int r = match(seq, k + 1, s, j);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** End of a match of the whole pattern at i, or -1 (alternatives in order). */
    private int matchAt(char[] s, int i) {
        for (Node[] alt : alternatives) {
            int r = match(alt, 0, s, i);
            if (r >= 0) {
                return r;
            }
        }
        return -1;
    }

    /** Finds the first match starting at or after from; returns (start << 32) | end, or -1. */
    private long find(char[] s, int from) {
        for (int i = from; i <= s.length; i++) {
            int e = matchAt(s, i);
            if (e >= 0) {
                return ((long) i << 32) | e;
            }
        }
        return -1;
    }

    boolean matches(String input) {
        char[] s = input.valueArray();
        for (Node[] alt : alternatives) {
            if (matchWhole(alt, s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether seq matches all of s (backtracking into the quantifiers if needed). */
    private static boolean matchWhole(Node[] seq, char[] s) {
        Node[] anchored = new Node[seq.length + 1];
        System.arraycopy(seq, 0, anchored, 0, seq.length);
        Node end = new Node();
        end.kind = EOL;
        anchored[seq.length] = end;
        return match(anchored, 0, s, 0) >= 0;
    }

    /** String.split's algorithm (java.util.regex.Pattern.split) over this pattern. */
    String[] split(String input, int limit) {
        char[] s = input.valueArray();
        String[] parts = new String[8];
        int n = 0;
        int index = 0;
        boolean limited = limit > 0;
        int from = 0;
        while (from <= s.length) {
            long m = find(s, from);
            if (m < 0) {
                break;
            }
            int start = (int) (m >>> 32);
            int end = (int) m;
            from = end == start ? end + 1 : end;
            if (!limited || n < limit - 1) {
                if (index == 0 && start == 0 && start == end) {
                    continue;
                }
                if (n == parts.length) {
                    parts = grow(parts);
                }
                parts[n++] = input.substring(index, start);
                index = end;
            } else if (n == limit - 1) {
                break;
            }
        }
        if (index == 0) {
            return new String[] {input};
        }
        if (!limited || n < limit) {
            if (n == parts.length) {
                parts = grow(parts);
            }
            parts[n++] = input.substring(index, s.length);
        }
        return String.trimSplit(parts, n, limit);
    }

    private static String[] grow(String[] a) {
        String[] b = new String[a.length * 2];
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /** replaceAll / replaceFirst; "$0" is the match, "\x" a literal x (no groups exist). */
    String replace(String input, String replacement, boolean all) {
        char[] s = input.valueArray();
        long m = find(s, 0);
        if (m < 0) {
            return input;
        }
        StringBuilder sb = new StringBuilder(s.length + 16);
        int last = 0;
        while (m >= 0) {
            int start = (int) (m >>> 32);
            int end = (int) m;
            sb.append(s, last, start - last);
            appendReplacement(sb, replacement, s, start, end);
            last = end;
            if (!all) {
                break;
            }
            int from = end == start ? end + 1 : end;
            m = from <= s.length ? find(s, from) : -1;
        }
        sb.append(s, last, s.length - last);
        return sb.toString();
    }

    private static void appendReplacement(StringBuilder sb, String rep, char[] s, int start, int end) {
        for (int i = 0; i < rep.length(); i++) {
            char c = rep.charAt(i);
            if (c == '\\') {
                if (++i == rep.length()) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                sb.append(rep.charAt(i));
            } else if (c == '$') {
                if (++i == rep.length()) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                char d = rep.charAt(i);
                if (d < '0' || d > '9') {
                    throw new IllegalArgumentException("Illegal group reference");
                }
                if (d != '0') {
                    throw new IndexOutOfBoundsException("No group " + d);
                }
                sb.append(s, start, end - start);
            } else {
                sb.append(c);
            }
        }
    }

    // ---- parsing ----------------------------------------------------------

    private static final class Parser {
        private final String re;
        private int pos;

        Parser(String re) {
            this.re = re;
        }

        private UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("regular expression not supported by OS2: " + re);
        }

        SimpleRegex parse() {
            Node[][] alts = new Node[1][];
            int nalts = 0;
            while (true) {
                Node[] seq = parseSequence();
                if (nalts == alts.length) {
                    Node[][] b = new Node[nalts * 2][];
                    System.arraycopy(alts, 0, b, 0, nalts);
                    alts = b;
                }
                alts[nalts++] = seq;
                if (pos == re.length()) {
                    break;
                }
                pos++; // '|'
            }
            Node[][] exact = new Node[nalts][];
            System.arraycopy(alts, 0, exact, 0, nalts);
            return new SimpleRegex(re, exact);
        }

        private Node[] parseSequence() {
            Node[] seq = new Node[8];
            int n = 0;
            while (pos < re.length() && re.charAt(pos) != '|') {
                Node node = parseAtom();
                parseQuantifier(node);
                if (n == seq.length) {
                    Node[] b = new Node[n * 2];
                    System.arraycopy(seq, 0, b, 0, n);
                    seq = b;
                }
                seq[n++] = node;
            }
            Node[] exact = new Node[n];
            System.arraycopy(seq, 0, exact, 0, n);
            return exact;
        }

        private Node parseAtom() {
            char c = re.charAt(pos++);
            Node node = new Node();
            switch (c) {
                case '.':
                    node.kind = ANY;
                    return node;
                case '^':
                    node.kind = BOL;
                    return node;
                case '$':
                    node.kind = EOL;
                    return node;
                case '[':
                    parseClass(node);
                    return node;
                case '\\':
                    parseEscape(node, false);
                    return node;
                case '(':
                case ')':
                case '*':
                case '+':
                case '?':
                case '{':
                    throw unsupported();
                default:
                    node.kind = CHAR;
                    node.c = c;
                    return node;
            }
        }

        /** After a backslash: sets node to a CHAR or a predefined CLASS. */
        private void parseEscape(Node node, boolean inClass) {
            if (pos == re.length()) {
                throw unsupported();
            }
            char c = re.charAt(pos++);
            node.kind = CHAR;
            switch (c) {
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
                    node.kind = CLASS;
                    node.ranges = new char[0];
                    node.predefined = String.valueOf(c);
                    return;
                case 't':
                    node.c = '\t';
                    return;
                case 'n':
                    node.c = '\n';
                    return;
                case 'r':
                    node.c = '\r';
                    return;
                case 'f':
                    node.c = '\f';
                    return;
                case 'e':
                    node.c = '\u001B';
                    return;
                default:
                    if (Character.isLetterOrDigit(c)) {
                        throw unsupported();
                    }
                    node.c = c;
            }
        }

        private void parseClass(Node node) {
            node.kind = CLASS;
            StringBuilder ranges = new StringBuilder();
            StringBuilder predefined = new StringBuilder();
            if (pos < re.length() && re.charAt(pos) == '^') {
                node.negated = true;
                pos++;
            }
            boolean first = true;
            while (true) {
                if (pos >= re.length()) {
                    throw unsupported();
                }
                char c = re.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    break;
                }
                first = false;
                if (c == '[' || (c == '&' && pos + 1 < re.length() && re.charAt(pos + 1) == '&')) {
                    throw unsupported();
                }
                pos++;
                char lo = c;
                if (c == '\\') {
                    Node e = new Node();
                    parseEscape(e, true);
                    if (e.kind == CLASS) {
                        predefined.append(e.predefined);
                        continue;
                    }
                    lo = e.c;
                }
                char hi = lo;
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    pos++;
                    hi = re.charAt(pos++);
                    if (hi == '\\') {
                        Node e = new Node();
                        parseEscape(e, true);
                        if (e.kind == CLASS) {
                            throw unsupported();
                        }
                        hi = e.c;
                    }
                    if (hi < lo) {
                        throw unsupported();
                    }
                }
                ranges.append(lo).append(hi);
            }
            node.ranges = ranges.toString().toCharArray();
            node.predefined = predefined.toString();
        }

        private void parseQuantifier(Node node) {
            if (pos >= re.length()) {
                return;
            }
            char c = re.charAt(pos);
            if (c == '*') {
                node.min = 0;
                node.max = Integer.MAX_VALUE;
            } else if (c == '+') {
                node.min = 1;
                node.max = Integer.MAX_VALUE;
            } else if (c == '?') {
                node.min = 0;
                node.max = 1;
            } else if (c == '{') {
                parseBraces(node);
            } else {
                return;
            }
            if (node.kind == BOL || node.kind == EOL) {
                throw unsupported();
            }
            pos++;
            if (pos < re.length()) {
                char m = re.charAt(pos);
                if (m == '?') {
                    node.mode = LAZY;
                    pos++;
                } else if (m == '+') {
                    node.mode = POSSESSIVE;
                    pos++;
                }
            }
        }

        /** {n}, {n,} or {n,m}; leaves pos on the closing brace. */
        private void parseBraces(Node node) {
            int close = re.indexOf('}', pos);
            if (close < 0) {
                throw unsupported();
            }
            String body = re.substring(pos + 1, close);
            int comma = body.indexOf(',');
            try {
                if (comma < 0) {
                    node.min = Integer.parseInt(body);
                    node.max = node.min;
                } else {
                    node.min = Integer.parseInt(body.substring(0, comma));
                    String rest = body.substring(comma + 1);
                    node.max = rest.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(rest);
                }
            } catch (NumberFormatException e) {
                throw unsupported();
            }
            pos = close;
        }
    }

    @Override
    public String toString() {
        return regex;
    }
}
