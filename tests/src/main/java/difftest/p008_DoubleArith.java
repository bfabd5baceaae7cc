package difftest;

public class p008_DoubleArith {
    public static void main(String[] args) {
        double[] vs = {0.0, 1.0, -1.0, 0.1, 0.3, 2.5, -7.75, 1e300, 1e-300, Double.MAX_VALUE, Double.MIN_VALUE, 9007199254740993.0};
        for (double a : vs) {
            for (double b : vs) {
                System.out.println(a + " " + b + ": " + (a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
            }
        }
        double acc = 0;
        for (int i = 0; i < 10000; i++) acc += 0.1;
        System.out.println("sum " + acc);
        System.out.println((0.1 + 0.2) + " " + (0.1 + 0.2 == 0.3) + " " + (1.0 / 3) + " " + (2.0 / 3));
        // no fused multiply-add: this product-sum differs if FMA is used
        double a = 0.1, b = 10.0, c = -1.0;
        System.out.println(a * b + c);
        double x = 1.0 + Math.ulp(1.0);
        System.out.println(x * x - 1.0 - 2 * Math.ulp(1.0));
        System.out.println(Double.doubleToLongBits(1.5) + " " + Double.longBitsToDouble(0x3ff0000000000001L) + " " + Double.doubleToLongBits(-0.0));
        System.out.println(Double.doubleToLongBits(Double.NaN) + " " + Double.doubleToLongBits(0.0 / 0.0));
        System.out.println(1e308 * 10 + " " + (-1e308 * 10) + " " + (1e-320 / 1e10));
        float f = (float) 0.1;
        double d = f;
        System.out.println(f + " " + d + " " + (float) 1e40 + " " + (float) 1e-50 + " " + (double) 3.4028235e38f);
    }
}
