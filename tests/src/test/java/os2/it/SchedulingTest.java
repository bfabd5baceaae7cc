package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Timer waits, 100,000 Now continuations on the kernel loop, crash reports, idle-time
 * collection, serial input and the echo prompt, in QEMU.
 */
class SchedulingTest {
    @Test
    void untilWaitsAndNowContinuations() throws Exception {
        Os2.Result r = Os2.boot(30, "test=sched-until,sched-now-100k");
        assertTrue(r.lines().contains("TEST sched-until ... ok"), r.toString());
        assertTrue(r.lines().contains("TEST sched-now-100k ... ok"), r.toString());
        assertEquals("2 passed, 0 failed", r.lastNonEmptyLine(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void aContinuationThatThrowsIsReportedAndTheKernelGoesOn() throws Exception {
        Os2.Result r = Os2.boot(30, "test=sched-crash,sched-error,cmdline");
        assertTrue(r.lines().contains("continuation failed: java.lang.IllegalStateException: "
                + "deliberate crash (self test sched-crash)"), r.toString());
        assertTrue(r.stdout().contains("\tat os2.kernel.sched.LoopSelfTests.lambda$crashIsReported$"), r.toString());
        assertTrue(r.lines().contains("TEST sched-crash ... ok"), r.toString());
        assertTrue(r.lines().contains("TEST sched-error ... ok"), r.toString());
        assertTrue(r.lines().contains("TEST cmdline ... ok"), "tests after the crash still run\n" + r);
        assertEquals("3 passed, 0 failed", r.lastNonEmptyLine(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void idleTimeCollectsGarbage() throws Exception {
        Os2.Result r = Os2.boot(30, "test=heap-idle-gc");
        assertTrue(r.lines().contains("TEST heap-idle-gc ... ok"), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void aLineTypedOnTheSerialTerminalReachesKeyboardContinuations() throws Exception {
        String out = Os2.interact(30, "input: type \"hello os2\" and Enter", "hello os2\r", "failed",
                "--quiet", "--cmdline", "test=input");
        assertTrue(out.contains("TEST input ... ok"), out);
        assertTrue(out.contains("1 passed, 0 failed"), out);
    }

    @Test
    void withoutInputTheInputTestFails() throws Exception {
        // The test is real: with nothing typed it times out (20 s of guest time) and fails.
        Os2.Result r = Os2.boot(40, "test=input", "--quiet");
        assertTrue(r.stdout().contains("TEST input ... FAIL timed out"), r.toString());
        assertEquals(1, r.status(), r.toString());
    }

    @Test
    void thePromptEchoesTypedCharacters() throws Exception {
        // Without the NIC: the DHCP lease is logged whenever it arrives, possibly right after
        // the prompt, and this test is about the prompt's echo, not about the network.
        String out = Os2.interact(30, "os2> ", "abc", "abc", "--no-net");
        assertTrue(out.contains("kernel ready"), out);
        assertTrue(out.contains("os2> abc"), out);
    }
}
