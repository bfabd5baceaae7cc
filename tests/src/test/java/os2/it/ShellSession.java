package os2.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A boot into the shell driven over the serial console as a person would type: {@link #send}
 * writes keys to QEMU's serial line, {@link #expect} waits until the output since the last
 * mark contains a text. Closing kills QEMU.
 */
final class ShellSession implements AutoCloseable {
    static final String PROMPT = "/$ ";
    private final Process p;
    private final StringBuilder seen = new StringBuilder();
    private int mark;

    ShellSession(int timeoutSeconds, String... bootArgs) throws IOException {
        Os2.requireImage();
        List<String> cmd = new ArrayList<>(List.of(Os2.root().resolve("os2").toString(), "boot", "--headless",
                "--timeout", Integer.toString(timeoutSeconds), "--no-net", "--shell"));
        cmd.addAll(Arrays.asList(bootArgs));
        p = new ProcessBuilder(cmd).directory(Os2.root().toFile()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                int b;
                while ((b = in.read()) >= 0) {
                    if (b == '\r') {
                        continue;
                    }
                    synchronized (seen) {
                        seen.append((char) b);
                        seen.notifyAll();
                    }
                }
            } catch (IOException e) {
                // QEMU killed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** Types text (keys as bytes: "\r" is Enter, "\t" Tab, "\u0003" Ctrl-C). */
    void send(String text) throws IOException {
        OutputStream o = p.getOutputStream();
        o.write(text.getBytes(StandardCharsets.ISO_8859_1));
        o.flush();
    }

    /** Waits until the output after the mark contains text; moves the mark past it. Returns the output in between. */
    String expect(String text, int timeoutSeconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        synchronized (seen) {
            while (true) {
                int at = seen.indexOf(text, mark);
                if (at >= 0) {
                    String between = seen.substring(mark, at);
                    mark = at + text.length();
                    return between;
                }
                long left = end - System.nanoTime();
                if (left <= 0 || !p.isAlive() && seen.indexOf(text, mark) < 0) {
                    throw new AssertionError("no '" + text + "' within " + timeoutSeconds + " s; output after the mark:\n"
                            + seen.substring(mark) + "\n--- everything ---\n" + seen);
                }
                seen.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)))));
            }
        }
    }

    /** Runs one command line: types it and Enter, waits for the next prompt; the output in between (without the echoed line). */
    String run(String line, int timeoutSeconds) throws IOException, InterruptedException {
        send(line + "\r");
        expect(line + "\n", timeoutSeconds);
        return expect(PROMPT, timeoutSeconds);
    }

    /** Everything read so far. */
    String all() {
        synchronized (seen) {
            return seen.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
    }
}
