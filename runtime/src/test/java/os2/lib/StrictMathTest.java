package os2.lib;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The library's fdlibm functions (java.lang.Fdl*, run on the JVM under another name) against the
 * JDK's StrictMath, bit for bit: edge cases (zeros, infinities, NaN, subnormals, thresholds,
 * multiples of pi/2) plus {@code os2.fdlibm.count} (default 2,000,000) generated arguments per
 * function, drawn from random bit patterns, log-uniform magnitudes and each function's own range.
 */
class StrictMathTest {
    static final int COUNT = Integer.getInteger("os2.fdlibm.count", 2_000_000);
    static final Renamed LIB = new Renamed("java/lang/Fdl");

    static final double[] SPECIAL = {
        0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 27.0, 8.0, 1e-300, 1e300, 0x1.0p-1022 * 0.75, 0x1p-28, 0x1p-29,
        0x1p-54, 0x1p-55, 22.0, 709.78, 709.79, 710.0, 710.5, -745.1, -745.2, 0.6744, 0.4375, 2.4375, 1.1875,
        0.975, Math.PI, Math.PI / 2, Math.PI / 4, 3 * Math.PI / 4, Math.E, 0x1p19 * Math.PI / 2, 0x1p20,
        0x1p66, 1e22, 1e100, Math.nextUp(1.0), Math.nextDown(1.0), Math.log(2) / 2, 0.41422, -0.2929,
        56 * Math.log(2), 0x1p1023, 0x1p-1074 * 3, 1.5, 0.1, 10.0, 100.0, 1000.0, 1e-10, 1e10,
        Double.longBitsToDouble(0x7ff0000000000001L), Double.longBitsToDouble(0xfff8000000000123L),
    };

    static double logUniform(SplittableRandom r, int minExp, int maxExp) {
        double m = 1.0 + r.nextDouble();
        return Math.scalb(m, minExp + r.nextInt(maxExp - minExp + 1)) * (r.nextBoolean() ? 1 : -1);
    }

    /** One argument: a quarter each of bit patterns, log-uniform, the range, and nearby/special. */
    static double arg(SplittableRandom r, double lo, double hi, DoubleUnaryOperator extra) {
        switch (r.nextInt(4)) {
            case 0: return Double.longBitsToDouble(r.nextLong());
            case 1: return logUniform(r, -60, 60);
            case 2: return lo + (hi - lo) * r.nextDouble();
            default: return extra.applyAsDouble(r.nextDouble());
        }
    }

    /** Arguments near k*pi/2 (a few ulps either way), for k small and large, where reduction cancels. */
    static double nearPiOver2(SplittableRandom r) {
        double k = r.nextBoolean() ? r.nextInt(64) : (r.nextBoolean() ? r.nextInt(1 << 20) : Math.scalb(r.nextDouble(), r.nextInt(1000)));
        double x = Math.rint(k) * (Math.PI / 2);
        long bits = Double.doubleToRawLongBits(x) + r.nextInt(9) - 4;
        return Double.longBitsToDouble(bits) * (r.nextBoolean() ? 1 : -1);
    }

