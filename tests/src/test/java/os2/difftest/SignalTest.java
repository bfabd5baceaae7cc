package os2.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * A native program ended by SIGTERM or SIGINT behaves as on the JVM: what it printed (still in System.out's
 * buffer) is written out, and the exit status is 128 + the signal number.
 */
class SignalTest {
    @Test
    void terminationSignalsFlushAndExitLikeTheJvm() throws Exception {
        if (DifferentialTest.JVM_ONLY) return;
        Path classes = DifferentialTest.BUILD_DIR.resolve("signal-classes");
        Files.createDirectories(classes);
        Path src = Paths.get(SignalTest.class.getResource("/signals/Spin.java").toURI());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, javac.run(null, null, err, "--release", "17", "-d", classes.toString(), src.toString()), err.toString());
        Path exe = DifferentialTest.BUILD_DIR.resolve("signal-spin.bin");
        DifferentialTest.Build b = DifferentialTest.compile("signals.Spin", classes, exe);
        assertTrue(b.ok(), b.errors());
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        for (String sig : List.of("TERM", "INT")) {
            String jvm = runAndSignal(List.of(java.toString(), "-cp", classes.toString(), "signals.Spin"), sig);
            String nat = runAndSignal(List.of(exe.toAbsolutePath().toString()), sig);
            assertEquals(jvm, nat, "SIG" + sig + ": stdout and exit status, JVM vs native");
        }
    }

    /** Starts cmd, waits for "ready" on stderr, sends the signal, returns stdout and the exit status. */
    private static String runAndSignal(List<String> cmd, String sig) throws IOException, InterruptedException, URISyntaxException {
        Path out = Files.createTempFile("os2-signal", ".out");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).start();
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            assertEquals("ready", r.readLine(), String.join(" ", cmd));
            Thread.sleep(300);   // the print after "ready" is done by then
            new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).inheritIO().start().waitFor();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "no exit after SIG" + sig + ": " + cmd);
            return Files.readString(out) + "|exit " + p.exitValue();
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
