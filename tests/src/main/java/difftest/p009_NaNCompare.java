package difftest;

public class p009_NaNCompare {
    static void d(String name, double a, double b) {
        System.out.println(name + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
                + " == " + (a == b) + " != " + (a != b) + " !< " + !(a < b) + " !> " + !(a > b)
                + " cmp " + Double.compare(a, b) + " eq " + Double.valueOf(a).equals(b));
        if (a < b) System.out.println(" if<"); else System.out.println(" else<");
        if (a > b) System.out.println(" if>"); else System.out.println(" else>");
        if (a >= b) System.out.println(" if>="); else System.out.println(" else>=");
        if (a <= b) System.out.println(" if<="); else System.out.println(" else<=");
    }

    static void f(String name, float a, float b) {
        System.out.println(name + ": < " + (a < b) + " <= " + (a <= b) + " > " + (a > b) + " >= " + (a >= b)
                + " == " + (a == b) + " != " + (a != b) + " cmp " + Float.compare(a, b));
        int r = a < b ? -1 : a > b ? 1 : a == b ? 0 : 99;
        System.out.println(" r " + r);
    }

    public static void main(String[] args) {
        double nan = Double.NaN;
        d("nan,1", nan, 1.0);
        d("1,nan", 1.0, nan);
        d("nan,nan", nan, nan);
        d("0,-0", 0.0, -0.0);
        d("1,2", 1.0, 2.0);
        d("inf,nan", Double.POSITIVE_INFINITY, nan);
        f("fnan,1", Float.NaN, 1f);
        f("1,fnan", 1f, Float.NaN);
        f("-0,0", -0f, 0f);
        f("2,1", 2f, 1f);
        System.out.println(Double.isNaN(nan) + " " + (nan != nan) + " " + Float.isNaN(0f / 0f) + " " + Double.isInfinite(1 / 0.0));
        System.out.println(Math.max(nan, 1) + " " + Math.min(1f, Float.NaN));
        double x = nan;
        int count = 0;
        while (x < 10) { count++; x += 1; if (count > 5) break; }
        System.out.println("loop " + count);
    }
}
