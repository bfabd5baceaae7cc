package java.util;

import static java.util.FormatSpec.LEFT;
import static java.util.FormatSpec.PAREN;
import static java.util.FormatSpec.PLUS;
import static java.util.FormatSpec.SPACE;
import static java.util.FormatSpec.UPPER;
import static java.util.FormatSpec.ZERO;

/**
 * Formatter's %a (hexadecimal floating point) as the JDK prints it: sign, "0x", the digits of
 * Double.toHexString rounded half-even to the precision (0 meaning all), zero padding counted
 * the JDK's way, "p" and the decimal exponent. A Float argument is printed as its double value.
 */
final class FormatHex {
    private FormatHex() {
    }

    static void print(StringBuilder out, FormatSpec fs, double value) {
        StringBuilder sb = new StringBuilder();
        boolean upper = (fs.flags & UPPER) != 0;
        boolean neg = Double.compare(value, 0.0) == -1;
        if (Double.isNaN(value)) {
            sb.append(upper ? "NAN" : "NaN");
        } else {
            double v = Math.abs(value);
            if (!neg) {
                if ((fs.flags & PLUS) != 0) {
                    sb.append('+');
                } else if ((fs.flags & SPACE) != 0) {
                    sb.append(' ');
                }
            } else {
                sb.append((fs.flags & PAREN) != 0 ? '(' : '-');
            }
            if (Double.isInfinite(v)) {
                sb.append(upper ? "INFINITY" : "Infinity");
            } else {
                digits(sb, fs, v, neg, upper);
            }
            if (neg && (fs.flags & PAREN) != 0) {
                sb.append(')');
            }
        }
        int start = out.length();
        out.append(sb);
        int pad = fs.width - sb.length();
        if (pad > 0) {
            if ((fs.flags & LEFT) != 0) {
                for (int k = 0; k < pad; k++) {
                    out.append(' ');
                }
            } else {
                out.insert(start, " ".repeat(pad));
            }
        }
    }

    private static void digits(StringBuilder sb, FormatSpec fs, double v, boolean neg, boolean upper) {
        int prec = fs.precision == -1 ? 0 : fs.precision == 0 ? 1 : fs.precision;
        String s = hexDigits(v, prec);
        sb.append(upper ? "0X" : "0x");
        if ((fs.flags & ZERO) != 0) {
            int leading = (fs.flags & (SPACE | PLUS)) != 0 || neg ? 3 : 2;
            for (int k = fs.width - s.length() - leading; k > 0; k--) {
                sb.append('0');
            }
        }
        int p = s.indexOf('p');
        StringBuilder va = new StringBuilder(upper ? s.substring(0, p).toUpperCase() : s.substring(0, p));
        if (prec != 0) {
            int dot = va.indexOf(".");
            boolean needDot = dot < 0;
            int have = needDot ? 0 : va.length() - dot - 1;
            if (have < prec) {
                if (needDot) {
                    va.append('.');
                }
                for (int k = have; k < prec; k++) {
                    va.append('0');
                }
            }
        }
        sb.append(va).append(upper ? 'P' : 'p').append(s, p + 1, s.length());
    }

    /** The digits for v > 0 without "0x", prec hex digits after the point (0: all), half-even on the bits. */
    static String hexDigits(double d, int prec) {
        if (!Double.isFinite(d) || d == 0.0 || prec == 0 || prec >= 13) {
            return Double.toHexString(d).substring(2);
        }
        int exponent = Math.getExponent(d);
        boolean subnormal = exponent == Double.MIN_EXPONENT - 1;
        if (subnormal) { // normalise: the JDK prints subnormals as 1.xp-10xx here
            d *= 0x1.0p54;
        }
        int shift = 52 - 4 * prec;
        long bits = Double.doubleToRawLongBits(d);
        long signif = (bits & 0x7FFFFFFFFFFFFFFFL) >> shift;
        long rounding = bits & ~(~0L << shift);
        boolean leastZero = (signif & 1) == 0;
        boolean round = ((1L << (shift - 1)) & rounding) != 0;
        boolean sticky = shift > 1 && (~(1L << (shift - 1)) & rounding) != 0;
        if ((leastZero && round && sticky) || (!leastZero && round)) {
            signif++;
        }
        double result = Double.longBitsToDouble((bits & 0x8000000000000000L) | (signif << shift));
        if (Double.isInfinite(result)) {
            return "1.0p1024";
        }
        String res = Double.toHexString(result).substring(2);
        if (!subnormal) {
            return res;
        }
        int p = res.indexOf('p');
        return res.substring(0, p) + "p" + (Integer.parseInt(res.substring(p + 1)) - 54);
    }
}
