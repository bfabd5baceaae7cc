package difftest;

public class p086_StringFormatFloats {
    public static void main(String[] args) {
        double[] vs = {0.0, -0.0, 1.0, 0.5, 1.005, 2.675, 0.125, 0.375, 1.5, 2.5, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e20, -99.995,
                0.045, 1.115, 100.0, 123456789.125};
        for (double v : vs) {
            System.out.println(String.format("[%f] [%.2f] [%10.3f] [%-10.1f] [%.0f] [%e] [%.3e] [%,.2f] [%+.1f] [%08.2f]", v, v, v, v, v, v, v, v, v, v));
        }
        System.out.println(String.format("%.2f %.2f %.2f", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("%.3f %.1f %f", 1.0005f, 0.25f, 0.1f));
        System.out.println(String.format("%.10f", 1.0 / 3));
        System.out.println(String.format("%.15f", 0.1));
        System.out.println(String.format("%.20f", 0.1));
        System.out.println(String.format("%e %E", 12345.6789, 0.000123));
        System.out.println(String.format("%.1f%%", 45.678));
    }
}
