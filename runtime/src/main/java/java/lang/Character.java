package java.lang;

/**
 * The char box and character utilities. ASCII and Latin-1 follow the JDK exactly;
 * other characters use the range tables of {@link CharacterData}.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) VMHelper.primitiveClass('C');

    private static final Character[] CACHE = new Character[128];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Character((char) i);
        }
    }

    private final char value;

    @Deprecated
    public Character(char value) {
        this.value = value;
    }

    public static Character valueOf(char c) {
        if (c < 128) {
            return CACHE[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Character && ((Character) obj).value == value;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint), true);
    }

    @Override
    public int compareTo(Character anotherCharacter) {
        return value - anotherCharacter.value;
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points and surrogates -----------------------------------------

    static String notACodePoint(int codePoint) {
        return "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase();
    }

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch <= MAX_HIGH_SURROGATE;
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch <= MAX_LOW_SURROGATE;
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch <= MAX_SURROGATE;
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high - MIN_HIGH_SURROGATE) << 10) + (low - MIN_LOW_SURROGATE) + MIN_SUPPLEMENTARY_CODE_POINT;
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        if (!isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(notACodePoint(codePoint));
        }
        return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (!isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(notACodePoint(codePoint));
        }
        dst[dstIndex] = highSurrogate(codePoint);
        dst[dstIndex + 1] = lowSurrogate(codePoint);
        return 2;
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        return codePointBefore(a, index, 0);
    }

    public static int codePointBefore(char[] a, int index, int start) {
        if (index <= start || start < 0 || start >= a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > start) {
            char c1 = a[--index];
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > seq.length()) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex - 1; i++) {
            if (isHighSurrogate(seq.charAt(i)) && isLowSurrogate(seq.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (offset < 0 || count < 0 || count > a.length - offset) {
            throw new IndexOutOfBoundsException();
        }
        int end = offset + count;
        int n = count;
        for (int i = offset; i < end - 1; i++) {
            if (isHighSurrogate(a[i]) && isLowSurrogate(a[i + 1])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(char[] a, int start, int count, int index, int codePointOffset) {
        int limit = start + count;
        if (start < 0 || count < 0 || limit > a.length || index < start || index > limit) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            for (int i = 0; i < codePointOffset; i++) {
                if (x >= limit) {
                    throw new IndexOutOfBoundsException();
                }
                if (isHighSurrogate(a[x++]) && x < limit && isLowSurrogate(a[x])) {
                    x++;
                }
            }
        } else {
            for (int i = codePointOffset; i < 0; i++) {
                if (x <= start) {
                    throw new IndexOutOfBoundsException();
                }
                if (isLowSurrogate(a[--x]) && x > start && isHighSurrogate(a[x - 1])) {
                    x--;
                }
            }
        }
        return x;
    }

    // ---- classification ---------------------------------------------------

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int codePoint) {
        if (codePoint < 0x100) {
            return codePoint >= '0' && codePoint <= '9';
        }
        return CharacterData.digitValue(codePoint) >= 0;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int codePoint) {
        if (codePoint < 0x100) {
            int c = codePoint | 0x20;
            if (codePoint < 0x80) {
                return c >= 'a' && c <= 'z';
            }
            return codePoint == 0xAA || codePoint == 0xB5 || codePoint == 0xBA
                    || (codePoint >= 0xC0 && codePoint != 0xD7 && codePoint != 0xF7);
        }
        return CharacterData.isLetter(codePoint);
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetter((int) ch) || isDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int codePoint) {
        return isLetter(codePoint) || isDigit(codePoint);
    }

    public static boolean isAlphabetic(int codePoint) {
        return isLetter(codePoint);
    }

    public static boolean isIdeographic(int codePoint) {
        return CharacterData.isIdeographic(codePoint);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int codePoint) {
        if (codePoint < 0x100) {
            return (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7);
        }
        return !isTitleCase(codePoint) && CharacterData.toLowerCase(codePoint) != codePoint;
    }

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int codePoint) {
        if (codePoint < 0x100) {
            return (codePoint >= 'a' && codePoint <= 'z') || codePoint == 0xAA || codePoint == 0xB5
                    || codePoint == 0xBA || (codePoint >= 0xDF && codePoint != 0xF7);
        }
        if (codePoint == 0x138 || codePoint == 0x149) {
            return true;
        }
        return !isTitleCase(codePoint) && CharacterData.toUpperCase(codePoint) != codePoint;
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int codePoint) {
        return codePoint == 0x1C5 || codePoint == 0x1C8 || codePoint == 0x1CB || codePoint == 0x1F2;
    }

    /** Java's whitespace: space separators except no-break spaces, plus \t \n \u000B \f \r and \u001C-\u001F. */
    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int codePoint) {
        if (codePoint <= ' ') {
            return codePoint == ' ' || (codePoint >= 0x09 && codePoint <= 0x0D) || (codePoint >= 0x1C);
        }
        if (codePoint < 0x1680) {
            return false;
        }
        return codePoint == 0x1680 || (codePoint >= 0x2000 && codePoint <= 0x2006)
                || (codePoint >= 0x2008 && codePoint <= 0x200A) || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint == 0x205F || codePoint == 0x3000;
    }

    /** Unicode space separators (Zs, Zl, Zp), including no-break spaces. */
    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int codePoint) {
        return codePoint == ' ' || codePoint == 0xA0 || codePoint == 0x1680
                || (codePoint >= 0x2000 && codePoint <= 0x200A) || codePoint == 0x2028 || codePoint == 0x2029
                || codePoint == 0x202F || codePoint == 0x205F || codePoint == 0x3000;
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int codePoint) {
        return codePoint <= 0x9F && (codePoint >= 0x7F || (codePoint >>> 5 == 0));
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    /** Approximation: every valid code point except the non-characters U+FFFE and U+FFFF. */
    public static boolean isDefined(int codePoint) {
        return isValidCodePoint(codePoint) && codePoint != 0xFFFE && codePoint != 0xFFFF;
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int codePoint) {
        return (codePoint >= 0 && codePoint <= 8) || (codePoint >= 0x0E && codePoint <= 0x1B)
                || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int codePoint) {
        return isLetter(codePoint) || codePoint == '$' || codePoint == '_' || isCurrencyOrConnector(codePoint);
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int codePoint) {
        return isJavaIdentifierStart(codePoint) || isDigit(codePoint) || isIdentifierIgnorable(codePoint);
    }

    public static boolean isUnicodeIdentifierStart(int codePoint) {
        return isLetter(codePoint);
    }

    public static boolean isUnicodeIdentifierPart(int codePoint) {
        return isLetterOrDigit(codePoint) || codePoint == '_' || isIdentifierIgnorable(codePoint);
    }

    private static boolean isCurrencyOrConnector(int cp) {
        return (cp >= 0xA2 && cp <= 0xA5) || (cp >= 0x20A0 && cp <= 0x20C0) || cp == 0x203F || cp == 0x2040
                || cp == 0xFF04 || cp == 0xFF3F;
    }

    // ---- case mapping -----------------------------------------------------

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'a' && codePoint <= 'z') ? codePoint - 32 : codePoint;
        }
        if (codePoint < 0x100) {
            if (codePoint >= 0xE0 && codePoint != 0xF7 && codePoint != 0xFF) {
                return codePoint - 32;
            }
            if (codePoint == 0xFF) {
                return 0x178;
            }
            return codePoint == 0xB5 ? 0x39C : codePoint;
        }
        return CharacterData.toUpperCase(codePoint);
    }

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int codePoint) {
        if (codePoint < 0x80) {
            return (codePoint >= 'A' && codePoint <= 'Z') ? codePoint + 32 : codePoint;
        }
        if (codePoint < 0x100) {
            return (codePoint >= 0xC0 && codePoint <= 0xDE && codePoint != 0xD7) ? codePoint + 32 : codePoint;
        }
        return CharacterData.toLowerCase(codePoint);
    }

    public static char toTitleCase(char ch) {
        return toUpperCase(ch);
    }

    public static int toTitleCase(int codePoint) {
        return toUpperCase(codePoint);
    }

    // ---- digits -----------------------------------------------------------

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    /** The value of the digit in the radix, or -1 (letters, fullwidth letters and Unicode digits count). */
    public static int digit(int codePoint, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int v;
        if (codePoint >= '0' && codePoint <= '9') {
            v = codePoint - '0';
        } else if (codePoint >= 'a' && codePoint <= 'z') {
            v = codePoint - 'a' + 10;
        } else if (codePoint >= 'A' && codePoint <= 'Z') {
            v = codePoint - 'A' + 10;
        } else if (codePoint < 0x100) {
            return -1;
        } else if (codePoint >= 0xFF21 && codePoint <= 0xFF3A) {
            v = codePoint - 0xFF21 + 10;
        } else if (codePoint >= 0xFF41 && codePoint <= 0xFF5A) {
            v = codePoint - 0xFF41 + 10;
        } else {
            v = CharacterData.digitValue(codePoint);
        }
        return v >= 0 && v < radix ? v : -1;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    /** Digit and letter values as digit(cp, 36); superscripts 1-3; -2 for the Latin-1 fractions. */
    public static int getNumericValue(int codePoint) {
        int d = digit(codePoint, MAX_RADIX);
        if (d >= 0) {
            return d;
        }
        switch (codePoint) {
            case 0xB2:
                return 2;
            case 0xB3:
                return 3;
            case 0xB9:
                return 1;
            case 0xBC:
            case 0xBD:
            case 0xBE:
                return -2;
            default:
                return -1;
        }
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < MIN_RADIX || radix > MAX_RADIX) {
            return '\0';
        }
        return digit < 10 ? (char) ('0' + digit) : (char) ('a' - 10 + digit);
    }
}
