package os2.user.prog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ls, cp, mv, rm and mkdir against GNU coreutils: the same tree is made twice, GNU's program
 * runs in one (LC_ALL=C, TZ=UTC) and our core in the other (through {@link NioFiles}); standard
 * output, standard error, status and the resulting trees must be the same. ls -l is compared
 * field by field where OS2's long format has the field (mode, size, date, name).
 */
class GnuFilesTest {
    @TempDir
    Path tmp;
    /** An old time (2020-01-02 03:04:05 UTC): ls shows the year. */
    static final long OLD = 1_577_934_245L;

    static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The test tree: files of several modes and times, hidden names, nested and empty directories. */
    static void tree(Path t) throws IOException {
        Files.createDirectories(t);
        write(t.resolve("a.txt"), "alpha\n");
        write(t.resolve("b.txt"), "bravo bravo\n");
        write(t.resolve(".hidden"), "h\n");
        write(t.resolve("Zed"), "");
        write(t.resolve("utf8 \u00e9"), "caf\u00e9\n");
        write(t.resolve("exec.sh"), "#!/bin/sh\necho hi\n");
        write(t.resolve("sub/x.txt"), "x\n");
        write(t.resolve("sub/y/deep.txt"), "deep\n");
        write(t.resolve("sub/.dot"), "");
        Files.createDirectories(t.resolve("empty"));
        Files.setPosixFilePermissions(t.resolve("b.txt"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(t.resolve("exec.sh"), PosixFilePermissions.fromString("rwxr-x--x"));
        try (Stream<Path> s = Files.walk(t)) {
            for (Path p : s.toList()) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(OLD * 1000));
            }
        }
        Files.setLastModifiedTime(t.resolve("a.txt"), FileTime.fromMillis(System.currentTimeMillis() - 86_400_000L));
    }

    record Run(int status, String out, String err) {
    }

    static final Os CLOCK = new FakeOs();

