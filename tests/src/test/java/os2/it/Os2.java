package os2.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher ({@code ./os2}) and QEMU for the integration tests. The images
 * come from {@code build/} (or $OS2_OUT): {@code ./os2 test} builds the kernel image
 * and the ISO before it runs this module; by hand, run {@code ./os2 build} and
 * {@code ./os2 iso} first.
 */
final class Os2 {
    private Os2() {
    }

    /** The repository root: the directory holding the launcher and the parent pom. */
    static Path root() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isRegularFile(q.resolve("os2")) && Files.isRegularFile(q.resolve("pom.xml"))
                    && Files.isDirectory(q.resolve("kernel"))) {
                return q;
            }
        }
        throw new IllegalStateException("no OS2 repository above " + p);
    }

    static Path out() {
        String o = System.getenv("OS2_OUT");
        return o == null || o.isEmpty() ? root().resolve("build") : Path.of(o);
    }

    static void requireImage() {
        Path img = out().resolve("kernel32.elf");
        assertTrue(Files.isRegularFile(img), "no kernel image at " + img
                + ": run ./os2 build (./os2 test builds it before the integration tests)");
    }

    /** A finished process: exit status and what it wrote (\r removed). */
    record Result(int status, String stdout, String stderr, boolean timedOut) {
        List<String> lines() {
            return Arrays.asList(stdout.split("\n", -1));
        }

        String lastNonEmptyLine() {
            List<String> l = lines();
            for (int i = l.size() - 1; i >= 0; i--) {
                if (!l.get(i).isBlank()) {
                    return l.get(i);
                }
            }
            return "";
        }

        @Override
        public String toString() {
            return "status " + status + (timedOut ? " (killed by the test's timeout)" : "")
                    + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
        }
    }

    /** Runs ./os2 with args, killed after timeoutSeconds. */
    static Result launcher(int timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(root().resolve("os2").toString());
        cmd.addAll(Arrays.asList(args));
        return run(cmd, root().toFile(), Map.of(), timeoutSeconds);
    }

    /** Boots the kernel headless with a kernel command line (and --timeout just below ours). */
    static Result boot(int timeoutSeconds, String cmdline, String... extra) throws IOException, InterruptedException {
        requireImage();
        List<String> args = new ArrayList<>(List.of("boot", "--headless", "--timeout",
                Integer.toString(timeoutSeconds), "--cmdline", cmdline));
        args.addAll(Arrays.asList(extra));
        return launcher(timeoutSeconds + 10, args.toArray(new String[0]));
    }

    static Result run(List<String> cmd, File dir, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        File out = File.createTempFile("os2-it", ".out");
        File err = File.createTempFile("os2-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out).redirectError(err);
            pb.environment().putAll(env);
            Process p = pb.start();
            boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!done) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
            }
            return new Result(done ? p.exitValue() : -1, read(out), read(err), !done);
        } finally {
            out.delete();
            err.delete();
        }
    }

    private static String read(File f) throws IOException {
        return new String(Files.readAllBytes(f.toPath()), StandardCharsets.ISO_8859_1).replace("\r", "");
    }

    /**
     * Starts a process and reads its stdout until a line contains marker (or the
     * timeout); then kills it. Returns everything read.
     */
    static String readUntil(List<String> cmd, String marker, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var in = p.getInputStream()) {
                int b;
                while ((b = in.read()) >= 0) {
                    synchronized (seen) {
                        seen.append((char) b);
                        if (b == '\n' && seen.indexOf(marker) >= 0) {
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                // process killed
            }
        });
        reader.start();
        reader.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
        reader.join(1000);
        synchronized (seen) {
            return seen.toString().replace("\r", "");
        }
    }

    /**
     * Boots with args (after "boot --headless --timeout"), waits until the output contains
     * marker, writes input to QEMU's serial line (the process's stdin), then reads until the
     * output after the marker contains until (or the guest exits, or the timeout). Kills
     * QEMU if it is still running. Returns everything read, \r removed.
     */
    static String interact(int timeoutSeconds, String marker, String input, String until, String... bootArgs)
            throws IOException, InterruptedException {
        requireImage();
        List<String> cmd = new ArrayList<>(List.of(root().resolve("os2").toString(), "boot", "--headless",
                "--timeout", Integer.toString(timeoutSeconds)));
        cmd.addAll(Arrays.asList(bootArgs));
        Process p = new ProcessBuilder(cmd).directory(root().toFile()).redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var in = p.getInputStream()) {
                boolean sent = false;
                int b;
                while ((b = in.read()) >= 0) {
                    if (b == '\r') {
                        continue;
                    }
                    synchronized (seen) {
                        seen.append((char) b);
                        int at = seen.indexOf(marker);
                        if (!sent && at >= 0) {
                            p.getOutputStream().write(input.getBytes(StandardCharsets.ISO_8859_1));
                            p.getOutputStream().flush();
                            sent = true;
                        }
                        if (sent && seen.indexOf(until, at + marker.length()) >= 0) {
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                // process killed
            }
        });
        reader.start();
        reader.join(TimeUnit.SECONDS.toMillis(timeoutSeconds + 5));
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
        reader.join(1000);
        synchronized (seen) {
            return seen.toString();
        }
    }

    /** A port on 127.0.0.1 that was free a moment ago (for a QEMU forward or a host server). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
