package os2.netbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One guest of the network benchmark: the launcher command that boots it (OS2 through
 * {@code ./os2 boot}, Linux through {@code ./os2 peer boot}), its serial console kept as
 * text, and the host ports forwarded to its HTTP server, bulk sink and bulk source.
 * {@link #close} ends the launcher and the QEMU it started (by their process ids).
 */
final class Guest implements AutoCloseable {
    final String name;
    final int httpPort;
    final int sinkPort;
    final int sourcePort;
    private final Process process;
    private final StringBuilder text = new StringBuilder();
    private int cursor;

    Guest(String name, Path root, List<String> cmd, int httpPort, int sinkPort, int sourcePort) throws IOException {
        this.name = name;
        this.httpPort = httpPort;
        this.sinkPort = sinkPort;
        this.sourcePort = sourcePort;
        process = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(this::readConsole, name + " console");
        reader.setDaemon(true);
        reader.start();
    }

    private void readConsole() {
        try (InputStream in = process.getInputStream()) {
            byte[] b = new byte[4096];
            int n;
            while ((n = in.read(b)) >= 0) {
                String s = new String(b, 0, n, StandardCharsets.ISO_8859_1).replace("\r", "");
                synchronized (text) {
                    text.append(s);
                    text.notifyAll();
                }
            }
        } catch (IOException e) {
            // the guest ended: await reports it
        }
        synchronized (text) {
            text.notifyAll();
        }
    }

    /** Waits for regex on the console after the cursor (which moves past the match). */
    Matcher await(String regex, int timeoutSeconds) throws InterruptedException {
        Pattern p = Pattern.compile(regex);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        synchronized (text) {
            while (true) {
                Matcher m = p.matcher(text);
                if (m.find(cursor)) {
                    cursor = m.end();
                    return m;
                }
                long left = end - System.nanoTime();
                if (left <= 0 || !process.isAlive()) {
                    String rest = text.substring(cursor);
                    throw new IllegalStateException(name + ": no \"" + regex + "\" within " + timeoutSeconds + " s"
                            + (process.isAlive() ? "" : " (it exited)") + "; its console:\n"
                            + rest.substring(Math.max(0, rest.length() - 3000)));
                }
                text.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Waits for every regex, in any order (services print as they start); the cursor ends past the last. */
    void awaitAll(int timeoutSeconds, String... regexes) throws InterruptedException {
        int from = cursor;
        int end = from;
        for (String r : regexes) {
            cursor = from;
            end = Math.max(end, await(r, timeoutSeconds).end());
        }
        cursor = end;
    }

    /** Types line on the serial console (Linux's shell). */
    void send(String line) throws IOException {
        OutputStream o = process.getOutputStream();
        o.write((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
        o.flush();
    }

    private static int marks;

    /**
     * Runs a shell command line on Linux's console; returns what it printed. A line that
     * ends in {@code &} is joined to the echo of the mark without ';' (busybox sh, like any
     * POSIX shell, rejects "&;").
     */
    String sh(String command, int timeoutSeconds) throws IOException, InterruptedException {
        String mark = "netbench-done-" + (++marks);
        send(joined(command, "echo " + mark));
        Matcher m = await("(?s)(.*?)" + mark + "\n", timeoutSeconds);
        return m.group(1);
    }

    /** "a; b", or "a b" when a already ends with the '&' that separates it from what follows. */
    static String joined(String command, String next) {
        String c = command.stripTrailing();
        return c.endsWith("&") && !c.endsWith("&&") ? c + " " + next : c + "; " + next;
    }

    /** The last n characters of the console, for reports of failures. */
    String consoleTail(int n) {
        synchronized (text) {
            return text.substring(Math.max(0, text.length() - n));
        }
    }

    /** A boot or setup step failed: says why on stderr with the end of the console, then closes. */
    void failed(Throwable why) {
        String all;
        synchronized (text) {
            all = text.toString();
        }
        System.err.println("netbench: " + name + " did not come up: " + why.getMessage().lines().findFirst().orElse("")
                + (process.isAlive() ? "" : " (its launcher exited with status " + process.exitValue() + ")")
                + "; the last of its console:\n" + all.substring(Math.max(0, all.length() - 4000)));
        close();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