    static Run ours(Path root, String prog, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(In.of(new byte[0], false), out::write, err::write, new NioFiles(root), CLOCK, Io.Runner.CORES);
        int st = Programs.run(prog, args, io);
        return new Run(st, out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1));
    }

    static Run gnu(Path root, String prog, String... args) throws Exception {
        assumeTrue(new File("/usr/bin/" + prog).canExecute() || new File("/bin/" + prog).canExecute(), prog);
        List<String> cmd = new ArrayList<>(List.of(prog));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("TZ", "UTC");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Run(p.waitFor(), new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1));
    }

    /** Every path under root: "d" for a directory, else the file's bytes. */
    static TreeMap<String, String> snapshot(Path root) throws IOException {
        TreeMap<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString();
                m.put(rel, Files.isDirectory(p) ? "d" : "f:" + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }

    int round;

    /** Runs prog args on two fresh trees; everything must agree. */
    void same(String prog, String... args) throws Exception {
        Path g = tmp.resolve("gnu" + round);
        Path o = tmp.resolve("ours" + round);
        round++;
        tree(g);
        tree(o);
        Run h = gnu(g, prog, args);
        Run w = ours(o, prog, args);
        String what = prog + " " + Arrays.toString(args);
        assertEquals(h.out(), w.out(), what);
        assertEquals(h.err(), w.err(), "standard error of " + what);
        assertEquals(h.status(), w.status(), "status of " + what);
        assertEquals(snapshot(g), snapshot(o), "the tree after " + what);
    }

    @Test
    void ls() throws Exception {
        for (String[] a : new String[][] {{}, {"-1"}, {"-a"}, {"-A"}, {"sub"}, {"-a", "sub"}, {"a.txt", "sub", "empty"},
            {"missing", "a.txt"}, {"missing", "sub"}, {"empty"}, {"sub/y", "Zed", "b.txt"}, {"-1a", "sub/y"},
            {"utf8 \u00e9"}, {"."}, {"sub/"}, {"-A", ".", "sub"}}) {
            same("ls", a);
        }
    }

    /** ls -l: GNU's "MODE LINKS OWNER GROUP SIZE MON DAY TIME NAME" against ours "MODE SIZE MON DAY TIME NAME". */
    @Test
    void lsLong() throws Exception {
        for (String[] a : new String[][] {{"-l"}, {"-la", "sub"}, {"-l", "a.txt", "b.txt", "exec.sh", "Zed"}, {"-lA", "sub", "empty"}}) {
            Path g = tmp.resolve("long" + round);
            Path o = tmp.resolve("longo" + round);
            round++;
            tree(g);
            tree(o);
            Run h = gnu(g, "ls", a);
            Run w = ours(o, "ls", a);
            List<String> expect = new ArrayList<>();
            for (String line : h.out().split("\n", -1)) {
                String[] f = line.split(" +", 9);
                if (line.startsWith("total ")) {
                    continue;   // GNU's block count: OS2 has no blocks
                }
                if (f.length < 9) {
                    expect.add(line);
                    continue;
                }
                String mode = f[0].substring(0, 10);
                String size = mode.startsWith("d") ? "DIR" : f[4];
                expect.add(mode + " " + size + " " + f[5] + " " + f[6] + " " + f[7] + " " + f[8]);
            }
            List<String> got = new ArrayList<>();
            for (String line : w.out().split("\n", -1)) {
                String[] f = line.trim().split(" +", 6);
                if (f.length < 6) {
                    got.add(line);
                    continue;
                }
                String size = f[0].startsWith("d") ? "DIR" : f[1];
                got.add(f[0] + " " + size + " " + f[2] + " " + f[3] + " " + f[4] + " " + f[5]);
            }
            assertEquals(expect, got, "ls " + Arrays.toString(a));
            assertEquals(h.status(), w.status());
        }
    }

    @Test
    void cp() throws Exception {
        for (String[] a : new String[][] {{"a.txt", "new.txt"}, {"a.txt", "b.txt"}, {"a.txt", "b.txt", "sub"}, {"a.txt", "sub/"},
            {"missing", "x"}, {"sub", "x"}, {"-r", "sub", "copy"}, {"-r", "sub", "empty"}, {"-R", "sub", "empty/"},
            {"-r", "sub", "sub"}, {"a.txt", "a.txt"}, {"a.txt", "b.txt", "nodir"}, {"a.txt", "b.txt", "Zed"}, {},
            {"a.txt"}, {"a.txt", "nodir/x"}, {"a.txt", "missing", "b.txt", "empty"}, {"utf8 \u00e9", "sub"},
            {"-r", "a.txt", "sub/y", "empty"}}) {
            same("cp", a);
        }
    }

    @Test
    void mv() throws Exception {
        for (String[] a : new String[][] {{"a.txt", "new"}, {"a.txt", "b.txt"}, {"a.txt", "b.txt", "sub"}, {"sub", "empty"},
            {"sub", "renamed"}, {"sub", "sub/y"}, {"missing", "x"}, {"a.txt", "sub/y/"}, {"a.txt", "a.txt"},
            {"Zed", "sub"}, {"sub", "Zed"}, {"a.txt", "empty"}, {}, {"a.txt"}, {"a.txt", "b.txt", "nodir"},
            {"empty", "sub/y"}, {"a.txt", "nodir/x"}, {"a.txt", "b.txt", "Zed"}}) {
            same("mv", a);
        }
    }

    @Test
    void rm() throws Exception {
        for (String[] a : new String[][] {{"a.txt"}, {"sub"}, {"-r", "sub"}, {"-f", "missing"}, {"missing"},
            {"-rf", "sub", "missing", "a.txt"}, {"-r", "."}, {"-r", "sub/.."}, {}, {"-f"}, {"empty"}, {"-r", "empty"},
            {"-R", "sub/y", "Zed"}, {"a.txt", "a.txt"}, {"-r", "sub/"}}) {
            same("rm", a);
        }
    }

    @Test
    void mkdir() throws Exception {
        for (String[] a : new String[][] {{"new"}, {"sub"}, {"-p", "a/b/c"}, {"-p", "sub/y"}, {"x/y"}, {"-p", "a.txt"},
            {"-p", "a.txt/z"}, {}, {"n1", "n2", "sub", "n3"}, {"-p", "p/q/", "p/r"}, {"-p", "./s//t"}, {"new/"}}) {
            same("mkdir", a);
        }
    }
}
