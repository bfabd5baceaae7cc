package difftest;

public class p007_FloatArith {
    public static void main(String[] args) {
        float[] vs = {0f, 1f, -1f, 0.1f, 3.5f, -2.25f, 1e10f, 1e-10f, Float.MAX_VALUE, Float.MIN_VALUE, 16777216f, 16777217f};
        for (float a : vs) {
            for (float b : vs) {
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
            }
        }
        float acc = 0;
        for (int i = 0; i < 1000; i++) acc += 0.1f;
        System.out.println("sum " + acc);
        float f = 16777216f;
        f += 1;
        System.out.println(f + " " + (f + 2) + " " + (int) (f + 1));
        System.out.println((0.1f + 0.2f) + " " + (0.1f * 3) + " " + (1f / 3));
        System.out.println(Float.floatToIntBits(1.5f) + " " + Float.intBitsToFloat(0x3f800001) + " " + Float.floatToIntBits(-0f));
        float big = Float.MAX_VALUE;
        System.out.println(big * 2 + " " + (-big * 2) + " " + (big * 2 - big * 2));
    }
}
