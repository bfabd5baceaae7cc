package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Coverage guidance at CI size (docs/RELIABILITY.md "Coverage"): the kernel built with edge
 * counters, a short guided campaign of os2.user.fuzz.SysFuzz on it, the counters read out
 * through the COVERAGE debug call and mapped back to the system-call layer. A counter the
 * compiler did not emit, or a readout that copies nothing, leaves the layer near zero and
 * the corpus empty.
 */
class CoverageFuzzTest {
    /** 5,000 calls reach about 400 of the layer's ~1,200 points (seed 1); broken counters reach 0. */
    private static final int LAYER_FLOOR = 250;

    @Test
    void aGuidedCampaignReadsTheCountersAndCoversTheSyscallLayer() throws Exception {
        Os2.requireImage();
        Os2.Result img = Os2.launcher(1200, "image", "--coverage");
        assertEquals(0, img.status(), img.toString());
        Os2.Result r = Os2.launcher(600, "fuzz", "syscalls", "--coverage", "--count", "5000", "--seed", "1");
        assertEquals(0, r.status(), r.toString());
        Matcher done = Pattern.compile("calls (\\d+) .*corpus (\\d+), points reached (\\d+) of (\\d+)").matcher(r.stdout());
        assertTrue(done.find(), r.toString());
        assertTrue(Long.parseLong(done.group(1)) >= 5000, r.toString());
        assertTrue(Integer.parseInt(done.group(2)) > 0, "inputs reaching new edges were kept\n" + r);
        Matcher layer = Pattern.compile("coverage: syscall layer (\\d+) of (\\d+) points").matcher(r.stdout());
        assertTrue(layer.find(), r.toString());
        int reached = Integer.parseInt(layer.group(1));
        int total = Integer.parseInt(layer.group(2));
        assertTrue(total > 1000, "the layer's points are in the table: " + total);
        assertTrue(reached >= LAYER_FLOOR && reached < total, "layer coverage " + reached + " of " + total + "\n" + r);
    }
}
