package os2.aot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs gcc: compiles C (and assembly) files in parallel, caching objects by a
 * hash of the flags and every input byte, then links.
 */
final class Gcc {
    static final List<String> COMMON = List.of("-std=gnu11", "-O2", "-fwrapv",
            "-ffp-contract=off", "-fno-delete-null-pointer-checks", "-fno-omit-frame-pointer");
    /**
     * Extra flags for generated code. -O3 (inlining of small Java methods within a file,
     * loop unswitching and unrolling) cut instructions by up to 64 % on the recursion
     * benchmarks (docs/BENCHMARKS.md); it keeps IEEE semantics (no -ffast-math).
     */
    static final List<String> GENERATED = List.of("-w", "-O3");

    private final Target target;
    private final List<String> includes;
    private final Path cacheDir;
    private final boolean debug;

    Gcc(Target target, List<String> includes, boolean debug) {
        this.target = target;
        this.includes = includes;
        this.debug = debug;
        String home = System.getenv("OS2_AOT_CACHE");
        if (home == null) {
            home = System.getProperty("os2.cache", System.getProperty("user.home") + "/.cache/os2/obj");
        }
        this.cacheDir = Path.of(home);
    }

    List<String> cflags() {
        List<String> f = new ArrayList<>(COMMON);
        f.addAll(target.cflags());
        if (debug) {
            f.add("-g");
        }
        for (String i : includes) {
            f.add("-I" + i);
        }
        return f;
    }

    /** Compiles every source to an object file; headers are hashed into each key. */
    /**
     * Generated code accesses every field and array element with its one declared type,
     * so it keeps gcc's type-based aliasing (a double store cannot change an array's
     * length: the check's load moves out of the loop). Hand-written C (the collector
     * reads raw words of objects) gets -fno-strict-aliasing.
     */
    List<Path> compile(List<Path> sources, List<Path> headers, Path outDir, boolean generated) throws IOException {
        boolean quietWarnings = generated;
        Files.createDirectories(cacheDir);
        MessageDigest base = sha();
        for (String f : cflags()) {
            base.update(f.getBytes(StandardCharsets.UTF_8));
        }
        base.update((byte) (generated ? 1 : 0));
        if (generated) {
            for (String f : GENERATED) {
                base.update(f.getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Path h : headers) {
            base.update(Files.readAllBytes(h));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Path>> jobs = new ArrayList<>();
            for (Path src : sources) {
                MessageDigest d;
                try {
                    d = (MessageDigest) base.clone();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e);
                }
                d.update(src.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                d.update(Files.readAllBytes(src));
                String key = HexFormat.of().formatHex(d.digest());
                Path obj = outDir.resolve(src.getFileName() + ".o");
                jobs.add(pool.submit(() -> {
                    Path cached = cacheDir.resolve(key + ".o");
                    if (!Files.exists(cached)) {
                        List<String> cmd = new ArrayList<>();
                        cmd.add("gcc");
                        cmd.addAll(cflags());
                        if (quietWarnings) {
                            cmd.addAll(GENERATED);
                        } else {
                            cmd.add("-fno-strict-aliasing");
                        }
                        cmd.addAll(List.of("-c", src.toString(), "-o", obj.toString()));
                        run(cmd, "gcc failed on " + src);
                        Path tmp = cacheDir.resolve(key + ".o.tmp" + Thread.currentThread().getId());
                        Files.copy(obj, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        Files.copy(cached, obj, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    return obj;
                }));
            }
            List<Path> objs = new ArrayList<>();
            for (Future<Path> j : jobs) {
                try {
                    objs.add(j.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof CompileError) {
                        throw (CompileError) c;
                    }
                    throw new IOException(c);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
            return objs;
        } finally {
            pool.shutdownNow();
        }
    }

    void link(List<Path> objs, Path out, Path ldscript) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add("gcc");
        cmd.addAll(target.ldflags(ldscript));
        cmd.add("-o");
        cmd.add(out.toString());
        for (Path o : objs) {
            cmd.add(o.toString());
        }
        cmd.addAll(target.libs());
        run(cmd, "link failed");
    }

    private static void run(List<String> cmd, String what) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        int rc;
        try {
            rc = p.waitFor();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
        if (rc != 0) {
            String text = new String(output, StandardCharsets.UTF_8);
            String[] lines = text.split("\n");
            StringBuilder b = new StringBuilder("error: " + what + ":");
            for (int i = 0; i < lines.length && i < 40; i++) {
                b.append("\n  ").append(lines[i]);
            }
            throw new CompileError(b.toString());
        }
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
