package difftest;

public class p016_MathRounding {
    public static void main(String[] args) {
        double[] ds = {0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1.4, -1.6,
                4503599627370495.5, 4503599627370497.0, 1e20, -1e20, Double.NaN, Double.POSITIVE_INFINITY, 2.7, -2.7};
        for (double d : ds) {
            System.out.println(d + ": floor " + Math.floor(d) + " ceil " + Math.ceil(d) + " rint " + Math.rint(d) + " round " + Math.round(d));
        }
        float[] fs = {0.5f, 1.5f, -0.5f, -2.5f, 0.49999997f, 8388609f, 3e10f, Float.NaN, -7.5f};
        for (float f : fs) System.out.println(f + ": round " + Math.round(f));
        System.out.println(Math.round(Double.MAX_VALUE) + " " + Math.round(-Double.MAX_VALUE) + " " + Math.round(Float.MAX_VALUE));
    }
}
