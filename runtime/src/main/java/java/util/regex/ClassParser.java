package java.util.regex;

/**
 * A character class [...] with the JDK's grammar: ranges, escapes, \p{..}, nested classes (union),
 * '&&' intersections, a leading '^' that complements the whole class, and ']' right after '[' or
 * '[^' taken literally. Single chars below 256 collect in a bit set (as in the JDK, whose '&&'
 * groups them before the intersection).
 */
final class ClassParser {
    private final Parser p;

    ClassParser(Parser p) {
        this.p = p;
    }

    /** Chars below 256 of one class level; mutable while the level is parsed. */
    private static final class Bits implements CharPred {
        final boolean[] bits = new boolean[256];

        void add(int c, int flags) {
            if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
                if (c < 128) {
                    bits[CharPred.asciiUpper(c)] = true;
                    bits[CharPred.asciiLower(c)] = true;
                } else if ((flags & Pattern.UNICODE_CASE) != 0) {
                    int lo = Character.toLowerCase(c);
                    int up = Character.toUpperCase(c);
                    if (lo < 256) {
                        bits[lo] = true;
                    }
                    if (up < 256) {
                        bits[up] = true;
                    }
                }
            }
            bits[c] = true;
        }

        public boolean is(int ch) {
            return ch < 256 && ch >= 0 && bits[ch];
        }
    }

    /** The class whose '[' is at the cursor; consume says whether its ']' is consumed. */
    CharPred parse(boolean consume) {
        CharPred prev = null;
        CharPred curr = null;
        Bits bits = new Bits();
        boolean hasBits = false;
        boolean negated = false;
        int ch = p.next();
        if (ch == '^' && p.cp[p.cursor - 1] == '[') {
            ch = p.next();
            negated = true;
        }
        for (;;) {
            switch (ch) {
                case '[':
                    curr = parse(true);
                    prev = prev == null ? curr : prev.union(curr);
                    ch = p.peek();
                    continue;
                case '&':
                    ch = p.next();
                    if (ch == '&') {
                        ch = p.next();
                        CharPred right = null;
                        while (ch != ']' && ch != '&') {
                            if (ch == '[') {
                                right = right == null ? parse(true) : right.union(parse(true));
                            } else {
                                p.cursor--;
                                right = parse(false);
                            }
                            ch = p.peek();
                        }
                        if (hasBits) {
                            if (prev == null) {
                                prev = bits;
                                curr = bits;
                            } else {
                                prev = prev.union(bits);
                            }
                            hasBits = false;
                        }
                        if (right != null) {
                            curr = right;
                        }
                        if (prev == null) {
                            if (right == null) {
                                throw p.error("Bad class syntax");
                            }
                            prev = right;
                        } else {
                            prev = prev.and(curr);
                        }
                        continue;
                    }
                    p.cursor--;
                    break;
                case 0:
                    if (p.cursor >= p.len) {
                        throw p.error("Unclosed character class");
                    }
                    break;
                case ']':
                    if (prev != null || hasBits) {
                        if (consume) {
                            p.next();
                        }
                        if (prev == null) {
                            prev = bits;
                        } else if (hasBits) {
                            prev = prev.union(bits);
                        }
                        return negated ? prev.negate() : prev;
                    }
                    break;
                default:
                    break;
            }
            curr = range(bits);
            if (curr == null) {
                hasBits = true;
            } else if (prev == null) {
                prev = curr;
            } else if (prev != curr) {
                prev = prev.union(curr);
            }
            ch = p.peek();
        }
    }

    /** One member at the cursor: a char (added to bits, null returned), a range or an escaped class. */
    private CharPred range(Bits bits) {
        int ch = p.peek();
        if (ch == '\\') {
            int letter = p.cp[p.cursor + 1];
            if (letter == 'p' || letter == 'P') {
                p.cursor += 2;
                return p.family(letter == 'P');
            }
            Parser.Escape e = p.escape(true);
            if (e.pred != null) {
                return e.pred;
            }
            ch = e.ch;
            p.peek();
        } else {
            p.next();
        }
        if (p.peek() == '-') {
            int end = p.cp[p.cursor + 1];
            if (end == '[') {
                return bitsOrSingle(bits, ch);
            }
            if (end != ']') {
                p.next();
                int m = p.peek();
                if (m == '\\') {
                    Parser.Escape e = p.escape(true);
                    m = e.pred != null ? -1 : e.ch;
                } else {
                    p.next();
                }
                if (m < ch) {
                    throw p.error("Illegal character range");
                }
                return CharPred.range(ch, m, p.flags);
            }
        }
        return bitsOrSingle(bits, ch);
    }

    private CharPred bitsOrSingle(Bits bits, int ch) {
        boolean ci = (p.flags & Pattern.CASE_INSENSITIVE) != 0;
        boolean uc = (p.flags & Pattern.UNICODE_CASE) != 0;
        if (ch < 256 && !(ci && uc && (ch == 0xff || ch == 0xb5 || ch == 0x49 || ch == 0x69 || ch == 0x53 || ch == 0x73
                || ch == 0x4b || ch == 0x6b || ch == 0xc5 || ch == 0xe5))) {
            bits.add(ch, p.flags);
            return null;
        }
        return CharPred.literal(ch, p.flags);
    }
}
