package difftest;

public class p027_Remainder {
    public static void main(String[] args) {
        double[] as = {5.5, -5.5, 10, -10, 0.0, -0.0, 1e300, Double.POSITIVE_INFINITY, Double.NaN, 3};
        double[] bs = {2, -2, 0.3, 3, Double.POSITIVE_INFINITY, 0.0, 1e-300};
        for (double a : as)
            for (double b : bs)
                System.out.println(a + " % " + b + " = " + (a % b) + " f " + ((float) a % (float) b));
        int[] is = {7, -7, 7, -7};
        int[] js = {2, 2, -2, -2};
        for (int k = 0; k < 4; k++) System.out.println(is[k] + " % " + js[k] + " = " + (is[k] % js[k]) + " long " + ((long) is[k] % js[k]));
    }
}
