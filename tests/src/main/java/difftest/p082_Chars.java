package difftest;

public class p082_Chars {
    public static void main(String[] args) {
        String probe = "aZ09 _\t\n-.$\u00e9\u00c9";
        for (char c : probe.toCharArray()) {
            System.out.println((int) c + ": letter " + Character.isLetter(c) + " digit " + Character.isDigit(c) + " lod " + Character.isLetterOrDigit(c)
                    + " ws " + Character.isWhitespace(c) + " up " + Character.isUpperCase(c) + " low " + Character.isLowerCase(c)
                    + " toUp " + (int) Character.toUpperCase(c) + " toLow " + (int) Character.toLowerCase(c) + " jstart " + Character.isJavaIdentifierStart(c));
        }
        System.out.println(Character.valueOf('x').equals('x') + " " + Character.compare('a', 'b') + " " + Character.toString('q') + " " + Character.getNumericValue('a'));
        System.out.println(Character.isSurrogate('\ud83d') + " " + Character.isHighSurrogate('\ud83d') + " " + Character.toChars(0x1F600).length
                + " " + Character.charCount(0x1F600) + " " + Character.toCodePoint('\ud83d', '\ude00'));
        char[] cs = new char[26];
        for (int i = 0; i < 26; i++) cs[i] = (char) ('z' - i);
        java.util.Arrays.sort(cs);
        System.out.println(new String(cs));
        Character boxed = 'k';
        char un = boxed;
        System.out.println(un + 1);
        System.out.println((int) Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + (int) Character.MAX_HIGH_SURROGATE);
    }
}
