package os2.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * OS2's java.util.regex (run on the JVM under another package name) against the JDK's: for the same
 * pattern, flags and subject, both write a transcript (compile error text, matches, lookingAt, every
 * find with its groups, replaceAll and split) through the same reflective code, which must agree.
 * Fixed cases cover the syntax; a seeded generator adds a few hundred thousand small random patterns.
 */
class RegexTest {
    static final Renamed LIB = new Renamed("java/util/regex/");

    /** One implementation's entry points. */
    static final class Impl {
        final Method compile;
        final Method matcher;
        final Method matches;
        final Method lookingAt;
        final Method find;
        final Method start;
        final Method end;
        final Method groupCount;
        final Method replaceAll;
        final Method split;
        final Method describe;

        Impl(Class<?> pattern, Class<?> matcherClass, Class<?> pse) throws ReflectiveOperationException {
            compile = pattern.getMethod("compile", String.class, int.class);
            matcher = pattern.getMethod("matcher", CharSequence.class);
            matches = matcherClass.getMethod("matches");
            lookingAt = matcherClass.getMethod("lookingAt");
            find = matcherClass.getMethod("find");
            start = matcherClass.getMethod("start", int.class);
            end = matcherClass.getMethod("end", int.class);
            groupCount = matcherClass.getMethod("groupCount");
            replaceAll = matcherClass.getMethod("replaceAll", String.class);
            split = pattern.getMethod("split", CharSequence.class, int.class);
            describe = pse.getMethod("getMessage");
        }
    }

    static final Impl JDK;
    static final Impl OS2;

