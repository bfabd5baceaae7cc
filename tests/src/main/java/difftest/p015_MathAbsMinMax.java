package difftest;

public class p015_MathAbsMinMax {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE));
        System.out.println(Math.abs(-2.5) + " " + Math.abs(-2.5f) + " " + Math.abs(Double.NaN) + " " + Math.abs(Double.NEGATIVE_INFINITY));
        System.out.println(Math.min(3, -4) + " " + Math.max(3, -4) + " " + Math.min(3L, -4L) + " " + Math.max(Long.MIN_VALUE, 0L));
        System.out.println(Math.min(1.5, Double.NaN) + " " + Math.max(Double.NaN, 1.5) + " " + Math.min(1.5f, 2.5f) + " " + Math.max(-1f, -0f));
        System.out.println(Math.min(-0.0f, 0.0f) + " " + Math.max(-0.0f, 0.0f));
        System.out.println(Math.signum(-3.2) + " " + Math.signum(0.0) + " " + Math.signum(7f) + " " + Integer.signum(-9) + " " + Long.signum(10L));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(0.5, 2));
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(16) + " " + Math.sqrt(-1) + " " + Math.sqrt(1e-300) + " " + Math.sqrt(Double.POSITIVE_INFINITY));
        System.out.println((float) Math.sqrt(2f) + " " + Math.sqrt(0.25));
    }
}
