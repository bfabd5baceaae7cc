package java.lang;

/**
 * Conversions between float/double and decimal text for Double, Float and StringBuilder.
 *
 * <p>{@code toString} reproduces JDK 17's output exactly, including its non-shortest cases:
 * JDK 17 generates digits with the classic Steele-White style loop (digit by digit until
 * the remainder is within half an ulp, a symmetric stopping test, an integer fast path
 * that keeps "insignificant" digits, a forced second digit in E-notation, and round-up
 * that keeps trailing zeros). Those behaviours are observable, so the loop below follows
 * the same decisions. Parsing ({@link FloatParser}) is correctly rounded.
 */
final class FloatFormat {
    private FloatFormat() {
    }

    /** Number of bits of 5^i for small i (0 for i == 0, as the digit loop's path choice expects). */
    private static final int[] N_5_BITS = {
        0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49,
        52, 54, 56, 59, 61,
    };

    private static final long[] LONG_5_POW = new long[27];

    static {
        long p = 1;
        for (int i = 0; i < LONG_5_POW.length; i++) {
            LONG_5_POW[i] = p;
            p *= 5;
        }
    }

    static String toString(double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean neg = bits < 0;
        long fract = bits & 0x000FFFFFFFFFFFFFL;
        int binExp = (int) ((bits >>> 52) & 0x7FF);
        if (binExp == 0x7FF) {
            return fract != 0 ? "NaN" : neg ? "-Infinity" : "Infinity";
        }
        int nSignificantBits;
        if (binExp == 0) {
            if (fract == 0) {
                return neg ? "-0.0" : "0.0";
            }
            int lz = Long.numberOfLeadingZeros(fract);
            int shift = lz - 11;
            fract <<= shift;
            binExp = 1 - shift;
            nSignificantBits = 64 - lz;
        } else {
            fract |= 1L << 52;
            nSignificantBits = 53;
        }
        return new Digits().convert(neg, binExp - 1023, fract, nSignificantBits);
    }

    static String toString(float f) {
        int bits = Float.floatToRawIntBits(f);
        boolean neg = bits < 0;
        int fract = bits & 0x007FFFFF;
        int binExp = (bits >>> 23) & 0xFF;
        if (binExp == 0xFF) {
            return fract != 0 ? "NaN" : neg ? "-Infinity" : "Infinity";
        }
        int nSignificantBits;
        if (binExp == 0) {
            if (fract == 0) {
                return neg ? "-0.0" : "0.0";
            }
            int lz = Integer.numberOfLeadingZeros(fract);
            int shift = lz - 8;
            fract <<= shift;
            binExp = 1 - shift;
            nSignificantBits = 32 - lz;
        } else {
            fract |= 1 << 23;
            nSignificantBits = 24;
        }
        // floats run through the same loop with the fraction placed like a double's
        return new Digits().convert(neg, binExp - 127, ((long) fract) << 29, nSignificantBits);
    }

    static double parseDouble(String s) {
        return FloatParser.parse(s, false);
    }

    static float parseFloat(String s) {
        return (float) FloatParser.parse(s, true);
    }

    /** floor(log10(2^p2)) for the integer fast path's count of digits beyond the precision. */
    private static int insignificantDigits(int p2) {
        return p2 > 1 ? (int) (p2 * 0.30102999566398120) : 0;
    }

    /** Digit generation state for one conversion. */
    private static final class Digits {
        final char[] digits = new char[24];
        int first;
        int nDigits;
        int decExponent;

        String convert(boolean neg, int binExp, long fractBits, int nSignificantBits) {
            dtoa(binExp, fractBits, nSignificantBits);
            return format(neg);
        }

