package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code ./os2 run} in a fresh clone of the committed repository, where nothing was
 * built: it must build everything and boot to "kernel ready". Slow (a full Maven
 * build); skipped with -Dos2.it.skipClone=true.
 */
class RunFromCleanCloneTest {
    @Test
    void runBuildsAndBootsAFreshClone() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("os2.it.skipClone"), "skipped by -Dos2.it.skipClone=true");
        Path dir = Files.createTempDirectory("os2-clone");
        try {
            Path clone = dir.resolve("os2");
            Os2.Result c = Os2.run(List.of("git", "clone", "-q", Os2.root().toString(), clone.toString()),
                    dir.toFile(), Map.of(), 120);
            assertEquals(0, c.status(), c.toString());
            assertTrue(!Files.exists(clone.resolve("build")) && !Files.exists(clone.resolve("kernel/target")));
            Os2.Result r = Os2.run(List.of("./os2", "run", "--timeout", "60", "--cmdline", "ready=exit"),
                    clone.toFile(), Map.of("OS2_OUT", clone.resolve("build").toString(), "OS2_BUILD_ROOT", ""), 900);
            assertEquals(0, r.status(), r.toString());
            assertTrue(r.lines().contains("kernel ready"), r.toString());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
