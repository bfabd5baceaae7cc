package os2.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.concurrent.TimeUnit;

/**
 * OS2 booted with init starting httpd (with the network capability) behind a forward from a
 * free 127.0.0.1 port to guest port 80; open once httpd says it listens. Closing it ends QEMU.
 */
final class HttpdGuest implements AutoCloseable {
    static final String LISTENING = "httpd: listening on port 80";

    /** The host port forwarded to the guest's port 80. */
    final int port;
    /** The console up to httpd's "listening" line. */
    final String console;
    private final Process qemu;

    private HttpdGuest(int port, Process qemu, String console) {
        this.port = port;
        this.qemu = qemu;
        this.console = console;
    }

    /** Boots and waits (at most waitSeconds) for httpd; QEMU itself ends after timeoutSeconds. */
    static HttpdGuest boot(int timeoutSeconds, int waitSeconds) throws Exception {
        Os2.requireImage();
        String user = Os2.out().resolve("user").toString();
        int port = Os2.freePort();
        Process p = new ProcessBuilder(Os2.root().resolve("os2").toString(), "boot", "--headless", "--timeout",
                String.valueOf(timeoutSeconds), "--hostfwd", port + ":80", "--init", user + "/init.elf restart+net:httpd.elf",
                "--module", user + "/httpd.elf").directory(Os2.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        try {
            var in = p.getInputStream();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
            while (seen.indexOf(LISTENING) < 0 && System.nanoTime() < end) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                seen.append((char) b);
            }
            assertTrue(seen.indexOf(LISTENING) >= 0, seen.toString());
        } catch (Throwable t) {
            stop(p);
            throw t;
        }
        return new HttpdGuest(port, p, seen.toString());
    }

    /** The URL of path on the guest, through the forward. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        stop(qemu);
    }

    private static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
    }
}
