package os2.kernel.test;

/** Assertions for kernel self tests; each failure throws {@link TestFailure}. */
public final class Check {
    private Check() {
    }

    public static void fail(String reason) {
        throw new TestFailure(reason);
    }

    public static void that(boolean condition, String what) {
        if (!condition) {
            throw new TestFailure(what);
        }
    }

    public static void equal(long expected, long actual, String what) {
        if (expected != actual) {
            throw new TestFailure(what + ": expected " + expected + " but was " + actual);
        }
    }

    public static void equal(Object expected, Object actual, String what) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            throw new TestFailure(what + ": expected \"" + expected + "\" but was \"" + actual + "\"");
        }
    }
}
