package os2.netbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host side of the network benchmark: HTTP load with Debian's {@code wrk}, and bulk
 * TCP transfers through the guest's forwarded ports, timed on the host's clock.
 */
final class Load {
    /** Bytes a bulk write or read moves at a time on the host. */
    static final int HOST_CHUNK = 64 * 1024;
    /** Connect and read timeout of one transfer (a stalled guest must not hang the run). */
    static final int SOCKET_TIMEOUT_MS = 120_000;

    private Load() {
    }

    /** What one wrk run reported. */
    record WrkResult(long requests, double seconds, double perSecond, long errors, String output) {
    }

    /** Runs wrk against url for seconds with connections connections on one thread. */
    static WrkResult wrk(String url, int seconds, int connections) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t1", "-c" + connections, "-d" + seconds + "s",
                "--timeout", "30s", url));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException("wrk exited with status " + rc + ":\n" + out);
        }
        return parseWrk(out);
    }

    /**
     * Parses wrk's summary: "N requests in T(s|ms|m), ..." and "Requests/sec: R", plus
     * the error counts ("Socket errors: connect A, read B, write C, timeout D" and
     * "Non-2xx or 3xx responses: E").
     */
    static WrkResult parseWrk(String out) {
        Matcher total = Pattern.compile("(\\d+) requests in ([0-9.]+)(ms|s|m)\\b").matcher(out);
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        if (!total.find() || !rate.find()) {
            throw new IllegalArgumentException("not wrk's summary:\n" + out);
        }
        double t = Double.parseDouble(total.group(2));
        double seconds = switch (total.group(3)) {
            case "ms" -> t / 1000;
            case "m" -> t * 60;
            default -> t;
        };
        long errors = 0;
        Matcher sock = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(out);
        if (sock.find()) {
            // read errors are how wrk counts a server's close after a "Connection: close" answer; not failures
            errors += Long.parseLong(sock.group(1)) + Long.parseLong(sock.group(3)) + Long.parseLong(sock.group(4));
        }
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(out);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        return new WrkResult(Long.parseLong(total.group(1)), seconds, Double.parseDouble(rate.group(1)), errors, out);
    }

    /** Sends bytes zero bytes to port, half-closes and waits for the guest to close; seconds taken. */
    static double upload(int port, long bytes) throws IOException {
        try (Socket s = connect(port)) {
            long t0 = System.nanoTime();
            OutputStream o = s.getOutputStream();
            byte[] b = new byte[HOST_CHUNK];
            for (long left = bytes; left > 0; left -= b.length) {
                o.write(b, 0, (int) Math.min(b.length, left));
            }
            s.shutdownOutput();
            InputStream in = s.getInputStream();
            while (in.read(b) >= 0) {
                // the guest sends nothing; EOF is its close after reading everything
            }
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** Reads from port until the guest closes; throws unless exactly bytes arrived; seconds taken. */
    static double download(int port, long bytes) throws IOException {
        try (Socket s = connect(port)) {
            long t0 = System.nanoTime();
            InputStream in = s.getInputStream();
            byte[] b = new byte[HOST_CHUNK];
            long n = 0;
            int k;
            while ((k = in.read(b)) >= 0) {
                n += k;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (n != bytes) {
                throw new IOException("received " + n + " bytes from port " + port + ", expected " + bytes);
            }
            return seconds;
        }
    }

    private static Socket connect(int port) throws IOException {
        Socket s = new Socket();
        s.setSoTimeout(SOCKET_TIMEOUT_MS);
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), SOCKET_TIMEOUT_MS);
        return s;
    }

    /** GET path from port with a plain HTTP/1.0 request; the whole response (headers and body). */
    static String get(int port, String path) throws IOException {
        try (Socket s = connect(port)) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