        private void dtoa(int binExp, long fractBits, int nSignificantBits) {
            int tailZeros = Long.numberOfTrailingZeros(fractBits);
            int nFractBits = 53 - tailZeros;
            int nTinyBits = nFractBits - binExp - 1;
            if (nTinyBits < 0) {
                nTinyBits = 0;
            }
            if (binExp <= 62 && binExp >= -21 && nTinyBits == 0) {
                // an integer that fits in a long: print it, rounding away digits finer than the precision
                int insignificant = binExp > nSignificantBits ? insignificantDigits(binExp - nSignificantBits - 1) : 0;
                long v = binExp >= 52 ? fractBits << (binExp - 52) : fractBits >>> (52 - binExp);
                developLongDigits(v, insignificant);
                return;
            }
            int decExp = estimateDecExp(fractBits, binExp);
            int b5 = decExp < 0 ? -decExp : 0;
            int b2 = b5 + nTinyBits + binExp;
            int s5 = decExp > 0 ? decExp : 0;
            int s2 = s5 + nTinyBits;
            int m5 = b5;
            int m2 = b2 - nSignificantBits;
            fractBits >>>= tailZeros;
            b2 -= nFractBits - 1;
            int common = b2 < s2 ? b2 : s2;
            b2 -= common;
            s2 -= common;
            m2 -= common;
            if (nFractBits == 1) {
                m2 -= 1; // the spacing below a power of two is half as wide
            }
            if (m2 < 0) {
                b2 -= m2;
                s2 -= m2;
                m2 = 0;
            }
            int bBits = nFractBits + b2 + (b5 < N_5_BITS.length ? N_5_BITS[b5] : b5 * 3);
            int tenSBits = s2 + 1 + (s5 + 1 < N_5_BITS.length ? N_5_BITS[s5 + 1] : (s5 + 1) * 3);
            if (bBits < 64 && tenSBits < 64) {
                if (bBits < 32 && tenSBits < 32) {
                    intLoop(decExp, (int) fractBits * (int) LONG_5_POW[b5] << b2, (int) LONG_5_POW[s5] << s2,
                            (int) LONG_5_POW[m5] << m2);
                } else {
                    longLoop(decExp, fractBits * LONG_5_POW[b5] << b2, LONG_5_POW[s5] << s2, LONG_5_POW[m5] << m2);
                }
            } else {
                bigLoop(decExp, fractBits, b5, b2, s5, s2, m5, m2);
            }
        }

        /** floor(log10(d)) estimated from the binary exponent; may be one too high. */
        private static int estimateDecExp(long fractBits, int binExp) {
            double d2 = Double.longBitsToDouble(0x3FF0000000000000L | (fractBits & 0x000FFFFFFFFFFFFFL));
            double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
            int r = (int) d;
            return d < r ? r - 1 : r;
        }

        /** 32-bit version of the digit loop (wraparound included, as the stopping tests see it). */
        private void intLoop(int decExp, int b, int s, int m) {
            int tens = s * 10;
            int q = b / s;
            b = 10 * (b % s);
            m *= 10;
            boolean low = b < m;
            boolean high = b + m > tens;
            int nd = 0;
            if (q == 0 && !high) {
                decExp--;
            } else {
                digits[nd++] = (char) ('0' + q);
            }
            if (decExp < -3 || decExp >= 8) {
                high = low = false; // E-notation always shows a digit after the point
            }
            while (!low && !high) {
                q = b / s;
                b = 10 * (b % s);
                m *= 10;
                if (m > 0) {
                    low = b < m;
                    high = b + m > tens;
                } else {
                    low = high = true;
                }
                digits[nd++] = (char) ('0' + q);
            }
            finish(decExp, nd, low, high, (long) ((b << 1) - tens));
        }

        private void longLoop(int decExp, long b, long s, long m) {
            long tens = s * 10;
            int q = (int) (b / s);
            b = 10 * (b % s);
            m *= 10;
            boolean low = b < m;
            boolean high = b + m > tens;
            int nd = 0;
            if (q == 0 && !high) {
                decExp--;
            } else {
                digits[nd++] = (char) ('0' + q);
            }
            if (decExp < -3 || decExp >= 8) {
                high = low = false;
            }
            while (!low && !high) {
                q = (int) (b / s);
                b = 10 * (b % s);
                m *= 10;
                if (m > 0) {
                    low = b < m;
                    high = b + m > tens;
                } else {
                    low = high = true;
                }
                digits[nd++] = (char) ('0' + q);
            }
            finish(decExp, nd, low, high, (b << 1) - tens);
        }

        /** Arbitrary precision version; its "high" test is inclusive, unlike the int/long loops. */
        private void bigLoop(int decExp, long fractBits, int b5, int b2, int s5, int s2, int m5, int m2) {
            FloatBig s = FloatBig.pow5(s5).copy(2);
            // normalize so the top word is in [2^27, 2^28) and there are two words: q estimates need it
            int bl = s.bitLength() + s2;
            int target = bl <= 60 ? 60 : ((bl + 4 + 31) & ~31) - 4;
            int shift = target - bl;
            s.shiftLeft(s2 + shift);
            FloatBig b = FloatBig.pow5(b5).mul(FloatBig.ofLong(fractBits));
            b.shiftLeft(b2 + shift);
            FloatBig m = FloatBig.pow5(m5).copy(2);
            m.mulAdd(10, 0);
            m.shiftLeft(m2 + shift);
            FloatBig tenS = s.copy(1);
            tenS.mulAdd(10, 0);
            FloatBig tmp = new FloatBig(tenS.len + 1);

            int q = b.quoRemTimes10(s);
            boolean low = b.compareTo(m) < 0;
            tenS.subtractInto(b, tmp);
            boolean high = m.compareTo(tmp) >= 0;
            int nd = 0;
            if (q == 0 && !high) {
                decExp--;
            } else {
                digits[nd++] = (char) ('0' + q);
            }
            if (decExp < -3 || decExp >= 8) {
                high = low = false;
            }
            while (!low && !high) {
                q = b.quoRemTimes10(s);
                m.mulAdd(10, 0);
                low = b.compareTo(m) < 0;
                tenS.subtractInto(b, tmp);
                high = m.compareTo(tmp) >= 0;
                digits[nd++] = (char) ('0' + q);
            }
            long lowDiff = 0;
            if (high && low) {
                FloatBig fiveS = s.copy(1);
                fiveS.mulAdd(5, 0);
                lowDiff = b.compareTo(fiveS); // sign of 2b - 10s
            }
            finish(decExp, nd, low, high, lowDiff);
        }

