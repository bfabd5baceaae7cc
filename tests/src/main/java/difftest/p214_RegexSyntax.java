package difftest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** java.util.regex syntax: every pattern against every subject, printing each find with its groups. */
public class p214_RegexSyntax {
    static String esc(String s) {
        return s == null ? "null" : s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static void run(String regex, int flags, String subject) {
        StringBuilder sb = new StringBuilder();
        sb.append('/').append(esc(regex)).append("/ ").append(flags).append(" \"").append(esc(subject)).append("\":");
        try {
            Pattern p = Pattern.compile(regex, flags);
            Matcher m = p.matcher(subject);
            sb.append(" matches=").append(m.matches()).append(" lookingAt=").append(m.lookingAt());
            m.reset();
            int n = 0;
            while (m.find() && n++ < 20) {
                sb.append(" [").append(m.start()).append(',').append(m.end()).append(' ').append(esc(m.group()));
                for (int g = 1; g <= m.groupCount(); g++) {
                    sb.append(" g").append(g).append('=').append(esc(m.group(g)));
                }
                sb.append(']');
            }
        } catch (RuntimeException e) {
            sb.append(' ').append(e.getClass().getName()).append(": ").append(esc(e.getMessage()));
        }
        System.out.println(sb);
    }

    static final String[] SUBJECTS = {"", "abc", "aaa bbb", "Hello World 42", "x1y22z333", "a\nb\r\nc\n", "foo.bar(baz)",
        "AbC aBc ABC", "caf\u00e9 CAF\u00c9", "a,b;;c, d", "2026-12-04T18:36:00Z", "<b>bold</b><i>it</i>", "aaaaab"};

    static final String[] PATTERNS = {"a", "abc", "a*", "a+?", "a{2}", "a{1,2}", "[abc]+", "[^abc\\s]+", "[a-z&&[^aeiou]]+",
        "[\\w&&\\D]+", "\\d+", "\\w+", "\\s", "\\S+", "\\b\\w", "\\B\\w", ".", "(?s).", "^\\w+", "\\w+$", "(?m)^\\w+",
        "(?m)\\w+$", "\\Aa", "c\\z", "c\\Z", "(\\w)(\\d+)", "(?<word>[a-z]+)(?<num>\\d*)", "(a|b)+", "(?:ab|a)c",
        "(\\w)\\1", "(?<c>\\w)\\k<c>", "(?i)abc", "(?i:a)bc", "(?x) \\w + # words", "\\w+(?=\\d)", "\\w+(?!\\d)",
        "(?<=\\d)\\w", "(?<!\\w)\\w+", "(?>a+)b", "a++b", "a*+", "\\Q.(\\E", "\\x41|\\u0062", "\\t|\\n", "\\p{Lu}\\p{Ll}+",
        "\\p{Punct}+", "\\p{IsAlphabetic}+", "[\\p{L}&&[^a-z]]+", "<(\\w)>.*?</\\1>", "<.*>", "\\d{4}-\\d{2}-\\d{2}",
        "([a-z]+)\\.([a-z]+)", "\\(\\w+\\)", "\\R", "\\h+", "(a)|(b)", "((a)(b)?)+", "x*", "(?i)caf\u00c9", "(?iu)CAF\u00e9"};

    public static void main(String[] args) {
        for (String p : PATTERNS) {
            for (String s : SUBJECTS) {
                run(p, 0, s);
            }
        }
        int[] flags = {Pattern.CASE_INSENSITIVE, Pattern.MULTILINE, Pattern.DOTALL, Pattern.COMMENTS, Pattern.LITERAL,
            Pattern.UNIX_LINES, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, Pattern.MULTILINE | Pattern.DOTALL};
        for (int f : flags) {
            for (String p : new String[] {"abc", "^a.", "b$", "a b # c", ".+", "[A-C]+", "\u00e9", "a.c"}) {
                run(p, f, "ABC abc\na\u00c9c\r\nb");
            }
        }
        matcherApi();
    }

    static void matcherApi() {
        Pattern p = Pattern.compile("(?<key>\\w+)=(?<value>\\d*)");
        Matcher m = p.matcher("a=1, bb=22, c=, d=4444");
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "${value}:$1");
        }
        m.appendTail(sb);
        System.out.println(sb);
        StringBuffer buf = new StringBuffer();
        m.reset();
        if (m.find()) {
            m.appendReplacement(buf, "[$0]");
        }
        System.out.println(m.appendTail(buf));
        m.reset();
        System.out.println(m.find(7) + " " + m.group("key") + " " + m.start("value") + " " + m.end(2) + " " + m);
        System.out.println(m.region(3, 10).find() + " " + m.group() + " " + m.regionStart() + "," + m.regionEnd());
        System.out.println(m.replaceAll(r -> r.group(2).length() + r.group(1).toUpperCase()));
        System.out.println(m.replaceFirst("<$2>"));
        System.out.println(p.matcher("x=1 y=2 z=3").results().map(r -> r.group(1) + r.start()).reduce("", String::concat));
        System.out.println(Pattern.compile(",\\s*").splitAsStream("a, b,c,, ").map(s -> "[" + s + "]").reduce("", String::concat));
        System.out.println(Pattern.compile("\\d+").asPredicate().test("ab12") + " "
                + Pattern.compile("\\d+").asMatchPredicate().test("ab12"));
        System.out.println(Pattern.quote("a.b\\Ec") + " " + Pattern.matches(Pattern.quote("a.b\\Ec"), "a.b\\Ec"));
        System.out.println(Matcher.quoteReplacement("$1\\x") + " " + "abc".replaceAll("b", Matcher.quoteReplacement("$1\\x")));
        System.out.println(p.pattern() + " " + p + " " + p.flags() + " " + Pattern.compile("a", Pattern.DOTALL).flags());
        Matcher t = p.matcher("k=9");
        t.matches();
        java.util.regex.MatchResult r = t.toMatchResult();
        t.reset("zz=1");
        t.find();
        System.out.println(r.group() + " " + r.group(2) + " " + r.start(1) + " " + r.groupCount() + " " + t.group(1));
        String[] bad = {"group", "group(5)", "group(name)", "start", "find(-1)", "region"};
        for (String b : bad) {
            try {
                Matcher u = p.matcher("q=1");
                switch (b) {
                    case "group": u.group(); break;
                    case "group(5)": u.find(); u.group(5); break;
                    case "group(name)": u.find(); u.group("nope"); break;
                    case "start": u.start(); break;
                    case "find(-1)": u.find(-1); break;
                    default: u.region(2, 1); break;
                }
                System.out.println(b + ": no exception");
            } catch (RuntimeException e) {
                System.out.println(b + ": " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
