package java.math;

/**
 * Immutable arbitrary-precision integers: the commonly used subset of the JDK's API
 * (arithmetic, division, pow, gcd, modPow, shifts, comparison, conversion to and from text).
 * Sign and magnitude; the magnitude is a little-endian int[] (see {@link BigMag}).
 * {@code hashCode} is computed as the JDK does, so hash-based collections iterate the same way.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    public static final BigInteger ZERO = new BigInteger(0, BigMag.ZERO);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);

    /** -1, 0 or 1. */
    private final int signum;
    /** Little-endian magnitude, trimmed; empty for zero. */
    private final int[] mag;

    private BigInteger(int signum, int[] mag) {
        this.signum = mag.length == 0 ? 0 : signum;
        this.mag = mag;
    }

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int i = 0;
        char c0 = val.charAt(0);
        if (c0 == '-' || c0 == '+') {
            sign = c0 == '-' ? -1 : 1;
            i = 1;
            if (len == 1) {
                throw new NumberFormatException("Zero length BigInteger");
            }
        }
        int[] m = BigMag.ZERO;
        // consume digits in chunks that fit in an int multiplier
        int chunk = 1;
        int chunkPow = radix;
        while ((long) chunkPow * radix <= Integer.MAX_VALUE) {
            chunkPow *= radix;
            chunk++;
        }
        while (i < len) {
            int end = Math.min(len, i + chunk);
            int part = 0;
            int scale = 1;
            for (; i < end; i++) {
                char c = val.charAt(i);
                int d = Character.digit(c, radix);
                if (d < 0) {
                    if (c == '-' || c == '+') {
                        throw new NumberFormatException("Illegal embedded sign character");
                    }
                    throw new NumberFormatException("For input string: \"" + val + "\""
                            + (radix == 10 ? "" : " under radix " + radix));
                }
                part = part * radix + d;
                scale *= radix;
            }
            m = BigMag.mulAdd(m, scale, part);
        }
        this.mag = m;
        this.signum = m.length == 0 ? 0 : sign;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0) {
            return ZERO;
        }
        return new BigInteger(val < 0 ? -1 : 1, BigMag.ofLong(val < 0 ? -val : val));
    }

    public int signum() {
        return signum;
    }

    public BigInteger negate() {
        return new BigInteger(-signum, mag);
    }

    public BigInteger abs() {
        return signum < 0 ? negate() : this;
    }

    public BigInteger add(BigInteger o) {
        if (o.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return o;
        }
        if (signum == o.signum) {
            return new BigInteger(signum, BigMag.add(mag, o.mag));
        }
        int c = BigMag.compare(mag, o.mag);
        if (c == 0) {
            return ZERO;
        }
        return c > 0 ? new BigInteger(signum, BigMag.sub(mag, o.mag)) : new BigInteger(o.signum, BigMag.sub(o.mag, mag));
    }

    public BigInteger subtract(BigInteger o) {
        return add(o.negate());
    }

    public BigInteger multiply(BigInteger o) {
        if (signum == 0 || o.signum == 0) {
            return ZERO;
        }
        return new BigInteger(signum * o.signum, BigMag.mul(mag, o.mag));
    }

    /** Truncating division (rounds toward zero), like long division. */
    public BigInteger divide(BigInteger o) {
        return divideAndRemainder(o)[0];
    }

    /** Remainder with the sign of this, like long %. */
    public BigInteger remainder(BigInteger o) {
        return divideAndRemainder(o)[1];
    }

    public BigInteger[] divideAndRemainder(BigInteger o) {
        if (o.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
        int[][] qr = BigMag.divRem(mag, o.mag);
        return new BigInteger[] {new BigInteger(signum * o.signum, qr[0]), new BigInteger(signum, qr[1])};
    }

    /** The non-negative residue modulo m (m must be positive). */
    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        BigInteger result = ONE;
        BigInteger base = this;
        while (exponent != 0) {
            if ((exponent & 1) != 0) {
                result = result.multiply(base);
            }
            exponent >>>= 1;
            if (exponent != 0) {
                base = base.multiply(base);
            }
        }
        return result;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (exponent.signum < 0) {
            return modInverse(m).modPow(exponent.negate(), m);
        }
        BigInteger result = ONE.mod(m);
        BigInteger base = mod(m);
        for (int i = exponent.bitLength() - 1; i >= 0; i--) {
            result = result.multiply(result).mod(m);
            if (exponent.testBit(i)) {
                result = result.multiply(base).mod(m);
            }
        }
        return result;
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        // extended Euclid on (a mod m, m)
        BigInteger a = mod(m);
        BigInteger b = m;
        BigInteger x0 = ONE;
        BigInteger x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
            a = b;
            b = qr[1];
        }
        if (!a.equals(ONE)) {
            if (m.equals(ONE)) {
                return ZERO;
            }
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return x0.mod(m);
    }

    public BigInteger gcd(BigInteger o) {
        BigInteger a = abs();
        BigInteger b = o.abs();
        while (b.signum != 0) {
            BigInteger r = a.remainder(b);
            a = b;
            b = r;
        }
        return a;
    }

    /** floor(sqrt(this)) by Newton's iteration from an over-estimate. */
    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        if (signum == 0) {
            return ZERO;
        }
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2 + 1);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    /**
     * Miller-Rabin with the first prime bases (deterministic below 3.3e24, and the chance of a
     * composite passing is far below 2^-certainty above that).
     */
    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        BigInteger n = abs();
        if (n.compareTo(TWO) < 0) {
            return false;
        }
        int[] bases = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41};
        for (int b : bases) {
            BigInteger bb = valueOf(b);
            if (n.equals(bb)) {
                return true;
            }
            if (n.remainder(bb).signum == 0) {
                return false;
            }
        }
        BigInteger nm1 = n.subtract(ONE);
        int r = nm1.getLowestSetBit();
        BigInteger d = nm1.shiftRight(r);
        int rounds = Math.max(bases.length, Math.min(64, (certainty + 1) / 2));
        for (int i = 0; i < rounds; i++) {
            // beyond the fixed bases, derive more bases deterministically from n
            BigInteger a = i < bases.length ? valueOf(bases[i])
                    : valueOf(43 + 2L * i).multiply(n.shiftRight(3).add(ONE)).mod(nm1.subtract(ONE)).add(TWO);
            BigInteger x = a.modPow(d, n);
            if (x.equals(ONE) || x.equals(nm1)) {
                continue;
            }
            boolean composite = true;
            for (int k = 1; k < r; k++) {
                x = x.multiply(x).mod(n);
                if (x.equals(nm1)) {
                    composite = false;
                    break;
                }
            }
            if (composite) {
                return false;
            }
        }
        return true;
    }

    public BigInteger min(BigInteger o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public BigInteger max(BigInteger o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** Arithmetic shift: this * 2^n (n may be negative, then rounds toward negative infinity). */
    public BigInteger shiftLeft(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n > 0) {
            return new BigInteger(signum, BigMag.shiftLeft(mag, n));
        }
        return shiftRight(-n);
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return shiftLeft(-n);
        }
        int[] r = BigMag.shiftRight(mag, n);
        if (signum < 0 && BigMag.anyLowBits(mag, n)) {
            r = BigMag.add(r, BigMag.ofLong(1)); // floor for negative numbers
        }
        return new BigInteger(signum, r);
    }

    /** Bits of the minimal two's-complement representation, excluding the sign bit. */
    public int bitLength() {
        int n = BigMag.bitLength(mag);
        if (signum < 0) {
            // a negative power of two needs one bit less
            boolean pow2 = Integer.bitCount(mag[mag.length - 1]) == 1 && !BigMag.anyLowBits(mag, n - 1);
            if (pow2) {
                n--;
            }
        }
        return n;
    }

    /** Tests bit n of the two's-complement value. */
    public boolean testBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        if (signum >= 0) {
            int w = n >>> 5;
            return w < mag.length && ((mag[w] >>> (n & 31)) & 1) != 0;
        }
        // -x in two's complement is ~(x - 1)
        return !new BigInteger(1, BigMag.sub(mag, BigMag.ofLong(1))).testBit(n);
    }

    public int getLowestSetBit() {
        if (signum == 0) {
            return -1;
        }
        int i = 0;
        while (mag[i] == 0) {
            i++;
        }
        return 32 * i + Integer.numberOfTrailingZeros(mag[i]);
    }

    @Override
    public int compareTo(BigInteger o) {
        if (signum != o.signum) {
            return signum < o.signum ? -1 : 1;
        }
        int c = BigMag.compare(mag, o.mag);
        return signum >= 0 ? c : -c;
    }

    @Override
    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger o = (BigInteger) x;
        return signum == o.signum && BigMag.compare(mag, o.mag) == 0;
    }

    @Override
    public int hashCode() {
        // the JDK's formula over big-endian words
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = (int) (31 * h + (mag[i] & 0xFFFFFFFFL));
        }
        return h * signum;
    }

    @Override
    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (signum == 0) {
            return "0";
        }
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        // peel off chunks of digits with one small division each
        int chunk = 1;
        int chunkPow = radix;
        while ((long) chunkPow * radix <= Integer.MAX_VALUE) {
            chunkPow *= radix;
            chunk++;
        }
        StringBuilder sb = new StringBuilder();
        int[] m = mag;
        long[] rem = new long[1];
        while (m.length != 0) {
            m = BigMag.divSmall(m, chunkPow, rem);
            String part = Long.toString(rem[0], radix);
            sb.insert(0, part);
            if (m.length != 0) {
                for (int k = part.length(); k < chunk; k++) {
                    sb.insert(0, '0');
                }
            }
        }
        if (signum < 0) {
            sb.insert(0, '-');
        }
        return sb.toString();
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    /** The low 64 bits of the two's-complement value. */
    @Override
    public long longValue() {
        long v = 0;
        for (int i = Math.min(mag.length, 2) - 1; i >= 0; i--) {
            v = (v << 32) | (mag[i] & 0xFFFFFFFFL);
        }
        return signum < 0 ? -v : v;
    }

    public long longValueExact() {
        if (bitLength() > 63) {
            throw new ArithmeticException("BigInteger out of long range");
        }
        return longValue();
    }

    public int intValueExact() {
        if (bitLength() > 31) {
            throw new ArithmeticException("BigInteger out of int range");
        }
        return intValue();
    }

    /** Correctly rounded (via the decimal parser, which rounds exactly). */
    @Override
    public double doubleValue() {
        if (BigMag.bitLength(mag) <= 53) {
            return (double) longValue();
        }
        return Double.parseDouble(toString());
    }

    @Override
    public float floatValue() {
        if (BigMag.bitLength(mag) <= 24) {
            return (float) longValue();
        }
        return Float.parseFloat(toString());
    }
}
