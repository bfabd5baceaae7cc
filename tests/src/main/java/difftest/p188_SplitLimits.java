package difftest;

import java.util.Arrays;

/**
 * String.split at every limit, with inputs that end (or start) with their separator. The first statement is the
 * issue's reproducer: it must run before anything else touches String's static state (String's static
 * initialiser once never ran when only literals had been used).
 */
public class p188_SplitLimits {
    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static void show(String s, String re, int limit) {
        String r;
        try {
            String[] parts = s.split(re, limit);
            StringBuilder b = new StringBuilder().append(parts.length).append(" [");
            for (int i = 0; i < parts.length; i++) {
                b.append(i == 0 ? "\"" : ", \"").append(esc(parts[i])).append('"');
            }
            r = b.append(']').toString();
        } catch (RuntimeException e) {
            r = e.getClass().getName() + ": " + e.getMessage();
        }
        System.out.println("\"" + esc(s) + "\".split(\"" + esc(re) + "\", " + limit + ") = " + r);
    }

    public static void main(String[] args) {
        String[] first = "a\nb\n".split("\n");
        System.out.println(first.length + " " + first[0] + " " + first[1]);
        System.out.println("a,b,,".split(",").length);
        String[] inputs = {"", "a", ",", ",,", "a,b", "a,b,,", ",a,b", ",,a,,b,,", "a\nb\n", "\n", "abc", "a,,b",
            "a, b ,c", "  a  b  ", "a1b22c333", "x", "a.b.c.", "a|b||", "a\\b\\"};
        String[] res = {",", "\n", "\\n", "\\.", ".", "\\s+", "\\s*", ",+", "", "b", "[,;]", "\\d+", "ab", "a*", "x*",
            "\\|", "|", "\\\\", ", ", "[.]"};
        int[] limits = {0, -1, 1, 2, 3, 10};
        for (String s : inputs) {
            for (String re : res) {
                for (int l : limits) {
                    show(s, re, l);
                }
            }
        }
        System.out.println(Arrays.toString("boo:and:foo".split("o", -2)));
        System.out.println(Arrays.toString("boo:and:foo".split("o")));
        System.out.println(Arrays.toString("boo:and:foo".split(":", 2)));
        System.out.println(Arrays.toString("line1\r\nline2\r\n".split("\r\n")));
        System.out.println(Arrays.toString("line1\nline2\n\n\n".split("\n")));
        System.out.println(Arrays.toString("key=value=x".split("=", 2)));
    }
}
