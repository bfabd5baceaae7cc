package os2.kernel.arch.x86_64;

import os2.rt.Cpu;
import os2.rt.NoAlloc;

/**
 * Monotonic time: ticks are TSC cycles, nanoseconds are ticks converted with the TSC
 * frequency measured against the PIT at boot. Under {@code qemu -icount shift=0} the
 * TSC counts guest instructions and calibrates to ~1 GHz, so nanoseconds are exact
 * virtual time there.
 */
public final class Clock {
    /** The calibration interval: 20 ms of PIT counts. */
    static final int CALIBRATION_COUNTS = (int) (Pit.FREQUENCY / 50);

    private static long tscHz = 1_000_000_000L;
    private static long tscStart;

    private Clock() {
    }

    /** Measures the TSC frequency (once, at boot; takes ~20 ms). */
    public static void calibrate() {
        tscStart = Cpu.rdtsc();
        long ticks = Pit.measureTsc(CALIBRATION_COUNTS, Cpu::rdtsc);
        tscHz = hzFrom(ticks, CALIBRATION_COUNTS);
    }

    /** TSC frequency from ticks counted during counts PIT periods. */
    public static long hzFrom(long ticks, int counts) {
        return Math.max(1, ticks * Pit.FREQUENCY / counts);
    }

    /** Converts a tick count to nanoseconds at hz without overflowing for ~290 years. */
    @NoAlloc
    public static long toNanos(long ticks, long hz) {
        return ticks / hz * 1_000_000_000L + ticks % hz * 1_000_000_000L / hz;
    }

    /** TSC ticks since boot. */
    @NoAlloc
    public static long ticks() {
        return Cpu.rdtsc() - tscStart;
    }

    /** Nanoseconds since calibration. */
    @NoAlloc
    public static long nanos() {
        return toNanos(ticks(), tscHz);
    }

    /** The measured TSC frequency in Hz. */
    public static long tscHz() {
        return tscHz;
    }
}
