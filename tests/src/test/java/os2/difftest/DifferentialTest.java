package os2.difftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compiler's differential suite: every program of {@code difftest.Main.NAMES} runs on the JVM and as a
 * native executable built once by {@code os2.aot.Main}; stdout and the exit status must be identical.
 *
 * <p>System properties (set by tests/pom.xml, all optional):
 * <ul>
 * <li>{@code difftest.classes}: the programs' class directory (default target/classes)</li>
 * <li>{@code difftest.runtime}: the runtime library's class directory (default ../runtime/target/classes)</li>
 * <li>{@code difftest.buildDir}: where the executable and the outputs go (default target)</li>
 * <li>{@code difftest.jvmOnly=true}: only run the programs on the JVM (no native compile)</li>
 * <li>{@code difftest.only=p001_IntArith,p002_...}: run only these programs</li>
 * <li>{@code difftest.timeout}: seconds per run (default 30); {@code difftest.compileTimeout}: for the native build (1200)</li>
 * <li>{@code difftest.jobs}: parallel runs (default 2-4)</li>
 * <li>{@code difftest.os2=true}: also run every program as an OS2 user program in QEMU (see {@link Os2Column})</li>
 * <li>{@code difftest.single=p037_...,p190_...}: the programs also compiled one by one (default {@link #SINGLE})</li>
 * </ul>
 */
class DifferentialTest {
    /** Command-line arguments given to particular programs (after the program name). */
    static final Map<String, List<String>> EXTRA_ARGS = Map.of(
            "p140_Args", List.of("alpha", "", "with space", "x=1", "--flag"));

    /** Standard input given to particular programs (the others read /dev/null). */
    static final Map<String, String> STDIN = Map.of(
            "p198_StdinReaders", "hello w\u00f6rld\n3\n1 2 3\n4 5\n6\nalpha\nbeta\n",
            "p199_ScannerStdin", "4\n3 -7 12\n5\nAda Lovelace\n1.5 2.25 -0.75 words at\nthe end\n");

    static final Path CLASSES = pathProperty("difftest.classes", "target/classes");
    static final Path BUILD_DIR = pathProperty("difftest.buildDir", "target");
    static final Path OUT_DIR = BUILD_DIR.resolve("difftest-out");
    static final Path EXE = BUILD_DIR.resolve("difftest.bin");
    static final boolean JVM_ONLY = Boolean.getBoolean("difftest.jvmOnly");
    static final long TIMEOUT_S = Long.getLong("difftest.timeout", 30);
    static final long COMPILE_TIMEOUT_S = Long.getLong("difftest.compileTimeout", 1200);
    static final int JOBS = Integer.getInteger("difftest.jobs", Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors())));

    static ExecutorService pool;

    record Run(int exit, String stdout, String stderr, boolean timedOut, String command) { }

    /** The result of compiling a closed world: exit code of os2.aot.Main.run and what it printed to stderr. */
    record Build(int exit, String errors, Path exe) {
        boolean ok() { return exit == 0 && Files.isRegularFile(exe); }
    }

    // ---------------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        Files.createDirectories(OUT_DIR);
        List<String> names = selectedPrograms();
        pool = Executors.newFixedThreadPool(JOBS, r -> {
            Thread t = new Thread(r, "difftest-run");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Build> build = JVM_ONLY ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> compile("difftest.Main", CLASSES, EXE), runAsync());
        CompletableFuture<Map<String, Run>> os2 = JVM_ONLY || !Os2Column.ENABLED ? null
                : CompletableFuture.supplyAsync(() -> {
                    try {
                        return Os2Column.runAll(names, BUILD_DIR);
                    } catch (Exception e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                }, runAsync());
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : names) {
            // one task per program: the JVM run overlaps with the native compile, then the native run follows
            Future<Object[]> both = pool.submit(() -> {
                Run jvm = runJvm(name);
                Build b;
                try {
                    b = build.get(COMPILE_TIMEOUT_S, TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    b = new Build(-4, "the native compile did not finish within " + COMPILE_TIMEOUT_S + " s", EXE);
                }
                Run nat = (b == null || !b.ok()) ? null : runNative(b.exe(), name);
                return new Object[] {jvm, nat, b, os2};
            });
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, both.get())));
        }
        return tests.stream();
    }

    /**
     * Programs also compiled alone, each as its own small closed world: with fewer classes instantiated,
     * calls devirtualise and dispatch differently than in the suite's one big world.
     */
    static final List<String> SINGLE = List.of("p037_VirtualDispatch", "p038_InterfaceDispatch", "p185_Polymorphism",
            "p190_PackagePrivateOverride", "p183_ExceptionFromLambda", "p197_Streams");

    @TestFactory
    Stream<DynamicTest> programsCompiledAlone() {
        String prop = System.getProperty("difftest.single", "").trim();
        List<String> names = prop.isEmpty() ? SINGLE : Arrays.asList(prop.split("\\s*,\\s*"));
        return names.stream().map(name -> DynamicTest.dynamicTest(name + " (alone)", () -> {
            Files.createDirectories(OUT_DIR);
            Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
            Run jvm = exec(List.of(java.toString(), "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", CLASSES.toString(), "difftest." + name),
                    name + ".alone.jvm");
            if (JVM_ONLY) return;
            Build b = compile("difftest." + name, CLASSES, BUILD_DIR.resolve("alone-" + name + ".bin"));
            Run nat = b.ok() ? exec(List.of(b.exe().toAbsolutePath().toString()), name + ".alone.native") : null;
            check(name + ".alone", new Object[] {jvm, nat, b, null});   // the OS2 column runs the suite's world only
        }));
    }

    @AfterAll
    static void shutdown() {
        if (pool != null) pool.shutdownNow();
    }

    private static java.util.concurrent.Executor runAsync() {
        return r -> {
            Thread t = new Thread(r, "difftest-compile");
            t.setDaemon(true);
            t.start();
        };
    }

    private static void check(String name, Object[] result) throws Exception {
        Run jvm = (Run) result[0], nat = (Run) result[1];
        Build build = (Build) result[2];
        save(name + ".jvm", jvm);
        assertTrue(!jvm.timedOut(), name + ": the JVM run timed out after " + TIMEOUT_S + " s: " + jvm.command());
        assertTrue(!jvm.stdout().startsWith("unknown program"), name + ": not in difftest.Main's switch");
        if (JVM_ONLY) return;
        if (build == null || !build.ok()) {
            fail("native compile of the suite failed (os2.aot.Main.run returned " + (build == null ? "?" : build.exit())
                    + (build != null && build.exit() == 0 ? ", but " + build.exe() + " does not exist" : "") + "):\n"
                    + (build == null ? "" : build.errors()));
        }
        save(name + ".native", nat);
        assertTrue(!nat.timedOut(), name + ": the native run timed out after " + TIMEOUT_S + " s: " + nat.command());
        String diff = firstDifference(jvm.stdout(), nat.stdout());
        if (diff != null) fail(name + ": stdout differs (JVM vs native) " + diff + "\n(full outputs in " + OUT_DIR + ")");
        assertEquals(jvm.exit(), nat.exit(), name + ": exit status (JVM vs native); native stderr:\n" + head(nat.stderr(), 2000));
        boolean jvmErr = !jvm.stderr().isEmpty(), natErr = !nat.stderr().isEmpty();
        assertEquals(jvmErr, natErr, name + ": stderr should be " + (jvmErr ? "non-empty" : "empty")
                + "; JVM stderr:\n" + head(jvm.stderr(), 1000) + "\nnative stderr:\n" + head(nat.stderr(), 1000));
        String first = firstLine(jvm.stderr());
        if (first.startsWith("Exception in thread \"main\" ")) {
            assertEquals(first, firstLine(nat.stderr()), name + ": first line of the uncaught exception report");
            // the program's own frames, with their line numbers, in the same order
            assertEquals(programFrames(jvm.stderr()), programFrames(nat.stderr()),
                    name + ": stack trace frames of the program (JVM vs native)");
        }
        @SuppressWarnings("unchecked")
        CompletableFuture<Map<String, Run>> os2 = (CompletableFuture<Map<String, Run>>) result[3];
        if (os2 != null) {
            checkOs2(name, jvm, build.exe(), os2);
        }
    }

    /** The third column: the OS2 console output and exit status (see {@link Os2Column}). */
    private static void checkOs2(String name, Run jvm, Path exe, CompletableFuture<Map<String, Run>> os2) throws Exception {
        if (Os2Column.NOT_RUN.containsKey(name)) return;
        Map<String, Run> runs;
        try {
            runs = os2.get(COMPILE_TIMEOUT_S * 2, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("the OS2 column failed: " + e.getCause().getMessage(), e.getCause());
        }
        Run run = runs.get(name);
        assertTrue(run != null, name + ": no OS2 run (the batch boot ended before it)");
        save(name + ".os2", run);
        assertTrue(!run.timedOut(), name + ": the OS2 run did not finish (" + run.stderr() + "); output:\n"
                + head(run.stdout(), 2000));
        assertEquals(jvm.exit(), run.exit(), name + ": exit status (JVM vs OS2); OS2 output:\n" + head(run.stdout(), 2000));
        if (Os2Column.KNOWN_DIFFERENCES.containsKey(name)) return;
        // stdout and stderr share the console: with stderr, compare with the native run's merged output
        String expected = jvm.stderr().isEmpty() ? jvm.stdout() : runNativeMerged(exe, name).stdout();
        String diff = firstDifference(expected, run.stdout());
        if (diff != null) fail(name + ": console output differs (\"jvm\": expected, \"native\": OS2) " + diff
                + "\n(full outputs in " + OUT_DIR + ")");
    }

    /**
     * The "\tat difftest..." lines of a stack trace, all of them (the compiled lambda plumbing has no frames,
     * as the JVM's hidden lambda classes have none shown); library frames differ in line numbers by nature.
     */
    static List<String> programFrames(String stderr) {
        List<String> out = new java.util.ArrayList<>();
        for (String l : stderr.split("\n")) {
            if (l.startsWith("\tat difftest.")) {
                out.add(l);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Every pNNN class of the suite is listed in difftest.Main.NAMES, and every listed name is a program. */
    @Test
    void dispatcherListsEveryProgram() throws IOException {
        Pattern prog = Pattern.compile("p\\d{3}_[A-Za-z0-9]+");
        Set<String> classes;
        try (Stream<Path> s = Files.list(CLASSES.resolve("difftest"))) {
            classes = s.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .filter(n -> prog.matcher(n).matches())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> names = Arrays.asList(difftest.Main.NAMES);
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate names in difftest.Main.NAMES");
        Set<String> numbers = new HashSet<>();
        for (String n : names) assertTrue(numbers.add(n.substring(0, 4)), "program number used twice: " + n);
        assertEquals(classes, new TreeSet<>(names), "difftest.Main.NAMES vs the pNNN_* classes in " + CLASSES);
        assertTrue(names.size() >= 160, "the suite should have at least 160 programs, has " + names.size());
        for (String n : names) {
            try {
                Method m = Class.forName("difftest." + n).getMethod("main", String[].class);
                assertTrue(Modifier.isStatic(m.getModifiers()), n + ".main must be static");
            } catch (ReflectiveOperationException e) {
                fail("difftest." + n + " has no public static main(String[]): " + e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The compiler must refuse what the closed world cannot have, naming the missing class/method and its caller.

    @Test
    void refusesThreads() throws IOException {
        assertRefused("StartsThread", "java.lang.Thread");
    }

    @Test
    void refusesReflection() throws IOException {
        assertRefused("UsesReflection", "java.lang.Class", "forName", "getDeclaredMethods");
    }

    @Test
    void refusesMissingLibraryClass() throws IOException {
        assertRefused("UsesConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap");
    }

    /**
     * Compiles src/test/resources/refused/NAME.java into its own class directory (outside the suite's closed world),
     * runs the AOT compiler on it and checks it fails with an error mentioning {@code mustMention} and at least one
     * of {@code anyOf} (if given), and the calling class.
     */
    private static void assertRefused(String name, String mustMention, String... anyOf) throws IOException {
        if (JVM_ONLY) return;
        Path classes = BUILD_DIR.resolve("refused-classes").resolve(name);
        Files.createDirectories(classes);
        Path src = refusedSource(name);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream javacErr = new ByteArrayOutputStream();
        int rc = javac.run(null, null, javacErr, "--release", "17", "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "javac " + src + ":\n" + javacErr);
        Build b = compile("refused." + name, classes, BUILD_DIR.resolve("refused-" + name + ".bin"));
        assertNotEquals(0, b.exit(), "the compiler accepted refused." + name + " (it must refuse it); stderr:\n" + b.errors());
        String msg = b.errors().replace('/', '.');
        assertTrue(msg.contains(mustMention), "the error should name " + mustMention + ":\n" + b.errors());
        if (anyOf.length > 0) {
            assertTrue(Arrays.stream(anyOf).anyMatch(msg::contains), "the error should name one of " + Arrays.toString(anyOf) + ":\n" + b.errors());
        }
        assertTrue(msg.contains("refused." + name), "the error should name the caller refused." + name + ":\n" + b.errors());
    }

    private static Path refusedSource(String name) {
        URL u = DifferentialTest.class.getResource("/refused/" + name + ".java");
        if (u == null) throw new IllegalStateException("missing test resource refused/" + name + ".java");
        try {
            return Paths.get(u.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Runs the AOT compiler in-process: os2.aot.Main.run(args) returns 0 on success and prints errors to stderr. */
    static Build compile(String mainClass, Path classes, Path out) {
        return compile("linux", mainClass, classes, out);
    }

    static synchronized Build compile(String target, String mainClass, Path classes, Path out) {
        Path runtime = runtimeClasses();
        String[] args = {"--target", target, "--main", mainClass, "--out", out.toString(), "--runtime", runtime.toString(), classes.toString()};
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream tee = new PrintStream(new TeeStream(oldErr, captured), true, StandardCharsets.UTF_8);
        System.setErr(tee);
        int exit;
        try {
            Files.deleteIfExists(out);
            if (!Files.isDirectory(runtime)) {
                return new Build(-1, "runtime classes not found at " + runtime + " (build the runtime module first: mvn install from the parent)", out);
            }
            Method run;
            try {
                run = Class.forName("os2.aot.Main").getMethod("run", String[].class);
            } catch (ReflectiveOperationException e) {
                return new Build(-1, "the compiler entry point os2.aot.Main.run(String[]) is not on the test classpath: " + e, out);
            }
            exit = (Integer) run.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace(tee);
            exit = -2;
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            e.printStackTrace(tee);
            exit = -3;
        } finally {
            tee.flush();
            System.setErr(oldErr);
        }
        String errors = "os2.aot.Main " + String.join(" ", args) + "\n" + captured.toString(StandardCharsets.UTF_8);
        return new Build(exit, errors, out);
    }

    static Path runtimeClasses() {
        // a build with -Dos2.buildDir=/some/dir/${project.artifactId} puts the runtime next to this module's build dir
        Path sibling = BUILD_DIR.toAbsolutePath().getParent().resolve("os2-runtime").resolve("classes");
        if (Files.isDirectory(sibling.resolve("java/lang"))) return sibling;
        String p = System.getProperty("difftest.runtime");
        return Paths.get(p != null ? p : "../runtime/target/classes").toAbsolutePath().normalize();
    }

    static Run runJvm(String name) throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(),
                "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", CLASSES.toString(), "difftest.Main", name));
        cmd.addAll(EXTRA_ARGS.getOrDefault(name, List.of()));
        return exec(cmd, name + ".jvm");
    }

    static Run runNative(Path exe, String name) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toAbsolutePath().toString(), name));
        cmd.addAll(EXTRA_ARGS.getOrDefault(name, List.of()));
        return exec(cmd, name + ".native");
    }

    /** The native run with stderr merged into stdout, as a console shows them. */
    static Run runNativeMerged(Path exe, String name) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toAbsolutePath().toString(), name));
        cmd.addAll(EXTRA_ARGS.getOrDefault(name, List.of()));
        return exec(cmd, name + ".merged", true);
    }

    static Run exec(List<String> cmd, String tag) throws IOException, InterruptedException {
        return exec(cmd, tag, false);
    }

    static Run exec(List<String> cmd, String tag, boolean merged) throws IOException, InterruptedException {
        Path out = OUT_DIR.resolve(tag + ".stdout.tmp"), err = OUT_DIR.resolve(tag + ".stderr.tmp");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile());
        if (merged) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err.toFile());
        }
        String program = tag.substring(0, tag.indexOf('.') < 0 ? tag.length() : tag.indexOf('.'));
        Path in = STDIN.containsKey(program) ? OUT_DIR.resolve(tag + ".stdin.tmp") : null;
        if (in != null) {
            Files.writeString(in, STDIN.get(program), StandardCharsets.UTF_8);
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(in != null ? in.toFile() : nullFile()));
        Process p = pb.start();
        boolean done = p.waitFor(TIMEOUT_S, TimeUnit.SECONDS);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        Run r = new Run(done ? p.exitValue() : -1, read(out), merged ? "" : read(err), !done, String.join(" ", cmd));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        if (in != null) {
            Files.deleteIfExists(in);
        }
        return r;
    }

    // ---------------------------------------------------------------------------------------------------------

    static List<String> selectedPrograms() {
        String only = System.getProperty("difftest.only", "").trim();
        List<String> all = Arrays.asList(difftest.Main.NAMES);
        if (only.isEmpty()) return all;
        Set<String> wanted = new HashSet<>(Arrays.asList(only.split("\\s*,\\s*")));
        return all.stream().filter(wanted::contains).collect(Collectors.toList());
    }

    static String firstDifference(String a, String b) {
        if (a.equals(b)) return null;
        String[] la = a.split("\n", -1), lb = b.split("\n", -1);
        int n = Math.min(la.length, lb.length);
        for (int i = 0; i < n; i++) {
            if (!la[i].equals(lb[i])) {
                return "at line " + (i + 1) + ":\n  jvm:    " + head(la[i], 400) + "\n  native: " + head(lb[i], 400);
            }
        }
        return la.length > lb.length
                ? "the native output stops after line " + n + "; the JVM continues with:\n  " + head(la[n], 400)
                : "the native output has extra lines after line " + n + ":\n  " + head(lb[n], 400);
    }

    static void save(String tag, Run r) throws IOException {
        if (r == null) return;
        Files.writeString(OUT_DIR.resolve(tag + ".out"), r.stdout());
        Files.writeString(OUT_DIR.resolve(tag + ".err"), r.stderr());
        Files.writeString(OUT_DIR.resolve(tag + ".exit"), r.timedOut() ? "timeout\n" : r.exit() + "\n");
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String head(String s, int max) { return s.length() <= max ? s : s.substring(0, max) + "..."; }

    static String firstLine(String s) {
        int i = s.indexOf('\n');
        return (i < 0 ? s : s.substring(0, i)).stripTrailing();
    }

    static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static Path pathProperty(String key, String dflt) {
        return Paths.get(System.getProperty(key, dflt)).toAbsolutePath().normalize();
    }

    /** Writes to two streams (the compiler's stderr stays visible and is also captured). */
    static final class TeeStream extends OutputStream {
        private final OutputStream a, b;
        TeeStream(OutputStream a, OutputStream b) { this.a = a; this.b = b; }
        @Override public void write(int x) throws IOException { a.write(x); b.write(x); }
        @Override public void write(byte[] buf, int off, int len) throws IOException { a.write(buf, off, len); b.write(buf, off, len); }
        @Override public void flush() throws IOException { a.flush(); b.flush(); }
    }
}
