package difftest;

/**
 * StrictMath bit for bit (fdlibm), and the Math functions JDK 17 defines by it: edge cases printed,
 * then a hash of the result bits of each function over generated arguments (random bit patterns,
 * log-uniform magnitudes, near multiples of pi/2).
 */
public class p210_StrictMathBits {
    static long seed = 0x9E3779B97F4A7C15L;

    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        long z = seed;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        return z ^ (z >>> 29);
    }

    static double arg(int i) {
        long r = next();
        switch (i & 3) {
            case 0: return Double.longBitsToDouble(r);
            case 1: return Math.scalb(1.0 + (r >>> 11) * 0x1.0p-53, (int) (r & 127) - 64) * (r < 0 ? -1 : 1);
            case 2: return ((r >>> 11) * 0x1.0p-53 - 0.5) * 40;
            default: {
                double k = (r >>> 40) % (1 << 20);
                return Double.longBitsToDouble(Double.doubleToRawLongBits(k * (Math.PI / 2)) + (r & 7) - 3);
            }
        }
    }

    interface F1 { double f(double x); }
    interface F2 { double f(double x, double y); }

    static final double[] EDGE = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0, -1.0, 0.5, 2.0, 27.0, 1e300, 1e-300,
        Math.PI, Math.PI / 2, 1e22, 0x1p1023, 710.0, -745.5};

    static void one(String name, F1 f) {
        StringBuilder sb = new StringBuilder(name).append(':');
        for (double x : EDGE) {
            sb.append(' ').append(f.f(x));
        }
        System.out.println(sb);
        long h = 0;
        for (int i = 0; i < 20000; i++) {
            h = h * 31 + Double.doubleToLongBits(f.f(arg(i)));
        }
        System.out.println(name + " hash " + Long.toHexString(h));
    }

    static void two(String name, F2 f) {
        long h = 0;
        for (double x : EDGE) {
            for (double y : EDGE) {
                h = h * 31 + Double.doubleToLongBits(f.f(x, y));
            }
        }
        System.out.println(name + " edge hash " + Long.toHexString(h));
        for (int i = 0; i < 20000; i++) {
            h = h * 31 + Double.doubleToLongBits(f.f(arg(i), arg(i + 1)));
        }
        System.out.println(name + " hash " + Long.toHexString(h));
    }

    public static void main(String[] args) {
        System.out.println(Math.cbrt(27.0) + " " + Math.cbrt(-8.0) + " " + StrictMath.exp(1) + " " + StrictMath.log(10)
                + " " + StrictMath.pow(2, 0.5) + " " + StrictMath.tan(1) + " " + Math.IEEEremainder(10, 3)
                + " " + Math.IEEEremainder(11, 3) + " " + Math.hypot(3, 4));
        int cbrtExact = 0;
        for (int i = -20; i <= 20; i++) {
            cbrtExact += Math.cbrt(i * i * i) == i ? 1 : 0;
        }
        System.out.println("cbrt exact on cubes: " + cbrtExact);
        one("sin", StrictMath::sin);
        one("cos", StrictMath::cos);
        one("tan", StrictMath::tan);
        one("asin", StrictMath::asin);
        one("acos", StrictMath::acos);
        one("atan", StrictMath::atan);
        one("exp", StrictMath::exp);
        one("expm1", StrictMath::expm1);
        one("log", StrictMath::log);
        one("log10", StrictMath::log10);
        one("log1p", StrictMath::log1p);
        one("sinh", StrictMath::sinh);
        one("cosh", StrictMath::cosh);
        one("tanh", StrictMath::tanh);
        one("cbrt", StrictMath::cbrt);
        one("sqrt", StrictMath::sqrt);
        one("Math.cbrt", Math::cbrt);
        one("Math.asin", Math::asin);
        one("Math.acos", Math::acos);
        one("Math.atan", Math::atan);
        one("Math.expm1", Math::expm1);
        one("Math.log1p", Math::log1p);
        one("Math.sinh", Math::sinh);
        one("Math.cosh", Math::cosh);
        one("Math.tanh", Math::tanh);
        two("pow", StrictMath::pow);
        two("atan2", StrictMath::atan2);
        two("hypot", StrictMath::hypot);
        two("IEEEremainder", StrictMath::IEEEremainder);
        two("Math.atan2", Math::atan2);
        two("Math.hypot", Math::hypot);
        two("Math.IEEEremainder", Math::IEEEremainder);
    }
}
