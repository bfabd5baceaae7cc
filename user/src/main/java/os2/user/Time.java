package os2.user;

/** The monotonic clock and sleeping (WAIT on a timer event). */
public final class Time {
    private Time() {
    }

    /** Monotonic nanoseconds since boot. */
    public static long now() {
        return Sys.clock();
    }

    /** Sleeps until the clock reaches deadline (nanoseconds, as {@link #now}); returns the time it woke. */
    public static long sleepUntil(long deadline) {
        long[] ev = {Sys.EV_TIMER, deadline, 0, 0};
        Sys.check(Sys.waitEvents(ev, 1), "WAIT");
        return ev[3];
    }

    /** Sleeps for at least nanos nanoseconds. */
    public static void sleepNanos(long nanos) {
        sleepUntil(now() + Math.max(0, nanos));
    }

    /** Sleeps for at least millis milliseconds. */
    public static void sleepMillis(long millis) {
        sleepNanos(millis * 1_000_000L);
    }
}
