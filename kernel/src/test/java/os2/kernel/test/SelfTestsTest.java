package os2.kernel.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelfTestsTest {
    @Test
    void allExcludesTheDeliberateOnes() {
        List<String> all = SelfTests.select("all");
        assertTrue(all.contains("cmdline"));
        assertTrue(all.contains("heap-churn"));
        assertFalse(all.contains("fail"));
        assertFalse(all.contains("panic"));
        assertFalse(all.contains("sched-loop-panic"));
        assertFalse(all.contains("trap-throw"));
        assertFalse(all.contains("input"));
        for (String t : new String[] {"ist-guard", "sched-until", "sched-null-result", "sched-null-successor"}) {
            assertTrue(all.contains(t), t);
        }
    }

    @Test
    void namesAreSelectedInOrderGiven() {
        assertEquals(List.of("fail", "cmdline"), SelfTests.select("fail,cmdline"));
        assertEquals(List.of(), SelfTests.select(""));
    }

    @Test
    void namesAreUnique() {
        List<String> names = SelfTests.names();
        assertEquals(names.size(), names.stream().distinct().count());
    }
}
