package java.lang;

/**
 * Numeric functions. sin, cos, tan, exp, log and pow are natives from the C library
 * (os2n_java_lang_Math_&lt;name&gt;, never overloaded), the other transcendental functions are
 * fdlibm's (shared with StrictMath); everything with exact semantics (abs/min/max with -0.0
 * and NaN, floor/ceil/rint/round, exact arithmetic) is Java, working on the IEEE bits.
 */
public final class Math {
    private Math() {
    }

    public static final double E = 2.718281828459045;
    public static final double PI = 3.141592653589793;
    public static final double TAU = 2.0 * PI;

    private static final double DEGREES_TO_RADIANS = 0.017453292519943295;
    private static final double RADIANS_TO_DEGREES = 57.29577951308232;
    private static final long NEGATIVE_ZERO_BITS = 0x8000000000000000L;
    private static final int NEGATIVE_ZERO_FLOAT_BITS = 0x80000000;
    private static final double TWO_TO_THE_52 = 4503599627370496.0;

    // ---- square root and the transcendental functions ------------------------

    /** IEEE's correctly rounded square root (sqrtsd). */
    public static native double sqrt(double a);

    /*
     * sin, cos, tan, exp, log and pow: HotSpot on x86-64 computes these with its own intrinsics
     * (not fdlibm), which round within an ulp; the C library's functions agree with them for all
     * but about 0.1-0.4% of arguments, fdlibm for all but 3-10% (docs/JAVA-SUBSET.md). Where
     * there is a C library (the linux target: mathlib.c) the natives are its functions; the
     * freestanding targets (kernel, OS2 programs) have none and use fdlibm (StrictMath).
     */
    private static final boolean LIBM = libm();

    /** True where mathlib.c is linked (rt.c's weak default says false). */
    private static native boolean libm();

    public static double sin(double a) {
        return LIBM ? sin0(a) : StrictMath.sin(a);
    }

    public static double cos(double a) {
        return LIBM ? cos0(a) : StrictMath.cos(a);
    }

    public static double tan(double a) {
        return LIBM ? tan0(a) : StrictMath.tan(a);
    }

    public static double exp(double a) {
        return LIBM ? exp0(a) : StrictMath.exp(a);
    }

    public static double log(double a) {
        return LIBM ? log0(a) : StrictMath.log(a);
    }

    public static double pow(double a, double b) {
        return LIBM ? pow0(a, b) : StrictMath.pow(a, b);
    }

    private static native double sin0(double a);

    private static native double cos0(double a);

    private static native double tan0(double a);

    private static native double exp0(double a);

    private static native double log0(double a);

    private static native double pow0(double a, double b);

    // JDK 17's Math returns exactly StrictMath's (fdlibm's) result for these.

    public static double cbrt(double a) {
        return FdlMisc.cbrt(a);
    }

    public static double asin(double a) {
        return FdlArc.asin(a);
    }

    public static double acos(double a) {
        return FdlArc.acos(a);
    }

    public static double atan(double a) {
        return FdlArc.atan(a);
    }

    public static double atan2(double y, double x) {
        return FdlArc.atan2(y, x);
    }

    public static double expm1(double x) {
        return FdlExpLog.expm1(x);
    }

    /** HotSpot's log10 intrinsic is not fdlibm either, but fdlibm is closer to it than the C library. */
    public static double log10(double a) {
        return FdlExpLog.log10(a);
    }

    public static double log1p(double x) {
        return FdlExpLog.log1p(x);
    }

    public static double sinh(double x) {
        return FdlMisc.sinh(x);
    }

    public static double cosh(double x) {
        return FdlMisc.cosh(x);
    }

    public static double tanh(double x) {
        return FdlMisc.tanh(x);
    }

    public static double hypot(double x, double y) {
        return FdlMisc.hypot(x, y);
    }

    public static double IEEEremainder(double f1, double f2) {
        return FdlMisc.remainder(f1, f2);
    }

    /** a*b + c rounded once (Fma: exact integer arithmetic). */
    public static double fma(double a, double b, double c) {
        return Fma.fma(a, b, c);
    }

    public static float fma(float a, float b, float c) {
        return Fma.fma(a, b, c);
    }

    // ---- abs / max / min --------------------------------------------------

    public static int abs(int a) {
        return a < 0 ? -a : a;
    }

    public static long abs(long a) {
        return a < 0 ? -a : a;
    }

    /** 0.0 - a turns -0.0 into 0.0. */
    public static float abs(float a) {
        return a <= 0.0F ? 0.0F - a : a;
    }

