package java.lang;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Standard streams, time, properties and exit. System.out is buffered (flushed when
 * full, on flush(), before anything is written to System.err, and at exit) so that
 * output costs few system calls while the combined stream keeps its order;
 * System.err is unbuffered.
 */
public final class System {
    private System() {
    }

    private static final StdStream STDOUT = new StdStream(1, 8192, null);
    private static final StdStream STDERR = new StdStream(2, 0, STDOUT);

    /** Console input (fd 0); reading it flushes System.out first. */
    public static InputStream in = new StdIn();
    public static PrintStream out = new PrintStream(STDOUT, false);
    public static PrintStream err = new PrintStream(STDERR, true);

    /** Properties set by the program (the defaults are fixed, see getProperty). */
    private static String[] propKeys = new String[0];
    private static String[] propValues = new String[0];

    public static void setIn(InputStream in) {
        System.in = in;
    }

    public static void setOut(PrintStream out) {
        System.out = out;
    }

    public static void setErr(PrintStream err) {
        System.err = err;
    }

    /** Called by VMHelper.exit. */
    static void flushStreams() {
        out.flush();
        err.flush();
        STDOUT.flush();
    }

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static long currentTimeMillis() {
        return VMHelper.currentTimeMillis();
    }

    public static long nanoTime() {
        return VMHelper.nanoTime();
    }

    public static int identityHashCode(Object x) {
        return x == null ? 0 : VMHelper.identityHash(x);
    }

    /** Ends the program: streams are flushed, finally blocks do not run. */
    public static void exit(int status) {
        VMHelper.exit(status);
    }

    public static void gc() {
        VMHelper.gc();
    }

    public static void runFinalization() {
    }

    public static String lineSeparator() {
        return "\n";
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    /** line.separator, file.separator and path.separator, plus whatever setProperty stored. */
    public static String getProperty(String key) {
        checkKey(key);
        for (int i = 0; i < propKeys.length; i++) {
            if (propKeys[i].equals(key)) {
                return propValues[i];
            }
        }
        switch (key) {
            case "line.separator":
                return "\n";
            case "file.separator":
                return "/";
            case "path.separator":
                return ":";
            default:
                return null;
        }
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        String old = getProperty(key);
        for (int i = 0; i < propKeys.length; i++) {
            if (propKeys[i].equals(key)) {
                propValues[i] = value;
                return old;
            }
        }
        int n = propKeys.length;
        String[] k = new String[n + 1];
        String[] v = new String[n + 1];
        System.arraycopy(propKeys, 0, k, 0, n);
        System.arraycopy(propValues, 0, v, 0, n);
        k[n] = key;
        v[n] = value;
        propKeys = k;
        propValues = v;
        return old;
    }

    public static String clearProperty(String key) {
        checkKey(key);
        String old = getProperty(key);
        for (int i = 0; i < propKeys.length; i++) {
            if (propKeys[i].equals(key)) {
                propKeys[i] = "";
            }
        }
        return old;
    }

    /** OS2 programs have no environment. */
    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return null;
    }
}
