package java.lang;

/** The long box and long utilities (valueOf caches -128..127). Also hosts the shared integer parser. */
public final class Long extends Number implements Comparable<Long> {
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    public static final int SIZE = 64;
    public static final int BYTES = 8;
    @SuppressWarnings("unchecked")
    public static final Class<Long> TYPE = (Class<Long>) VMHelper.primitiveClass('J');

    private static final Long[] CACHE = new Long[256];

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new Long(i - 128);
        }
    }

    private final long value;

    @Deprecated
    public Long(long value) {
        this.value = value;
    }

    @Deprecated
    public Long(String s) throws NumberFormatException {
        this.value = parseLong(s, 10);
    }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            return CACHE[(int) l + 128];
        }
        return new Long(l);
    }

    public static Long valueOf(String s) throws NumberFormatException {
        return valueOf(parseLong(s, 10));
    }

    public static Long valueOf(String s, int radix) throws NumberFormatException {
        return valueOf(parseLong(s, radix));
    }

    // ---- formatting -------------------------------------------------------

    static int stringSize(long x) {
        int d = 1;
        if (x >= 0) {
            d = 0;
            x = -x;
        }
        long p = -10;
        for (int i = 1; i < 19; i++) {
            if (x > p) {
                return i + d;
            }
            p = 10 * p;
        }
        return 19 + d;
    }

    /** Writes toString(i) into buf ending just before end (negative arithmetic: MIN_VALUE safe). */
    static void getChars(long i, int end, char[] buf) {
        int pos = end;
        boolean negative = i < 0;
        if (!negative) {
            i = -i;
        }
        while (i <= Integer.MIN_VALUE) {
            long q = i / 10;
            buf[--pos] = (char) ('0' + (int) (q * 10 - i));
            i = q;
        }
        // the rest fits in an int: cheaper division
        int j = (int) i;
        while (j <= -10) {
            int q = j / 10;
            buf[--pos] = (char) ('0' + (q * 10 - j));
            j = q;
        }
        buf[--pos] = (char) ('0' - j);
        if (negative) {
            buf[--pos] = '-';
        }
    }

    public static String toString(long i) {
        int n = stringSize(i);
        char[] buf = new char[n];
        getChars(i, n, buf);
        return new String(buf, true);
    }

    public static String toString(long i, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (radix == 10) {
            return toString(i);
        }
        char[] buf = new char[65];
        int pos = 65;
        boolean negative = i < 0;
        if (!negative) {
            i = -i;
        }
        while (i <= -radix) {
            buf[--pos] = Integer.DIGITS[(int) -(i % radix)];
            i = i / radix;
        }
        buf[--pos] = Integer.DIGITS[(int) -i];
        if (negative) {
            buf[--pos] = '-';
        }
        return new String(buf, pos, 65 - pos);
    }

    public static String toUnsignedString(long i) {
        return toUnsignedString(i, 10);
    }

    public static String toUnsignedString(long i, int radix) {
        if (i >= 0) {
            return toString(i, radix);
        }
        switch (radix) {
            case 2:
                return Integer.toUnsignedPow2(i, 1);
            case 4:
                return Integer.toUnsignedPow2(i, 2);
            case 8:
                return Integer.toUnsignedPow2(i, 3);
            case 16:
                return Integer.toUnsignedPow2(i, 4);
            case 32:
                return Integer.toUnsignedPow2(i, 5);
            default:
                if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
                    radix = 10;
                }
                long q = divideUnsigned(i, radix);
                long r = i - q * radix;
                return toString(q, radix).concat(String.valueOf(Integer.DIGITS[(int) r]));
        }
    }

    public static String toHexString(long i) {
        return Integer.toUnsignedPow2(i, 4);
    }

    public static String toOctalString(long i) {
        return Integer.toUnsignedPow2(i, 3);
    }

    public static String toBinaryString(long i) {
        return Integer.toUnsignedPow2(i, 1);
    }

    // ---- parsing ----------------------------------------------------------

    public static long parseLong(String s) throws NumberFormatException {
        return parseLong(s, 10);
    }

    public static long parseLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        Integer.checkRadix(radix);
        return parseDigits(s, 0, s.length(), radix, MIN_VALUE, MAX_VALUE, false);
    }

    public static long parseLong(CharSequence s, int beginIndex, int endIndex, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NullPointerException();
        }
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > s.length()) {
            throw new IndexOutOfBoundsException();
        }
        Integer.checkRadix(radix);
        return parseDigits(s, beginIndex, endIndex, radix, MIN_VALUE, MAX_VALUE, true);
    }

    /**
     * Parses an optionally signed number in s[begin, end) within [min, max]. Accumulates
     * negatively so that min itself parses. Errors use the JDK's two wordings: the
     * String methods report the whole input, the CharSequence ones the failing index.
     */
    static long parseDigits(CharSequence s, int begin, int end, int radix, long min, long max, boolean indexed) {
        if (begin >= end) {
            throw NumberFormatException.forInputString("", radix);
        }
        int i = begin;
        boolean negative = false;
        long limit = -max;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = min;
            } else if (first != '+') {
                throw parseError(s, begin, end, i, radix, indexed);
            }
            i++;
            if (i == end) {
                throw parseError(s, begin, end, i, radix, indexed);
            }
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i), radix);
            if (digit < 0 || result < multmin) {
                throw parseError(s, begin, end, i, radix, indexed);
            }
            result *= radix;
            if (result < limit + digit) {
                throw parseError(s, begin, end, i, radix, indexed);
            }
            result -= digit;
            i++;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException parseError(CharSequence s, int begin, int end, int i, int radix,
            boolean indexed) {
        if (indexed) {
            return new NumberFormatException("Error at index " + (i - begin) + " in: \""
                    + s.subSequence(begin, end) + "\"");
        }
        return NumberFormatException.forInputString(s.toString(), radix);
    }

    public static long parseUnsignedLong(String s) throws NumberFormatException {
        return parseUnsignedLong(s, 10);
    }

    public static long parseUnsignedLong(String s, int radix) throws NumberFormatException {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        Integer.checkRadix(radix);
        int len = s.length();
        if (len > 0 && s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        if (len <= 12 || (radix == 10 && len <= 18)) {
            return parseLong(s, radix);
        }
        // all but the last digit fit in a signed long; check the last step by hand
        long first = parseLong(s, 0, len - 1, radix);
        int last = Character.digit(s.charAt(len - 1), radix);
        if (last < 0) {
            throw new NumberFormatException("Bad digit at end of " + s);
        }
        if (Long.compareUnsigned(first, divideUnsigned(-1L - last, radix)) > 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
        }
        return first * radix + last;
    }

    public static Long decode(String nm) throws NumberFormatException {
        return valueOf(decodeRange(nm, MIN_VALUE, MAX_VALUE));
    }

    /** Integer/Long.decode: sign, then 0x/0X/# (hex) or 0 (octal) prefix, then digits. */
    static long decodeRange(String nm, long min, long max) {
        if (nm.isEmpty()) {
            throw new NumberFormatException("Zero length string");
        }
        int index = 0;
        int radix = 10;
        boolean negative = false;
        char first = nm.charAt(0);
        if (first == '-') {
            negative = true;
            index++;
        } else if (first == '+') {
            index++;
        }
        if (nm.startsWith("0x", index) || nm.startsWith("0X", index)) {
            index += 2;
            radix = 16;
        } else if (nm.startsWith("#", index)) {
            index++;
            radix = 16;
        } else if (nm.startsWith("0", index) && nm.length() > 1 + index) {
            index++;
            radix = 8;
        }
        if (nm.startsWith("-", index) || nm.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = nm.substring(index);
        try {
            long v = parseDigits(digits, 0, digits.length(), radix, min, max, false);
            return negative ? -v : v;
        } catch (NumberFormatException e) {
            // MIN_VALUE only parses with its sign attached
            String constant = negative ? "-".concat(digits) : digits;
            return parseDigits(constant, 0, constant.length(), radix, min, max, false);
        }
    }

    public static Long getLong(String nm) {
        return null;
    }

    // ---- the box ----------------------------------------------------------

    @Override
    public byte byteValue() {
        return (byte) value;
    }

    @Override
    public short shortValue() {
        return (short) value;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return value;
    }

    @Override
    public float floatValue() {
        return value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return toString(value);
    }

    @Override
    public int hashCode() {
        return hashCode(value);
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Long && ((Long) obj).value == value;
    }

    @Override
    public int compareTo(Long anotherLong) {
        return compare(value, anotherLong.value);
    }

    public static int compare(long x, long y) {
        return x < y ? -1 : (x == y ? 0 : 1);
    }

    public static int compareUnsigned(long x, long y) {
        return compare(x + MIN_VALUE, y + MIN_VALUE);
    }

    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            // divisor >= 2^63: the quotient is 0 or 1
            return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }

    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    // ---- bits -------------------------------------------------------------

    public static long highestOneBit(long i) {
        return i & (MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static int numberOfLeadingZeros(long i) {
        int hi = (int) (i >>> 32);
        return hi == 0 ? 32 + Integer.numberOfLeadingZeros((int) i) : Integer.numberOfLeadingZeros(hi);
    }

    public static int numberOfTrailingZeros(long i) {
        int lo = (int) i;
        return lo == 0 ? 32 + Integer.numberOfTrailingZeros((int) (i >>> 32)) : Integer.numberOfTrailingZeros(lo);
    }

    public static int bitCount(long i) {
        return Integer.bitCount((int) i) + Integer.bitCount((int) (i >>> 32));
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long reverse(long i) {
        return ((long) Integer.reverse((int) i) << 32) | (Integer.reverse((int) (i >>> 32)) & 0xFFFFFFFFL);
    }

    public static long reverseBytes(long i) {
        return ((long) Integer.reverseBytes((int) i) << 32) | (Integer.reverseBytes((int) (i >>> 32)) & 0xFFFFFFFFL);
    }

    public static int signum(long i) {
        return (int) ((i >> 63) | (-i >>> 63));
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
