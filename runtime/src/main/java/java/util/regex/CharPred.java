package java.util.regex;

/**
 * A test on one code point: what a character class, a literal under a case-insensitive flag, '.' or
 * a predefined class like \d compiles to. Case-insensitive matching follows the JDK: ASCII-only unless
 * UNICODE_CASE is set, then by comparing Character.toUpperCase and toLowerCase of toUpperCase.
 */
interface CharPred {
    boolean is(int ch);

    default CharPred union(CharPred other) {
        CharPred self = this;
        return ch -> self.is(ch) || other.is(ch);
    }

    default CharPred and(CharPred other) {
        CharPred self = this;
        return ch -> self.is(ch) && other.is(ch);
    }

    default CharPred negate() {
        CharPred self = this;
        return ch -> !self.is(ch);
    }

    static CharPred single(int c) {
        return ch -> ch == c;
    }

    /** An ASCII letter under CASE_INSENSITIVE without UNICODE_CASE: both cases. */
    static CharPred singleAsciiCi(int c) {
        int lower = asciiLower(c);
        int upper = asciiUpper(c);
        return ch -> ch == lower || ch == upper;
    }

    /** A char under CASE_INSENSITIVE and UNICODE_CASE. */
    static CharPred singleUnicodeCi(int c) {
        int folded = Character.toLowerCase(Character.toUpperCase(c));
        return ch -> ch == c || Character.toLowerCase(Character.toUpperCase(ch)) == folded;
    }

    /** A literal char under the given flags. */
    static CharPred literal(int c, int flags) {
        if ((flags & Pattern.CASE_INSENSITIVE) != 0) {
            if ((flags & Pattern.UNICODE_CASE) != 0) {
                int up = Character.toUpperCase(c);
                if (up != Character.toLowerCase(up)) {
                    return singleUnicodeCi(c);
                }
            } else if (isAsciiAlpha(c)) {
                return singleAsciiCi(c);
            }
        }
        return single(c);
    }

    static CharPred range(int lo, int hi, int flags) {
        if ((flags & Pattern.CASE_INSENSITIVE) == 0) {
            return ch -> ch >= lo && ch <= hi;
        }
        if ((flags & Pattern.UNICODE_CASE) != 0) {
            return ch -> {
                if (ch >= lo && ch <= hi) {
                    return true;
                }
                int up = Character.toUpperCase(ch);
                int low = Character.toLowerCase(up);
                return up >= lo && up <= hi || low >= lo && low <= hi;
            };
        }
        return ch -> ch >= lo && ch <= hi
                || ch < 128 && (asciiUpper(ch) >= lo && asciiUpper(ch) <= hi || asciiLower(ch) >= lo && asciiLower(ch) <= hi);
    }

    /** '.': any char but a line terminator, or with DOTALL any char. */
    static CharPred dot(int flags) {
        if ((flags & Pattern.DOTALL) != 0) {
            return ch -> true;
        }
        if ((flags & Pattern.UNIX_LINES) != 0) {
            return ch -> ch != '\n';
        }
        return ch -> ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085';
    }

    static boolean isAsciiAlpha(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static int asciiLower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    static int asciiUpper(int c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    static boolean isWordAscii(int c) {
        return isAsciiAlpha(c) || c >= '0' && c <= '9' || c == '_';
    }

    /** \d \D \s \S \w \W \h \H \v \V (the letter given); null for another letter. */
    static CharPred predefined(int letter, int flags) {
        boolean unicode = (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0;
        CharPred p;
        switch (Character.toLowerCase(letter)) {
            case 'd':
                p = unicode ? ch -> Character.getType(ch) == Character.DECIMAL_DIGIT_NUMBER : ch -> ch >= '0' && ch <= '9';
                break;
            case 's':
                p = unicode ? CharPred::isUnicodeWhiteSpace : ch -> ch == ' ' || ch >= '\t' && ch <= '\r';
                break;
            case 'w':
                p = unicode ? CharPred::isUnicodeWord : CharPred::isWordAscii;
                break;
            case 'h':
                p = ch -> ch == ' ' || ch == '\t' || ch == 0xA0 || ch == 0x1680 || ch == 0x180e
                        || ch >= 0x2000 && ch <= 0x200a || ch == 0x202f || ch == 0x205f || ch == 0x3000;
                break;
            case 'v':
                p = ch -> ch >= '\n' && ch <= '\r' || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
                break;
            default:
                return null;
        }
        return Character.isUpperCase(letter) ? p.negate() : p;
    }

    static boolean isUnicodeWhiteSpace(int ch) {
        return ch >= '\t' && ch <= '\r' || ch == 0x85
                || ((1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR | 1 << Character.PARAGRAPH_SEPARATOR)
                        >> Character.getType(ch) & 1) != 0;
    }

    static boolean isUnicodeWord(int ch) {
        int t = Character.getType(ch);
        return Character.isAlphabetic(ch) || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK || t == Character.DECIMAL_DIGIT_NUMBER
                || t == Character.CONNECTOR_PUNCTUATION || ch == 0x200c || ch == 0x200d;
    }
}
