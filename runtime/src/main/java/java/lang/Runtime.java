package java.lang;

/** The running program: memory figures from the collector, one processor, exit. */
public class Runtime {
    private static final Runtime RUNTIME = new Runtime();

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return RUNTIME;
    }

    public void exit(int status) {
        VMHelper.exit(status);
    }

    /** Ends at once, without flushing the streams. */
    public void halt(int status) {
        VMHelper.halt(status);
    }

    public int availableProcessors() {
        return 1;
    }

    private static long[] stats() {
        long[] s = new long[5];
        VMHelper.gcStats(s);
        return s;
    }

    public long totalMemory() {
        return stats()[0];
    }

    public long freeMemory() {
        long[] s = stats();
        return s[0] - s[1];
    }

    public long maxMemory() {
        return stats()[0];
    }

    public void gc() {
        VMHelper.gc();
    }

    public void runFinalization() {
    }
}
