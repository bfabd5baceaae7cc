package java.lang;

import static java.lang.Fdl.hi;
import static java.lang.Fdl.lo;

/**
 * sin, cos and tan as fdlibm 5.3 computes them (the results StrictMath specifies): reduction
 * modulo pi/2 (Cody-Waite with a 33+33+33+53-bit pi/2 for |x| up to 2^19*pi/2, Payne-Hanek with
 * 24-bit chunks of 2/pi beyond), then the minimax kernels on [-pi/4, pi/4].
 */
final class FdlTrig {
    private FdlTrig() {
    }

    static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kSin(x, 0.0, 0);
        }
        if (ix >= 0x7ff00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = FdlReduce.remPio2(x, y);
        switch (n & 3) {
            case 0: return kSin(y[0], y[1], 1);
            case 1: return kCos(y[0], y[1]);
            case 2: return -kSin(y[0], y[1], 1);
            default: return -kCos(y[0], y[1]);
        }
    }

    static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kCos(x, 0.0);
        }
        if (ix >= 0x7ff00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = FdlReduce.remPio2(x, y);
        switch (n & 3) {
            case 0: return kCos(y[0], y[1]);
            case 1: return -kSin(y[0], y[1], 1);
            case 2: return -kCos(y[0], y[1]);
            default: return kSin(y[0], y[1], 1);
        }
    }

    static double tan(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            return kTan(x, 0.0, 1);
        }
        if (ix >= 0x7ff00000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = FdlReduce.remPio2(x, y);
        return kTan(y[0], y[1], 1 - ((n & 1) << 1)); // 1 for even n, -1 for odd
    }

    // sin(x) ~ x + S1*x^3 + ... + S6*x^13 on [-pi/4, pi/4]
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    /** sin(x + y) for |x| <= pi/4, y the tail of x; iy == 0 means y is zero. */
    static double kSin(double x, double y, int iy) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) {
            return x; // |x| < 2^-27
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (iy == 0) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    // cos(x) ~ 1 - x^2/2 + C1*x^4 + ... + C6*x^14
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    /** cos(x + y) for |x| <= pi/4; for |x| >= 0.3 the subtraction 1 - x^2/2 is split exactly at qx. */
    static double kCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0) {
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) {
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3fe90000 ? 0.28125 : Fdl.words(ix - 0x00200000, 0); // x/4
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static final double PIO4 = 7.85398163397448278999e-01;
    private static final double PIO4LO = 3.06161699786838301793e-17;
    private static final double[] T = {
        3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
        2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
        1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
        7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    };

    /**
     * tan(x + y) (iy == 1) or -1/tan(x + y) (iy == -1) for |x| <= pi/4. Above 0.6744 the argument
     * is reflected through pi/4; -1/w is computed with a split divisor so the error stays below one ulp.
     */
    static double kTan(double x, double y, int iy) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3e300000 && (int) x == 0) { // |x| < 2^-28
            if (((ix | lo(x)) | (iy + 1)) == 0) {
                return 1.0 / Fdl.abs(x);
            }
            if (iy == 1) {
                return x;
            }
            double w = x + y; // -1/(x+y) carefully
            double z = Fdl.withLo(w, 0);
            double v = y - (z - x);
            double a = -1.0 / w;
            double t = Fdl.withLo(a, 0);
            double s = 1.0 + t * z;
            return t + a * (s + t * v);
        }
        if (ix >= 0x3FE59428) { // |x| >= 0.6744
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        // odd and even halves of the polynomial, evaluated in parallel
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (ix >= 0x3FE59428) {
            v = iy;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) {
            return w;
        }
        z = Fdl.withLo(w, 0);
        v = r - (z - x); // z + v = r + x
        double a = -1.0 / w;
        double t = Fdl.withLo(a, 0);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }
}