    public static double abs(double a) {
        return a <= 0.0D ? 0.0D - a : a;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return abs(a);
    }

    public static int max(int a, int b) {
        return a >= b ? a : b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    /**
     * For a zero z: true if it is -0.0 (1/z is -infinity). Arithmetic instead of the raw-bits
     * natives keeps min and max free of calls, so they need no frame and can be inlined.
     */
    private static boolean isNegativeZero(double z) {
        return 1.0d / z < 0;
    }

    private static boolean isNegativeZero(float z) {
        return 1.0f / z < 0;
    }

    /** NaN wins; 0.0 is larger than -0.0. */
    public static float max(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && isNegativeZero(a)) {
            return b;
        }
        return a >= b ? a : b;
    }

    public static double max(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && isNegativeZero(a)) {
            return b;
        }
        return a >= b ? a : b;
    }

    public static int min(int a, int b) {
        return a <= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }

    /** NaN wins; -0.0 is smaller than 0.0. */
    public static float min(float a, float b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0f && b == 0.0f && isNegativeZero(b)) {
            return b;
        }
        return a <= b ? a : b;
    }

    public static double min(double a, double b) {
        if (a != a) {
            return a;
        }
        if (a == 0.0d && b == 0.0d && isNegativeZero(b)) {
            return b;
        }
        return a <= b ? a : b;
    }

    // ---- rounding ---------------------------------------------------------

    /**
     * A double of magnitude 2^52 or more is an integer already (as are infinities, and NaN
     * stays NaN), so only smaller ones are rounded; those convert to long and back exactly,
     * truncated toward zero, which is floor for positives. No calls: callers in the same
     * compiled file can inline it.
     */
    public static double floor(double a) {
        if (!(a > -TWO_TO_THE_52 && a < TWO_TO_THE_52)) {
            return a;
        }
        double t = (double) (long) a;
        if (t == a) {
            return a; // integral: keeps -0.0
        }
        return t > a ? t - 1.0 : t;
    }

    /** As {@link #floor}; a negative fraction above -1 rounds to -0.0. */
    public static double ceil(double a) {
        if (!(a > -TWO_TO_THE_52 && a < TWO_TO_THE_52)) {
            return a;
        }
        double t = (double) (long) a;
        if (t == a) {
            return a;
        }
        if (t < a) {
            return t + 1.0;
        }
        return t == 0.0 ? -0.0 : t;
    }

    /** Round half to even: adding and subtracting 2^52 leaves no fraction bits. */
    public static double rint(double a) {
        double sign = copySign(1.0, a);
        double m = abs(a);
        if (m < TWO_TO_THE_52) {
            m = (TWO_TO_THE_52 + m) - TWO_TO_THE_52;
        }
        return sign * m;
    }

    /** floor(a + 1/2) computed exactly on the bits; NaN is 0, out of range saturates. */
    public static long round(double a) {
        long bits = Double.doubleToRawLongBits(a);
        int exp = (int) ((bits >> 52) & 0x7FF) - 1023;
        if (exp < -1) {
            return 0; // |a| < 0.5 (NaN has exp 1024)
        }
        if (exp >= 52) {
            return (long) a; // integral, infinite or NaN: the cast saturates
        }
        long m = (bits & 0x000FFFFFFFFFFFFFL) | 0x0010000000000000L;
        if (bits < 0) {
            m = -m;
        }
        int shift = 52 - exp;
        return (m + (1L << (shift - 1))) >> shift;
    }

    public static int round(float a) {
        int bits = Float.floatToRawIntBits(a);
        int exp = ((bits >> 23) & 0xFF) - 127;
        if (exp < -1) {
            return 0;
        }
        if (exp >= 23) {
            return (int) a;
        }
        int m = (bits & 0x007FFFFF) | 0x00800000;
        if (bits < 0) {
            m = -m;
        }
        int shift = 23 - exp;
        return (m + (1 << (shift - 1))) >> shift;
    }

    // ---- integer division -------------------------------------------------

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static long floorDiv(long x, int y) {
        return floorDiv(x, (long) y);
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    public static int floorMod(long x, int y) {
        return (int) floorMod(x, (long) y);
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if ((m ^ y) < 0 && m != 0) {
            m += y;
        }
        return m;
    }

    // ---- exact arithmetic -------------------------------------------------

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long x, int y) {
        return multiplyExact(x, (long) y);
    }

    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (x != 0 && (r / x != y || (x == -1 && y == Long.MIN_VALUE))) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a + 1;
    }

    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a + 1L;
    }

    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return a - 1;
    }

    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return a - 1L;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static long multiplyFull(int x, int y) {
        return (long) x * (long) y;
    }

    /** The high 64 bits of the 128-bit product, from 32-bit halves. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        return x1 * y1 + z0 + (z1 >> 32);
    }

    // ---- sign, exponent, neighbours ---------------------------------------

    public static double signum(double d) {
        return (d == 0.0 || d != d) ? d : copySign(1.0, d);
    }

    public static float signum(float f) {
        return (f == 0.0f || f != f) ? f : copySign(1.0f, f);
    }

    public static double copySign(double magnitude, double sign) {
        long bits = (Double.doubleToRawLongBits(sign) & NEGATIVE_ZERO_BITS)
                | (Double.doubleToRawLongBits(magnitude) & ~NEGATIVE_ZERO_BITS);
        return Double.longBitsToDouble(bits);
    }

    public static float copySign(float magnitude, float sign) {
        int bits = (Float.floatToRawIntBits(sign) & NEGATIVE_ZERO_FLOAT_BITS)
                | (Float.floatToRawIntBits(magnitude) & ~NEGATIVE_ZERO_FLOAT_BITS);
        return Float.intBitsToFloat(bits);
    }

    public static int getExponent(double d) {
        return (int) ((Double.doubleToRawLongBits(d) >> 52) & 0x7FF) - 1023;
    }

    public static int getExponent(float f) {
        return ((Float.floatToRawIntBits(f) >> 23) & 0xFF) - 127;
    }

    public static double ulp(double d) {
        int exp = getExponent(d);
        if (exp == 1024) {
            return abs(d);
        }
        if (exp == -1023) {
            return Double.MIN_VALUE;
        }
        exp -= 52;
        if (exp >= -1022) {
            return Double.longBitsToDouble((long) (exp + 1023) << 52);
        }
        return Double.longBitsToDouble(1L << (exp + 1074));
    }

    public static float ulp(float f) {
        int exp = getExponent(f);
        if (exp == 128) {
            return abs(f);
        }
        if (exp == -127) {
            return Float.MIN_VALUE;
        }
        exp -= 23;
        if (exp >= -126) {
            return Float.intBitsToFloat((exp + 127) << 23);
        }
        return Float.intBitsToFloat(1 << (exp + 149));
    }

    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) {
            return d;
        }
        d += 0.0d; // -0.0 becomes 0.0
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d >= 0.0d ? 1L : -1L));
    }

    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) {
            return f;
        }
        f += 0.0f;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f >= 0.0f ? 1 : -1));
    }

    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) {
            return d;
        }
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0.0d ? -1L : 1L));
    }

    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) {
            return f;
        }
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0.0f ? -1 : 1));
    }

    public static double nextAfter(double start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return direction;
        }
        return start + direction; // a NaN
    }

    public static float nextAfter(float start, double direction) {
        if (start > direction) {
            return nextDown(start);
        }
        if (start < direction) {
            return nextUp(start);
        }
        if (start == direction) {
            return (float) direction;
        }
        return start + (float) direction;
    }

    /**
     * d * 2^scaleFactor with a single rounding: the partial step goes first, so only the
     * last multiplication can land in the subnormal range.
     */
    public static double scalb(double d, int scaleFactor) {
        int s = max(-2100, min(2100, scaleFactor));
        int rem = s % 512;
        d *= Double.longBitsToDouble((long) (rem + 1023) << 52);
        s -= rem;
        double step = s < 0 ? 0x1.0p-512 : 0x1.0p512;
        while (s != 0) {
            d *= step;
            s += s < 0 ? 512 : -512;
        }
        return d;
    }

    public static float scalb(float f, int scaleFactor) {
        int s = max(-300, min(300, scaleFactor));
        return (float) ((double) f * Double.longBitsToDouble((long) (s + 1023) << 52));
    }

    public static double toRadians(double angdeg) {
        return angdeg * DEGREES_TO_RADIANS;
    }

    public static double toDegrees(double angrad) {
        return angrad * RADIANS_TO_DEGREES;
    }

    /** Uniform in [0, 1) from one shared generator, created on first use. */
    public static double random() {
        return RandomHolder.RANDOM.nextDouble();
    }

    private static final class RandomHolder {
        static final java.util.Random RANDOM = new java.util.Random();
    }
}
