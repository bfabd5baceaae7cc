package os2.aot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The compiler's command line:
 * {@code os2.aot.Main --target linux|os2|kernel --main CLASS --out FILE [options] CLASSPATH...}.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: os2 aot --target linux|os2|kernel --main CLASS --out FILE [options] CLASSPATH...",
            "  --runtime DIR     the runtime library classes (default: $OS2_HOME/runtime/target/classes)",
            "  --native FILE     an extra C or assembly file to compile and link (repeatable)",
            "  --ldscript FILE   linker script (kernel)",
            "  --emit-c DIR      keep the generated C in DIR",
            "  -g                debug information (with #line, gdb shows Java lines)",
            "  --no-lines        no #line directives (errors point into the generated C)",
            "  --stats           print what was compiled",
            "  --coverage P,...  count edges in the classes under these package prefixes (os2.kernel.)",
            "  --coverage-table FILE  where the map from counter ids to class, method, line goes");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Compiles; returns 0 on success, 1 on a compile error, 2 on a bad command line. */
    public static int run(String... args) {
        try {
            Options o = Options.parse(args);
            compile(o);
            return 0;
        } catch (UsageError e) {
            System.err.println("os2 aot: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (CompileError e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    static void compile(Options o) throws IOException {
        long t0 = System.nanoTime();
        try (ClassPath cp = new ClassPath(o.runtime, o.classpath)) {
            World w = new World(cp);
            w.build(o.mainClass, o.target == Target.LINUX ? List.of() : exportClasses(cp, o.classpath));
            Layout.run(w);
            NoAllocCheck.run(w);
            Coverage coverage = o.coverage == null ? null : Coverage.instrument(w, o.coverage);
            Program p = new Program(w, o.noLines);
            p.orderedFrames = o.target != Target.LINUX;
            p.stackChecks = o.target != Target.KERNEL;
            Path dir = o.emitC != null ? o.emitC : Files.createTempDirectory("os2aot");
            Files.createDirectories(dir);
            List<Path> generated = writeChunks(w, p, dir);
            Path data = dir.resolve("os2_data.c");
            String dataText = ClassData.dataFile(p, o.mainClass, o.target == Target.LINUX);
            Files.writeString(dir.resolve("os2.h"), p.header(), StandardCharsets.UTF_8);
            Files.writeString(data, dataText, StandardCharsets.UTF_8);
            generated.add(data);
            if (coverage != null) {
                Path cov = dir.resolve("os2_cov.c");
                Files.writeString(cov, coverage.dataFile(), StandardCharsets.UTF_8);
                generated.add(cov);
                coverage.writeTable(o.coverageTable);
                System.err.printf("os2 aot: coverage: %d counting points, table %s%n", coverage.points(), o.coverageTable);
            }
            Path cdir = o.runtime.resolve("os2/c");
            Path rtHeader = cdir.resolve("os2rt.h");
            if (!Files.isRegularFile(rtHeader)) {
                throw new CompileError("runtime C sources not found in " + cdir);
            }
            Gcc gcc = new Gcc(o.target, List.of(dir.toString(), cdir.toString()), o.debug);
            List<Path> objs = new ArrayList<>(gcc.compile(generated, List.of(dir.resolve("os2.h"), rtHeader), dir, true));
            List<Path> rtSources = new ArrayList<>();
            for (String s : o.target.runtimeSources()) {
                rtSources.add(cdir.resolve(s));
            }
            rtSources.addAll(o.natives);
            objs.addAll(gcc.compile(rtSources, List.of(rtHeader), dir, false));
            Path out = o.out.toAbsolutePath();
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            gcc.link(objs, out, o.ldscript);
            if (o.stats) {
                System.err.printf("os2 aot: %d classes, %d methods, %d C files, %.1f s%n",
                        w.classes.values().stream().filter(c -> c.reachable).count(), w.reachableMethods.size(), generated.size(),
                        (System.nanoTime() - t0) / 1e9);
            }
            if (o.emitC == null) {
                deleteTree(dir);
            }
        }
    }

    /**
     * One C file per group of classes rather than per class: the shared header is
     * large, and parsing it once per class dominated gcc's time. Groups hold about
     * CHUNK_BYTES of C each, so big programs still compile in parallel.
     */
    private static List<Path> writeChunks(World w, Program p, Path dir) throws IOException {
        final int chunkBytes = 400_000;
        List<Path> out = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        StringBuilder guards = new StringBuilder();
        int n = 0;
        for (ClassInfo c : w.classes.values()) {
            if (!c.reachable) {
                continue;
            }
            chunk.append(p.classFile(c)).append('\n');
            for (String g : p.ownInlineCopies()) {
                guards.append("#define ").append(g).append('\n');
            }
            if (chunk.length() >= chunkBytes) {
                out.add(writeChunk(dir, n++, guards.append(chunk)));
                chunk.setLength(0);
                guards.setLength(0);
            }
        }
        if (chunk.length() > 0) {
            out.add(writeChunk(dir, n, guards.append(chunk)));
        }
        return out;
    }

    private static Path writeChunk(Path dir, int n, StringBuilder text) throws IOException {
        Path f = dir.resolve(String.format("os2_classes_%03d.c", n));
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** User classes with @Export methods: entry points besides main (kernel, user runtime). */
    private static List<String> exportClasses(ClassPath cp, List<Path> entries) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path e : entries) {
            if (!Files.isDirectory(e)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(e)) {
                for (Path f : (Iterable<Path>) s::iterator) {
                    String rel = e.relativize(f).toString();
                    if (!rel.endsWith(".class")) {
                        continue;
                    }
                    String name = rel.substring(0, rel.length() - 6).replace('\\', '/');
                    ClassNode cn = cp.find(name);
                    if (cn != null && hasExport(cn)) {
                        out.add(name);
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasExport(ClassNode cn) {
        for (MethodNode m : cn.methods) {
            if (m.invisibleAnnotations != null) {
                for (var a : m.invisibleAnnotations) {
                    if (a.desc.equals("Los2/rt/Export;")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
