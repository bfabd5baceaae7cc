package os2.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * --target os2 produces what the kernel's ELF loader accepts (docs/SYSCALLS.md, issue 8):
 * a static PIE with R_X86_64_RELATIVE relocations only, no interpreter, no TLS, no needed
 * libraries, and loadable segments that are never writable and executable and never share a page.
 */
class Os2TargetTest {
    static String headers;
    static String relocs;
    static String dynamic;

    @BeforeAll
    static void build() throws Exception {
        Path runtime = Path.of("../runtime/target/classes");
        assertTrue(Files.isRegularFile(runtime.resolve("os2/c/platform_os2.c")), "runtime not built");
        Path classes = Path.of(Os2TargetTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = Files.createTempDirectory("os2target").resolve("hello.elf");
        assertEquals(0, Main.run("--target", "os2", "--main", "os2.aot.fixtures.UserHello", "--out", out.toString(),
                "--runtime", runtime.toString(), classes.toString()));
        headers = readelf("-h", "-l", out);
        relocs = readelf("-r", out);
        dynamic = readelf("-d", out);
        Files.delete(out);
    }

    static String readelf(String what, Path elf) throws IOException, InterruptedException {
        return readelf(what, null, elf);
    }

    static String readelf(String a, String b, Path elf) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("readelf", "-W", a));
        if (b != null) {
            cmd.add(b);
        }
        cmd.add(elf.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "readelf failed:\n" + text);
        return text;
    }

    @Test
    void isAPositionIndependentExecutableWithoutInterpreterOrTls() {
        assertTrue(headers.contains("DYN (Position-Independent Executable file)"), headers);
        assertFalse(headers.contains("INTERP"), headers);
        assertFalse(headers.contains(" TLS "), headers);
        assertFalse(dynamic.contains("(NEEDED)"), dynamic);
    }

    @Test
    void onlyRelativeRelocations() {
        int n = 0;
        for (String line : relocs.split("\n")) {
            if (line.matches("^[0-9a-f]{16} .*")) {
                assertTrue(line.contains("R_X86_64_RELATIVE"), "a relocation the loader refuses: " + line);
                n++;
            }
        }
        assertTrue(n > 100, "expected the class data's pointers to be relocated, found " + n + " relocations");
    }

    @Test
    void loadSegmentsAreWxorXAndPageSeparate() {
        Pattern load = Pattern.compile("LOAD\\s+0x(\\p{XDigit}+)\\s+0x(\\p{XDigit}+)\\s+0x\\p{XDigit}+\\s+0x(\\p{XDigit}+)"
                + "\\s+0x(\\p{XDigit}+)\\s+([RWE ]+?)\\s+0x(\\p{XDigit}+)");
        Matcher m = load.matcher(headers);
        long prevEndPage = -1;
        int segments = 0;
        boolean executable = false;
        while (m.find()) {
            long vaddr = Long.parseLong(m.group(2), 16);
            long memsz = Long.parseLong(m.group(4), 16);
            String flags = m.group(5);
            assertFalse(flags.contains("W") && flags.contains("E"), "a writable and executable segment: " + m.group());
            executable |= flags.contains("E");
            assertEquals(0x1000, Long.parseLong(m.group(6), 16), "segment alignment");
            assertTrue(vaddr / 4096 > prevEndPage, "segments share a page: " + m.group());
            prevEndPage = (vaddr + memsz - 1) / 4096;
            segments++;
        }
        assertTrue(segments >= 2 && executable, "expected separate text and data segments:\n" + headers);
    }
}
