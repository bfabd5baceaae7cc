package java.lang;

/**
 * Character properties from the generated CharacterTables (every code point, as the build JDK's
 * java.lang.Character answers): a two-stage lookup from a code point to a shared property record
 * of six ints (type and flags, digit value, numeric value, upper/lower/title case deltas).
 * Invalid code points answer as an unassigned one does.
 */
final class CharacterData {
    private CharacterData() {
    }

    private static final int LOWER = 1 << 5;
    private static final int UPPER = 1 << 6;
    private static final int ALPHABETIC = 1 << 7;
    private static final int IDEOGRAPHIC = 1 << 8;
    private static final int WHITESPACE = 1 << 9;
    private static final int JAVA_START = 1 << 10;
    private static final int JAVA_PART = 1 << 11;
    private static final int UNICODE_START = 1 << 12;
    private static final int UNICODE_PART = 1 << 13;
    private static final int IGNORABLE = 1 << 14;
    private static final int MIRRORED = 1 << 15;

    private static final int CHUNK_SHIFT = 14;
    private static final int CHUNK_MASK = (1 << CHUNK_SHIFT) - 1;

    /** The records, decoded once from their string form (a few thousand ints). */
    private static final int[] RECORDS = decodeRecords();

    private static int[] decodeRecords() {
        String[] chunks = CharacterTables.RECORDS;
        int n = 0;
        for (String c : chunks) {
            n += c.length();
        }
        int[] r = new int[n / 2];
        int k = 0;
        int hi = 0;
        boolean high = true;
        for (String c : chunks) {
            for (int i = 0; i < c.length(); i++) {
                if (high) {
                    hi = c.charAt(i);
                } else {
                    r[k++] = (hi << 16) | c.charAt(i);
                }
                high = !high;
            }
        }
        return r;
    }

    private static char at(String[] chunks, int i) {
        return chunks[i >>> CHUNK_SHIFT].charAt(i & CHUNK_MASK);
    }

    /** Offset of the code point's record in RECORDS. */
    private static int record(int cp) {
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            cp = Character.MAX_CODE_POINT; // unassigned, like any invalid code point
        }
        int shift = CharacterTables.SHIFT;
        int block = at(CharacterTables.INDEX, cp >>> shift);
        int id = at(CharacterTables.BLOCKS, (block << shift) | (cp & ((1 << shift) - 1)));
        return id * CharacterTables.RECORD_INTS;
    }

    private static boolean flag(int cp, int bit) {
        return (RECORDS[record(cp)] & bit) != 0;
    }

    static int getType(int cp) {
        return RECORDS[record(cp)] & 31;
    }

    static boolean isLetter(int cp) {
        int t = getType(cp);
        return t >= Character.UPPERCASE_LETTER && t <= Character.OTHER_LETTER;
    }

    static boolean isDigit(int cp) {
        return getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isLowerCase(int cp) {
        return flag(cp, LOWER);
    }

    static boolean isUpperCase(int cp) {
        return flag(cp, UPPER);
    }

    static boolean isAlphabetic(int cp) {
        return flag(cp, ALPHABETIC);
    }

    static boolean isIdeographic(int cp) {
        return flag(cp, IDEOGRAPHIC);
    }

    static boolean isWhitespace(int cp) {
        return flag(cp, WHITESPACE);
    }

    static boolean isJavaIdentifierStart(int cp) {
        return flag(cp, JAVA_START);
    }

    static boolean isJavaIdentifierPart(int cp) {
        return flag(cp, JAVA_PART);
    }

    static boolean isUnicodeIdentifierStart(int cp) {
        return flag(cp, UNICODE_START);
    }

    static boolean isUnicodeIdentifierPart(int cp) {
        return flag(cp, UNICODE_PART);
    }

    static boolean isIdentifierIgnorable(int cp) {
        return flag(cp, IGNORABLE);
    }

    static boolean isMirrored(int cp) {
        return flag(cp, MIRRORED);
    }

    /** Character.digit(cp, 36): the digit's value, or -1. */
    static int digit36(int cp) {
        return RECORDS[record(cp) + 1];
    }

    static int getNumericValue(int cp) {
        return RECORDS[record(cp) + 2];
    }

    static int toUpperCase(int cp) {
        return cp + RECORDS[record(cp) + 3];
    }

    static int toLowerCase(int cp) {
        return cp + RECORDS[record(cp) + 4];
    }

    static int toTitleCase(int cp) {
        return cp + RECORDS[record(cp) + 5];
    }

    /** What String.toUpperCase turns the char into when that is more than one char, or null. */
    static String upperSpecial(char c) {
        return special(CharacterTables.UPPER_SPECIAL, c);
    }

    /** What String.toLowerCase turns the char into when that is more than one char, or null. */
    static String lowerSpecial(char c) {
        return special(CharacterTables.LOWER_SPECIAL, c);
    }

    private static String special(String[] table, char c) {
        if (table.length == 0 || c < table[0].charAt(0)) {
            return null; // the common case: ASCII and most of Latin-1 have none
        }
        int lo = 0;
        int hi = table.length - 1;
        while (lo <= hi) { // the table is in code point order
            int mid = (lo + hi) >>> 1;
            char k = table[mid].charAt(0);
            if (k < c) {
                lo = mid + 1;
            } else if (k > c) {
                hi = mid - 1;
            } else {
                return table[mid].substring(1);
            }
        }
        return null;
    }
}
