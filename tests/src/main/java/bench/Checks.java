package bench;

/** Every benchmark checks its own result against the value the JVM computes. */
final class Checks {
    private Checks() {
    }

    /** Returns the result, or throws if it is not the expected one (0: not yet known, print it). */
    static long check(String name, long result, long expected) {
        if (expected == 0) {
            System.err.println("bench " + name + ": result " + result + " (no expected value)");
        } else if (result != expected) {
            throw new IllegalStateException("bench " + name + ": result " + result + ", expected " + expected);
        }
        return result;
    }
}
