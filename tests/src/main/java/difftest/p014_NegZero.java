package difftest;

public class p014_NegZero {
    public static void main(String[] args) {
        double nz = -0.0, pz = 0.0;
        System.out.println(nz + " " + pz + " " + (nz == pz) + " " + Double.compare(nz, pz) + " " + Double.valueOf(nz).equals(pz));
        System.out.println(1 / nz + " " + 1 / pz);
        System.out.println((0.0 * -1) + " " + (-0.0 + 0.0) + " " + (-0.0 - 0.0) + " " + (-0.0 * -0.0) + " " + (0 - 0.0) + " " + (-pz));
        System.out.println(Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(0.0, -0.0));
        System.out.println(Math.abs(-0.0) + " " + Math.abs(-0.0f) + " " + Math.sqrt(-0.0) + " " + Math.ceil(-0.5) + " " + Math.round(-0.4));
        System.out.println(Math.floor(-0.0) + " " + Math.rint(-0.4) + " " + Math.signum(-0.0) + " " + Math.copySign(1.0, -0.0));
        float fz = -0.0f;
        System.out.println(fz + " " + (1 / fz) + " " + Float.compare(fz, 0f) + " " + (fz == 0f) + " " + Float.floatToIntBits(fz));
        System.out.println(Double.hashCode(-0.0) + " " + Double.hashCode(0.0) + " " + Float.hashCode(-0f));
        System.out.println((int) nz + " " + (long) nz + " " + String.valueOf(nz) + " " + Double.toString(-0.0));
        System.out.println(String.format("%.2f %s", -0.0, -0.0));
        double[] a = {0.0, -0.0, 1.0, -1.0, Double.NaN, -0.0, 0.0};
        java.util.Arrays.sort(a);
        System.out.println(java.util.Arrays.toString(a));
    }
}
