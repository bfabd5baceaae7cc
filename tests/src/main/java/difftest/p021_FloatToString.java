package difftest;

public class p021_FloatToString {
    public static void main(String[] args) {
        float[] fs = {0f, -0f, 1f, 0.1f, 0.2f, 0.3f, 1f / 3, 2f / 3, 100f, 1e6f, 1e7f, 9999999f, 1.0E10f, 0.001f, 1e-4f,
                3.14159f, (float) Math.PI, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, 16777216f, 16777217f, 1.1f, 2.2f, 33.33f, 1e38f, 1.17549435E-38f, 123456.79f, 0.5f, 5e-5f};
        for (float f : fs) System.out.println(f);
        float x = 1;
        for (int i = 0; i < 40; i++) { x = x * 1.3f + 0.7f; System.out.println(x + " " + (double) x); }
        for (int i = -12; i <= 12; i++) System.out.println((float) Math.pow(10, i));
        System.out.println(Float.parseFloat("1.5") + " " + Float.valueOf("3.4e38") + " " + Float.parseFloat("1e39") + " " + Float.parseFloat("-1e-46"));
        System.out.println(Float.toString(1.0e-3f) + " " + String.valueOf(12.5f));
    }
}
