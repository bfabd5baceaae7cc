package java.lang;

import static java.lang.Fdl.hi;
import static java.lang.Fdl.lo;

/**
 * sinh, cosh, tanh, cbrt, hypot and IEEEremainder as fdlibm 5.3 computes them. The hyperbolic
 * functions are built on FdlExpLog's exp and expm1; cbrt refines a seed from dividing the exponent
 * by three with a rational step and one Newton step; hypot computes sqrt(a*a + b*b) with the
 * products split so the rounding of a*a and b*b does not show.
 */
final class FdlMisc {
    private FdlMisc() {
    }

    private static final double SHUGE = 1.0e307;

    static double sinh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) { // |x| < 2^-28
                return x;
            }
            double t = FdlExpLog.expm1(Fdl.abs(x));
            if (ix < 0x3ff00000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) { // |x| < log(MAX_VALUE)
            return h * FdlExpLog.exp(Fdl.abs(x));
        }
        if (Integer.compareUnsigned(ix, 0x408633ce) < 0
                || (ix == 0x408633ce && Integer.compareUnsigned(lo(x), 0x8fb9f87d) <= 0)) {
            double w = FdlExpLog.exp(0.5 * Fdl.abs(x)); // up to the overflow threshold
            double t = h * w;
            return t * w;
        }
        return x * SHUGE;
    }

    static double cosh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return x * x;
        }
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3fd62e43) { // |x| < ln2/2
                double t = FdlExpLog.expm1(Fdl.abs(x));
                double w = 1.0 + t;
                if (ix < 0x3c800000) {
                    return w;
                }
                return 1.0 + (t * t) / (w + w);
            }
            double t = FdlExpLog.exp(Fdl.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) {
            return 0.5 * FdlExpLog.exp(Fdl.abs(x));
        }
        if (Integer.compareUnsigned(ix, 0x408633ce) < 0
                || (ix == 0x408633ce && Integer.compareUnsigned(lo(x), 0x8fb9f87d) <= 0)) {
            double w = FdlExpLog.exp(0.5 * Fdl.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3c800000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff00000) {
                double t = FdlExpLog.expm1(2.0 * Fdl.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = FdlExpLog.expm1(-2.0 * Fdl.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - 1.0e-300; // rounds to 1
        }
        return jx >= 0 ? z : -z;
    }

    private static final int B1 = 715094163; // (682 - 0.03306235651) * 2^20
    private static final int B2 = 696219795; // (664 - 0.03306235651) * 2^20
    private static final double CC = 5.42857142857142815906e-01; // 19/35
    private static final double CD = -7.05306122448979611050e-01; // -864/1225
    private static final double CE = 1.41428571428571436819e+00; // 99/70
    private static final double CF = 1.60714285714285720630e+00; // 45/28
    private static final double CG = 3.57142857142857150787e-01; // 5/14

    static double cbrt(double x) {
        int hx = hi(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        if ((hx | lo(x)) == 0) {
            return x;
        }
        x = Fdl.withHi(x, hx); // |x|
        double t;
        if (hx < 0x00100000) { // subnormal
            t = Fdl.words(0x43500000, 0) * x;
            t = Fdl.withHi(t, hi(t) / 3 + B2);
        } else {
            t = Fdl.words(hx / 3 + B1, 0); // 5 bits
        }
        double r = t * t / x; // to 23 bits
        double s = CC + r * t;
        t *= CG + CF / (s + CE + CD / s);
        t = Fdl.words(hi(t) + 1, 0); // chop to 20 bits, rounding up
        s = t * t; // exact
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r; // one Newton step: error below 0.667 ulp
        return Fdl.withHi(t, hi(t) | sign);
    }

    static double hypot(double x, double y) {
        int ha = hi(x) & 0x7fffffff;
        int hb = hi(y) & 0x7fffffff;
        double a;
        double b;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = Fdl.withHi(a, ha); // |a|
        b = Fdl.withHi(b, hb);
        if (ha - hb > 0x3c00000) {
            return a + b; // a/b > 2^60
        }
        int k = 0;
        if (ha > 0x5f300000) { // a > 2^500
            if (ha >= 0x7ff00000) { // infinity or NaN
                double w = a + b;
                if (((ha & 0xfffff) | lo(a)) == 0) {
                    w = a;
                }
                if (((hb ^ 0x7ff00000) | lo(b)) == 0) {
                    w = b;
                }
                return w;
            }
            ha -= 0x25800000; // scale by 2^-600
            hb -= 0x25800000;
            k += 600;
            a = Fdl.withHi(a, ha);
            b = Fdl.withHi(b, hb);
        }
        if (hb < 0x20b00000) { // b < 2^-500
            if (hb <= 0x000fffff) { // subnormal b or 0
                if ((hb | lo(b)) == 0) {
                    return a;
                }
                double t1 = Fdl.words(0x7fd00000, 0); // 2^1022
                b *= t1;
                a *= t1;
                k -= 1022;
            } else { // scale by 2^600
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = Fdl.withHi(a, ha);
                b = Fdl.withHi(b, hb);
            }
        }
        double w = a - b;
        if (w > b) {
            double t1 = Fdl.words(ha, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = Fdl.words(hb, 0);
            double y2 = b - y1;
            double t1 = Fdl.words(ha + 0x00100000, 0);
            double t2 = a - t1;
            w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            return w * Fdl.words(0x3ff00000 + (k << 20), 0);
        }
        return w;
    }

    /** x - n*p with n the integer nearest x/p (even on ties), computed exactly. */
    static double remainder(double x, double p) {
        int hx = hi(x);
        int lx = lo(x);
        int hp = hi(p);
        int lp = lo(p);
        int sx = hx & 0x80000000;
        hp &= 0x7fffffff;
        hx &= 0x7fffffff;
        if ((hp | lp) == 0 || hx >= 0x7ff00000 || (hp >= 0x7ff00000 && ((hp - 0x7ff00000) | lp) != 0)) {
            return (x * p) / (x * p);
        }
        if (hp <= 0x7fdfffff) {
            x = x % (p + p); // exact (fmod): now |x| < 2|p|
        }
        if (((hx - hp) | (lx - lp)) == 0) { // |x| == |p|
            return 0.0 * x;
        }
        x = Fdl.abs(x);
        p = Fdl.abs(p);
        if (hp < 0x00200000) {
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double pHalf = 0.5 * p;
            if (x > pHalf) {
                x -= p;
                if (x >= pHalf) {
                    x -= p;
                }
            }
        }
        return Fdl.withHi(x, hi(x) ^ sx);
    }
}
