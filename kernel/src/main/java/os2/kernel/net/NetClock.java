package os2.kernel.net;

/**
 * Monotonic time for the stack's timers: the kernel's timer in the kernel, a fake clock
 * in tests, so that retransmission timing is deterministic under test.
 */
@FunctionalInterface
public interface NetClock {
    /** Milliseconds since an arbitrary fixed origin; never decreases. */
    long millis();
}
