package os2.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The library's Unicode data (java.lang.CharacterData over the generated CharacterTables, and
 * CaseMap for String's case mapping, run on the JVM under another name) against the JDK's
 * java.lang.Character and String, for every code point and some invalid ones.
 */
class CharacterDataTest {
    static final Renamed LIB = new Renamed("java/lang/CharacterData", "java/lang/CharacterTables", "java/lang/CaseMap");

    static final int[] INVALID = {-1, -2, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x110000, 0x7FFFFFF};

    static void ints(String method, IntUnaryOperator jdk) throws Throwable {
        MethodHandle mine = LIB.method("CharacterData", method, int.class);
        List<String> bad = new ArrayList<>();
        int mismatches = 0;
        for (int k = -INVALID.length; k <= Character.MAX_CODE_POINT; k++) {
            int cp = k < 0 ? INVALID[-k - 1] : k;
            int want = jdk.applyAsInt(cp);
            int got = (int) mine.invokeExact(cp);
            if (want != got && mismatches++ < 10) {
                bad.add(String.format("%s(U+%04X): JDK %d, OS2 %d", method, cp, want, got));
            }
        }
        if (mismatches != 0) {
            fail(mismatches + " code points differ, e.g.\n" + String.join("\n", bad));
        }
    }

    static void bools(String method, IntPredicate jdk) throws Throwable {
        MethodHandle mine = LIB.method("CharacterData", method, int.class);
        List<String> bad = new ArrayList<>();
        int mismatches = 0;
        for (int k = -INVALID.length; k <= Character.MAX_CODE_POINT; k++) {
            int cp = k < 0 ? INVALID[-k - 1] : k;
            boolean want = jdk.test(cp);
            boolean got = (boolean) mine.invokeExact(cp);
            if (want != got && mismatches++ < 10) {
                bad.add(String.format("%s(U+%04X): JDK %b, OS2 %b", method, cp, want, got));
            }
        }
        if (mismatches != 0) {
            fail(mismatches + " code points differ, e.g.\n" + String.join("\n", bad));
        }
    }

    @Test void getType() throws Throwable { ints("getType", Character::getType); }
    @Test void digit() throws Throwable { ints("digit36", cp -> Character.digit(cp, 36)); }
    @Test void getNumericValue() throws Throwable { ints("getNumericValue", Character::getNumericValue); }
    @Test void toUpperCase() throws Throwable { ints("toUpperCase", Character::toUpperCase); }
    @Test void toLowerCase() throws Throwable { ints("toLowerCase", Character::toLowerCase); }
    @Test void toTitleCase() throws Throwable { ints("toTitleCase", Character::toTitleCase); }
    @Test void isLetter() throws Throwable { bools("isLetter", Character::isLetter); }
    @Test void isDigit() throws Throwable { bools("isDigit", Character::isDigit); }
    @Test void isLowerCase() throws Throwable { bools("isLowerCase", Character::isLowerCase); }
    @Test void isUpperCase() throws Throwable { bools("isUpperCase", Character::isUpperCase); }
    @Test void isAlphabetic() throws Throwable { bools("isAlphabetic", Character::isAlphabetic); }
    @Test void isIdeographic() throws Throwable { bools("isIdeographic", Character::isIdeographic); }
    @Test void isWhitespace() throws Throwable { bools("isWhitespace", Character::isWhitespace); }
    @Test void isMirrored() throws Throwable { bools("isMirrored", Character::isMirrored); }
    @Test void isIdentifierIgnorable() throws Throwable { bools("isIdentifierIgnorable", Character::isIdentifierIgnorable); }
    @Test void isJavaIdentifierStart() throws Throwable { bools("isJavaIdentifierStart", Character::isJavaIdentifierStart); }
    @Test void isJavaIdentifierPart() throws Throwable { bools("isJavaIdentifierPart", Character::isJavaIdentifierPart); }
    @Test void isUnicodeIdentifierStart() throws Throwable { bools("isUnicodeIdentifierStart", Character::isUnicodeIdentifierStart); }
    @Test void isUnicodeIdentifierPart() throws Throwable { bools("isUnicodeIdentifierPart", Character::isUnicodeIdentifierPart); }

    /** Every code point alone, then in a word: String.toUpperCase/toLowerCase as the JDK's (root locale). */
    @Test
    void stringCaseEveryCodePoint() throws Throwable {
        MethodHandle upper = LIB.method("CaseMap", "toUpperCase", String.class);
        MethodHandle lower = LIB.method("CaseMap", "toLowerCase", String.class);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String s = new String(Character.toChars(cp));
            for (String t : new String[] {s, "a" + s + "Z"}) {
                assertEquals(t.toUpperCase(Locale.ROOT), (String) upper.invokeExact(t), "toUpperCase of U+" + Integer.toHexString(cp));
                assertEquals(t.toLowerCase(Locale.ROOT), (String) lower.invokeExact(t), "toLowerCase of U+" + Integer.toHexString(cp));
            }
        }
        String plain = "ALREADY UPPER 123";
        assertEquals(true, (String) upper.invokeExact(plain) == plain, "an unchanged string is returned as is");
    }

    /** Final sigma in generated Greek text: words, spaces and punctuation must match exactly. */
    @Test
    void finalSigmaInText() throws Throwable {
        int bad = sigmaMismatches("\u03a3\u03a3\u03a3\u0391\u03b1\u0392 .,-'\u2019:;!?\u03c3x\u0130\u00df\u0386", 200_000, true);
        assertEquals(0, bad, "final sigma in text");
    }

    /**
     * With combining marks, soft hyphens and digits mixed in, the JDK's word BreakIterator has rules
     * CaseMap does not reproduce (docs/JAVA-SUBSET.md): measured, and held below 0.05% of such strings.
     */
    @Test
    void finalSigmaAdversarial() throws Throwable {
        int n = 200_000;
        int bad = sigmaMismatches("\u03a3\u03a3\u03a3\u0391\u03b1\u0392 .,1\u0301\u00ad-'\u2019:\u03c3x\u0130\u00df", n, false);
        System.out.println("final sigma, adversarial strings: " + bad + " of " + n + " differ from the JDK");
        if (bad * 2000 > n) {
            fail(bad + " of " + n + " adversarial strings differ (more than 0.05%)");
        }
    }

    static int sigmaMismatches(String alphabet, int n, boolean report) throws Throwable {
        MethodHandle lower = LIB.method("CaseMap", "toLowerCase", String.class);
        SplittableRandom r = new SplittableRandom(42);
        List<String> bad = new ArrayList<>();
        int mismatches = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(8);
            for (int k = 0; k < len; k++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            String want = s.toLowerCase(Locale.ROOT);
            String got = (String) lower.invokeExact(s);
            if (!want.equals(got) && mismatches++ < 10) {
                bad.add(escape(s) + ": JDK " + escape(want) + ", OS2 " + escape(got));
            }
        }
        if (report && mismatches != 0) {
            System.out.println(String.join("\n", bad));
        }
        return mismatches;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return b.append('"').toString();
    }
}
