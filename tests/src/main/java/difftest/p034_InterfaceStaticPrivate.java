package difftest;

public class p034_InterfaceStaticPrivate {
    interface Calc {
        int apply(int x);
        static Calc twice(Calc c) { return x -> c.apply(c.apply(x)); }
        static int square(int x) { return mul(x, x); }
        private static int mul(int a, int b) { return a * b; }
        private String describe(int x) { return "calc(" + x + ")=" + apply(x); }
        default String show(int x) { return "[" + describe(x) + "]"; }
    }

    static class AddOne implements Calc { public int apply(int x) { return x + 1; } }

    public static void main(String[] args) {
        Calc c = new AddOne();
        System.out.println(c.show(5));
        System.out.println(Calc.twice(c).show(5));
        System.out.println(Calc.square(7));
        Calc sq = Calc::square;
        System.out.println(Calc.twice(sq).apply(3));
        System.out.println(Calc.twice(Calc.twice(x -> x * 2)).show(1));
    }
}
