package os2.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A guest's serial console as a process's stdin/stdout: everything it prints is kept
 * (\r removed), {@link #await} looks for a pattern after a cursor that moves past each
 * match, {@link #send} types a line. For the tests that run two guests at once.
 */
final class Console implements AutoCloseable {
    private final String name;
    private final Process process;
    private final StringBuilder text = new StringBuilder();
    private final Thread reader;
    private int cursor;

    Console(String name, List<String> cmd) throws IOException {
        this.name = name;
        process = new ProcessBuilder(cmd).directory(Os2.root().toFile()).redirectErrorStream(true).start();
        reader = new Thread(() -> {
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
                // the process ended
            }
            synchronized (text) {
                text.notifyAll();
            }
        }, name + " console");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits until regex matches after the cursor; returns the match (cursor moves past it), or throws with the output. */
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
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    throw new AssertionError(name + ": no \"" + regex + "\" within " + timeoutSeconds + " s"
                            + (process.isAlive() ? "" : " (it exited)") + "; its console after the cursor:\n"
                            + tail(text.substring(cursor)));
                }
                text.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** Types line (a newline is added). */
    void send(String line) throws IOException {
        OutputStream o = process.getOutputStream();
        o.write((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
        o.flush();
    }

    /** Everything printed so far. */
    String all() {
        synchronized (text) {
            return text.toString();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    private static String tail(String s) {
        return s.length() > 6000 ? "..." + s.substring(s.length() - 6000) : s;
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }
}
