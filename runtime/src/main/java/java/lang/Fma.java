package java.lang;

/**
 * Math.fma: a*b + c with a single rounding, by exact integer arithmetic. The product of the two
 * 53-bit significands is an exact 106-bit integer; both terms are placed in a 128-bit window with
 * the larger one's top bit at bit 125, the smaller is shifted right into it with everything
 * shifted out kept as a sticky bit, and the exact (or sticky) sum is rounded half-even once, to a
 * double or, for the float version, to a float (subnormals included). The special cases are the
 * JDK's.
 */
final class Fma {
    private Fma() {
    }

    static double fma(double a, double b, double c) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c)) {
            return Double.NaN;
        }
        boolean infA = Double.isInfinite(a);
        boolean infB = Double.isInfinite(b);
        if (infA || infB || Double.isInfinite(c)) {
            if ((infA && b == 0.0) || (infB && a == 0.0)) {
                return Double.NaN;
            }
            double product = a * b;
            if (Double.isInfinite(product) && !infA && !infB) {
                return c; // the product overflowed; c is infinite and decides
            }
            return product + c;
        }
        if (a == 0.0 || b == 0.0) {
            return a * b + c; // exact product zero: IEEE arithmetic gives the right signed result
        }
        return exactSum(a, b, c, 53, -1074);
    }

    static float fma(float a, float b, float c) {
        if (Float.isFinite(a) && Float.isFinite(b) && Float.isFinite(c)) {
            if (a == 0.0f || b == 0.0f) {
                return a * b + c;
            }
            return (float) exactSum(a, b, c, 24, -149); // the rounding to float is the only one
        }
        return (float) fma((double) a, (double) b, (double) c);
    }

    /**
     * a*b + c for finite a, b, c with a*b != 0, rounded once to 'bits' significant bits with
     * 2^minExp the smallest subnormal; the result is exactly representable in the target format.
     */
    private static double exactSum(double a, double b, double c, int bits, int minExp) {
        long ma = significand(a);
        long mb = significand(b);
        int ep = exponent(a) + exponent(b);
        boolean negP = (a < 0) != (b < 0);
        long pHi = Math.multiplyHigh(ma, mb); // both < 2^53: the product is non-negative
        long pLo = ma * mb;
        // normalise the product: top bit to 125
        int shift = 125 - topBit(pHi, pLo);
        long[] p = shl(pHi, pLo, shift);
        int eP = ep - shift;
        if (c == 0.0) {
            return round(negP, p[0], p[1], eP, bits, minExp);
        }
        long mc = significand(c);
        int sc = 125 - topBit(0, mc);
        long[] q = shl(0, mc, sc);
        int eC = exponent(c) - sc;
        boolean negC = c < 0;
        // align the smaller-exponent term to the larger one's
        long[] big = p;
        long[] small = q;
        int eBig = eP;
        int eSmall = eC;
        boolean negBig = negP;
        boolean negSmall = negC;
        if (eC > eP) {
            big = q;
            small = p;
            eBig = eC;
            eSmall = eP;
            negBig = negC;
            negSmall = negP;
        }
        small = shrSticky(small[0], small[1], eBig - eSmall);
        long hi;
        long lo;
        boolean neg = negBig;
        if (negBig == negSmall) {
            lo = big[1] + small[1];
            hi = big[0] + small[0] + (Long.compareUnsigned(lo, big[1]) < 0 ? 1 : 0);
        } else {
            int cmp = Long.compareUnsigned(big[0], small[0]);
            if (cmp == 0) {
                cmp = Long.compareUnsigned(big[1], small[1]);
            }
            if (cmp == 0) {
                return 0.0; // exact cancellation: +0 in round-to-nearest
            }
            long[] x = cmp > 0 ? big : small;
            long[] y = cmp > 0 ? small : big;
            neg = cmp > 0 ? negBig : negSmall;
            lo = x[1] - y[1];
            hi = x[0] - y[0] - (Long.compareUnsigned(x[1], y[1]) < 0 ? 1 : 0);
        }
        return round(neg, hi, lo, eBig, bits, minExp);
    }

    /** The significand as an integer (implicit bit included for normal numbers). */
    private static long significand(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long f = bits & 0x000FFFFFFFFFFFFFL;
        return ((bits >>> 52) & 0x7FF) == 0 ? f : f | 0x0010000000000000L;
    }

    /** The exponent of the significand's last bit: d = significand(d) * 2^exponent(d). */
    private static int exponent(double d) {
        int biased = (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7FF);
        return (biased == 0 ? 1 : biased) - 1075;
    }

    private static int topBit(long hi, long lo) {
        return hi != 0 ? 127 - Long.numberOfLeadingZeros(hi) : 63 - Long.numberOfLeadingZeros(lo);
    }

    private static long[] shl(long hi, long lo, int n) {
        if (n == 0) {
            return new long[] {hi, lo};
        }
        if (n >= 64) {
            return new long[] {lo << (n - 64), 0};
        }
        return new long[] {(hi << n) | (lo >>> (64 - n)), lo << n};
    }

    /** Shifts right by n, OR-ing every bit shifted out into bit 0. */
    private static long[] shrSticky(long hi, long lo, int n) {
        if (n == 0) {
            return new long[] {hi, lo};
        }
        if (n >= 128) {
            return new long[] {0, (hi | lo) != 0 ? 1 : 0};
        }
        long sticky;
        long rHi;
        long rLo;
        if (n >= 64) {
            sticky = lo | (n == 64 ? 0 : hi << (128 - n));
            rLo = n == 64 ? hi : hi >>> (n - 64);
            rHi = 0;
        } else {
            sticky = lo << (64 - n);
            rLo = (lo >>> n) | (hi << (64 - n));
            rHi = hi >>> n;
        }
        return new long[] {rHi, rLo | (sticky != 0 ? 1 : 0)};
    }

    /**
     * (hi:lo) * 2^e, non-zero, rounded half-even to 'bits' bits (fewer below 2^(minExp + bits - 1)).
     * A sticky bit from the alignment makes the value odd, so it never lies on a rounding boundary
     * (the bigger term is even and boundaries are far above bit 0): the rounding is the exact sum's.
     */
    private static double round(boolean neg, long hi, long lo, int e, int bits, int minExp) {
        int top = topBit(hi, lo);
        int lsb = Math.max(top - bits + 1, minExp - e); // position of the last bit kept
        long m;
        int scale;
        if (lsb <= 0) { // nothing to drop: the value has fewer than 'bits' bits (hi is 0)
            m = lo;
            scale = e;
        } else {
            m = bitsOf(hi, lo, lsb);
            boolean half = bitAt(hi, lo, lsb - 1);
            boolean rest = lowBitsNonZero(hi, lo, lsb - 1);
            if (half && (rest || (m & 1) != 0)) {
                m++;
            }
            scale = e + lsb;
        }
        double r = Fdl.scalbn((double) m, scale); // exact, or infinity on overflow
        return neg ? -r : r;
    }

    /** (hi:lo) >>> n for 0 < n < 128, as a long (the caller knows it fits). */
    private static long bitsOf(long hi, long lo, int n) {
        if (n >= 128) {
            return 0;
        }
        if (n >= 64) {
            return hi >>> (n - 64);
        }
        return (lo >>> n) | (hi << (64 - n));
    }

    private static boolean bitAt(long hi, long lo, int n) {
        return n >= 128 ? false : n >= 64 ? ((hi >>> (n - 64)) & 1) != 0 : ((lo >>> n) & 1) != 0;
    }

    /** Whether any of the n lowest bits is set. */
    private static boolean lowBitsNonZero(long hi, long lo, int n) {
        if (n <= 0) {
            return false;
        }
        if (n >= 128) {
            return (hi | lo) != 0;
        }
        if (n >= 64) {
            return lo != 0 || (n > 64 && (hi << (128 - n)) != 0);
        }
        return (lo << (64 - n)) != 0;
    }
}
