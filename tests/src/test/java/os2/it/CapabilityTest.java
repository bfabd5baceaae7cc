package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Capabilities, channels, page transfer and the pager in QEMU (docs/CAPABILITIES.md):
 * the scenarios of utest.c with capchild.c as the other tasks, and two Java tasks
 * (pingpong.elf) talking over a channel. Each scenario prints "utest: ..." lines and
 * PASS when it held; the assertions name the figures that matter.
 */
class CapabilityTest {
    /** Two Java tasks exchange 10,000 messages, every answer checked. */
    @Test
    void twoJavaTasksPingPongTenThousandMessages() throws Exception {
        Os2.requireImage();
        Os2.Result r = Os2.launcher(200, "boot", "--headless", "--quiet", "--mem", "256M", "--timeout", "180", "--init",
                UserProgramsTest.program("pingpong.elf") + " 10000", "--module",
                UserProgramsTest.program("pingpong.elf").toString());
        assertTrue(r.stdout().contains("pong: served 10000\n"), r.toString());
        assertTrue(r.stdout().contains("pingpong: 10000 round trips, 0 wrong answers"), r.toString());
        assertTrue(r.stdout().contains("pong exited with status 0\n"), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    /**
     * 1,000 pages move from one task to another in one region: the receiver finds them at
     * the sender's address with every word intact, and the sender dies touching them.
     */
    @Test
    void aThousandPagesMoveZeroCopyAndLeaveTheSender() throws Exception {
        Os2.Result r = UserModeTest.utest(120, "pages 1000");
        UserModeTest.assertPassed(r);
        assertTrue(r.stdout().contains("capchild: same virtual address 0x"), r.toString());
        assertTrue(r.stdout().contains("capchild: received 1000 pages, 0 words wrong\n"), r.toString());
        assertTrue(r.stdout().contains("utest: sender status 142, receiver status 0\n"), r.toString());
        assertTrue(r.stdout().contains("killed: CPU exception #PF page fault"), "the sender's fault is reported\n" + r);
    }

    @Test
    void aMillionRandomHandlesAreAllRefused() throws Exception {
        Os2.Result r = UserModeTest.utest(240, "randhandles 1000000");
        UserModeTest.assertPassed(r);
        assertTrue(r.stdout().contains("utest: 1000000 random handles, 0 accepted\n"), r.toString());
    }

    /** A child spawned with no capabilities (and told this task's handles) can do nothing but compute, time and exit. */
    @Test
    void aChildWithoutCapabilitiesCannotReachAnything() throws Exception {
        Os2.Result r = UserModeTest.utest(60, "nocaps");
        UserModeTest.assertPassed(r);
        assertTrue(r.stdout().contains("utest: a child without capabilities got 0 wrong answers\n"), r.toString());
    }

    @Test
    void aRevokedRegionDisappearsFromTheHolderOfADerivedCopy() throws Exception {
        Os2.Result r = UserModeTest.utest(60, "revoke");
        UserModeTest.assertPassed(r);
        assertTrue(r.stdout().contains("capchild: revoked, touching the region\n"), r.toString());
        assertTrue(r.stdout().contains("utest: the holder of the copy ended with status 142\n"), r.toString());
        assertTrue(r.stdout().contains("utest: the original still works\n"), r.toString());
    }

    @Test
    void aUserLevelPagerServesARegionsFaults() throws Exception {
        Os2.Result r = UserModeTest.utest(60, "pager 64");
        UserModeTest.assertPassed(r);
        assertTrue(r.stdout().contains("utest: read 64 paged-in pages, 0 words wrong\n"), r.toString());
        assertTrue(r.stdout().contains("capchild: pager served 64 faults\n"), r.toString());
    }

    /** 10,000 spawn/exit cycles: free frames, kernel heap and live capabilities back at their baseline. */
    @Test
    void tenThousandSpawnExitCyclesLeaveTheKernelAtItsBaseline() throws Exception {
        Os2.Result r = UserModeTest.utest(400, "churn 10000");
        UserModeTest.assertPassed(r);
        assertTrue(r.stdout().contains("utest: 10000 spawn/exit cycles\n"), r.toString());
    }

    /** A Java program given no memory capability says so on its error stream and exits 127. */
    @Test
    void aJavaProgramWithoutMemorySaysSoAndExits127() throws Exception {
        Os2.Result r = UserModeTest.utest(60, "nomemory", UserProgramsTest.program("hello.elf").toString());
        UserModeTest.assertPassed(r);
        assertTrue(r.stdout().contains("os2: no memory capability in start slot 3"), r.toString());
        assertTrue(r.stdout().contains("utest: hello.elf without memory: status 127\n"), r.toString());
    }
}
