package os2.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class OptionsTest {
    @Test
    void badFlagIsAUsageError() {
        UsageError e = assertThrows(UsageError.class, () -> Options.parse(new String[] {"--frobnicate"}));
        assertTrue(e.getMessage().contains("--frobnicate"));
    }

    @Test
    void unknownTarget() {
        assertThrows(UsageError.class, () -> Options.parse(new String[] {"--target", "windows"}));
    }

    @Test
    void mainReportsUsageWithStatus2() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err));
        try {
            assertEquals(2, Main.run("--target", "linux"));
        } finally {
            System.setErr(old);
        }
        assertTrue(err.toString().contains("usage:"));
    }

    @Test
    void classpathSplitsOnColons() {
        Options o = Options.parse(new String[] {"--target", "linux", "--main", "A", "--out", "x", "--runtime", ".", "a:b", "c"});
        assertEquals(3, o.classpath.size());
    }
}
