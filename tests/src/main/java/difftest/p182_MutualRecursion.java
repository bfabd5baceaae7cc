package difftest;

import java.util.function.IntPredicate;

public class p182_MutualRecursion {
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static IntPredicate evenL;
    static IntPredicate oddL;

    static String parse(String s, int[] pos) {
        StringBuilder sb = new StringBuilder();
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]++);
            if (c == '(') sb.append('[').append(parse(s, pos)).append(']');
            else if (c == ')') return sb.toString();
            else sb.append(Character.toUpperCase(c));
        }
        return sb.toString();
    }

    static int eval(String e, int[] p) {
        int v = term(e, p);
        while (p[0] < e.length() && (e.charAt(p[0]) == '+' || e.charAt(p[0]) == '-')) { char op = e.charAt(p[0]++); int t = term(e, p); v = op == '+' ? v + t : v - t; }
        return v;
    }
    static int term(String e, int[] p) {
        int v = factor(e, p);
        while (p[0] < e.length() && (e.charAt(p[0]) == '*' || e.charAt(p[0]) == '/')) { char op = e.charAt(p[0]++); int f = factor(e, p); v = op == '*' ? v * f : v / f; }
        return v;
    }
    static int factor(String e, int[] p) {
        if (e.charAt(p[0]) == '(') { p[0]++; int v = eval(e, p); p[0]++; return v; }
        if (e.charAt(p[0]) == '-') { p[0]++; return -factor(e, p); }
        int v = 0;
        while (p[0] < e.length() && Character.isDigit(e.charAt(p[0]))) v = v * 10 + (e.charAt(p[0]++) - '0');
        return v;
    }

    public static void main(String[] args) {
        System.out.println(isEven(1000) + " " + isOdd(1001) + " " + isEven(7));
        evenL = n -> n == 0 || oddL.test(n - 1);
        oddL = n -> n != 0 && evenL.test(n - 1);
        System.out.println(evenL.test(500) + " " + oddL.test(500));
        System.out.println(parse("a(b(c)d)e((f))", new int[]{0}));
        String[] exprs = {"1+2*3", "(1+2)*3", "100/7-3*(2+-4)", "2*(3+(4-1)*5)/3", "-(-5)"};
        for (String e : exprs) System.out.println(e + " = " + eval(e, new int[]{0}));
    }
}
