package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** test=NAME|all on the kernel command line: TEST lines, the summary, the exit status. */
class SelfTestProtocolTest {
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) passed, (\\d+) failed");

    @Test
    void allSelfTestsPass() throws Exception {
        Os2.Result r = Os2.boot(20, "test=all");
        List<String> tests = r.lines().stream().filter(l -> l.startsWith("TEST ")).collect(Collectors.toList());
        assertTrue(tests.size() >= 5, "at least 5 self tests ran\n" + r);
        for (String t : tests) {
            assertTrue(t.matches("TEST [a-z0-9-]+ \\.\\.\\. ok"), t + "\n" + r);
        }
        Matcher m = SUMMARY.matcher(r.lastNonEmptyLine());
        assertTrue(m.matches(), "summary line\n" + r);
        assertEquals(tests.size(), Integer.parseInt(m.group(1)), r.toString());
        assertEquals("0", m.group(2), r.toString());
        assertEquals(0, r.status(), r.toString());
    }

    @Test
    void aDeliberateFailureFailsTheRun() throws Exception {
        Os2.Result r = Os2.boot(20, "test=fail");
        assertTrue(r.lines().contains("TEST fail ... FAIL deliberate failure"), r.toString());
        assertEquals("0 passed, 1 failed", r.lastNonEmptyLine(), r.toString());
        assertNotEquals(0, r.status(), r.toString());
        assertEquals(1, r.status(), r.toString());
    }

    @Test
    void testsAreSelectedByNameAndUnknownNamesFail() throws Exception {
        Os2.Result r = Os2.boot(20, "test=cmdline,nosuchtest");
        assertTrue(r.lines().contains("TEST cmdline ... ok"), r.toString());
        assertTrue(r.lines().contains("TEST nosuchtest ... FAIL no such test"), r.toString());
        assertEquals("1 passed, 1 failed", r.lastNonEmptyLine(), r.toString());
        assertEquals(1, r.status(), r.toString());
    }
}
