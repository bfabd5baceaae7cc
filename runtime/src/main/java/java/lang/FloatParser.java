package java.lang;

/**
 * Decimal (and hexadecimal) text to double/float, correctly rounded, with the syntax and
 * error messages of Double.parseDouble / Float.parseFloat.
 *
 * <p>Short inputs take the exact floating-point fast path (both operands exact, one rounding);
 * everything else is converted exactly with {@link FloatBig}: the decimal value D*10^E becomes
 * an integer quotient with a sticky remainder, which is then rounded half-even once.
 */
final class FloatParser {
    private FloatParser() {
    }

    /** Significant digits kept exactly; anything beyond only matters as a non-zero "sticky" tail. */
    private static final int MAX_DIGITS = 800;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final float[] POW10F = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    /** Parses s; for isFloat the result is a float value widened exactly to double. */
    static double parse(String in, boolean isFloat) {
        String s = in.trim(); // NullPointerException for null, as the JDK
        int len = s.length();
        if (len == 0) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        boolean neg = false;
        char c = s.charAt(0);
        if (c == '-' || c == '+') {
            neg = c == '-';
            i++;
        }
        if (i < len) {
            c = s.charAt(i);
            if (c == 'N' || c == 'I') {
                String word = c == 'N' ? "NaN" : "Infinity";
                if (s.length() - i == word.length() && s.startsWith(word, i)) {
                    return c == 'N' ? Double.NaN : neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                throw bad(s);
            }
            if (c == '0' && i + 1 < len && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                return parseHex(s, i + 2, neg, isFloat);
            }
        }
        char[] digits = new char[len];
        int nd = 0;
        int decExp = 0; // value = 0.digits * 10^decExp before the exponent part
        boolean sticky = false;
        boolean seenDigit = false;
        boolean seenDot = false;
        for (; i < len; i++) {
            c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (c == '0' && nd == 0) {
                    if (seenDot) {
                        decExp--; // leading zero after the point
                    }
                    continue;
                }
                if (nd < MAX_DIGITS) {
                    digits[nd++] = c;
                } else if (c != '0') {
                    sticky = true;
                }
                if (!seenDot) {
                    decExp++;
                }
            } else if (c == '.') {
                if (seenDot) {
                    throw new NumberFormatException("multiple points");
                }
                seenDot = true;
            } else {
                break;
            }
        }
        if (!seenDigit) {
            throw bad(s);
        }
        if (i < len && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean expNeg = false;
            if (i < len && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                expNeg = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            long exp = 0;
            while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (exp < 1_000_000_000L) {
                    exp = exp * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            if (i == start) {
                throw bad(s);
            }
            if (exp > 1_000_000_000L) {
                exp = 1_000_000_000L; // far beyond any finite, non-zero result either way
            }
            decExp += (int) (expNeg ? -exp : exp);
        }
        checkSuffix(s, i);
        while (nd > 0 && digits[nd - 1] == '0') {
            nd--;
        }
        double v = nd == 0 ? 0.0 : convert(digits, nd, decExp - nd, sticky, isFloat);
        return neg ? -v : v;
    }

    private static NumberFormatException bad(String s) {
        return new NumberFormatException("For input string: \"" + s + "\"");
    }

    /** Only one of f F d D may follow the number, and nothing else. */
    private static void checkSuffix(String s, int i) {
        int len = s.length();
        if (i < len) {
            char c = s.charAt(i);
            if (i != len - 1 || (c != 'f' && c != 'F' && c != 'd' && c != 'D')) {
                throw bad(s);
            }
        }
    }

    /** The value digits[0..nd) * 10^e (plus a non-zero tail if sticky), correctly rounded. */
    private static double convert(char[] digits, int nd, int e, boolean sticky, boolean isFloat) {
        int lead = nd + e; // value < 10^lead
        if (lead > (isFloat ? 40 : 310)) {
            return Double.POSITIVE_INFINITY;
        }
        if (lead < (isFloat ? -46 : -324)) {
            return 0.0;
        }
        if (!sticky && nd <= 15) {
            long n = 0;
            for (int k = 0; k < nd; k++) {
                n = n * 10 + (digits[k] - '0');
            }
            if (isFloat) {
                if (nd <= 7 && e >= -10 && e <= 10) {
                    float f = n;
                    return e >= 0 ? f * POW10F[e] : f / POW10F[-e];
                }
            } else if (e >= -22 && e <= 22) {
                double d = n;
                return e >= 0 ? d * POW10[e] : d / POW10[-e];
            }
        }
        if (sticky) {
            // an extra low non-zero digit stands for the dropped tail: same rounding, exact otherwise
            digits[nd++] = '1';
            e--;
        }
        FloatBig d = new FloatBig(nd / 9 + 2);
        int k = 0;
        int chunk = nd % 9 == 0 ? 9 : nd % 9;
        while (k < nd) {
            int part = 0;
            int scale = 1;
            for (int j = 0; j < chunk; j++) {
                part = part * 10 + (digits[k++] - '0');
                scale *= 10;
            }
            d.mulAdd(scale, part);
            chunk = 9;
        }
        FloatBig q;
        int e2;
        boolean rest;
        if (e >= 0) {
            q = e == 0 ? d : d.mul(FloatBig.pow5(e));
            e2 = e;
            rest = false;
        } else {
            FloatBig p = FloatBig.pow5(-e);
            int shift = p.bitLength() - d.bitLength() + 65;
            if (shift < 0) {
                shift = 0;
            }
            d.shiftLeft(shift);
            q = d.divRem(p);
            rest = !d.isZero();
            e2 = e - shift;
        }
        int drop = q.bitLength() - 63;
        if (drop > 0) {
            rest |= q.anyBitBelow(drop);
            e2 += drop;
        }
        return round(q.top63(), e2, rest, isFloat);
    }

    /** Rounds m * 2^e (m > 0, below 2^63, plus a non-zero tail when sticky) half-even to the format. */
    static double round(long m, int e, boolean sticky, boolean isFloat) {
        int p = isFloat ? 24 : 53;
        int minExp = isFloat ? -149 : -1074;
        int leadExp = e + 63 - Long.numberOfLeadingZeros(m);
        int lsbExp = leadExp - (p - 1);
        if (lsbExp < minExp) {
            lsbExp = minExp;
        }
        int shift = lsbExp - e;
        long mant;
        if (shift <= 0) {
            mant = m << -shift;
        } else if (shift >= 64) {
            mant = 0;
        } else {
            mant = m >>> shift;
            long rem = m & ((1L << shift) - 1);
            long half = 1L << (shift - 1);
            if (rem > half || (rem == half && (sticky || (mant & 1) != 0))) {
                mant++;
                if (mant == 1L << p) {
                    mant >>>= 1;
                    lsbExp++;
                }
            }
        }
        if (isFloat) {
            int biased = lsbExp + 150;
            if (mant >= 1L << 23 && biased >= 255) {
                return Double.POSITIVE_INFINITY;
            }
            int bits = mant < 1L << 23 ? (int) mant : (biased << 23) | ((int) mant & 0x7FFFFF);
            return Float.intBitsToFloat(bits);
        }
        long biased = lsbExp + 1075;
        if (mant >= 1L << 52 && biased >= 2047) {
            return Double.POSITIVE_INFINITY;
        }
        long bits = mant < 1L << 52 ? mant : (biased << 52) | (mant & 0xFFFFFFFFFFFFFL);
        return Double.longBitsToDouble(bits);
    }

    /** "0x" hex digits [. hex digits] p [sign] decimal digits [fFdD]; s[i] is just after the "0x". */
    private static double parseHex(String s, int i, boolean neg, boolean isFloat) {
        int len = s.length();
        long m = 0;
        int e = 0;
        boolean sticky = false;
        boolean seenDigit = false;
        boolean seenDot = false;
        for (; i < len; i++) {
            char c = s.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (v >= 0) {
                seenDigit = true;
                if (m < 1L << 56) {
                    m = m * 16 + v;
                    if (seenDot) {
                        e -= 4;
                    }
                } else {
                    sticky |= v != 0;
                    if (!seenDot) {
                        e += 4;
                    }
                }
            } else if (c == '.' && !seenDot) {
                seenDot = true;
            } else {
                break;
            }
        }
        if (!seenDigit || i >= len || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
            throw bad(s);
        }
        i++;
        boolean expNeg = false;
        if (i < len && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            expNeg = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long exp = 0;
        while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            if (exp < 1_000_000_000L) {
                exp = exp * 10 + (s.charAt(i) - '0');
            }
            i++;
        }
        if (i == start) {
            throw bad(s);
        }
        checkSuffix(s, i);
        double v;
        long total = e + (expNeg ? -exp : exp);
        if (m == 0) {
            v = 0.0;
        } else if (total > 2000) {
            v = Double.POSITIVE_INFINITY;
        } else if (total < -2000) {
            v = 0.0;
        } else {
            v = round(m, (int) total, sticky, isFloat);
        }
        return neg ? -v : v;
    }
}
