package os2.netbench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./os2 bench net} (docs/BENCHMARKS.md, "Network"): OS2 and Debian's Linux 6.1
 * one after the other in the same QEMU (-cpu max, 256 MiB, the same virtio-net NIC on
 * QEMU's user network with restrict=on, forwards on free 127.0.0.1 ports), serving the
 * same things: HTTP requests per second from the host's wrk for the status page (Linux:
 * busybox httpd serving a file of the same size) and for a 1 KiB body, and bulk TCP
 * throughput host to guest and guest to host (OS2: netbulk discard/zeros; Linux: busybox
 * nc). Wall-clock figures are best of N; then each guest boots again under
 * {@code -icount shift=0,sleep=off} for guest instructions per request and per MiB.
 * Prints {@code net.*} record lines and the OS2/Linux ratios.
 */
public final class NetBench {
    static final int GUEST_HTTP = 80;
    static final int GUEST_SINK = 5001;
    static final int GUEST_SOURCE = 5002;
    static final int BOOT_TIMEOUT_S = 600;
    static final long MIB = 1024 * 1024;
    /** netbulk discard's byte limit: more than any run sends, so it reads until the host closes. */
    static final long UNLIMITED = 1L << 40;
    /** Pause between transfers: Linux's nc loop needs a moment to listen again. */
    static final long BETWEEN_TRANSFERS_MS = 500;
    static final int TRANSFER_ATTEMPTS = 5;
    /** What Linux's upload sink prints before each count (wc's bare number could be any line). */
    static final String RECEIVED_TAG = "netbench-received";
    /** The status page's size when OS2 does not run first to measure it (--only linux): a typical page. */
    static final int DEFAULT_STATUS_BYTES = 4500;

    private final Path root;
    private final Path user;
    private final int repeat;
    private final int seconds;
    private final int connections;
    private final long bulkBytes;
    private final Results results = new Results();
    private int statusBytes = DEFAULT_STATUS_BYTES;

    private NetBench(Path root, Path out, int repeat, int seconds, int connections, int bulkMib) {
        this.root = root;
        this.user = out.resolve("user");
        this.repeat = repeat;
        this.seconds = seconds;
        this.connections = connections;
        this.bulkBytes = bulkMib * MIB;
    }

