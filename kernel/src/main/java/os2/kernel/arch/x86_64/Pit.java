package os2.kernel.arch.x86_64;

import os2.rt.NoAlloc;
import os2.rt.Port;

/**
 * The 8254 programmable interval timer. Channel 0 (IRQ 0) is used one-shot: the
 * scheduler programs it for its next deadline, so an idle kernel takes no timer
 * interrupts at all. Channel 2, whose output can be read in port 0x61, measures a
 * known interval to calibrate the TSC (Intel 8254 datasheet; port 0x61 per the PC/AT).
 */
public final class Pit {
    /** Input clock of every channel, Hz. */
    public static final long FREQUENCY = 1_193_182L;
    /** The longest one-shot interval, in counts (a count register is 16 bits). */
    public static final int MAX_COUNT = 0xFFFF;

    static final int CH0_DATA = 0x40;
    static final int CH2_DATA = 0x42;
    static final int COMMAND = 0x43;
    /** Command byte: channel in bits 6..7, access lobyte/hibyte (3) in 4..5, mode in 1..3. */
    static final int CMD_CH0_MODE0 = (0 << 6) | (3 << 4) | (0 << 1);
    static final int CMD_CH2_MODE0 = (2 << 6) | (3 << 4) | (0 << 1);
    static final int PORT_B = 0x61;
    static final int PORT_B_GATE2 = 0x01;
    static final int PORT_B_SPEAKER = 0x02;
    static final int PORT_B_OUT2 = 0x20;

    private Pit() {
    }

    /** PIT counts for an interval in nanoseconds, clamped to 1..MAX_COUNT. */
    @NoAlloc
    public static int countFor(long nanos) {
        if (nanos <= 0) {
            return 1;
        }
        long c = nanos / 1000 * FREQUENCY / 1_000_000L;   // microseconds first: no overflow below ~2 hours
        return (int) Math.max(1, Math.min(MAX_COUNT, c));
    }

    /** Nanoseconds for a number of counts. */
    public static long nanosFor(int count) {
        return count * 1_000_000_000L / FREQUENCY;
    }

    /** Makes IRQ 0 fire once, count PIT periods from now (mode 0: interrupt on terminal count). */
    @NoAlloc
    public static void oneShot(int count) {
        Port.out8(COMMAND, CMD_CH0_MODE0);
        Port.out8(CH0_DATA, count & 0xFF);
        Port.out8(CH0_DATA, count >>> 8 & 0xFF);
    }

    /**
     * How long {@link #measureTsc} waits for the terminal count, in TSC ticks: far past
     * any real interval (2^33 ticks is 2 s at 4 GHz, 8.6 s at 1 GHz; the calibration
     * interval is 20 ms), so it only ends a wait for a PIT that never answers.
     */
    public static final long MAX_WAIT_TICKS = 1L << 33;
    /** The wait also ends after this many polls of port 0x61, in case the TSC stands still. */
    static final long MAX_POLLS = 100_000_000L;
    /** measureTsc: channel 2's output never rose (no PIT, or one that does not count). */
    public static final long NO_ANSWER = -1;

    /**
     * Runs channel 2 for count periods (speaker off) and busy-waits for its output to
     * rise: the one busy wait in the kernel, once at boot, before interrupts exist.
     * Returns the TSC ticks it took, using tsc as the clock, or {@link #NO_ANSWER} if the
     * output did not rise within {@link #MAX_WAIT_TICKS} (a missing or broken PIT must
     * not hang the boot).
     */
    public static long measureTsc(int count, java.util.function.LongSupplier tsc) {
        int b = Port.in8(PORT_B);
        Port.out8(PORT_B, (b & ~PORT_B_SPEAKER) & ~PORT_B_GATE2);
        Port.out8(COMMAND, CMD_CH2_MODE0);
        Port.out8(CH2_DATA, count & 0xFF);
        Port.out8(CH2_DATA, count >>> 8 & 0xFF);
        long start = tsc.getAsLong();
        Port.out8(PORT_B, (b & ~PORT_B_SPEAKER) | PORT_B_GATE2);   // gate high: counting starts
        long end = start;
        boolean answered = false;
        for (long polls = 0; polls < MAX_POLLS && end - start < MAX_WAIT_TICKS; polls++) {
            if ((Port.in8(PORT_B) & PORT_B_OUT2) != 0) {
                answered = true;
                break;
            }
            end = tsc.getAsLong();
        }
        end = tsc.getAsLong();
        Port.out8(PORT_B, b);
        return answered ? end - start : NO_ANSWER;
    }
}