    static void check1(String name, DoubleUnaryOperator jdk, double lo, double hi, DoubleUnaryOperator extra) {
        MethodHandle mine = LIB.method(name.startsWith("pow") ? "FdlPow" : owner(name), method(name), double.class);
        List<String> bad = new ArrayList<>();
        long mismatches = 0;
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (int i = -SPECIAL.length; i < COUNT; i++) {
            double x = i < 0 ? SPECIAL[-i - 1] : arg(r, lo, hi, extra);
            double want = jdk.applyAsDouble(x);
            double got;
            try {
                got = (double) mine.invokeExact(x);
            } catch (Throwable t) {
                throw new AssertionError(name + "(" + x + ") threw", t);
            }
            if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got)) {
                if (mismatches++ < 10) {
                    bad.add(name + "(" + x + " = " + Double.toHexString(x) + "): JDK " + want + ", OS2 " + got);
                }
            }
        }
        if (mismatches != 0) {
            fail(mismatches + " of " + (COUNT + SPECIAL.length) + " results differ, e.g.\n" + String.join("\n", bad));
        }
    }

    static void check2(String name, DoubleBinaryOperator jdk, DoubleBinaryOperator gen1, DoubleBinaryOperator gen2) {
        MethodHandle mine = LIB.method(owner(name), method(name), double.class, double.class);
        List<String> bad = new ArrayList<>();
        long mismatches = 0;
        SplittableRandom r = new SplittableRandom(name.hashCode());
        int n = SPECIAL.length;
        for (long i = -(long) n * n; i < COUNT; i++) {
            double x;
            double y;
            if (i < 0) {
                int k = (int) (-i - 1);
                x = SPECIAL[k / n];
                y = SPECIAL[k % n];
            } else if (r.nextInt(4) == 0) {
                x = Double.longBitsToDouble(r.nextLong());
                y = Double.longBitsToDouble(r.nextLong());
            } else {
                x = gen1.applyAsDouble(r.nextDouble(), r.nextDouble());
                y = gen2.applyAsDouble(r.nextDouble(), r.nextDouble());
            }
            double want = jdk.applyAsDouble(x, y);
            double got;
            try {
                got = (double) mine.invokeExact(x, y);
            } catch (Throwable t) {
                throw new AssertionError(name + "(" + x + ", " + y + ") threw", t);
            }
            if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got)) {
                if (mismatches++ < 10) {
                    bad.add(name + "(" + x + ", " + y + " = " + Double.toHexString(x) + ", " + Double.toHexString(y)
                            + "): JDK " + want + ", OS2 " + got);
                }
            }
        }
        if (mismatches != 0) {
            fail(mismatches + " of " + (COUNT + (long) n * n) + " results differ, e.g.\n" + String.join("\n", bad));
        }
    }

    static String owner(String name) {
        switch (name) {
            case "sin": case "cos": case "tan": return "FdlTrig";
            case "exp": case "expm1": case "log": case "log10": case "log1p": return "FdlExpLog";
            case "asin": case "acos": case "atan": case "atan2": return "FdlArc";
            case "pow": return "FdlPow";
            default: return "FdlMisc";
        }
    }

    static String method(String name) {
        return name.equals("IEEEremainder") ? "remainder" : name;
    }

    final SplittableRandom extraRandom = new SplittableRandom(7);

    @Test void sin() { check1("sin", StrictMath::sin, -10, 10, u -> nearPiOver2(extraRandom)); }
    @Test void cos() { check1("cos", StrictMath::cos, -10, 10, u -> nearPiOver2(extraRandom)); }
    @Test void tan() { check1("tan", StrictMath::tan, -10, 10, u -> nearPiOver2(extraRandom)); }
    @Test void asin() { check1("asin", StrictMath::asin, -1, 1, u -> 1 - Math.scalb(u, -extraRandom.nextInt(60))); }
    @Test void acos() { check1("acos", StrictMath::acos, -1, 1, u -> -1 + Math.scalb(u, -extraRandom.nextInt(60))); }
    @Test void atan() { check1("atan", StrictMath::atan, -3, 3, u -> logUniform(extraRandom, -1074, 1023)); }
    @Test void exp() { check1("exp", StrictMath::exp, -746, 710, u -> (u - 0.5) * 2); }
    @Test void expm1() { check1("expm1", StrictMath::expm1, -40, 710, u -> (u - 0.5) * 2); }
    @Test void log() { check1("log", StrictMath::log, 0, 3, u -> logUniform(extraRandom, -1074, 1023)); }
    @Test void log10() { check1("log10", StrictMath::log10, 0, 3, u -> Math.pow(10, extraRandom.nextInt(600) - 300) * (1 + (u - 0.5) * 1e-12)); }
    @Test void log1p() { check1("log1p", StrictMath::log1p, -1, 2, u -> Math.scalb(u - 0.5, -extraRandom.nextInt(60))); }
    @Test void sinh() { check1("sinh", StrictMath::sinh, -715, 715, u -> (u - 0.5) * 50); }
    @Test void cosh() { check1("cosh", StrictMath::cosh, -715, 715, u -> (u - 0.5) * 50); }
    @Test void tanh() { check1("tanh", StrictMath::tanh, -25, 25, u -> (u - 0.5) * 4); }
    @Test void cbrt() { check1("cbrt", StrictMath::cbrt, -1000, 1000, u -> Math.rint(u * 2000 - 1000)); }

    @Test void pow() {
        check2("pow", StrictMath::pow,
                (u, v) -> v < 0.1 ? -logUniform(extraRandom, -8, 8) : Math.abs(logUniform(extraRandom, -20, 20)),
                (u, v) -> v < 0.3 ? Math.rint((u - 0.5) * 100) : v < 0.5 ? logUniform(extraRandom, -40, 40) : (u - 0.5) * 200);
    }

    @Test void atan2() {
        check2("atan2", StrictMath::atan2, (u, v) -> logUniform(extraRandom, -70, 70), (u, v) -> logUniform(extraRandom, -70, 70));
    }

    @Test void hypot() {
        check2("hypot", StrictMath::hypot, (u, v) -> logUniform(extraRandom, -1074, 1023),
                (u, v) -> v < 0.5 ? logUniform(extraRandom, -1074, 1023) : logUniform(extraRandom, -30, 30));
    }

    @Test void IEEEremainder() {
        check2("IEEEremainder", StrictMath::IEEEremainder, (u, v) -> logUniform(extraRandom, -1074, 1023),
                (u, v) -> v < 0.5 ? logUniform(extraRandom, -1074, 1023) : logUniform(extraRandom, -10, 10));
    }
}
