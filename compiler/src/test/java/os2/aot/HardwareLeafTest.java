package os2.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hardware leaves (MethodEmitter#hardwareLeaf: a frame only for a raw access, no calls
 * but intrinsics) get an inline copy in os2.h, frame included, with their method info
 * declared there and defined with external linkage in their own file; a method that calls
 * Java methods gets none. The program, linked from several C files, computes what the JVM does.
 */
class HardwareLeafTest {
    static final String LEAF = "os2_aot_fixtures_HardwareLeaves__slot";
    static final String WRITER = "os2_aot_fixtures_HardwareLeaves__store";
    static final String CALLER = "os2_aot_fixtures_HardwareLeaves__sum";

    @Test
    void leavesAreCopiedIntoTheHeaderWithTheirMethodInfo() throws Exception {
        Path runtime = Path.of("../runtime/target/classes");
        assertTrue(Files.isRegularFile(runtime.resolve("os2/c/os2rt.h")), "runtime not built");
        Path classes = Path.of(HardwareLeafTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rt = Path.of(os2.rt.Mem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = Files.createTempDirectory("hwleaf");
        Path exe = dir.resolve("leaves");
        Path c = dir.resolve("c");
        assertEquals(0, Main.run("--target", "linux", "--main", "os2.aot.fixtures.HardwareLeaves", "--out", exe.toString(),
                "--emit-c", c.toString(), "--runtime", runtime.toString(), classes.toString(), rt.toString()));

        String header = Files.readString(c.resolve("os2.h"));
        for (String fn : new String[] {LEAF, WRITER}) {
            assertTrue(header.contains("extern const JMethodInfo MI_" + fn + ";"), fn);
            assertTrue(header.contains("extern inline __attribute__((gnu_inline)) ") && header.contains(fn + "(jlong p0, jint p1"), fn);
            assertTrue(header.contains("#ifndef OS2_OWN_" + fn), fn);
        }
        assertFalse(header.contains("MI_" + CALLER), "a method that calls Java methods is no leaf");
        String own;
        try (Stream<Path> files = Files.list(c)) {
            own = files.filter(p -> p.toString().endsWith(".c")).map(HardwareLeafTest::read)
                    .filter(t -> t.contains("jlong " + LEAF + "(jlong p0, jint p1) {")).findFirst().orElseThrow();
        }
        assertTrue(own.contains("\nconst JMethodInfo MI_" + LEAF + " = {"), "the leaf's info has external linkage");
        assertTrue(own.contains("static const JMethodInfo MI_" + CALLER + " = {"), "other infos stay file-local");

        Process p = new ProcessBuilder(exe.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals("43\n", out);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
