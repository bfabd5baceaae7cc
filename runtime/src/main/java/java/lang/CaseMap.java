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
     * as they matter here: letters, marks, numbers, format characters and connectors make words,
     * and a dash, apostrophe, quotation mark or full stop between two letters joins them.
     */
    private static boolean isBoundary(String s, int i) {
        int a = s.codePointBefore(i);
        int b = s.codePointAt(i);
        if (inWord(a) && inWord(b)) {
            return false;
        }
        if (isMid(b) && Character.isLetter(a)) {
            int j = i + Character.charCount(b);
            return j >= s.length() || !Character.isLetter(s.codePointAt(j));
        }
        if (isMid(a) && Character.isLetter(b)) {
            int j = i - Character.charCount(a);
            return j <= 0 || !Character.isLetter(s.codePointBefore(j));
        }
        return true;
    }

    private static boolean isMid(int cp) {
        return cp == '\'' || cp == '"' || cp == '.' || cp == 0x2027 || Character.getType(cp) == Character.DASH_PUNCTUATION;
    }

    private static boolean inWord(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.FORMAT:
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
