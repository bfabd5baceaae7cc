package os2.user.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import os2.user.fs.Cpio;

/**
 * Host tool (runs on the build machine's JVM, never compiled for OS2): writes the initial
 * archive OS2 mounts at "/". Usage:
 * <pre>MkInitrd OUT.cpio --tree DIR --bin DIR --box NAME</pre>
 * --tree copies every file under DIR to the same path in the archive; --bin adds each
 * DIR/NAME.elf as bin/NAME (mode 0755); --box NAME adds bin/P as a symbolic link to NAME
 * (the multi-call program, os2.user.sh.Box) for "sh" and each program of
 * {@link os2.user.prog.Programs#NAMES} that is not a file of its own. Entries are sorted and all stamped with the same
 * mtime (SOURCE_DATE_EPOCH, else 0), so the same inputs give the same bytes.
 */
public final class MkInitrd {
    private MkInitrd() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length % 2 != 1) {
            System.err.println("usage: MkInitrd OUT.cpio [--tree DIR] [--bin DIR]...");
            System.exit(2);
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Cpio.Writer w = new Cpio.Writer(epoch == null ? 0 : Long.parseLong(epoch));
        TreeSet<String> dirs = new TreeSet<>();
        List<String[]> files = new ArrayList<>();   // archive name, host path, mode
        String box = null;
        for (int i = 1; i < args.length; i += 2) {
            Path d = Path.of(args[i + 1]);
            if (!args[i].equals("--box") && !Files.isDirectory(d)) {
                System.err.println("MkInitrd: " + d + ": not a directory");
                System.exit(1);
            }
            if (args[i].equals("--tree")) {
                try (Stream<Path> s = Files.walk(d)) {
                    for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                        files.add(new String[] {d.relativize(p).toString().replace('\\', '/'), p.toString(), "644"});
                    }
                }
            } else if (args[i].equals("--bin")) {
                try (Stream<Path> s = Files.list(d)) {
                    for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".elf") && Files.isRegularFile(p))::iterator) {
                        String n = p.getFileName().toString();
                        files.add(new String[] {"bin/" + n.substring(0, n.length() - 4), p.toString(), "755"});
                    }
                }
            } else if (args[i].equals("--box")) {
                box = args[i + 1];
                continue;
            } else {
                System.err.println("MkInitrd: unknown option " + args[i]);
                System.exit(2);
            }
        }
        if (box != null) {
            List<String> names = new ArrayList<>(os2.user.prog.Programs.NAMES);
            names.add("sh");
            names.add("crash");
            names.add("tsc");
            for (String n : names) {
                if (files.stream().noneMatch(f -> f[0].equals("bin/" + n))) {
                    files.add(new String[] {"bin/" + n, null, "link:" + box});
                }
            }
        }
        files.sort((a, b) -> a[0].compareTo(b[0]));
        for (String[] f : files) {
            for (int k = f[0].indexOf('/'); k > 0; k = f[0].indexOf('/', k + 1)) {
                dirs.add(f[0].substring(0, k));
            }
        }
        for (String d : dirs) {
            w.directory(d, 0755);
        }
        for (String[] f : files) {
            if (f[2].startsWith("link:")) {
                w.add(f[0], Cpio.S_IFLNK | 0777, f[2].substring(5).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                w.file(f[0], Integer.parseInt(f[2], 8), Files.readAllBytes(Path.of(f[1])));
            }
        }
        Files.write(Path.of(args[0]), w.finish());
        System.err.println("initrd: " + args[0] + " (" + dirs.size() + " directories, " + files.size() + " files)");
    }
}
