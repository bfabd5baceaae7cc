package difftest;

/** Character classification and case mapping beyond Latin-1, and String's special casings, hashed over every code point. */
public class p211_CharacterData {
    public static void main(String[] args) {
        long h = 0;
        long props = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int bits = (Character.isLetter(cp) ? 1 : 0) | (Character.isAlphabetic(cp) ? 2 : 0) | (Character.isDigit(cp) ? 4 : 0)
                    | (Character.isJavaIdentifierStart(cp) ? 8 : 0) | (Character.isJavaIdentifierPart(cp) ? 16 : 0)
                    | (Character.isDefined(cp) ? 32 : 0) | (Character.isUpperCase(cp) ? 64 : 0) | (Character.isLowerCase(cp) ? 128 : 0)
                    | (Character.isTitleCase(cp) ? 256 : 0) | (Character.isWhitespace(cp) ? 512 : 0) | (Character.isSpaceChar(cp) ? 1024 : 0)
                    | (Character.isIdeographic(cp) ? 2048 : 0) | (Character.isLetterOrDigit(cp) ? 4096 : 0);
            props += Integer.bitCount(bits);
            h = h * 31 + bits;
            h = h * 31 + Character.getType(cp);
            h = h * 31 + Character.getNumericValue(cp);
            h = h * 31 + Character.digit(cp, 16);
            h = h * 31 + Character.toUpperCase(cp);
            h = h * 31 + Character.toLowerCase(cp);
            h = h * 31 + Character.toTitleCase(cp);
        }
        System.out.println("properties " + props + " hash " + Long.toHexString(h));
        long hc = 0;
        for (char c = 0; c < 0xFFFF; c++) {
            hc = hc * 31 + Character.toUpperCase(c) + Character.getType(c) * 7 + (Character.isLetter(c) ? 1 : 0);
        }
        System.out.println("char hash " + Long.toHexString(hc));
        System.out.println(Character.getType('A') + " " + Character.getType('\u01C5') + " " + Character.getType('\u0660')
                + " " + Character.getType(0x1F600) + " " + Character.getType(0x10FFFF) + " " + Character.getNumericValue('\u216B')
                + " " + Character.getNumericValue('\u00BD') + " " + (int) Character.toTitleCase('\u01C6') + " " + Character.isLetter('\u4E00'));
        String[] words = {"straße", "ﬁne ﬂow", "ΟΔΥΣΣΕΥΣ", "ΣΑΣ. ΣΟΦΟΣ ΛΟΓΟΣ", "İstanbul", "ŉ", "ǰ", "ΐ", "ᾳ", "Ａｂｃ",
            "\uD801\uDC00\uD801\uDC28", "Ω ω", "ǅǆǄ", "ﬃ", "ﬓ", "ẞ", "ABC", "\u0130I\u0131i"};
        long hs = 0;
        for (String w : words) {
            String u = w.toUpperCase();
            String l = w.toLowerCase();
            System.out.println(esc(w) + " -> " + esc(u) + " / " + esc(l) + " " + u.length() + " " + l.length());
            hs = hs * 31 + u.hashCode() + 7L * l.hashCode();
        }
        StringBuilder all = new StringBuilder();
        for (int cp = 0x80; cp < 0x2000; cp++) {
            all.appendCodePoint(cp);
        }
        String s = all.toString();
        System.out.println("case of U+0080..U+1FFF: " + Long.toHexString(hs * 31 + s.toUpperCase().hashCode() + 3L * s.toLowerCase().hashCode())
                + " " + s.toUpperCase().length() + " " + s.toLowerCase().length());
        System.out.println("ABC".toUpperCase() == "ABC" ? "same instance" : "copy");
    }

    /** ASCII output whatever the JVM's stdout encoding: other chars as \\uXXXX. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
            } else {
                String h = Integer.toHexString(c);
                b.append("\\u").append("0000".substring(h.length())).append(h);
            }
        }
        return b.toString();
    }
}
