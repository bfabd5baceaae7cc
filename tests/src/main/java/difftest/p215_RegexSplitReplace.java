package difftest;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** String.split/replaceAll/replaceFirst/matches through java.util.regex, replacement syntax and syntax errors. */
public class p215_RegexSplitReplace {
    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    public static void main(String[] args) {
        String[] inputs = {"", "a", "a,b,,c,,", ",a,,b", "a1b22c333", "  lead  trail  ", "a\nb\n\nc\n", "x", "abc"};
        String[] regexes = {",", ",+", "\\d", "\\d+", "\\s+", "", "(?=b)", "\\b", "(?<=a)", "x*", "\\n", "[,\\d]", "|"};
        for (String s : inputs) {
            for (String re : regexes) {
                for (int limit : new int[] {0, -1, 1, 2, 3}) {
                    System.out.println("\"" + esc(s) + "\".split(\"" + esc(re) + "\", " + limit + ") = "
                            + esc(Arrays.toString(s.split(re, limit))));
                }
            }
        }
        String[][] replace = {{"a1b22c333", "(\\d+)", "<$1>"}, {"John Smith", "(\\w+) (\\w+)", "$2, $1"},
            {"2026-12-04", "(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)", "${d}.${m}.${y}"}, {"aaa", "a*", "X"},
            {"abc", "", "-"}, {"a.b.c", "\\.", "\\$"}, {"cost 5", "(\\d)", "\\$$1.00"}, {"abab", "(a)(b)?", "$2$1"},
            {"x", "(x)", "$11"}, {"x", "(x)", "$10$1"}, {"hello", "l", "$0$0"}, {"tabs\tand\tmore", "\\t", " -> "},
            {"x", "x", "$"}, {"x", "x", "\\"}, {"x", "x", "$a"}, {"x", "(x)", "$2"}, {"x", "x", "${nope}"},
            {"x", "x", "${}"}, {"x", "x", "${1a}"}, {"x", "x", "${a"}};
        for (String[] r : replace) {
            String all;
            String first;
            try {
                all = r[0].replaceAll(r[1], r[2]);
            } catch (RuntimeException e) {
                all = e.getClass().getName() + ": " + e.getMessage();
            }
            try {
                first = r[0].replaceFirst(r[1], r[2]);
            } catch (RuntimeException e) {
                first = e.getClass().getName() + ": " + e.getMessage();
            }
            System.out.println(esc(r[0]) + " ~ /" + esc(r[1]) + "/ -> " + esc(r[2]) + ": " + esc(all) + " | " + esc(first));
        }
        String[][] matches = {{"abc", "a.c"}, {"abc", "b"}, {"", ""}, {"2026", "\\d{4}"}, {"a\n", "a$"}, {"ABC", "(?i)abc"}};
        for (String[] m : matches) {
            System.out.println(esc(m[0]) + ".matches(" + esc(m[1]) + ") = " + m[0].matches(m[1]));
        }
        String[] bad = {"(", "(a", ")", "a)", "*a", "a**", "a{", "a{x}", "a{3,2}", "[", "[a", "[z-a]", "\\", "\\q",
            "\\xg", "\\u12", "\\k<x>", "(?<1>x)", "(?<a>x)(?<a>y)", "(?z)", "\\p{Foo}", "(?<=a+\\1)", "a{99999999999}",
            "\\c", "[a-\\d]", "(?<=\\1)(a)"};
        for (String b : bad) {
            try {
                Pattern.compile(b);
                System.out.println(esc(b) + ": compiled");
            } catch (PatternSyntaxException e) {
                System.out.println(esc(b) + ": [" + e.getDescription() + "] " + e.getIndex() + " " + esc(e.getPattern()));
                System.out.println(e.getMessage());
            }
        }
        try {
            "x".split("(");
        } catch (PatternSyntaxException e) {
            System.out.println("split: " + e);
        }
        try {
            Pattern.compile("a", 0x4000);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }
}
