package difftest;

/** Double/Float.toHexString, String.format("%a") with precisions, flags and widths, and Math.fma. */
public class p212_HexFloatFma {
    static long seed = 12345;

    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed ^ (seed >>> 29);
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1e300, -1e-300, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Math.PI, 0x1.fffffffffffffp0, 0x0.0000000000001p-1022};
        for (double x : xs) {
            System.out.println(Double.toHexString(x) + " " + Float.toHexString((float) x) + " " + String.format("%a|%.1a|%.3A|%20a|%-+14.2a|%012.4a", x, x, x, x, x, x));
        }
        System.out.println(String.format("%a %a %.2a", 1.5f, Float.MIN_VALUE, 0.1f));
        long h = 0;
        for (int i = 0; i < 20000; i++) {
            double x = Double.longBitsToDouble(next());
            float f = Float.intBitsToFloat((int) next());
            h = h * 31 + Double.toHexString(x).hashCode();
            h = h * 31 + Float.toHexString(f).hashCode();
            h = h * 31 + String.format("%." + (i % 15) + "a", x).hashCode();
        }
        System.out.println("hex hash " + Long.toHexString(h));
        System.out.println(Math.fma(0.1, 10, -1) + " " + (0.1 * 10 - 1) + " " + Math.fma(2.0, 3.0, 4.0) + " "
                + Math.fma(Double.MAX_VALUE, 2.0, Double.NEGATIVE_INFINITY) + " " + Math.fma(0.0, -1.0, 0.0) + " "
                + Math.fma(Double.POSITIVE_INFINITY, 0.0, 1.0) + " " + Math.fma(1.1f, 1.1f, -1.21f) + " " + StrictMath.fma(1e308, 10, -1e308));
        long hf = 0;
        for (int i = 0; i < 20000; i++) {
            double a = Double.longBitsToDouble(next());
            double b = (i & 1) == 0 ? Double.longBitsToDouble(next()) : (next() % 1000) / 7.0;
            double c = (i & 2) == 0 ? -a * b : Double.longBitsToDouble(next());
            hf = hf * 31 + Double.doubleToLongBits(Math.fma(a, b, c));
            hf = hf * 31 + Float.floatToIntBits(Math.fma((float) a, (float) b, (float) c));
        }
        System.out.println("fma hash " + Long.toHexString(hf));
        try {
            String.format("%,a", 1.0);
        } catch (java.util.IllegalFormatException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