        private void finish(int decExp, int nd, boolean low, boolean high, long lowDiff) {
            decExponent = decExp + 1;
            first = 0;
            nDigits = nd;
            if (high) {
                if (low) {
                    if (lowDiff == 0) {
                        if ((digits[nd - 1] & 1) != 0) {
                            roundUp(); // a tie goes to the even digit
                        }
                    } else if (lowDiff > 0) {
                        roundUp();
                    }
                } else {
                    roundUp();
                }
            }
        }

        /** Adds one to the last digit; the digit count stays, so trailing zeros can appear. */
        private void roundUp() {
            int i = first + nDigits - 1;
            char q = digits[i];
            if (q == '9') {
                while (q == '9' && i > first) {
                    digits[i] = '0';
                    q = digits[--i];
                }
                if (q == '9') {
                    decExponent++;
                    digits[first] = '1';
                    return;
                }
            }
            digits[i] = (char) (q + 1);
        }

        /** Integer fast path: digits of v without trailing zeros, after rounding off 'insignificant' digits. */
        private void developLongDigits(long v, int insignificant) {
            int decExp = 0;
            if (insignificant != 0) {
                long pow10 = LONG_5_POW[insignificant] << insignificant;
                long residue = v % pow10;
                v /= pow10;
                decExp += insignificant;
                if (residue >= (pow10 >> 1)) {
                    v++;
                }
            }
            int pos = digits.length - 1;
            long c = v % 10;
            v /= 10;
            while (c == 0) {
                decExp++;
                c = v % 10;
                v /= 10;
            }
            while (v != 0) {
                digits[pos--] = (char) (c + '0');
                decExp++;
                c = v % 10;
                v /= 10;
            }
            digits[pos] = (char) (c + '0');
            decExponent = decExp + 1;
            first = pos;
            nDigits = digits.length - pos;
        }

        private String format(boolean neg) {
            char[] out = new char[nDigits + 30];
            int i = 0;
            if (neg) {
                out[i++] = '-';
            }
            int e = decExponent;
            if (e > 0 && e < 8) {
                int intDigits = nDigits < e ? nDigits : e;
                System.arraycopy(digits, first, out, i, intDigits);
                i += intDigits;
                if (intDigits < e) {
                    for (int k = intDigits; k < e; k++) {
                        out[i++] = '0';
                    }
                    out[i++] = '.';
                    out[i++] = '0';
                } else {
                    out[i++] = '.';
                    if (intDigits < nDigits) {
                        System.arraycopy(digits, first + intDigits, out, i, nDigits - intDigits);
                        i += nDigits - intDigits;
                    } else {
                        out[i++] = '0';
                    }
                }
            } else if (e <= 0 && e > -3) {
                out[i++] = '0';
                out[i++] = '.';
                for (int k = e; k < 0; k++) {
                    out[i++] = '0';
                }
                System.arraycopy(digits, first, out, i, nDigits);
                i += nDigits;
            } else {
                out[i++] = digits[first];
                out[i++] = '.';
                if (nDigits > 1) {
                    System.arraycopy(digits, first + 1, out, i, nDigits - 1);
                    i += nDigits - 1;
                } else {
                    out[i++] = '0';
                }
                out[i++] = 'E';
                int x;
                if (e <= 0) {
                    out[i++] = '-';
                    x = -e + 1;
                } else {
                    x = e - 1;
                }
                if (x >= 100) {
                    out[i++] = (char) ('0' + x / 100);
                    x %= 100;
                    out[i++] = (char) ('0' + x / 10);
                } else if (x >= 10) {
                    out[i++] = (char) ('0' + x / 10);
                }
                out[i++] = (char) ('0' + x % 10);
            }
            return new String(out, 0, i);
        }
    }
}
