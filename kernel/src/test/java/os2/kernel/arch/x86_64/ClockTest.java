package os2.kernel.arch.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import os2.rt.SimPorts;

/** TSC calibration against the PIT, with a simulated port 0x61 and a fake TSC. */
class ClockTest {
    @AfterEach
    void clean() {
        SimPorts.reset();
        Clock.calibrateFrom(Clock.ASSUMED_HZ / 50);
    }

    /** Port 0x61 whose OUT2 bit rises after polls reads (never if polls < 0). */
    private static void portB(int polls) {
        int[] n = {0};
        SimPorts.reset().attach(Pit.PORT_B, new SimPorts.Device() {
            @Override
            public int in(int port, int width) {
                return polls >= 0 && n[0]++ >= polls ? Pit.PORT_B_OUT2 : 0;
            }

            @Override
            public void out(int port, int width, int value) {
            }
        });
    }

    @Test
    void aPitThatNeverAnswersEndsTheWaitAfterTheTickBound() {
        portB(-1);
        AtomicLong tsc = new AtomicLong();
        long r = Pit.measureTsc(Clock.CALIBRATION_COUNTS, () -> tsc.addAndGet(1_000_000));
        assertEquals(Pit.NO_ANSWER, r);
        assertTrue(tsc.get() >= Pit.MAX_WAIT_TICKS && tsc.get() < Pit.MAX_WAIT_TICKS + 10_000_000, "" + tsc);
    }

    @Test
    void aStoppedTscEndsTheWaitAfterThePollBound() {
        portB(-1);
        long[] calls = {0};
        assertEquals(Pit.NO_ANSWER, Pit.measureTsc(Clock.CALIBRATION_COUNTS, () -> calls[0]++ * 0));
        assertTrue(calls[0] >= Pit.MAX_POLLS, "" + calls[0]);
    }

    @Test
    void anAnsweringPitMeasuresTheTicks() {
        portB(1000);
        AtomicLong tsc = new AtomicLong();
        long r = Pit.measureTsc(Clock.CALIBRATION_COUNTS, () -> tsc.addAndGet(40_000));
        assertTrue(r >= 1000 * 40_000L && r <= 1003 * 40_000L, "" + r);
        assertNull(Clock.calibrateFrom(r));
        assertTrue(Math.abs(Clock.tscHz() - 2_000_000_000L) < 10_000_000L, "" + Clock.tscHz());
    }

    @Test
    void noAnswerOrAnImplausibleAnswerFallsBackWithAWarning() {
        String w = Clock.calibrateFrom(Pit.NO_ANSWER);
        assertEquals("PIT channel 2 did not answer; TSC frequency assumed 1000 MHz, so time and timers are"
                + " approximate", w);
        assertEquals(Clock.ASSUMED_HZ, Clock.tscHz());
        w = Clock.calibrateFrom(40_000);   // 2 MHz: what QEMU -machine pit=off gives
        assertTrue(w.startsWith("PIT channel 2 gave an implausible TSC frequency of 2000 kHz"), w);
        assertEquals(Clock.ASSUMED_HZ, Clock.tscHz());
        assertTrue(Clock.calibrateFrom(Long.MAX_VALUE / Pit.FREQUENCY).contains("implausible"));
    }
}
