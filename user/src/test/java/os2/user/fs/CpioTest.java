package os2.user.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpioTest {
    static boolean hostCpio() {
        return new File("/usr/bin/cpio").canExecute() || new File("/bin/cpio").canExecute();
    }

    static byte[] run(Path dir, byte[] stdin, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), String.join(" ", cmd));
        return out;
    }

    @Test
    void readsWhatTheHostsCpioWrites(@TempDir Path dir) throws Exception {
        assumeTrue(hostCpio(), "host cpio not installed (apt-get install cpio)");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", "hello\n".getBytes(StandardCharsets.UTF_8));
        files.put("empty", new byte[0]);
        files.put("sub/deeper/odd size.bin", new byte[] {1, 2, 3, 4, 5, 0, (byte) 0xFF});
        byte[] big = new byte[70_001];
        new Random(7).nextBytes(big);
        files.put("sub/big", big);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.createDirectories(dir.resolve(e.getKey()).getParent());
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        String list = ".\na.txt\nempty\nsub\nsub/deeper\nsub/deeper/odd size.bin\nsub/big\n";
        byte[] archive = run(dir, list.getBytes(StandardCharsets.UTF_8), "cpio", "-o", "-H", "newc", "--quiet");
        List<Cpio.Entry> entries = Cpio.read(archive);
        assertEquals(List.of("a.txt", "empty", "sub", "sub/deeper", "sub/deeper/odd size.bin", "sub/big"),
                entries.stream().map(Cpio.Entry::name).collect(Collectors.toList()));
        for (Cpio.Entry en : entries) {
            if (files.containsKey(en.name())) {
                assertTrue(en.isFile(), en.name());
                assertArrayEquals(files.get(en.name()), en.data(), en.name());
            } else {
                assertTrue(en.isDirectory(), en.name());
            }
        }
        // the same with the checksummed variant (070702)
        byte[] crc = run(dir, list.getBytes(StandardCharsets.UTF_8), "cpio", "-o", "-H", "crc", "--quiet");
        assertEquals(6, Cpio.read(crc).size());
    }

    @Test
    void theHostsCpioReadsWhatTheWriterWrites(@TempDir Path dir) throws Exception {
        assumeTrue(hostCpio(), "host cpio not installed (apt-get install cpio)");
        byte[] archive = new Cpio.Writer(1_700_000_000L).directory("etc", 0755)
                .file("etc/motd", 0644, "welcome\n".getBytes(StandardCharsets.UTF_8))
                .file("bin/x", 0755, new byte[] {0x7F, 'E', 'L', 'F', 1})
                .finish();
        String listing = new String(run(dir, archive, "cpio", "-t", "--quiet"), StandardCharsets.UTF_8);
        assertEquals("etc\netc/motd\nbin/x\n", listing);
        run(dir, archive, "cpio", "-i", "-d", "-m", "--quiet");
        assertEquals("welcome\n", Files.readString(dir.resolve("etc/motd")));
        assertTrue(Files.isExecutable(dir.resolve("bin/x")));
        assertEquals(1_700_000_000_000L, Files.getLastModifiedTime(dir.resolve("etc/motd")).toMillis());
    }

    @Test
    void writerIsDeterministic() {
        byte[] a = new Cpio.Writer(0).file("x", 0644, new byte[3]).finish();
        byte[] b = new Cpio.Writer(0).file("x", 0644, new byte[3]).finish();
        assertArrayEquals(a, b);
        assertEquals(0, a.length % 4);
    }

    static byte[] sample() {
        return new Cpio.Writer(5).directory("d", 0755).file("d/f", 0644, "data!".getBytes(StandardCharsets.UTF_8)).finish();
    }

    static String error(byte[] archive) {
        return assertThrows(CpioException.class, () -> Cpio.read(archive)).getMessage();
    }

    @Test
    void malformedArchivesAreRefusedWithClearErrors() {
        byte[] ok = sample();
        byte[] bad = ok.clone();
        bad[0] = 'X';
        assertEquals("bad magic at offset 0: 'X70701' (expected 070701, a newc archive)", error(bad));
        assertEquals("truncated header at offset 0 (50 of 110 bytes)", error(java.util.Arrays.copyOf(ok, 50)));
        assertEquals("truncated archive: no TRAILER!!! entry after offset 0", error(new byte[0]));
        bad = ok.clone();
        bad[6 + 8 * 6 + 3] = 'g';
        assertEquals("header field filesize at offset 54 is not hexadecimal: '000g0000'", error(bad));
        byte[] huge = withField(ok, 11, 0xFFFFFFFFL);
        assertEquals("entry at offset 0: name size 4294967295 is out of range (1..4096)", error(huge));
        int second = 112 + 4 * ((0) / 4);   // "d\0" fits in the 2 bytes after the 110-byte header
        byte[] sizeOverflow = withFieldAt(ok, second, 6, 0x7FFFFFFFL);
        assertEquals("entry 'd/f' at offset 112: data (2147483647 bytes) runs past the end of the archive", error(sizeOverflow));
        assertTrue(error(java.util.Arrays.copyOf(ok, ok.length - 20)).contains("runs past the end of the archive")
                || error(java.util.Arrays.copyOf(ok, ok.length - 20)).startsWith("truncated"));
        byte[] trav = new Cpio.Writer(0).file("a/../../etc/passwd", 0644, new byte[1]).finish();
        assertEquals("entry at offset 0: name 'a/../../etc/passwd' contains '..' (path traversal)", error(trav));
        byte[] noNul = withField(ok, 11, 1);   // name "d" but its size says the NUL is not there
        assertEquals("entry at offset 0: name is not NUL-terminated", error(noNul));
    }

    static byte[] withField(byte[] a, int field, long v) {
        return withFieldAt(a, 0, field, v);
    }

    static byte[] withFieldAt(byte[] a, int header, int field, long v) {
        byte[] b = a.clone();
        String h = String.format("%08X", v);
        for (int i = 0; i < 8; i++) {
            b[header + 6 + 8 * field + i] = (byte) h.charAt(i);
        }
        return b;
    }

    @Test
    void leadingSlashesAndDotsAreNormalisedAndTheRootSkipped() throws CpioException {
        byte[] a = new Cpio.Writer(0).directory(".", 0755).file("./x//y", 0644, new byte[0])
                .file("/abs", 0600, new byte[0]).finish();
        List<Cpio.Entry> es = Cpio.read(a);
        assertEquals(List.of("x/y", "abs"), es.stream().map(Cpio.Entry::name).collect(Collectors.toList()));
        assertEquals(0600, es.get(1).permissions());
    }

    @Property(tries = 200)
    void writeThenReadGivesTheSameEntries(@ForAll @Size(max = 8) List<@StringLength(min = 1, max = 12) String> names,
                                          @ForAll @IntRange(max = 300) int seed) throws CpioException {
        Cpio.Writer w = new Cpio.Writer(seed);
        List<String> expected = new ArrayList<>();
        List<byte[]> datas = new ArrayList<>();
        Random r = new Random(seed);
        for (String n : names) {
            String name = "f" + n.replaceAll("[^A-Za-z0-9_.-]", "_").replace("..", "__");
            byte[] d = new byte[r.nextInt(40)];
            r.nextBytes(d);
            w.file(name, 0644, d);
            expected.add(name);
            datas.add(d);
        }
        List<Cpio.Entry> es = Cpio.read(w.finish());
        assertEquals(expected, es.stream().map(Cpio.Entry::name).collect(Collectors.toList()));
        for (int i = 0; i < es.size(); i++) {
            assertArrayEquals(datas.get(i), es.get(i).data());
            assertEquals(seed, es.get(i).mtime());
        }
    }

    /** Corrupting, truncating or splicing a valid archive only ever gives CpioException (or a valid read). */
    @Property(tries = 2000)
    void mutatedArchivesOnlyThrowCpioException(@ForAll @IntRange(max = 1_000_000) int seed) {
        byte[] a = new Cpio.Writer(1).directory("etc", 0755).file("etc/a", 0644, "some text here".getBytes(StandardCharsets.UTF_8))
                .file("b", 0755, new byte[33]).finish();
        Random r = new Random(seed);
        int kind = r.nextInt(3);
        if (kind == 0) {
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                a[r.nextInt(a.length)] = (byte) (r.nextBoolean() ? r.nextInt(256) : "0123456789ABCDEF".charAt(r.nextInt(16)));
            }
        } else if (kind == 1) {
            a = java.util.Arrays.copyOf(a, r.nextInt(a.length));
        } else {
            int at = 6 + 8 * r.nextInt(13) + r.nextInt(8);
            a[at] = (byte) "0123456789ABCDEF".charAt(r.nextInt(16));
        }
        try {
            for (Cpio.Entry e : Cpio.read(a)) {
                assertTrue(os2.user.fs.Path.isContained(e.name()), e.name());
            }
        } catch (CpioException e) {
            assertTrue(!e.getMessage().isEmpty());
        }
    }
}
