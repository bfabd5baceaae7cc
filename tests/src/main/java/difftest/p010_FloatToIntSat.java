package difftest;

public class p010_FloatToIntSat {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.0, 2147483647.5, 2147483648.0, -2147483648.0,
                -2147483649.0, 1e10, -1e10, 1e19, 9.3e18, -9.3e18, 9223372036854775807.0, Double.MAX_VALUE, -Double.MAX_VALUE,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.MIN_VALUE};
        for (double d : ds) {
            System.out.println(d + " -> " + (int) d + " " + (long) d + " " + (float) d);
        }
        float[] fs = {0f, 0.99f, -0.99f, 3e9f, -3e9f, 1e20f, -1e20f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 2.1474836E9f};
        for (float f : fs) {
            System.out.println(f + " -> " + (int) f + " " + (long) f + " " + (double) f);
        }
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, -(1L << 53) - 1, 123456789123456789L};
        for (long l : ls) System.out.println(l + " -> " + (double) l + " " + (float) l + " " + (int) l);
        int[] is = {Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217, -16777217};
        for (int i : is) System.out.println(i + " -> " + (float) i + " " + (double) i);
    }
}
