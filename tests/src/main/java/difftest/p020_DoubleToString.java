package difftest;

public class p020_DoubleToString {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e6, 1e7, 9999999.0, 10000000.0,
                12345678.9, 0.001, 0.0001, 1e-3, 9.999e-4, 1e21, 1e22, 1e23, 123456789012345678.0, 1.0E-5, 3.14159,
                Math.PI, Math.E, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 2e-323, 5e-324, 1.7976931348623157E308, 4.35, 0.5, 0.25, 0.125, 1.5e300, 2.0E-3,
                100.5, 1234.5678, 299792458.0, 6.02214076e23, 1.602176634e-19, 2.2250738585072014E-308, 4.9e-324 * 3, 1.0E15,
                1.0E16, 123.0E10, 0.30000000000000004, 5.0E-10, 8.41E21};
        for (double d : ds) System.out.println(d);
        // powers of ten by correctly rounded parsing: Math.pow may differ by an ulp between
        // implementations (the spec allows it), which is not what this program tests
        for (int i = -20; i <= 25; i++) {
            double p = Double.parseDouble("1e" + i);
            System.out.println(i + ": " + p + " " + 1.5 * p);
        }
        double x = 1;
        for (int i = 0; i < 60; i++) { x = x * 1.7 + 0.3; System.out.println(x); }
        System.out.println(Double.valueOf("1e3") + " " + Double.parseDouble("-.5") + " " + Double.parseDouble("0x1p4") + " " + Double.parseDouble("  7.25  "));
        System.out.println(Double.parseDouble("Infinity") + " " + Double.parseDouble("NaN") + " " + Double.parseDouble("1e400") + " " + Double.parseDouble("1e-400"));
        try { Double.parseDouble("abc"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
    }
}
