package os2.kernel.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real ELF executables built once per test run with the host's gcc: a static PIE (with
 * R_X86_64_RELATIVE relocations from its data pointers) and an ET_EXEC. Null when gcc is missing
 * (the tests then skip through an assumption).
 */
final class RealElfs {
    static final String SOURCE = String.join("\n",
            "static int x = 42;",
            "int *p = &x;",
            "const char *msg = \"hello\";",
            "static int bss[1000];",
            "int *table[] = { &x, bss, bss + 5, 0 };",
            "static void f(void) { bss[2]++; }",
            "void (*fp)(void) = f;",
            "void _start(void) { for (;;) { bss[1] += *p + msg[0]; fp(); __asm__ volatile(\"pause\"); } }",
            "");

    private static boolean built;
    private static Path dir;

    private RealElfs() {
    }

    /** The static PIE, or null without gcc. */
    static synchronized Path pie() {
        build();
        return dir == null ? null : dir.resolve("pie");
    }

    /** The ET_EXEC, or null without gcc. */
    static synchronized Path exec() {
        build();
        return dir == null ? null : dir.resolve("exec");
    }

    private static void build() {
        if (built) {
            return;
        }
        built = true;
        try {
            Path d = Files.createTempDirectory("os2-elf");
            d.toFile().deleteOnExit();
            for (String name : new String[] {"t.c", "pie", "exec"}) {
                d.resolve(name).toFile().deleteOnExit(); // deleted before the directory
            }
            Path c = d.resolve("t.c");
            Files.writeString(c, SOURCE);
            if (run(d, "gcc", "-O1", "-static-pie", "-nostdlib", "-ffreestanding", "-fPIE", "-o", "pie", "t.c") == null
                    || run(d, "gcc", "-O1", "-static", "-no-pie", "-nostdlib", "-ffreestanding", "-o", "exec", "t.c") == null) {
                return;
            }
            dir = d;
        } catch (IOException e) {
            dir = null;
        }
    }

    /** Runs a command in {@code d}; its standard output, or null if it could not run or failed. */
    static String run(Path d, String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).directory(d.toFile()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The files to mutate: the real ones if gcc is there, and the hand-built ones always. */
    static List<byte[]> seeds() throws IOException {
        List<byte[]> s = new ArrayList<>();
        if (pie() != null) {
            s.add(Files.readAllBytes(pie()));
            s.add(Files.readAllBytes(exec()));
        }
        s.add(ElfBuilder.pie().build());
        s.add(ElfBuilder.exec().build());
        return s;
    }
}
