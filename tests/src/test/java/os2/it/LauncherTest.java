package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** ./os2 usage errors: status 2 and a message naming the problem. */
class LauncherTest {
    @Test
    void aBadFlagExits2WithAMessage() throws Exception {
        Os2.Result r = Os2.launcher(10, "boot", "--headless", "--frobnicate");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.stderr().contains("unknown option '--frobnicate'"), r.toString());
    }

    @Test
    void badValuesExit2() throws Exception {
        assertEquals(2, Os2.launcher(10, "boot", "--headless", "--timeout", "soon").status());
        assertEquals(2, Os2.launcher(10, "boot", "--headless", "--mem").status());
        assertEquals(2, Os2.launcher(10, "boot", "--headless", "--module", "/no/such/file").status());
        assertEquals(2, Os2.launcher(10, "bench", "nosuchbench").status());
    }

    @Test
    void anUnknownCommandExits2() throws Exception {
        Os2.Result r = Os2.launcher(10, "frobnicate");
        assertEquals(2, r.status(), r.toString());
        assertTrue(r.stderr().contains("unknown command 'frobnicate'"), r.toString());
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Os2.Result r = Os2.launcher(10, "help");
        assertEquals(0, r.status(), r.toString());
        for (String c : new String[] {"run", "build", "boot", "test", "aot", "iso", "debug", "bench"}) {
            assertTrue(r.stdout().contains("  " + c), c + "\n" + r);
        }
    }

    @Test
    void modulesReachTheKernel() throws Exception {
        Os2.requireImage();
        Os2.Result r = Os2.boot(20, "ready=exit", "--module", Os2.root().resolve("pom.xml").toString());
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.stdout().contains(", 1 modules"), r.toString());
    }

    /**
     * CI (.ci/run) and the launcher's own check install the same packages, and they
     * include every tool a test runs: gdb for DebugTest, GRUB and xorriso for the ISO.
     */
    @Test
    void ciAndTheLauncherInstallTheSamePackagesIncludingGdb() throws Exception {
        String launcher = Files.readString(Os2.root().resolve("os2"));
        Matcher m = Pattern.compile("(?m)^PACKAGES=\\(([^)]*)\\)").matcher(launcher);
        assertTrue(m.find(), "no PACKAGES=(...) line in ./os2");
        List<String> packages = Arrays.asList(m.group(1).trim().split("\\s+"));
        String ci = Files.readString(Os2.root().resolve(".ci/run"));
        Matcher c = Pattern.compile("(?m)^apt-get install -y (.*)$").matcher(ci);
        assertTrue(c.find(), "no apt-get install line in .ci/run");
        assertEquals(packages, Arrays.asList(c.group(1).trim().split("\\s+")));
        for (String p : new String[] {"gdb", "qemu-system-x86", "grub-pc-bin", "xorriso", "gcc"}) {
            assertTrue(packages.contains(p), p + " missing from " + packages);
        }
        assertTrue(launcher.contains("objcopy gdb"), "the non-Debian tool check names gdb");
    }
}
