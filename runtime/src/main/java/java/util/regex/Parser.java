package java.util.regex;

import java.util.HashMap;

/**
 * Parses a pattern into a Node tree, with the JDK's syntax and its error descriptions and indexes
 * (checked against the JDK by the runtime's RegexTest). The pattern is read as code points followed by
 * two 0 sentinels; {@code cursor} is the index of the next code point, and an error is reported at
 * {@code cursor - 1}, the last code point looked at. Character classes are in ClassParser.
 */
class Parser {
    final String pattern;
    int[] cp;
    int len;
    int cursor;
    int flags;
    int groupCount;
    final HashMap<String, Integer> names = new HashMap<>();

    Parser(String pattern, int flags) {
        this.pattern = pattern;
        this.flags = flags;
        int[] raw = new int[pattern.codePointCount(0, pattern.length())];
        for (int i = 0, j = 0; i < pattern.length(); j++) {
            raw[j] = pattern.codePointAt(i);
            i += Character.charCount(raw[j]);
        }
        cp = removeQuoting(raw);
        len = cp.length - 2;
    }

    /**
     * \Q...\E as escaped literals (what the rest of the parser reads): ASCII letters and digits stay as
     * they are, every other code point gets a backslash. A \E without \Q is left for the escape parser,
     * which rejects it.
     */
    private static int[] removeQuoting(int[] p) {
        int[] out = new int[p.length * 2 + 2];
        int n = 0;
        int i = 0;
        while (i < p.length) {
            int c = p[i];
            if (c == '\\' && i + 1 < p.length && p[i + 1] == 'Q') {
                i += 2;
                while (i < p.length && !(p[i] == '\\' && i + 1 < p.length && p[i + 1] == 'E')) {
                    int q = p[i++];
                    if (!(q >= '0' && q <= '9' || CharPred.isAsciiAlpha(q))) {
                        out[n++] = '\\';
                    }
                    out[n++] = q;
                }
                i += 2;
            } else if (c == '\\' && i + 1 < p.length) {
                out[n++] = c;
                out[n++] = p[i + 1];
                i += 2;
            } else {
                out[n++] = c;
                i++;
            }
        }
        int[] r = new int[n + 2];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }

    PatternSyntaxException error(String desc) {
        return new PatternSyntaxException(desc, pattern, cursor - 1);
    }

    boolean has(int f) {
        return (flags & f) != 0;
    }

    /** The code point at the cursor, after whitespace and comments in COMMENTS mode. */
    int peek() {
        int ch = cp[cursor];
        if (has(Pattern.COMMENTS)) {
            while (ch == ' ' || ch >= '\t' && ch <= '\r' || ch == '#') {
                if (ch == '#') {
                    while (ch != 0 && !isLineSeparator(ch)) {
                        ch = cp[++cursor];
                    }
                    if (ch == 0) {
                        break;
                    }
                }
                ch = cp[++cursor];
            }
        }
        return ch;
    }

    int next() {
        cursor++;
        return peek();
    }

    int read() {
        int ch = peek();
        cursor++;
        return ch;
    }

    private boolean isLineSeparator(int ch) {
        return has(Pattern.UNIX_LINES) ? ch == '\n' : ch == '\n' || ch == '\r' || (ch | 1) == '\u2029' || ch == '\u0085';
    }

    Node parse() {
        if (has(Pattern.LITERAL)) {
            Node seq = new Node(Node.SEQ);
            for (int i = 0; i < len; i++) {
                seq.kids.add(literal(cp[i]));
            }
            return seq;
        }
        Node n = expr();
        if (cursor != len) {
            if (peek() == ')') {
                throw error("Unmatched closing ')'");
            }
            throw error("Unexpected internal error");
        }
        return n;
    }

    Node literal(int ch) {
        CharPred p = CharPred.literal(ch, flags);
        if (has(Pattern.CASE_INSENSITIVE) && (has(Pattern.UNICODE_CASE) || CharPred.isAsciiAlpha(ch))) {
            Node n = new Node(Node.SET);
            n.pred = p;
            return n;
        }
        Node n = new Node(Node.CHAR);
        n.ch = ch;
        return n;
    }

    static Node set(CharPred p) {
        Node n = new Node(Node.SET);
        n.pred = p;
        return n;
    }

    private Node expr() {
        Node first = sequence();
        if (peek() != '|') {
            return first;
        }
        Node alt = new Node(Node.ALT);
        alt.kids.add(first);
        while (peek() == '|') {
            next();
            alt.kids.add(sequence());
        }
        return alt;
    }

