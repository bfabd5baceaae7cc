package java.lang;

import static java.lang.Fdl.hi;
import static java.lang.Fdl.lo;

/**
 * pow as fdlibm 5.3 computes it: log2(|x|) to about 64 bits as t1 + t2 (a rational
 * approximation around 1 or 1.5), the product with y split so y1*t1 is exact, then 2^(y*log2|x|)
 * with the exp kernel. The special cases follow the Java specification of Math.pow.
 */
final class FdlPow {
    private FdlPow() {
    }

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 5.84962487220764160156e-01}; // log2(1.5) high
    private static final double[] DP_L = {0.0, 1.35003920212974897128e-08};
    private static final double TWO53 = 9007199254740992.0;
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double L1 = 5.99999999999994648725e-01;
    private static final double L2 = 4.28571428578550184252e-01;
    private static final double L3 = 3.33333329818377432918e-01;
    private static final double L4 = 2.72728123808534006489e-01;
    private static final double L5 = 2.30660745775561754067e-01;
    private static final double L6 = 2.06975017800338417784e-01;
    private static final double LG2 = 6.93147180559945286227e-01;
    private static final double LG2_H = 6.93147182464599609375e-01;
    private static final double LG2_L = -1.90465429995776804525e-09;
    private static final double OVT = 8.0085662595372944372e-17; // -(1024 - log2(ovfl + 0.5ulp))
    private static final double CP = 9.61796693925975554329e-01; // 2/(3 ln2)
    private static final double CP_H = 9.61796700954437255859e-01;
    private static final double CP_L = -7.02846165095275826516e-09;
    private static final double IVLN2 = 1.44269504088896338700e+00;
    private static final double IVLN2_H = 1.44269502162933349609e+00;
    private static final double IVLN2_L = 1.92596299112661746887e-08;

    static double pow(double x, double y) {
        int hx = hi(x);
        int lx = lo(x);
        int hy = hi(y);
        int ly = lo(y);
        int ix = hx & 0x7fffffff;
        int iy = hy & 0x7fffffff;
        if ((iy | ly) == 0) {
            return 1.0;
        }
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0)) {
            return x + y; // NaN
        }
        // yisint: 0 not an integer, 1 odd, 2 even (only needed for negative x)
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) {
                        yisint = 2 - (j & 1);
                    }
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) {
                        yisint = 2 - (j & 1);
                    }
                }
            }
        }
        if (ly == 0) {
            if (iy == 0x7ff00000) { // y is +-infinity
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y; // (+-1)^+-inf is NaN
                } else if (ix >= 0x3ff00000) {
                    return hy >= 0 ? y : 0.0;
                } else {
                    return hy < 0 ? -y : 0.0;
                }
            }
            if (iy == 0x3ff00000) {
                return hy < 0 ? 1.0 / x : x;
            }
            if (hy == 0x40000000) {
                return x * x;
            }
            if (hy == 0x3fe00000 && hx >= 0) {
                return Math.sqrt(x);
            }
        }
        double ax = Fdl.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) { // x is +-0, +-inf, +-1
            double z = ax;
            if (hy < 0) {
                z = 1.0 / z;
            }
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yisint) == 0) {
                    z = (z - z) / (z - z); // (-1)^non-integer
                } else if (yisint == 1) {
                    z = -z;
                }
            }
            return z;
        }
        int n = (hx >>> 31) - 1;
        if ((n | yisint) == 0) {
            return (x - x) / (x - x); // negative^non-integer
        }
        double s = 1.0;
        if ((n | (yisint - 1)) == 0) {
            s = -1.0; // negative^odd
        }
        double t1;
        double t2;
        if (iy > 0x41e00000) { // |y| > 2^31
            if (iy > 0x43f00000) { // |y| > 2^64: must overflow or underflow
                if (ix <= 0x3fefffff) {
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                }
                if (ix >= 0x3ff00000) {
                    return hy > 0 ? HUGE * HUGE : TINY * TINY;
                }
            }
            if (ix < 0x3fefffff) {
                return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            if (ix > 0x3ff00000) {
                return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            }
            // |1 - x| <= 2^-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = IVLN2_H * t;
            double v = t * IVLN2_L - w * IVLN2;
            t1 = Fdl.withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) { // subnormal x
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988E) {
                k = 0; // |x| < sqrt(3/2)
            } else if (j < 0xBB67A) {
                k = 1; // |x| < sqrt(3)
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = Fdl.withHi(ax, ix);
            // ss = s_h + s_l = (x - 1)/(x + 1) or (x - 1.5)/(x + 1.5)
            double u = ax - BP[k];
            double v = 1.0 / (ax + BP[k]);
            double ss = u * v;
            double sH = Fdl.withLo(ss, 0);
            double tH = Fdl.words(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - BP[k]);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = Fdl.withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = Fdl.withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + DP_L[k];
            double t = n;
            t1 = Fdl.withLo(((zH + zL) + DP_H[k]) + t, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }
        // (y1 + y2) * (t1 + t2) with y1*t1 exact
        double y1 = Fdl.withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x40900000) { // z >= 1024
            if (((j - 0x40900000) | i) != 0 || pL + OVT > z - pH) {
                return s * HUGE * HUGE;
            }
        } else if ((j & 0x7fffffff) >= 0x4090cc00) { // z <= -1075
            if (((j - 0xc090cc00) | i) != 0 || pL <= z - pH) {
                return s * TINY * TINY;
            }
        }
        // 2^(pH + pL)
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) { // |z| > 0.5: n = [z + 0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = Fdl.words(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) {
                n = -n;
            }
            pH -= t;
        }
        double t = Fdl.withLo(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2 + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (FdlExpLog.P1 + t * (FdlExpLog.P2 + t * (FdlExpLog.P3 + t * (FdlExpLog.P4 + t * FdlExpLog.P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += n << 20;
        if ((j >> 20) <= 0) {
            z = Fdl.scalbn(z, n); // subnormal result
        } else {
            z = Fdl.withHi(z, j);
        }
        return s * z;
    }
}