    static final Results.Metric STATUS_RPS = new Results.Metric("status-rps", "requests/s", true);
    static final Results.Metric STATIC_RPS = new Results.Metric("1k-rps", "requests/s", true);
    static final Results.Metric UP_MIBS = new Results.Metric("host-to-guest-mibs", "MiB/s", true);
    static final Results.Metric DOWN_MIBS = new Results.Metric("guest-to-host-mibs", "MiB/s", true);
    static final Results.Metric STATUS_INSNS = new Results.Metric("status-insns-per-request", "guest-instructions", false);
    static final Results.Metric STATIC_INSNS = new Results.Metric("1k-insns-per-request", "guest-instructions", false);
    static final Results.Metric UP_INSNS = new Results.Metric("host-to-guest-insns-per-mib", "guest-instructions", false);
    static final Results.Metric DOWN_INSNS = new Results.Metric("guest-to-host-insns-per-mib", "guest-instructions", false);

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".").toAbsolutePath().normalize();
        Path out = null;
        int repeat = 3;
        int seconds = 5;
        int connections = 4;
        int bulkMib = 16;
        boolean icount = true;
        boolean wall = true;
        String only = null;
        Integer statusBytes = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--bulk-mib" -> bulkMib = Integer.parseInt(args[++i]);
                case "--no-icount" -> icount = false;
                case "--icount-only" -> wall = false;
                case "--only" -> only = args[++i];
                case "--status-bytes" -> statusBytes = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (only != null && !only.equals(Results.OS2) && !only.equals(Results.LINUX)) {
            throw new IllegalArgumentException("--only os2 or --only linux, not " + only);
        }
        NetBench b = new NetBench(root, out == null ? root.resolve("build") : out, repeat, seconds, connections, bulkMib);
        if (statusBytes != null) {
            b.statusBytes = statusBytes;
        }
        b.run(wall, icount, only == null || only.equals(Results.OS2), only == null || only.equals(Results.LINUX));
    }

    /** Runs the chosen guests (both by default; --only one of them, e.g. to look into one side). */
    private void run(boolean wall, boolean icount, boolean os2, boolean linux) throws Exception {
        for (String f : List.of("init.elf", "httpd.elf", "netbulk.elf")) {
            if (!Files.isRegularFile(user.resolve(f))) {
                throw new IllegalStateException("no " + user.resolve(f) + ": run ./os2 build");
            }
        }
        System.out.printf(Locale.ROOT, "netbench: wrk -t1 -c%d -d%ds, bulk %d MiB, best of %d%n", connections, seconds,
                bulkBytes / MIB, repeat);
        if (os2 && wall) {
            try (Guest g = bootOs2(false)) {
                String page = Load.get(g.httpPort, "/");
                statusBytes = body(page).length();
                System.out.println("netbench: OS2's status page is " + statusBytes + " bytes; Linux serves a file of that size");
                wallClock(g, Results.OS2);
                statusSize(g, "after the rounds");
            }
        }
        if (linux && wall) {
            try (Guest g = bootLinux(false)) {
                wallClock(g, Results.LINUX);
            }
        }
        if (icount && os2) {
            try (Guest g = bootOs2(true)) {
                if (!wall) {
                    statusSize(g, "at the start");
                }
                instructions(g, Results.OS2);
                statusSize(g, "after the icount pass");
            }
        }
        if (icount && linux) {
            try (Guest g = bootLinux(true)) {
                instructions(g, Results.LINUX);
            }
        }
        for (String line : results.lines()) {
            System.out.println(line);
        }
    }

    /** Prints the size of the status page the guest serves now (it grows with the counters it shows). */
    private static void statusSize(Guest g, String when) throws Exception {
        System.out.println("netbench: OS2's status page is " + body(Load.get(g.httpPort, "/")).length() + " bytes " + when);
    }

    private static String body(String response) {
        int at = response.indexOf("\r\n\r\n");
        if (!response.startsWith("HTTP/1.") || at < 0) {
            throw new IllegalStateException("not an HTTP response: " + response);
        }
        return response.substring(at + 4);
    }

    private Guest bootOs2(boolean icount) throws Exception {
        int[] p = freePorts();
        List<String> cmd = new ArrayList<>(List.of(root.resolve("os2").toString(), "boot", "--headless", "--mem", "256M"));
        if (icount) {
            cmd.add("--icount");
        }
        forwards(cmd, p);
        cmd.addAll(List.of("--init", user.resolve("init.elf") + " restart+net:httpd.elf ; restart+net:netbulk.elf discard "
                + GUEST_SINK + " " + UNLIMITED + " ; restart+net:netbulk.elf zeros " + GUEST_SOURCE + " " + bulkBytes,
                "--module", user.resolve("httpd.elf").toString(), "--module", user.resolve("netbulk.elf").toString()));
        Guest g = new Guest("OS2" + (icount ? " (icount)" : ""), root, cmd, p[0], p[1], p[2]);
        try {
            g.awaitAll(BOOT_TIMEOUT_S, "httpd: listening on port " + GUEST_HTTP, "netbulk: discard listening",
                    "netbulk: zeros listening");
            Load.get(g.httpPort, "/1k");   // the forward reaches httpd
        } catch (Exception | Error e) {
            g.failed(e);
            throw e;
        }
        return g;
    }

    private Guest bootLinux(boolean icount) throws Exception {
        int[] p = freePorts();
        List<String> cmd = new ArrayList<>(List.of(root.resolve("os2").toString(), "peer", "boot", "--mem", "256M"));
        if (icount) {
            cmd.add("--icount");
        }
        forwards(cmd, p);
        Guest g = new Guest("Linux" + (icount ? " (icount)" : ""), root, cmd, p[0], p[1], p[2]);
        try {
            g.await("peer: ready", BOOT_TIMEOUT_S);
            g.sh("head -c " + statusBytes + " /dev/zero > /www/index.html; head -c " + bulkBytes
                    + " /dev/zero > /tmp/bulk; httpd -p " + GUEST_HTTP + " -h /www", BOOT_TIMEOUT_S);
            // wc prints what each connection brought, so that the harness can check it
            // and tags it so that the harness cannot take another number on the console for it
            g.sh("(while :; do echo \"" + RECEIVED_TAG + " $(nc -l -p " + GUEST_SINK + " | wc -c)\"; done) 2> /dev/null &",
                    60);
            g.sh("(while :; do nc -l -p " + GUEST_SOURCE + " < /tmp/bulk; done) > /dev/null 2>&1 &", 60);
            Thread.sleep(BETWEEN_TRANSFERS_MS);
            String page = Load.get(g.httpPort, "/");
            if (body(page).length() != statusBytes) {
                throw new IllegalStateException("Linux's / is not " + statusBytes + " bytes:\n" + page);
            }
        } catch (Exception | Error e) {
            g.failed(e);
            throw e;
        }
        return g;
    }

    private static void forwards(List<String> cmd, int[] p) {
        cmd.addAll(List.of("--hostfwd", p[0] + ":" + GUEST_HTTP, "--hostfwd", p[1] + ":" + GUEST_SINK,
                "--hostfwd", p[2] + ":" + GUEST_SOURCE));
    }

    /** Three distinct free TCP ports on 127.0.0.1 (held together so they differ). */
    static int[] freePorts() throws IOException {
        try (ServerSocket a = bind(); ServerSocket b = bind(); ServerSocket c = bind()) {
            return new int[] {a.getLocalPort(), b.getLocalPort(), c.getLocalPort()};
        }
    }

    private static ServerSocket bind() throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return s;
    }

    private String url(Guest g, String path) {
        return "http://127.0.0.1:" + g.httpPort + path;
    }

    /** Best of repeat: requests per second and MiB per second on the host's clock. */
    private void wallClock(Guest g, String guest) throws Exception {
        Load.wrk(url(g, "/1k"), 1, connections);   // warm-up
        for (int r = 0; r < repeat; r++) {
            Load.WrkResult s = checked(g, Load.wrk(url(g, "/"), seconds, connections));
            results.add(guest, STATUS_RPS, s.perSecond());
            Load.WrkResult k = checked(g, Load.wrk(url(g, "/1k"), seconds, connections));
            results.add(guest, STATIC_RPS, k.perSecond());
            results.add(guest, UP_MIBS, bulkBytes / MIB / upload(g));
            results.add(guest, DOWN_MIBS, bulkBytes / MIB / download(g));
            System.out.printf(Locale.ROOT, "netbench: %s round %d: status %.1f/s, 1k %.1f/s%n", g.name, r + 1,
                    s.perSecond(), k.perSecond());
        }
    }

    /** Guest instructions per request and per MiB, from the guest's busy time under -icount. */
    private void instructions(Guest g, String guest) throws Exception {
        Counters c0 = counters(g);
        Load.WrkResult s = checked(g, Load.wrk(url(g, "/"), seconds, connections));
        Counters c1 = counters(g);
        Load.WrkResult k = checked(g, Load.wrk(url(g, "/1k"), seconds, connections));
        Counters c2 = counters(g);
        upload(g);
        Counters c3 = counters(g);
        download(g);
        Counters c4 = counters(g);
        // OS2's counters come from /status.json: count that request with the status-page ones
        long statusRequests = s.requests() + (guest.equals(Results.OS2) ? 1 : 0);
        perUnit(g, guest, STATUS_INSNS, c1.minus(c0), statusRequests, "request");
        perUnit(g, guest, STATIC_INSNS, c2.minus(c1), k.requests(), "request");
        perUnit(g, guest, UP_INSNS, c3.minus(c2), bulkBytes / MIB, "MiB");
        perUnit(g, guest, DOWN_INSNS, c4.minus(c3), bulkBytes / MIB, "MiB");
    }

    private void perUnit(Guest g, String guest, Results.Metric m, Counters d, long units, String unit) {
        results.add(guest, m, (double) d.busyNs() / units);
        System.out.printf(Locale.ROOT, "netbench: %s %s: %d %ss, %d busy instructions, frames in %.2f out %.2f%s per %s%n",
                g.name, m.name(), units, unit, d.busyNs(), (double) d.framesIn() / units, (double) d.framesOut() / units,
                d.syscalls() < 0 ? "" : String.format(Locale.ROOT, ", syscalls %.2f", (double) d.syscalls() / units), unit);
    }

    private static Counters counters(Guest g) throws Exception {
        if (g.name.startsWith("OS2")) {
            return Counters.fromOs2Json(body(Load.get(g.httpPort, "/status.json")));
        }
        String out = g.sh("head -1 /proc/stat; grep eth0 /proc/net/dev", 60);
        return Counters.fromLinux(out, out);
    }

    private static Load.WrkResult checked(Guest g, Load.WrkResult r) {
        if (r.errors() > 0 || r.requests() == 0) {
            throw new IllegalStateException(g.name + ": wrk saw errors or no answers:\n" + r.output()
                    + "\nthe last of the guest's console:\n" + g.consoleTail(4000));
        }
        return r;
    }

    private double upload(Guest g) throws Exception {
        return transfer(g, true);
    }

    private double download(Guest g) throws Exception {
        return transfer(g, false);
    }

    /** One timed transfer; retried when the guest was not listening yet (Linux's nc loop between connections). */
    private double transfer(Guest g, boolean up) throws Exception {
        IOException last = null;
        for (int i = 0; i < TRANSFER_ATTEMPTS; i++) {
            Thread.sleep(BETWEEN_TRANSFERS_MS);
            try {
                if (!up) {
                    return Load.download(g.sourcePort, bulkBytes);
                }
                double t = Load.upload(g.sinkPort, bulkBytes);
                long got = Long.parseLong(g.await(g.name.startsWith("OS2") ? "netbulk: received (\\d+) bytes"
                        : RECEIVED_TAG + " (\\d+)", 60).group(1));
                if (got == bulkBytes) {
                    return t;
                }
                last = new IOException("the guest received " + got + " bytes, not " + bulkBytes);
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IOException(g.name + ": " + (up ? "upload" : "download") + " failed " + TRANSFER_ATTEMPTS + " times", last);
    }

    /** Content-Length of a response, for checks. */
    static int contentLength(String response) {
        Matcher m = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(response);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
