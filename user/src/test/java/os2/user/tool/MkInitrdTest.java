package os2.user.tool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import os2.user.fs.Cpio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MkInitrdTest {
    @Test
    void archiveHasBinTreeAndParentsAndIsReproducible(@TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("tree/usr/share"));
        Files.writeString(tree.resolve("words"), "a\nb\n");
        Files.createDirectories(tmp.resolve("tree/etc"));
        Files.writeString(tmp.resolve("tree/etc/motd"), "hi\n");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.write(bin.resolve("ls.elf"), new byte[] {0x7F, 'E', 'L', 'F'});
        Files.writeString(bin.resolve("notes.txt"), "not a program");
        Files.createDirectories(bin.resolve("test"));
        String out1 = tmp.resolve("a.cpio").toString();
        String out2 = tmp.resolve("b.cpio").toString();
        MkInitrd.main(new String[] {out1, "--tree", tmp.resolve("tree").toString(), "--bin", bin.toString()});
        MkInitrd.main(new String[] {out2, "--tree", tmp.resolve("tree").toString(), "--bin", bin.toString()});
        byte[] a = Files.readAllBytes(Path.of(out1));
        assertArrayEquals(a, Files.readAllBytes(Path.of(out2)), "same inputs, same bytes");
        List<Cpio.Entry> es = Cpio.read(a);
        assertEquals(List.of("bin", "etc", "usr", "usr/share", "bin/ls", "etc/motd", "usr/share/words"),
                es.stream().map(Cpio.Entry::name).collect(Collectors.toList()));
        assertTrue(es.get(0).isDirectory());
        assertEquals(0755, es.get(4).permissions());
        assertEquals(0644, es.get(5).permissions());
        assertEquals("a\nb\n", new String(es.get(6).data(), StandardCharsets.UTF_8));
    }
}
