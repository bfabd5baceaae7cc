package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A panic prints its message and a Java stack trace, then exits QEMU with status 3. */
class PanicTest {
    @Test
    void panicShowsAJavaStackTraceAndExitsWith3() throws Exception {
        Os2.Result r = Os2.boot(20, "test=panic");
        assertTrue(r.lines().contains("PANIC: deliberate panic (self test)"), r.toString());
        assertTrue(r.lines().stream().anyMatch(l -> l.matches("\tat os2\\.kernel\\..*\\(.*\\.java:\\d+\\)")),
                "a stack trace line 'at os2.kernel.X.m(X.java:N)'\n" + r);
        assertTrue(r.lines().stream().anyMatch(l -> l.matches("\tat os2\\.kernel\\.test\\.ProtocolSelfTests\\.deliberatePanic\\(ProtocolSelfTests\\.java:\\d+\\)")),
                "the test's own frame\n" + r);
        assertEquals(3, r.status(), r.toString());
    }
}
