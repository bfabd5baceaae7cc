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

    /** The frequency assumed until (or unless) calibration measures it. */
    static final long ASSUMED_HZ = 1_000_000_000L;
    /** Below this a measured TSC frequency means the PIT did not really count (no x86-64 CPU is slower). */
    static final long MIN_PLAUSIBLE_HZ = 100_000_000L;
    /** Above this too (100 GHz). */
    static final long MAX_PLAUSIBLE_HZ = 100_000_000_000L;
    private static long tscHz = ASSUMED_HZ;
    private static long tscStart;

    private Clock() {
    }

    /**
     * Measures the TSC frequency (once, at boot; takes ~20 ms). If the PIT never
     * answers, keeps the assumed 1 GHz and returns a warning for the boot log (timers
     * then run at the wrong speed, but the kernel boots); else null.
     */
    public static String calibrate() {
        tscStart = Cpu.rdtsc();
        long ticks = Pit.measureTsc(CALIBRATION_COUNTS, Cpu::rdtsc);
        return calibrateFrom(ticks);
    }

    /** Sets the frequency from a {@link Pit#measureTsc} result; a warning if there was none. */
    static String calibrateFrom(long ticks) {
        if (ticks == Pit.NO_ANSWER) {
            tscHz = ASSUMED_HZ;
            return "PIT channel 2 did not answer; TSC frequency assumed " + ASSUMED_HZ / 1_000_000
                    + " MHz, so time and timers are approximate";
        }
        long hz = hzFrom(ticks, CALIBRATION_COUNTS);
        if (hz < MIN_PLAUSIBLE_HZ || hz > MAX_PLAUSIBLE_HZ) {
            // QEMU without a PIT (-machine pit=off) reports the output high at once
            tscHz = ASSUMED_HZ;
            return "PIT channel 2 gave an implausible TSC frequency of " + hz / 1_000 + " kHz; assumed "
                    + ASSUMED_HZ / 1_000_000 + " MHz, so time and timers are approximate";
        }
        tscHz = hz;
        return null;
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