    static {
        try {
            JDK = new Impl(java.util.regex.Pattern.class, java.util.regex.Matcher.class,
                    java.util.regex.PatternSyntaxException.class);
            OS2 = new Impl(LIB.loadClass("os2test.Pattern"), LIB.loadClass("os2test.Matcher"),
                    LIB.loadClass("os2test.PatternSyntaxException"));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Object call(Method m, Object target, Object... args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What the implementation does with pattern/flags on subject, as text. */
    static String transcript(Impl impl, String regex, int flags, String subject) {
        StringBuilder sb = new StringBuilder();
        Object p;
        try {
            p = call(impl.compile, null, regex, flags);
        } catch (Throwable e) {
            return "compile: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        try {
            Object m = call(impl.matcher, p, subject);
            int groups = (Integer) call(impl.groupCount, m);
            sb.append("groups=").append(groups);
            sb.append(" matches=").append(call(impl.matches, m));
            if ((Boolean) call(impl.matches, m)) {
                appendGroups(impl, m, groups, sb);
            }
            sb.append(" lookingAt=").append(call(impl.lookingAt, m));
            m = call(impl.matcher, p, subject);
            for (int n = 0; n < 40 && (Boolean) call(impl.find, m); n++) {
                sb.append(" find");
                appendGroups(impl, m, groups, sb);
            }
            m = call(impl.matcher, p, subject);
            sb.append(" replaceAll=").append(call(impl.replaceAll, m, groups > 0 ? "<$1|$0>" : "<$0>"));
            sb.append(" split=").append(String.join("/", (String[]) call(impl.split, p, subject, 0)));
            sb.append(" split-1=").append(String.join("/", (String[]) call(impl.split, p, subject, -1)));
        } catch (Throwable e) {
            sb.append(" threw ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        }
        return sb.toString();
    }

    private static void appendGroups(Impl impl, Object m, int groups, StringBuilder sb) throws Throwable {
        for (int g = 0; g <= groups; g++) {
            sb.append(g == 0 ? "[" : ",").append(call(impl.start, m, g)).append('-').append(call(impl.end, m, g));
        }
        sb.append(']');
    }

    static void check(String regex, int flags, String subject, List<String> failures) {
        String want = transcript(JDK, regex, flags, subject);
        String got = transcript(OS2, regex, flags, subject);
        if (!want.equals(got) && failures.size() < 30) {
            failures.add("/" + esc(regex) + "/ flags " + flags + " on \"" + esc(subject) + "\"\n  JDK: " + esc(want)
                    + "\n  OS2: " + esc(got));
        }
    }

    static String esc(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    static void report(List<String> failures, int total) {
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + total + " differ (first ones):\n" + String.join("\n", failures));
        }
    }

    static final String[] SUBJECTS = {"", "a", "ab", "aab", "abc", "abcabc", "aaa", "a b c", "Hello World", "x1y22z333",
        "foo.bar", "a\nb\n", "a\r\nb\r\n", "line1\nline2\r\nline3\rline4\u2028x\u0085", "AbC aBc", "__init__ x_1",
        "tab\there", "[a]{b}(c)", "$1.50 \\ ^", "caf\u00e9 CAF\u00c9 \u00df", "ab12cd34", "  lead and trail  ", "a,b,,c,,",
        "aaaaaaaaab", "abababab", "x", "\u03a3\u03c3\u03c2", "e\u0301t\u00e9"};

    static final String[] PATTERNS = {"", "a", "abc", "a*", "a+", "a?", "a*?", "a+?", "a??", "a*+", "a++", "a{2}", "a{1,2}",
        "a{2,}", "a{0}", "a{1,2}?", "a{1,2}+", ".", ".*", ".+?", "[abc]", "[^abc]", "[a-z]+", "[A-Za-z0-9_]+", "[a-c&&b-d]",
        "[a-z&&[^aeiou]]+", "[[a-c][x-z]]", "[^a[b]]", "[]a]", "[^]a]", "[a-]", "[-a]", "[\\w&&\\D]+", "[.]", "\\d+",
        "\\D+", "\\s+", "\\S+", "\\w+", "\\W+", "\\h", "\\v", "\\R", "\\bx", "\\b\\w+\\b", "\\B.", "^a", "a$", "^$", "$",
        "^", "(?m)^\\w+$", "(?m)^", "(?m)$", "\\Aa", "b\\z", "b\\Z", "\\n", "\\t", "\\\\", "\\.", "\\Q.*\\E", "\\Qa\\Eb*",
        "\\x41", "\\x{1F600}", "\\u0041", "\\0101", "\\cA", "\\e", "(a)", "(a)(b)", "(a|b)+", "(a|ab)(c|bcd)", "(?:ab)+",
        "(?<x>a)(?<y>b)?", "(a)\\1", "(a*)\\1", "(?<q>.)\\k<q>", "a|b|c", "a|", "|a", "(|a)+", "(a|)+", "(a*)*", "(a*)+",
        "(a?)+?", "(?=a)", "(?=a).", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "(?<=a|bc)d", "(?<=a{1,3})b", "(?<=a*)b",
        "(?<!^)\\b", "(?>a+)b", "(?>a|ab)c", "(?i)abc", "(?i)[a-c]+", "(?i)\u00e9", "(?iu)\u00e9", "(?i:a)b", "a(?i)b",
        "(?s).+", "(?x) a b # c", "(?x)[a b]", "(?-i)a", "(a)|b", "((a)|b)+", "(a(b)?)+", "(?:(a)|b)*", "(a+)+b",
        "\\p{Lu}", "\\p{L}+", "\\P{L}+", "\\p{Alpha}+", "\\p{Punct}", "\\p{IsAlphabetic}+", "\\p{InGreek}",
        "\\p{javaLowerCase}+", "[\\p{Lu}\\d]+", "\\pL", "x*y*", "\\G\\w", "(?:)", "()", "(()|a)*", "^*a", "\\b+",
        "a{2}{3}", "{1}a", "(?<=\\b)a", "[\\Q]\\E]", "(?i)\u03c3", "(?iu)\u03c3+", "\\w(?=\\d)", "(?m)$\\n?", "(a)(?:b)(c)?"};

    static final int[] FLAGS = {0, 2, 8, 32, 4, 16, 1, 66, 256};

    @Test
    void fixedCases() {
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (String p : PATTERNS) {
            for (String s : SUBJECTS) {
                check(p, 0, s, failures);
                total++;
            }
            for (int f : FLAGS) {
                check(p, f, "aB\nab c\r\nABC_1 x\u00e9\u00c9", failures);
                total++;
            }
        }
        report(failures, total);
    }

    static final String[] BAD = {"(", "(a", ")", "a)", "*", "a**", "+a", "?", "{", "a{", "a{x}", "a{2", "a{2,", "a{3,2}",
        "[", "[a", "[]", "[^]", "[a-", "[z-a]", "\\", "a\\", "\\q", "\\x", "\\xg1", "\\x{110000}", "\\u12", "\\k",
        "\\k<x>", "(?<1a>x)", "(?<a>x)(?<a>y)", "(?<ax)", "(?", "(?z)", "(?<", "(?<x", "\\p{Foo}", "\\pX",
        "a{99999999999}", "\\c", "[\\1]", "\\0", "\\08", "x{,3}", "(?i", "(?i:a", "a|*", "(*)", "[a-\\d]", "\\E",
        "(?<=\\1)(a)", "[[a]", "(?x) a # c\n (", "[\\R]", "[\\b]", "\\g", "a{2,1", "(?<a>)\\k<b>", "\\k<1>", "\\x1g",
        "\\x{}", "\\x{1", "\\x{zz}", "(?<!a", "(?>a", "(?=", "((a)", "a{1}?+", "a{,}", "a{1,x}", "\\u00g1", "\\Q\\E*",
        "(?<a_b>x)", "(?<a>x", "(?#", "\\p{L", "\\p{foo=bar}", "\\p{isalphabetic}", "\\P", "\\p", "x{2}*", "[&&]",
        "x+*", ")(", "[\\", "[a\\]", "\\cA\\c", "\\p{}", "(?<=a)*+", "[a&&", "[a-b-", "(?$)", "(?<@a)"};

    /** Inputs whose matching recurses too deep for the JDK (StackOverflowError) need no Java stack here. */
    @Test
    void longInputs() throws Throwable {
        String s = "ab".repeat(100_000);
        for (String regex : new String[] {"(a|b)*", "(?:ab)+", "((a)|(b))*", "(?:a|b)*?", "(a|b)*+", "(?>(a|b)*)"}) {
            Object m = call(OS2.matcher, call(OS2.compile, null, regex, 0), s);
            assertEquals(true, call(OS2.matches, m), regex);
        }
        Object m = call(OS2.matcher, call(OS2.compile, null, "(?<=a)b(?=a|$)", 0), s);
        int n = 0;
        while ((Boolean) call(OS2.find, m)) {
            n++;
        }
        assertEquals(100_000, n);
    }

    @Test
    void syntaxErrors() {
        List<String> failures = new ArrayList<>();
        for (String p : BAD) {
            check(p, 0, "a", failures);
        }
        check("a", 0x10000, "a", failures);
        report(failures, BAD.length + 1);
    }

    /** A random pattern over a, b, A, B with the common constructs, at most depth levels of groups. */
    static String randomPattern(Random r, int depth, boolean groupModifiers) {
        StringBuilder sb = new StringBuilder();
        int atoms = 1 + r.nextInt(4);
        for (int i = 0; i < atoms; i++) {
            int k = r.nextInt(depth > 0 ? 30 : 22);
            boolean group = k >= 22 && k != 26 && k != 27;
            switch (k) {
                case 0: case 1: case 2: case 3: sb.append("abAB".charAt(r.nextInt(4))); break;
                case 4: sb.append('.'); break;
                case 5: sb.append("[ab]"); break;
                case 6: sb.append("[^a]"); break;
                case 7: sb.append("[a-b&&[^b]]"); break;
                case 8: sb.append('^'); break;
                case 9: sb.append('$'); break;
                case 10: sb.append("\\b"); break;
                case 11: sb.append("\\B"); break;
                case 12: sb.append("\\w"); break;
                case 13: sb.append("\\s"); break;
                case 14: sb.append("\\1"); break;
                case 15: sb.append("\\2"); break;
                case 16: sb.append('|'); break;
                case 17: sb.append("(?i)"); break;
                case 18: sb.append("\\n"); break;
                case 19: sb.append("(?m)"); break;
                case 20: sb.append("c"); break;
                case 21: sb.append("\\d"); break;
                case 22: case 23: case 24: sb.append('(').append(randomPattern(r, depth - 1, groupModifiers)).append(')'); break;
                case 25: sb.append("(?:").append(randomPattern(r, depth - 1, groupModifiers)).append(')'); break;
                case 26: sb.append(r.nextBoolean() ? "(?=" : "(?!").append(randomPattern(r, depth - 1, groupModifiers)).append(')'); break;
                case 27: sb.append(r.nextBoolean() ? "(?<=" : "(?<!").append(r.nextBoolean() ? "a|bb" : "[ab]{1,2}").append(')'); break;
                case 28: sb.append("(?>").append(randomPattern(r, depth - 1, groupModifiers)).append(')'); break;
                default: sb.append("(?<n").append(depth).append('>').append(randomPattern(r, depth - 1, groupModifiers)).append(')'); break;
            }
            if (r.nextInt(3) == 0) {
                String[] q = {"*", "+", "?", "{2}", "{1,2}", "{0,3}", "{2,}"};
                sb.append(q[r.nextInt(q.length)]);
                int m = r.nextInt(5);
                if (m == 0 && (groupModifiers || !group)) {
                    sb.append('?');
                } else if (m == 1 && (groupModifiers || !group)) {
                    sb.append('+');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void randomPatterns() {
        assertEquals(0, random(20261204, false, 240000));
    }

    /**
     * With lazy and possessive quantifiers on groups too. There OS2 knowingly differs in rare cases
     * (docs/JAVA-SUBSET.md): the JDK's loops over groups whose body matches one way only (GroupCurly)
     * have their own backtracking, e.g. a lazy one fails on an empty iteration and a possessive one
     * keeps captures that a later failure would reset; about 1 in 10,000 random patterns shows it.
     */
    @Test
    void randomPatternsWithGroupModifiers() {
        int differ = random(4122026, true, 240000);
        if (differ > 48) {
            fail(differ + " of 240000 differ (at most 48 expected)");
        }
    }

    private int random(long seed, boolean groupModifiers, int total) {
        Random r = new Random(seed);
        List<String> failures = new ArrayList<>();
        int differ = 0;
        for (int i = 0; i < total / 4; i++) {
            String p = randomPattern(r, 2, groupModifiers);
            int flags = r.nextInt(4) == 0 ? new int[] {2, 8, 32, 1, 66}[r.nextInt(5)] : 0;
            for (int j = 0; j < 4; j++) {
                StringBuilder s = new StringBuilder();
                int n = r.nextInt(9);
                for (int c = 0; c < n; c++) {
                    s.append("aabbAB \n".charAt(r.nextInt(8)));
                }
                String want = transcript(JDK, p, flags, s.toString());
                String got = transcript(OS2, p, flags, s.toString());
                if (!want.equals(got)) {
                    differ++;
                    if (failures.size() < 10) {
                        failures.add("/" + esc(p) + "/ flags " + flags + " on \"" + esc(s.toString()) + "\"\n  JDK: "
                                + esc(want) + "\n  OS2: " + esc(got));
                    }
                }
            }
        }
        if (differ > 0) {
            System.err.println(differ + " of " + total + " differ (seed " + seed + "):\n" + String.join("\n", failures));
        }
        return differ;
    }
}
