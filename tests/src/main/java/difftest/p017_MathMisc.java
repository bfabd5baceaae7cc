package difftest;

public class p017_MathMisc {
    public static void main(String[] args) {
        System.out.println(Math.toRadians(180) == Math.PI);
        System.out.println(Math.PI + " " + Math.E);
        System.out.println(Math.ulp(1.0) + " " + Math.ulp(1.0f));
        System.out.println(Math.sin(0.0) + " " + Math.cos(0.0) + " " + Math.exp(0.0) + " " + Math.log(1.0) + " " + Math.log10(1000.0));
        System.out.println(Math.atan2(0.0, -1.0) == Math.PI);
        System.out.println(Math.abs(Math.sin(Math.PI / 6) - 0.5) < 1e-15);
        System.out.println(Math.abs(Math.exp(1.0) - Math.E) < 1e-15);
        System.out.println(Math.abs(Math.log(Math.E) - 1.0) < 1e-15);
        System.out.println(Math.abs(Math.tan(Math.PI / 4) - 1.0) < 1e-15);
        System.out.println(Math.abs(Math.pow(10, 0.5) - Math.sqrt(10)) < 1e-14);
        System.out.println((10 % 3.0) + " " + (11 % 3.0) + " " + (-11 % 3.0) + " " + (5.5 % -2) + " " + (1e300 % 7));
        long seed = 1;
        double s = 0;
        for (int i = 0; i < 1000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            double x = (seed >>> 11) * 0x1.0p-53;
            s += Math.sqrt(x) + Math.floor(x * 100) + Math.abs(x - 0.5);
        }
        System.out.println("acc " + s);
    }
}