    private Node sequence() {
        Node seq = new Node(Node.SEQ);
        for (;;) {
            int ch = peek();
            Node node;
            switch (ch) {
                case '(':
                    node = group();
                    if (node != null) {
                        seq.kids.add(node);
                    }
                    continue;
                case '[':
                    node = set(new ClassParser(this).parse(true));
                    break;
                case '\\':
                    node = escapeAtom();
                    break;
                case '^':
                    next();
                    node = assertion(has(Pattern.MULTILINE) ? (has(Pattern.UNIX_LINES) ? Prog.A_UCARET : Prog.A_CARET) : Prog.A_BEGIN);
                    break;
                case '$':
                    next();
                    if (has(Pattern.UNIX_LINES)) {
                        node = assertion(has(Pattern.MULTILINE) ? Prog.A_UDOLLAR_M : Prog.A_UDOLLAR);
                    } else {
                        node = assertion(has(Pattern.MULTILINE) ? Prog.A_DOLLAR_M : Prog.A_DOLLAR);
                    }
                    break;
                case '.':
                    next();
                    node = set(CharPred.dot(flags));
                    break;
                case '|':
                case ')':
                    return seq.kids.size() == 1 ? seq.kids.get(0) : seq;
                case '?':
                case '*':
                case '+':
                    next();
                    throw error("Dangling meta character '" + (char) ch + "'");
                case '{':
                    node = new Node(Node.EMPTY);
                    break;
                case 0:
                    if (cursor >= len) {
                        return seq.kids.size() == 1 ? seq.kids.get(0) : seq;
                    }
                    next();
                    node = literal(ch);
                    break;
                default:
                    next();
                    node = literal(ch);
                    break;
            }
            seq.kids.add(closure(node));
        }
    }

    static Node assertion(int kind) {
        Node n = new Node(Node.ASSERT);
        n.ch = kind;
        return n;
    }

    /** A quantifier after node, if any. */
    private Node closure(Node node) {
        int min;
        int max;
        int ch = peek();
        switch (ch) {
            case '?':
                next();
                min = 0;
                max = 1;
                break;
            case '*':
                next();
                min = 0;
                max = Integer.MAX_VALUE;
                break;
            case '+':
                next();
                min = 1;
                max = Integer.MAX_VALUE;
                break;
            case '{': {
                if (!isDigit(cp[cursor + 1])) {
                    cursor += 2;
                    throw error("Illegal repetition");
                }
                cursor++;
                min = number();
                max = min;
                if (cp[cursor] == ',') {
                    cursor++;
                    max = isDigit(cp[cursor]) ? number() : Integer.MAX_VALUE;
                }
                if (cp[cursor] != '}') {
                    cursor++;
                    throw error("Unclosed counted closure");
                }
                cursor++;
                if (max < min) {
                    throw error("Illegal repetition range");
                }
                peek();
                break;
            }
            default:
                return node;
        }
        Node r = Node.of(Node.REPEAT, node);
        r.ques = ch == '?';
        r.min = min;
        r.max = max;
        ch = peek();
        if (ch == '?') {
            next();
            r.mode = Node.LAZY;
        } else if (ch == '+') {
            next();
            r.mode = Node.POSSESSIVE;
        }
        return r;
    }

