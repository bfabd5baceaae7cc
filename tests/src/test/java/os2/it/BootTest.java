package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The kernel boots through boot.S into Java and reaches "kernel ready". */
class BootTest {
    @Test
    void bootReachesJavaPrintsTheBannerAndIsReady() throws Exception {
        Os2.Result r = Os2.boot(20, "ready=exit");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.stdout().contains("OS2 0.1.0"), "banner\n" + r);
        assertTrue(r.lines().contains("kernel ready"), "a line 'kernel ready'\n" + r);
        assertTrue(r.stdout().contains("[info ] console: COM1"), "console init line\n" + r);
        assertTrue(r.stdout().matches("(?s).*java-entry tsc=\\d+, ready tsc=\\d+.*"), "boot figures\n" + r);
    }

    @Test
    void quietKeepsTheKernelSilentBelowWarnings() throws Exception {
        Os2.Result r = Os2.boot(20, "ready=exit", "--quiet");
        assertEquals(0, r.status(), r.toString());
        assertFalse(r.stdout().contains("[info"), r.toString());
        assertFalse(r.stdout().contains("kernel ready"), r.toString());
        assertEquals("", r.stdout().strip(), r.toString());
    }

    @Test
    void kernelReadyHaltsUntilTheTimeout() throws Exception {
        Os2.Result r = Os2.boot(6, "");
        assertEquals(124, r.status(), r.toString());
        assertTrue(r.lines().contains("kernel ready"), r.toString());
    }

    @Test
    void unknownLogLevelIsReported() throws Exception {
        Os2.Result r = Os2.boot(20, "ready=exit log=loud");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.stdout().contains("[warn ] log: unknown level \"loud\""), r.toString());
    }
}
