package os2.aot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parsed command line of {@link Main}. */
final class Options {
    Target target;
    String mainClass;
    Path out;
    Path runtime;
    Path ldscript;
    Path emitC;
    boolean debug;
    boolean noLines;
    boolean stats;
    /** Class-name prefixes to instrument with edge counters (Coverage), or null: none. */
    List<String> coverage;
    Path coverageTable;
    final List<Path> natives = new ArrayList<>();
    final List<Path> classpath = new ArrayList<>();

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--target": o.target = Target.parse(value(args, ++i, a)); break;
                case "--main": o.mainClass = value(args, ++i, a); break;
                case "--out": o.out = Path.of(value(args, ++i, a)); break;
                case "--runtime": o.runtime = Path.of(value(args, ++i, a)); break;
                case "--native": o.natives.add(Path.of(value(args, ++i, a))); break;
                case "--ldscript": o.ldscript = Path.of(value(args, ++i, a)); break;
                case "--emit-c": o.emitC = Path.of(value(args, ++i, a)); break;
                case "-g": o.debug = true; break;
                case "--no-lines": o.noLines = true; break;
                case "--stats": o.stats = true; break;
                case "--coverage": o.coverage = List.of(value(args, ++i, a).replace('.', '/').split(",")); break;
                case "--coverage-table": o.coverageTable = Path.of(value(args, ++i, a)); break;
                default:
                    if (a.startsWith("-")) {
                        throw new UsageError("unknown option " + a);
                    }
                    for (String part : a.split(":")) {
                        if (!part.isEmpty()) {
                            o.classpath.add(Path.of(part));
                        }
                    }
            }
        }
        if (o.target == null) {
            throw new UsageError("--target is required");
        }
        if (o.out == null) {
            throw new UsageError("--out is required");
        }
        if (o.mainClass == null) {
            throw new UsageError("--main is required");
        }
        if (o.classpath.isEmpty()) {
            throw new UsageError("no class path given");
        }
        for (Path p : o.natives) {
            if (!Files.isRegularFile(p)) {
                throw new UsageError("--native file not found: " + p);
            }
        }
        if (o.coverage != null && o.coverageTable == null) {
            throw new UsageError("--coverage needs --coverage-table FILE (the map from counter ids to code)");
        }
        if (o.runtime == null) {
            o.runtime = defaultRuntime();
        }
        return o;
    }

    private static String value(String[] args, int i, String opt) {
        if (i >= args.length) {
            throw new UsageError(opt + " needs a value");
        }
        return args[i];
    }

    private static Path defaultRuntime() {
        String home = System.getenv("OS2_HOME");
        if (home == null) {
            home = System.getProperty("os2.home");
        }
        List<Path> candidates = new ArrayList<>();
        if (home != null) {
            candidates.add(Path.of(home, "runtime/target/classes"));
        }
        candidates.add(Path.of("runtime/target/classes"));
        candidates.add(Path.of("../runtime/target/classes"));
        for (Path c : candidates) {
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new UsageError("cannot find the runtime library: pass --runtime or set OS2_HOME");
    }
}
