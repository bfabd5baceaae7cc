package difftest;

public class p006_MinDivMinusOne {
    static int m1() { return -1; }
    static long lm1() { return -1L; }

    public static void main(String[] args) {
        int min = Integer.MIN_VALUE;
        long lmin = Long.MIN_VALUE;
        System.out.println(min / m1());
        System.out.println(min % m1());
        System.out.println(lmin / lm1());
        System.out.println(lmin % lm1());
        int x = min; x /= m1();
        System.out.println(x);
        System.out.println(Math.floorDiv(min, -1) + " " + Math.floorMod(min, -1));
        System.out.println(Math.floorDiv(lmin, -1L) + " " + Math.floorMod(lmin, -1L));
        System.out.println(7 % m1() + " " + (-7 / m1()) + " " + (min / 1) + " " + (min % 2) + " " + (min / 2));
        try { Math.negateExact(min); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    }
}
