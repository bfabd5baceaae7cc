package difftest;

public class p005_DivZero {
    static int zero() { return 0; }
    static long lzero() { return 0L; }

    public static void main(String[] args) {
        int z = zero();
        try { System.out.println(5 / z); } catch (ArithmeticException e) { System.out.println("int div: " + e.getMessage()); }
        try { System.out.println(5 % z); } catch (ArithmeticException e) { System.out.println("int rem: " + e.getMessage()); }
        try { System.out.println(5L / lzero()); } catch (ArithmeticException e) { System.out.println("long div: " + e.getMessage()); }
        try { System.out.println(5L % lzero()); } catch (ArithmeticException e) { System.out.println("long rem: " + e.getMessage()); }
        try { int x = 9; x /= z; System.out.println(x); } catch (ArithmeticException e) { System.out.println("compound: " + e); }
        System.out.println(5.0 / z);
        System.out.println(-5.0 / z);
        System.out.println(0.0 / z);
        System.out.println(5.0f / z);
        System.out.println(5.0 % z);
        System.out.println(Double.isNaN(5.0 % 0.0));
        int count = 0;
        for (int i = -3; i <= 3; i++) {
            try { count += 100 / i; } catch (ArithmeticException e) { count += 1000; }
        }
        System.out.println("count " + count);
    }
}
