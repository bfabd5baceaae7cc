package os2.user.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The file server's logic without channels: requests as bytes, answers checked. */
class FsServerTest {
    private FsServer fs;
    private FsServer.Obj root;

    @BeforeEach
    void setUp() throws Exception {
        byte[] archive = new Cpio.Writer(0).directory("bin", 0755).directory("etc", 0755)
                .file("bin/box", 0755, "ELF".getBytes(StandardCharsets.UTF_8))
                .add("bin/cat", Cpio.S_IFLNK | 0777, "box".getBytes(StandardCharsets.UTF_8))
                .add("bin/up", Cpio.S_IFLNK | 0777, "../etc".getBytes(StandardCharsets.UTF_8))
                .file("etc/motd", 0644, "hello\n".getBytes(StandardCharsets.UTF_8)).finish();
        fs = new FsServer();
        fs.mountArchive(Cpio.read(archive));
        fs.mountRam("tmp");
        root = fs.rootObject(FsProto.RIGHTS_ALL);
    }

    private static int status(FsServer.Answer a) {
        return new FsProto.Reader(a.bytes(), 0).u32();
    }

    private FsServer.Obj open(FsServer.Obj at, String path, int flags) {
        FsServer.Answer a = fs.handle(at, new FsProto.Writer().u8(FsProto.OPEN).u32(flags).text(path).finish());
        assertEquals(0, status(a), "open " + path);
        return a.opened();
    }

    private int openStatus(FsServer.Obj at, String path, int flags) {
        return status(fs.handle(at, new FsProto.Writer().u8(FsProto.OPEN).u32(flags).text(path).finish()));
    }

    private String read(FsServer.Obj f) {
        FsServer.Answer a = fs.handle(f, new FsProto.Writer().u8(FsProto.READ).u64(0).u32(1000).finish());
        int n = status(a);
        return new String(a.bytes(), 4, n, StandardCharsets.UTF_8);
    }

    private int write(FsServer.Obj f, String text) {
        return status(fs.handle(f, new FsProto.Writer().u8(FsProto.WRITE).u64(FsProto.APPEND_OFFSET).text(text).finish()));
    }

    private List<String> list(FsServer.Obj d) {
        FsServer.Answer a = fs.handle(d, new FsProto.Writer().u8(FsProto.LIST).u32(0).finish());
        FsProto.Reader r = new FsProto.Reader(a.bytes(), 0);
        int n = r.u32();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.u8();
            out.add(r.textToNul());
        }
        return out;
    }

    @Test
    void readsTheArchiveAndFollowsLinks() {
        assertEquals("hello\n", read(open(root, "etc/motd", FsProto.O_READ)));
        assertEquals("ELF", read(open(root, "bin/cat", FsProto.O_READ)));
        assertEquals("hello\n", read(open(root, "bin/up/motd", FsProto.O_READ)));
        assertEquals(List.of("bin", "etc", "tmp"), list(root));
        assertEquals(FsProto.ENOENT, openStatus(root, "etc/nothing", FsProto.O_READ));
        assertEquals(FsProto.ENOTDIR, openStatus(root, "etc/motd/x", FsProto.O_READ));
    }

    @Test
    void theArchiveIsReadOnlyAndTmpIsWritable() {
        assertEquals(FsProto.EROFS, openStatus(root, "etc/new", FsProto.O_WRITE | FsProto.O_CREATE));
        assertEquals(FsProto.EROFS, openStatus(root, "etc/motd", FsProto.O_WRITE));
        assertEquals(FsProto.EROFS, status(fs.handle(root, new FsProto.Writer().u8(FsProto.REMOVE).text("etc/motd").finish())));
        assertEquals(FsProto.EROFS, status(fs.handle(root, new FsProto.Writer().u8(FsProto.MKDIR).text("etc/d").finish())));
        FsServer.Obj f = open(root, "tmp/out", FsProto.O_WRITE | FsProto.O_CREATE | FsProto.O_TRUNC);
        assertEquals(3, write(f, "abc"));
        assertEquals(2, write(f, "de"));
        assertEquals("abcde", read(open(root, "tmp/out", FsProto.O_READ)));
        assertEquals(0, status(fs.handle(root, new FsProto.Writer().u8(FsProto.MKDIR).text("tmp/d").finish())));
        assertEquals(0, status(fs.handle(root, new FsProto.Writer().u8(FsProto.RENAME).text("tmp/out").u8(0)
                .text("tmp/d/moved").finish())));
        assertEquals("abcde", read(open(root, "tmp/d/moved", FsProto.O_READ)));
        assertEquals(FsProto.ENOTEMPTY, status(fs.handle(root, new FsProto.Writer().u8(FsProto.REMOVE).text("tmp/d").finish())));
        assertEquals(FsProto.EROFS, status(fs.handle(root, new FsProto.Writer().u8(FsProto.RENAME).text("tmp/d/moved").u8(0)
                .text("etc/moved").finish())));
    }

    @Test
    void rightsOnlyShrinkAndADirectoryIsAFence() {
        FsServer.Obj etc = open(root, "etc", FsProto.O_READ | FsProto.O_DIRECTORY);
        assertEquals(FsProto.EACCES, openStatus(etc, "../tmp", FsProto.O_READ));
        assertEquals(FsProto.EACCES, openStatus(etc, "motd", FsProto.O_WRITE));
        FsServer.Obj tmp = open(root, "tmp", FsProto.O_READ | FsProto.O_DIRECTORY);
        assertEquals(FsProto.EACCES, openStatus(tmp, "x", FsProto.O_WRITE | FsProto.O_CREATE));
        FsServer.Obj ro = open(root, "tmp/x", FsProto.O_READ | FsProto.O_CREATE);
        assertEquals(FsProto.EACCES, write(ro, "no"));
        FsServer.Answer c = fs.handle(root, new FsProto.Writer().u8(FsProto.CLONE).u32(FsProto.RIGHT_READ).finish());
        assertEquals(FsProto.RIGHT_READ, c.opened().rights());
        assertEquals(FsProto.EACCES, openStatus(c.opened(), "tmp/y", FsProto.O_WRITE | FsProto.O_CREATE));
    }

    @Test
    void regionReadsAndMalformedRequests() {
        FsServer.Obj f = open(root, "etc/motd", FsProto.O_READ);
        FsServer.Answer a = fs.handle(f, new FsProto.Writer().u8(FsProto.READ_REGION).u64(1).u64(100).finish());
        assertEquals(5, status(a));
        assertNotNull(a.regionOf());
        assertEquals(1, a.regionOffset());
        assertNull(fs.handle(f, new byte[] {FsProto.READ}).opened());
        assertEquals(FsProto.EINVAL, status(fs.handle(f, new byte[] {FsProto.READ})));
        assertEquals(FsProto.EINVAL, status(fs.handle(f, new byte[0])));
        assertEquals(FsProto.ENOTSUP, status(fs.handle(f, new byte[] {99})));
        assertEquals(FsProto.EISDIR, status(fs.handle(root, new FsProto.Writer().u8(FsProto.READ).u64(0).u32(10).finish())));
    }
}