    private int number() {
        int n = 0;
        while (isDigit(cp[cursor])) {
            int d = cp[cursor++] - '0';
            if (n > (Integer.MAX_VALUE - d) / 10) {
                throw error("Illegal repetition range");
            }
            n = n * 10 + d;
        }
        return n;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A group at '(' (with its quantifier), or null for a flags-only group like (?i). */
    private Node group() {
        int saved = flags;
        Node node;
        int ch = next();
        if (ch == '?') {
            ch = cp[++cursor];
            cursor++;
            switch (ch) {
                case ':':
                    node = Node.of(Node.GROUP, expr());
                    break;
                case '=':
                case '!':
                    node = Node.of(Node.LOOK, expr());
                    node.negative = ch == '!';
                    break;
                case '>':
                    node = Node.of(Node.ATOMIC, expr());
                    break;
                case '<': {
                    ch = cp[cursor++];
                    if (ch != '=' && ch != '!') {
                        cursor--;
                        String name = groupName();
                        if (names.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined");
                        }
                        int g = ++groupCount;
                        names.put(name, g);
                        node = Node.of(Node.GROUP, expr());
                        node.group = g;
                        break;
                    }
                    node = Node.of(Node.LOOK, expr());
                    node.behind = true;
                    node.negative = ch == '!';
                    if (node.kids.get(0).maxLength() < 0) {
                        throw error("Look-behind group does not have an obvious maximum length");
                    }
                    accept(')', "Unclosed group");
                    flags = saved;
                    return closure(node);
                }
                case '$':
                case '@':
                    throw error("Unknown group type");
                default: {
                    cursor--;
                    if (inlineFlags()) {
                        return null;
                    }
                    node = Node.of(Node.GROUP, expr());
                    break;
                }
            }
        } else {
            int g = ++groupCount;
            node = Node.of(Node.GROUP, expr());
            node.group = g;
        }
        accept(')', "Unclosed group");
        flags = saved;
        return closure(node);
    }

    private void accept(int ch, String desc) {
        int c = read();
        if (c != ch) {
            throw error(desc);
        }
    }

    /** Flags after "(?": true for (?flags), false for (?flags: whose body follows. */
    private boolean inlineFlags() {
        boolean on = true;
        for (;;) {
            int ch = cp[cursor++];
            int f;
            switch (ch) {
                case 'i': f = Pattern.CASE_INSENSITIVE; break;
                case 'm': f = Pattern.MULTILINE; break;
                case 's': f = Pattern.DOTALL; break;
                case 'd': f = Pattern.UNIX_LINES; break;
                case 'u': f = Pattern.UNICODE_CASE; break;
                case 'c': f = Pattern.CANON_EQ; break;
                case 'x': f = Pattern.COMMENTS; break;
                case 'U': f = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE; break;
                case '-':
                    on = false;
                    continue;
                case ')':
                    return true;
                case ':':
                    return false;
                default:
                    throw error("Unknown inline modifier");
            }
            flags = on ? flags | f : flags & ~f;
        }
    }

    /** A group name: an ASCII letter then ASCII letters and digits, ended by '>' (consumed). */
    private String groupName() {
        StringBuilder sb = new StringBuilder();
        int ch = cp[cursor++];
        if (!CharPred.isAsciiAlpha(ch)) {
            throw error("capturing group name does not start with a Latin letter");
        }
        do {
            sb.appendCodePoint(ch);
            ch = cp[cursor++];
        } while (CharPred.isAsciiAlpha(ch) || isDigit(ch));
        if (ch != '>') {
            throw error("named capturing group is missing trailing '>'");
        }
        return sb.toString();
    }

    /** An escape outside a class, at the backslash. */
    private Node escapeAtom() {
        int ch = cp[cursor + 1];
        if (ch == 'p' || ch == 'P') {
            cursor += 2;
            return set(family(ch == 'P'));
        }
        if (ch >= '1' && ch <= '9') {
            cursor += 2;
            int ref = ch - '0';
            while (isDigit(cp[cursor])) {
                int r = ref * 10 + cp[cursor] - '0';
                if (groupCount < r) {
                    break;
                }
                ref = r;
                cursor++;
            }
            return backref(ref);
        }
        Escape e = escape(false);
        if (e.node != null) {
            return e.node;
        }
        if (e.pred != null) {
            return set(e.pred);
        }
        return literal(e.ch);
    }

    private Node backref(int group) {
        Node n = new Node(Node.BACKREF);
        n.group = group;
        n.ci = !has(Pattern.CASE_INSENSITIVE) ? 0 : has(Pattern.UNICODE_CASE) ? 2 : 1;
        return n;
    }

    /** \p or \P after the letter: {Name} or a one-letter name. */
    CharPred family(boolean complement) {
        String name;
        if (cp[cursor] == '{') {
            int start = ++cursor;
            while (cp[cursor] != '}' && cursor < len) {
                cursor++;
            }
            cursor++;
            if (cursor > len) {
                throw error("Unclosed character family");
            }
            if (start + 1 >= cursor) {
                throw error("Empty character family");
            }
            name = new String(cp, start, cursor - start - 1);
        } else {
            name = new String(cp, cursor, 1);
            cursor++;
        }
        CharPred p = CharProps.forName(name, flags);
        if (p == null) {
            int eq = name.indexOf('=');
            if (eq >= 0 && !isKnownKey(name.substring(0, eq).toLowerCase())) {
                throw error("Unknown Unicode property {name=<" + name.substring(0, eq).toLowerCase() + ">, value=<"
                        + name.substring(eq + 1) + ">}");
            }
            throw error("Unknown character property name {" + name + "}");
        }
        return complement ? p.negate() : p;
    }

    private static boolean isKnownKey(String key) {
        return key.equals("sc") || key.equals("script") || key.equals("blk") || key.equals("block")
                || key.equals("gc") || key.equals("general_category");
    }

    /** What an escape stands for: a code point, a predicate, or (outside classes) a node. */
    static final class Escape {
        int ch = -1;
        CharPred pred;
        Node node;
    }

    /** The escape at the backslash; the cursor ends after it. */
    Escape escape(boolean inClass) {
        Escape e = new Escape();
        cursor++;
        int ch = cp[cursor++];
        switch (ch) {
            case '0':
                e.ch = octal();
                return e;
            case 'a':
                e.ch = 7;
                return e;
            case 'e':
                e.ch = 27;
                return e;
            case 'f':
                e.ch = '\f';
                return e;
            case 'n':
                e.ch = '\n';
                return e;
            case 'r':
                e.ch = '\r';
                return e;
            case 't':
                e.ch = '\t';
                return e;
            case 'c':
                if (cursor < len) {
                    e.ch = read() ^ 64;
                    return e;
                }
                throw error("Illegal control escape sequence");
            case 'x':
                e.ch = hex();
                return e;
            case 'u':
                e.ch = unicode();
                return e;
            case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                e.pred = CharPred.predefined(ch, flags);
                return e;
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': case 'R': case 'k':
                if (inClass) {
                    break;
                }
                e.node = escapeNode(ch);
                return e;
            case 'X':
            case 'N':
                throw new UnsupportedOperationException("\\" + (char) ch + " (grapheme clusters, character names) is not"
                        + " supported by OS2's java.util.regex, in pattern " + pattern);
            default:
                if (ch >= '1' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
                    break;
                }
                e.ch = ch;
                return e;
        }
        throw error("Illegal/unsupported escape sequence");
    }

    private Node escapeNode(int ch) {
        switch (ch) {
            case 'b':
                return assertion(Prog.A_BOUND + (has(Pattern.UNICODE_CHARACTER_CLASS) ? Prog.A_UNICODE : 0));
            case 'B':
                return assertion(Prog.A_NOT_BOUND + (has(Pattern.UNICODE_CHARACTER_CLASS) ? Prog.A_UNICODE : 0));
            case 'A':
                return assertion(Prog.A_BEGIN);
            case 'z':
                return assertion(Prog.A_END);
            case 'Z':
                return assertion(has(Pattern.UNIX_LINES) ? Prog.A_UDOLLAR : Prog.A_DOLLAR);
            case 'G':
                return assertion(Prog.A_LAST_MATCH);
            case 'R': {
                Node crlf = new Node(Node.SEQ);
                Node cr = new Node(Node.CHAR);
                cr.ch = '\r';
                Node lf = new Node(Node.CHAR);
                lf.ch = '\n';
                crlf.kids.add(cr);
                crlf.kids.add(lf);
                Node alt = new Node(Node.ALT);
                alt.kids.add(crlf);
                alt.kids.add(set(c -> c >= '\n' && c <= '\r' || c == 0x85 || c == 0x2028 || c == 0x2029));
                return Node.of(Node.ATOMIC, alt);
            }
            default: {
                if (cp[cursor++] != '<') {
                    throw error("\\k is not followed by '<' for named capturing group");
                }
                String name = groupName();
                Integer g = names.get(name);
                if (g == null) {
                    throw error("named capturing group <" + name + "> does not exist");
                }
                return backref(g);
            }
        }
    }

    private int octal() {
        int n = cp[cursor++];
        if (n >= '0' && n <= '7') {
            int m = cp[cursor++];
            if (m >= '0' && m <= '7') {
                int o = cp[cursor++];
                if (o >= '0' && o <= '7' && n <= '3') {
                    return (n - '0') * 64 + (m - '0') * 8 + (o - '0');
                }
                cursor--;
                return (n - '0') * 8 + (m - '0');
            }
            cursor--;
            return n - '0';
        }
        throw error("Illegal octal escape sequence");
    }

    private static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private int hex() {
        int n = cp[cursor++];
        if (hexValue(n) >= 0) {
            int m = cp[cursor++];
            if (hexValue(m) >= 0) {
                return hexValue(n) * 16 + hexValue(m);
            }
        } else if (n == '{' && hexValue(cp[cursor]) >= 0) {
            int v = 0;
            while (hexValue(n = cp[cursor++]) >= 0) {
                v = v * 16 + hexValue(n);
                if (v > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big");
                }
            }
            if (n != '}') {
                throw error("Unclosed hexadecimal escape sequence");
            }
            return v;
        }
        throw error("Illegal hexadecimal escape sequence");
    }

    private int unicode() {
        int n = uxxxx();
        if (Character.isHighSurrogate((char) n)) {
            int save = cursor;
            if (cp[cursor] == '\\' && cp[cursor + 1] == 'u') {
                cursor += 2;
                int low = uxxxx();
                if (Character.isLowSurrogate((char) low)) {
                    return Character.toCodePoint((char) n, (char) low);
                }
            }
            cursor = save;
        }
        return n;
    }

    private int uxxxx() {
        int n = 0;
        for (int i = 0; i < 4; i++) {
            int v = hexValue(cp[cursor++]);
            if (v < 0) {
                throw error("Illegal Unicode escape sequence");
            }
            n = n * 16 + v;
        }
        return n;
    }
}
