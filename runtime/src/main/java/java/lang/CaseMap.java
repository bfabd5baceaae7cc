package java.lang;

/**
 * String.toUpperCase and toLowerCase as the JDK performs them in the root locale: code point by
 * code point with Character's simple mappings, except the one-to-many mappings of Unicode's
 * SpecialCasing (ß to SS, the ligatures, İ to i + U+0307, Greek with iota subscript, ...), taken
 * from the build JDK, and the Greek final sigma: Σ becomes ς at the end of a word that has a cased
 * letter before it, else σ.
 */
final class CaseMap {
    private CaseMap() {
    }

    private static final char CAPITAL_SIGMA = '\u03A3';

    static String toUpperCase(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.toUpperCase(cp) != cp || (cp < 0x10000 && CharacterData.upperSpecial((char) cp) != null)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            String special = cp < 0x10000 ? CharacterData.upperSpecial((char) cp) : null;
            if (special != null) {
                sb.append(special);
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String toLowerCase(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.toLowerCase(cp) != cp || (cp < 0x10000 && CharacterData.lowerSpecial((char) cp) != null)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp == CAPITAL_SIGMA) {
                sb.append(isFinalCased(s, i) ? '\u03C2' : '\u03C3');
            } else {
                String special = cp < 0x10000 ? CharacterData.lowerSpecial((char) cp) : null;
                if (special != null) {
                    sb.append(special);
                } else {
                    sb.appendCodePoint(Character.toLowerCase(cp));
                }
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * Unicode's Final_Sigma condition as the JDK tests it: within the word (no word boundary
     * crossed) a cased letter comes before, and none comes after.
     */
    private static boolean isFinalCased(String s, int index) {
        int i = index;
        while (i > 0 && !isBoundary(s, i)) {
            int cp = s.codePointBefore(i);
            if (isCased(cp)) {
                int j = index + 1;
                while (j < s.length() && !isBoundary(s, j)) {
                    int c = s.codePointAt(j);
                    if (isCased(c)) {
                        return false;
                    }
                    j += Character.charCount(c);
                }
                return true;
            }
            i -= Character.charCount(cp);
        }
        return false;
    }

    /**
     * A word boundary between s[i-1] and s[i], by the rules of the JDK's word BreakIterator as far
     * as they matter here: a combining mark belongs to what precedes it; letters and digits make
     * words; a format character (soft hyphen, ...) or a dash, apostrophe, quotation mark or full
     * stop joins the two letters around it.
     */
    private static boolean isBoundary(String s, int i) {
        int b = s.codePointAt(i);
        if (isMark(b)) {
            return false;
        }
        int ia = baseBefore(s, i);
        int a = s.codePointAt(ia);
        if (isWordChar(a) && isWordChar(b)) {
            return false;
        }
        if (isJoiner(b) && Character.isLetter(a)) { // letter | joiner letter
            int j = i + Character.charCount(b);
            return j >= s.length() || !Character.isLetter(s.codePointAt(j));
        }
        if (isJoiner(a) && Character.isLetter(b) && ia == i - Character.charCount(a) && ia > 0) { // letter joiner | letter
            return !Character.isLetter(s.codePointAt(baseBefore(s, ia)));
        }
        return true;
    }

    /** The index of the code point before i, skipping back over combining marks to their base. */
    private static int baseBefore(String s, int i) {
        int j = i - Character.charCount(s.codePointBefore(i));
        while (j > 0 && isMark(s.codePointAt(j))) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return j;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '"' || cp == '.' || cp == 0x2027 || Character.getType(cp) == Character.DASH_PUNCTUATION
                || Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isWordChar(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return false;
        }
    }

    private static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.getType(cp) == Character.TITLECASE_LETTER;
    }
}
