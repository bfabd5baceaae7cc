package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The memory subsystem in QEMU: its self tests with little RAM (32 MiB) and with 4 GiB,
 * where QEMU puts 1 GiB above the PCI hole, at 4 GiB: all of it must be found (the boot
 * log) and handed out (mem-all-frames fails if no frame above 4 GiB is ever allocated).
 */
class MemoryTest {
    static final String MEM_TESTS =
            "mem-map-unmap,mem-demand-half,mem-demand-oom,mem-guard,mem-wx,mem-churn,mem-all-frames";
    private static final Pattern RAM = Pattern.compile("\\[info \\] memory: (\\d+) MiB RAM \\((\\d+) MiB above 4 GiB\\)");

    @Test
    void selfTestsPassWith32MiB() throws Exception {
        Os2.Result r = Os2.boot(30, "test=" + MEM_TESTS, "--mem", "32M");
        assertEquals("7 passed, 0 failed", r.lastNonEmptyLine(), r.toString());
        Matcher m = RAM.matcher(r.stdout());
        assertTrue(m.find(), "memory log line\n" + r);
        assertTrue(Integer.parseInt(m.group(1)) >= 30 && Integer.parseInt(m.group(1)) <= 32, r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void allOf4GiBIsFoundAndUsed() throws Exception {
        Os2.Result r = Os2.boot(30, "test=mem-all-frames,mem-map-unmap,mem-churn", "--mem", "4G");
        Matcher m = RAM.matcher(r.stdout());
        assertTrue(m.find(), "memory log line\n" + r);
        int mib = Integer.parseInt(m.group(1));
        assertTrue(mib >= 4000 && mib <= 4096, "about 4 GiB of RAM reported, got " + mib + " MiB\n" + r);
        assertEquals("1024", m.group(2), "QEMU -m 4G has 1 GiB above 4 GiB\n" + r);
        assertTrue(r.lines().contains("TEST mem-all-frames ... ok"), r.toString());
        assertEquals("3 passed, 0 failed", r.lastNonEmptyLine(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void demandPagingOfHalfOf4GiB() throws Exception {
        // ~500,000 demand-zero faults taken as real #PF traps (about 8 s)
        Os2.Result r = Os2.boot(30, "test=mem-demand-half,mem-guard,mem-wx", "--mem", "4G");
        assertEquals("3 passed, 0 failed", r.lastNonEmptyLine(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void demandPagingBeyondAll4GiBRunsOutCleanly() throws Exception {
        // every free frame zeroed once, then a clean out-of-memory outcome (about 15 s)
        Os2.Result r = Os2.boot(30, "test=mem-demand-oom", "--mem", "4G");
        assertEquals("1 passed, 0 failed", r.lastNonEmptyLine(), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void aBadHeapSizeWarnsAndBootsWithTheDefault() throws Exception {
        // 32 MiB of RAM: the default heap is 6 MiB (a quarter, in 2 MiB steps)
        String[][] cases = {
            {"heap=9999999999999G", "heap=9999999999999G is larger than the"},
            {"heap=1G", "heap=1G is larger than the"},
            {"heap=lots", "heap=lots is malformed (want digits with an optional K, M or G suffix)"},
        };
        for (String[] c : cases) {
            Os2.Result r = Os2.boot(30, c[0] + " ready=exit", "--mem", "32M");
            assertEquals(0, r.status(), r.toString());
            assertTrue(r.stdout().contains("[warn ] heap: " + c[1]), r.toString());
            assertTrue(r.stdout().contains("using the default 6144 KiB"), r.toString());
            assertTrue(r.stdout().contains("kernel ready"), r.toString());
        }
    }
}
