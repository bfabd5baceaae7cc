package java.lang;

/**
 * Word access to doubles for the fdlibm algorithms (FdlTrig, FdlExpLog, FdlPow, FdlArc): fdlibm
 * is written in terms of the high and low 32-bit halves of an IEEE double, and keeping that shape
 * makes every step comparable with the published algorithm, which is what bit-exactness needs.
 */
final class Fdl {
    private Fdl() {
    }

    static final double TWO54 = 1.80143985094819840000e+16; // 2^54
    static final double TWOM54 = 5.55111512312578270212e-17; // 2^-54

    /** The high word (sign, exponent, top 20 fraction bits). */
    static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** The low word (the last 32 fraction bits). */
    static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    static double words(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xFFFFFFFFL));
    }

    static double withHi(double x, int hi) {
        return words(hi, lo(x));
    }

    static double withLo(double x, int lo) {
        return words(hi(x), lo);
    }

    static double abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0x7FFFFFFFFFFFFFFFL);
    }

    /**
     * x * 2^n with one rounding (fdlibm's scalbn): the exponent field is set directly when the
     * result is normal, and a subnormal result comes from a single multiplication by 2^-54.
     */
    static double scalbn(double x, int n) {
        int hx = hi(x);
        int k = (hx & 0x7ff00000) >> 20;
        if (k == 0) { // 0 or subnormal
            if (((hx & 0x7fffffff) | lo(x)) == 0) {
                return x;
            }
            x *= TWO54;
            hx = hi(x);
            k = ((hx & 0x7ff00000) >> 20) - 54;
            if (n < -50000) {
                return 1.0e-300 * x;
            }
        }
        if (k == 0x7ff) {
            return x + x; // NaN or infinity
        }
        k = k + n;
        if (k > 0x7fe) {
            return 1.0e300 * Math.copySign(1.0e300, x);
        }
        if (k > 0) {
            return withHi(x, (hx & 0x800fffff) | (k << 20));
        }
        if (k <= -54) {
            if (n > 50000) {
                return 1.0e300 * Math.copySign(1.0e300, x);
            }
            return 1.0e-300 * Math.copySign(1.0e-300, x);
        }
        k += 54;
        return withHi(x, (hx & 0x800fffff) | (k << 20)) * TWOM54;
    }
}
