package os2.it;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The network programs end to end (docs/NETWORK.md "Programs"), in one boot: init starts
 * echod on port 7 (a service), then in order ifconfig --wait (until DHCP is done), ping
 * to QEMU's gateway, fetch of a 10 MiB file and of a missing one from an HTTP server this
 * test runs on the host (reached through --guestfwd as 10.0.2.100:80), and last an echod
 * sink on port 9 that takes one upload and exits (which ends the run). Meanwhile the host
 * talks to the echo server through --hostfwd: nc, and 100 connections at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetProgramsTest {
    static final int BIG = 10 * 1024 * 1024;
    static final int CONNECTIONS = 100;
    static final int BOOT_SECONDS = 240;

    private static HttpServer http;
    private static byte[] file;
    private static Process qemu;
    private static final StringBuilder console = new StringBuilder();
    private static int echoPort;
    private static int sinkPort;
    private static int udpPort;

    @BeforeAll
    static void boot() throws Exception {
        Os2.requireImage();
        file = new byte[BIG];
        new Random(42).nextBytes(file);
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        http.createContext("/", ex -> {
            byte[] body = ex.getRequestURI().getPath().equals("/big") ? file : null;
            String host = ex.getRequestHeaders().getFirst("Host");
            if (body == null || !"10.0.2.100".equals(host)) {
                byte[] msg = ("not here (Host: " + host + ")\n").getBytes(StandardCharsets.US_ASCII);
                ex.sendResponseHeaders(404, msg.length);
                ex.getResponseBody().write(msg);
            } else {
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        http.start();
        echoPort = Os2.freePort();
        sinkPort = Os2.freePort();
        try (DatagramSocket d = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            udpPort = d.getLocalPort();
        }
        String user = Os2.out().resolve("user").toString();
        String init = user + "/init.elf restart+net:echod.elf 7 ; restart+net:echod.elf --udp 7"
                + " ; net:ifconfig.elf --wait 60 ; net:ping.elf -c 3 10.0.2.2"
                + " ; net:fetch.elf --sha256 http://10.0.2.100/big ; net:fetch.elf http://10.0.2.100/missing"
                + " ; net:fetch.elf http://no-such-host.invalid/"
                + " ; net:echod.elf --sink --once 9";
        List<String> cmd = new ArrayList<>(List.of(Os2.root().resolve("os2").toString(), "boot", "--headless",
                "--timeout", Integer.toString(BOOT_SECONDS), "--hostfwd", echoPort + ":7", "--hostfwd", sinkPort + ":9",
                "--hostfwd", "udp:" + udpPort + ":7",
                "--guestfwd", "80:" + http.getAddress().getPort(), "--init", init));
        for (String m : new String[] {"echod", "ifconfig", "ping", "fetch"}) {
            cmd.add("--module");
            cmd.add(user + "/" + m + ".elf");
        }
        qemu = new ProcessBuilder(cmd).directory(Os2.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (InputStream in = qemu.getInputStream()) {
                for (int b; (b = in.read()) >= 0; ) {
                    if (b != '\r') {
                        synchronized (console) {
                            console.append((char) b);
                            console.notifyAll();
                        }
                    }
                }
            } catch (IOException e) {
                // QEMU was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (qemu != null) {
            qemu.descendants().forEach(ProcessHandle::destroyForcibly);
            qemu.destroyForcibly();
            qemu.waitFor();
        }
        if (http != null) {
            http.stop(0);
        }
    }

    /** Waits until the console shows text (fails with the console after seconds); returns the console. */
    static String await(String text, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (console) {
            while (console.indexOf(text) < 0 && System.nanoTime() < end && qemu.isAlive()) {
                console.wait(200);
            }
            assertTrue(console.indexOf(text) >= 0, "waited for \"" + text + "\"\n" + console);
            return console.toString();
        }
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    @Order(1)
    void hostNetcatGetsItsBytesBackFromTheGuestEchoServer() throws Exception {
        await("echod: listening on port 7", 90);
        String text = "hello through the echo server " + System.nanoTime() + "\n";
        ProcessBuilder pb = new ProcessBuilder("nc", "-N", "-w", "20", "127.0.0.1", Integer.toString(echoPort));
        Process nc = pb.redirectErrorStream(true).start();
        nc.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        nc.getOutputStream().close();   // -N: nc shuts down its sending side at the end of its input
        byte[] got = nc.getInputStream().readAllBytes();
        assertTrue(nc.waitFor(30, TimeUnit.SECONDS), "nc ended");
        assertEquals(text, new String(got, StandardCharsets.US_ASCII));
        assertEquals(0, nc.exitValue());
    }

    @Test
    @Order(2)
    void hundredConcurrentConnectionsAllGetTheirFullAnswer() throws Exception {
        await("echod: listening on port 7", 90);
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            // All connections are opened first, then all talk at once: 100 open at the same time.
            // They are opened one after the other: with 100 connects in one burst a few (3 of 100)
            // were reset without the guest ever seeing an error (echod reported none); QEMU's
            // forward accepts from a host listen queue of one, which is the suspected cause.
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                sockets.add(new Socket(InetAddress.getLoopbackAddress(), echoPort));
            }
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                String msg = "connection " + i + " " + "x".repeat(100 + i * 10) + "\n";
                Socket sock = sockets.get(i);
                answers.add(pool.submit(() -> {
                    try (Socket s = sock) {
                        s.setSoTimeout(120_000);
                        s.getOutputStream().write(msg.getBytes(StandardCharsets.US_ASCII));
                        s.shutdownOutput();
                        return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                    }
                }));
            }
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                String msg = "connection " + i + " " + "x".repeat(100 + i * 10) + "\n";
                try {
                    String got = answers.get(i).get(180, TimeUnit.SECONDS);
                    if (!msg.equals(got)) {
                        failed.add(i + ": got " + got.length() + " of " + msg.length() + " bytes");
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.add(i + ": " + e.getCause());
                }
            }
            synchronized (console) {
                assertTrue(failed.isEmpty(), failed.size() + " failed: " + failed + "\n" + console);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * UDP sockets in the guest: echod --udp receives each datagram the host sends through
     * --hostfwd udp:H:7 (it logs its size, source and SHA-256) and sends it back.
     */
    @Test
    @Order(2)
    void guestUdpSocketReceivesDatagramsWithTheirSource() throws Exception {
        await("echod: udp on port 7", 90);
        int answers = 0;
        try (DatagramSocket d = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            d.setSoTimeout(2000);
            Random r = new Random(3);
            for (int size : new int[] {1, 100, 512, 1000, 1400}) {
                byte[] msg = new byte[size];
                r.nextBytes(msg);
                String logged = "echod: udp " + size + " bytes from 10.0.2.2:";
                String hash = " sha256 " + sha256(msg);
                boolean seen = false;
                for (int attempt = 0; attempt < 5 && !seen; attempt++) {   // UDP may lose one: send it again
                    d.send(new DatagramPacket(msg, size, InetAddress.getLoopbackAddress(), udpPort));
                    DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
                    try {
                        d.receive(p);
                        assertArrayEquals(msg, java.util.Arrays.copyOf(p.getData(), p.getLength()), "echo of " + size);
                        answers++;
                    } catch (SocketTimeoutException e) {
                        // no echo (see below)
                    }
                    synchronized (console) {
                        seen = Pattern.compile(Pattern.quote(logged) + "\\d+" + Pattern.quote(hash)).matcher(console).find();
                    }
                }
                assertTrue(seen, "the guest got the " + size + "-byte datagram intact\n" + console);
            }
        }
        System.out.println("NetProgramsTest: " + answers + " UDP echoes came back");
    }

    @Test
    @Order(3)
    void guestIfconfigShowsTheLease() throws Exception {
        String out = await("echo replies sent", 120);
        assertTrue(out.contains("inet 10.0.2.15  netmask 255.255.255.0"), out);
        assertTrue(Pattern.compile("ether 52:54:00(:[0-9a-f]{2}){3}").matcher(out).find(), out);
        assertTrue(out.contains("init: ifconfig.elf exited with status 0"), out);
    }

    @Test
    @Order(4)
    void guestPingGetsRepliesFromTheGateway() throws Exception {
        String out = await("init: ping.elf exited with status", 120);
        assertTrue(out.contains("PING 10.0.2.2 (10.0.2.2) 56(84) bytes of data."), out);
        for (int seq = 1; seq <= 3; seq++) {
            assertTrue(Pattern.compile("64 bytes from 10\\.0\\.2\\.2: icmp_seq=" + seq + " time=\\d+\\.\\d{3} ms")
                    .matcher(out).find(), "reply " + seq + "\n" + out);
        }
        assertTrue(out.contains("3 packets transmitted, 3 received, 0% packet loss"), out);
        assertTrue(Pattern.compile("rtt min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms").matcher(out).find(), out);
        assertTrue(out.contains("init: ping.elf exited with status 0"), out);
    }

    @Test
    @Order(5)
    void guestFetchDownloadsTenMegabytesIntact() throws Exception {
        String out = await("init: fetch.elf exited with status", 180);
        assertTrue(out.contains(BIG + " bytes sha256 " + sha256(file)), out);
        assertTrue(out.indexOf("init: fetch.elf exited with status 0") >= 0, out);
    }

    @Test
    @Order(6)
    void guestFetchOfAMissingPageFails() throws Exception {
        await("init: fetch.elf exited with status 0", 180);
        String out = await("init: fetch.elf exited with status 1", 60);
        assertTrue(out.contains("fetch: 10.0.2.100/missing: HTTP 404 Not Found"), out);
        assertFalse(out.contains("not here (Host:"), "an error page is not written to standard output\n" + out);
    }

    /** restrict=on: DHCP names no DNS server, so a name cannot be resolved (and nothing is sent anywhere). */
    @Test
    @Order(6)
    void guestFetchOfANameFailsWithoutADnsServer() throws Exception {
        String out = await("fetch: no-such-host.invalid: RESOLVE no-such-host.invalid: E_NOENT", 180);
        assertTrue(out.contains("dns 0.0.0.0"), "the lease names no DNS server\n" + out);
    }

    @Test
    @Order(8)
    void badGuestfwdOptionsAreUsageErrors() throws Exception {
        for (String[] args : List.of(new String[] {"--guestfwd", "80"}, new String[] {"--guestfwd", "0:8000"},
                new String[] {"--guestfwd", "80:70000"}, new String[] {"--guestfwd"},
                new String[] {"--no-net", "--guestfwd", "80:8000"})) {
            List<String> all = new ArrayList<>(List.of("boot", "--headless"));
            all.addAll(List.of(args));
            Os2.Result r = Os2.launcher(30, all.toArray(new String[0]));
            assertEquals(2, r.status(), String.join(" ", args) + "\n" + r);
            assertTrue(r.stderr().contains("--guestfwd"), r.toString());
        }
    }

    @Test
    @Order(7)
    void hostUploadsTenMegabytesToTheGuestSink() throws Exception {
        await("echod: sink listening on port 9", 240);
        byte[] data = new byte[BIG];
        new Random(7).nextBytes(data);
        String answer;
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), sinkPort)) {
            s.setSoTimeout(180_000);
            OutputStream o = s.getOutputStream();
            for (int off = 0; off < data.length; off += 64 * 1024) {
                o.write(data, off, Math.min(64 * 1024, data.length - off));
            }
            s.shutdownOutput();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            s.getInputStream().transferTo(got);
            answer = got.toString(StandardCharsets.US_ASCII);
        }
        String line = "echod: " + BIG + " bytes sha256 " + sha256(data);
        assertEquals(line + "\n", answer);
        String out = await("init: echod.elf exited with status 0", 60);
        assertTrue(out.contains(line), out);
        Matcher m = Pattern.compile("\\[info \\] net: DHCP lease (\\S+)").matcher(out);
        assertTrue(m.find() && m.group(1).equals("10.0.2.15"), out);
    }
}
