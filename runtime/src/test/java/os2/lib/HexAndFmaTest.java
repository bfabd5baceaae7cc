package os2.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Double/Float.toHexString (java.lang.HexFloat), Formatter's %a (java.util.FormatHex through the
 * library's Formatter) and Math.fma (java.lang.Fma), run on the JVM under another name, against
 * the JDK's.
 */
class HexAndFmaTest {
    static final Renamed LANG = new Renamed("java/lang/HexFloat", "java/lang/Fma", "java/lang/Fdl");
    static final Renamed UTIL = new Renamed("java/util/Formatter", "java/util/FormatSpec", "java/util/FormatPrinter",
            "java/util/FormatFloat", "java/util/FormatHex");
    static final SplittableRandom R = new SplittableRandom(3);

    static double randomDouble() {
        switch (R.nextInt(4)) {
            case 0: return Double.longBitsToDouble(R.nextLong());
            case 1: return Double.longBitsToDouble(R.nextLong() & 0x800FFFFFFFFFFFFFL); // subnormal
            case 2: return Math.scalb(R.nextDouble() - 0.5, R.nextInt(200) - 100);
            default: return (double) (float) Math.scalb(R.nextDouble(), R.nextInt(300) - 150);
        }
    }

    @Test
    void toHexString() throws Throwable {
        MethodHandle d = LANG.method("HexFloat", "toHexString", double.class);
        MethodHandle f = LANG.method("HexFloat", "toHexString", float.class);
        for (double x : new double[] {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 3.0}) {
            assertEquals(Double.toHexString(x), (String) d.invokeExact(x));
        }
        for (int i = 0; i < 1_000_000; i++) {
            double x = randomDouble();
            assertEquals(Double.toHexString(x), (String) d.invokeExact(x), "bits " + Double.doubleToRawLongBits(x));
            float y = Float.intBitsToFloat(R.nextBoolean() ? R.nextInt() : R.nextInt() & 0x807FFFFF);
            assertEquals(Float.toHexString(y), (String) f.invokeExact(y), "bits " + Float.floatToRawIntBits(y));
        }
    }

    static final String[] FORMATS = {
        "%a", "%A", "%.0a", "%.1a", "%.2a", "%.3a", "%.5a", "%.8a", "%.12a", "%.13a", "%.14a", "%.20a", "%20a", "%-20a|",
        "%020a", "%+a", "% a", "%+025.3A", "%#a", "%-+12.2a|", "%010.1a", "% 030a",
    };

    @Test
    void formatA() throws Throwable {
        Class<?> fc = UTIL.loadClass("os2test.Formatter");
        Method format = fc.getMethod("format", String.class, Object[].class);
        List<String> bad = new ArrayList<>();
        int mismatches = 0;
        for (int i = 0; i < 300_000; i++) {
            String fmt = FORMATS[i % FORMATS.length];
            Object arg = R.nextInt(5) == 0 ? (Object) Float.intBitsToFloat(R.nextInt()) : (Object) randomDouble();
            String want = String.format(fmt, arg);
            Object f = fc.getConstructor().newInstance();
            String got = format.invoke(f, fmt, new Object[] {arg}).toString();
            if (!want.equals(got) && mismatches++ < 10) {
                bad.add(fmt + " of " + arg + ": JDK \"" + want + "\", OS2 \"" + got + "\"");
            }
        }
        if (mismatches != 0) {
            fail(mismatches + " differ, e.g.\n" + String.join("\n", bad));
        }
        for (String fmt : new String[] {"%,a", "%(a", "%(,a", "%-a", "%0a", "%+ a"}) {
            String want = thrown(() -> String.format(fmt, 1.0));
            String got = thrown(() -> format.invoke(fc.getConstructor().newInstance(), fmt, new Object[] {1.0}));
            assertEquals(want, got, fmt);
        }
    }

    interface Call {
        Object run() throws Throwable;
    }

    static String thrown(Call c) {
        try {
            return "no exception: " + c.run();
        } catch (java.lang.reflect.InvocationTargetException e) {
            return e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        } catch (Throwable t) {
            return t.getClass().getSimpleName() + ": " + t.getMessage();
        }
    }

    static double fmaArg() {
        switch (R.nextInt(5)) {
            case 0: return Double.longBitsToDouble(R.nextLong());
            case 1: return Math.scalb(R.nextDouble() - 0.5, R.nextInt(60) - 30);
            case 2: return Double.longBitsToDouble(R.nextLong() & 0x800FFFFFFFFFFFFFL);
            case 3: return R.nextInt(21) - 10;
            default: return new double[] {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, -1.0}[R.nextInt(10)];
        }
    }

    @Test
    void fma() throws Throwable {
        MethodHandle d = LANG.method("Fma", "fma", double.class, double.class, double.class);
        MethodHandle f = LANG.method("Fma", "fma", float.class, float.class, float.class);
        List<String> bad = new ArrayList<>();
        int mismatches = 0;
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            double a = fmaArg();
            double b = fmaArg();
            double c = R.nextInt(3) == 0 ? -a * b * (1 + Math.scalb(R.nextDouble() - 0.5, -R.nextInt(60))) : fmaArg();
            double want = Math.fma(a, b, c);
            double got = (double) d.invokeExact(a, b, c);
            if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got) && mismatches++ < 10) {
                bad.add("fma(" + Double.toHexString(a) + ", " + Double.toHexString(b) + ", " + Double.toHexString(c)
                        + "): JDK " + Double.toHexString(want) + ", OS2 " + Double.toHexString(got));
            }
            float fa = (float) a;
            float fb = R.nextBoolean() ? (float) b : Float.intBitsToFloat(R.nextInt());
            float fc = R.nextBoolean() ? (float) c : -fa * fb;
            float fwant = Math.fma(fa, fb, fc);
            float fgot = (float) f.invokeExact(fa, fb, fc);
            if (Float.floatToIntBits(fwant) != Float.floatToIntBits(fgot) && mismatches++ < 10) {
                bad.add("fma(" + fa + "f, " + fb + "f, " + fc + "f): JDK " + fwant + ", OS2 " + fgot);
            }
        }
        if (mismatches != 0) {
            fail(mismatches + " of " + 2 * n + " differ, e.g.\n" + String.join("\n", bad));
        }
    }
}
