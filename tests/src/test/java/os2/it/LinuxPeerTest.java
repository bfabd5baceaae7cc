package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import os2.peer.Relay;

/**
 * OS2 and Linux on one wire (docs/NETWORK.md, "The Linux peer"): Debian's Linux kernel with
 * busybox ({@code ./os2 peer boot}) and OS2 ({@code ./os2 boot --net-dgram}, static address
 * {@code ip=}) each on QEMU's dgram backend, joined by {@link Relay}, which can make the
 * link lossy and inject malformed frames. Linux pings OS2, fetches its status page with
 * wget, and moves bulk data both ways with busybox nc against OS2's netbulk program,
 * checked by SHA-256 on both consoles. OS2's ping program pings Linux, by address and by a
 * name that Linux's DNS server (dnsmasq) resolves for OS2's resolver. Malformed frames made
 * from Linux's own are injected into OS2, which must drop them and keep its memory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinuxPeerTest {
    static final String OS2_IP = "192.168.77.2";
    static final String LINUX_IP = "192.168.77.1";
    static final int PREFIX = 24;
    static final int SINK_PORT = 5001, SOURCE_PORT = 5002;
    /** Names the Linux peer's DNS server (dnsmasq) answers for; OS2 resolves them through dns=LINUX_IP. */
    static final String DOMAIN = "os2.test", PEER_NAME = "peer." + DOMAIN, OTHER_NAME = "www." + DOMAIN;
    static final String OTHER_IP = "192.168.77.80";
    /** The bulk transfers' size (the issue asks for 10 MiB each way). */
    static final int BULK = 10 << 20;
    /** Malformed frames injected into OS2 in the test (CI size; docs/RELIABILITY.md has the 100,000 run). */
    static final int INJECT = Integer.getInteger("peer.inject", 5_000);
    static final int INJECT_PER_SECOND = 2_000;
    /** What the kernel heap may differ by after the injection (allocation noise of the status fetch itself). */
    static final long HEAP_SLACK = 64 * 1024;

    private Relay relay;
    private Console os2, linux;
    private int marker;

    @BeforeAll
    void bootBoth() throws Exception {
        Os2.requireImage();
        Os2.Result b = Os2.launcher(600, "peer", "build");
        assertEquals(0, b.status(), b.toString());
        relay = new Relay(7);
        int os2Port = freeUdpPort(), linuxPort = freeUdpPort();
        relay.start(os2Port, linuxPort);
        // Linux first: OS2's pings (below) start as soon as it is up, and need Linux and its DNS server.
        linux = new Console("Linux", List.of(Os2.root().resolve("os2").toString(), "peer", "boot", "--timeout", "1500",
                "--net-dgram", linuxPort + ":" + relay.portForB(), "--ip", LINUX_IP + "/" + PREFIX));
        linux.await("peer: ready " + Pattern.quote(LINUX_IP + "/" + PREFIX), 300);
        // Debian's dnsmasq (Debian's busybox has no dnsd) answers for os2.test, logging each query.
        String dns = sh("/usr/sbin/dnsmasq --keep-in-foreground --no-resolv --no-hosts --user=root --group=root --pid-file="
                + " --log-facility=- --log-queries --listen-address=" + LINUX_IP + " --bind-interfaces"
                + " --local=/" + DOMAIN + "/ --host-record=" + PEER_NAME + "," + LINUX_IP
                + " --host-record=" + OTHER_NAME + "," + OTHER_IP + " & sleep 2; netstat -lnu", 60);
        assertTrue(dns.contains(LINUX_IP + ":53 "), "dnsmasq listens on port 53\n" + dns);
        String user = Os2.out().resolve("user").toString();
        os2 = new Console("OS2", List.of(Os2.root().resolve("os2").toString(), "boot", "--headless", "--timeout", "1500",
                "--net-dgram", os2Port + ":" + relay.portForA(),
                "--cmdline", "ip=" + OS2_IP + "/" + PREFIX + " dns=" + LINUX_IP,
                "--init", user + "/init.elf restart+net:httpd.elf ; restart+net:netbulk.elf sink " + SINK_PORT + " "
                        + BULK + " ; restart+net:netbulk.elf source " + SOURCE_PORT + " " + BULK
                        + " ; restart+net:ping.elf -c 3 " + LINUX_IP + " ; restart+net:ping.elf -c 3 -i 1 " + PEER_NAME,
                "--module", user + "/httpd.elf", "--module", user + "/netbulk.elf", "--module", user + "/ping.elf"));
        os2.await("static address " + Pattern.quote(OS2_IP + "/" + PREFIX), 180);
        os2.await("httpd: listening on port 80", 180);
    }

    @AfterAll
    void stop() throws Exception {
        if (relay != null) {
            System.out.print(relay.summary());
            relay.close();
        }
        if (linux != null) {
            linux.close();
        }
        if (os2 != null) {
            os2.close();
        }
    }

    /** Runs a shell command on Linux; returns what it printed before its end marker. */
    private String sh(String command, int timeoutSeconds) throws Exception {
        int id = ++marker;
        linux.send(command + "; echo @@END" + id + "-$?");
        Matcher m = linux.await("(?s)(.*?)@@END" + id + "-(\\d+)\n", timeoutSeconds);
        return m.group(1) + "[status " + m.group(2) + "]";
    }

    @Test
    @Order(1)
    void linuxPingsOs2() throws Exception {
        String out = sh("ping -c 3 -W 5 " + OS2_IP, 60);
        assertTrue(out.contains("3 packets transmitted, 3 packets received, 0% packet loss"), out);
        assertTrue(out.contains("64 bytes from " + OS2_IP + ": seq=0"), out);
    }

    @Test
    @Order(1)
    void os2PingsLinux() throws Exception {
        String out = awaitAll("(?s)--- " + Pattern.quote(LINUX_IP) + " ping statistics ---\n[^\n]*\n", 120);
        assertTrue(out.contains("3 packets transmitted, 3 received, 0% packet loss"), out);
        assertTrue(os2.all().contains("PING " + LINUX_IP + " (" + LINUX_IP + ") 56(84) bytes of data."), os2.all());
        for (int seq = 1; seq <= 3; seq++) {
            assertTrue(os2.all().matches("(?s).*\n64 bytes from " + Pattern.quote(LINUX_IP) + ": icmp_seq=" + seq
                    + " time=\\d+\\.\\d{3} ms\n.*"), "reply " + seq + "\n" + os2.all());
        }
    }

    @Test
    @Order(1)
    void os2ResolvesANameThroughLinuxsDnsServerAndPingsIt() throws Exception {
        String out = awaitAll("(?s)--- " + Pattern.quote(PEER_NAME) + " ping statistics ---\n[^\n]*\n", 120);
        assertTrue(out.contains("3 packets transmitted, 3 received, 0% packet loss"), out);
        assertTrue(os2.all().contains("PING " + PEER_NAME + " (" + LINUX_IP + ") 56(84) bytes of data."), os2.all());
        // The answer came from dnsmasq: it logged OS2's query.
        assertTrue(linux.all().matches("(?s).*query\\[A\\] " + Pattern.quote(PEER_NAME) + " from "
                + Pattern.quote(OS2_IP) + ".*"), linux.all());
    }

    /** Waits until regex matches anywhere in OS2's console (the cursor stays); returns the match. */
    private String awaitAll(String regex, int timeoutSeconds) throws InterruptedException {
        Pattern p = Pattern.compile(regex);
        long end = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (true) {
            Matcher m = p.matcher(os2.all());
            if (m.find()) {
                return m.group();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no \"" + regex + "\" on OS2's console within " + timeoutSeconds + " s:\n"
                        + tail(os2.all()));
            }
            Thread.sleep(200);
        }
    }

    @Test
    @Order(2)
    void linuxWgetFetchesTheStatusJson() throws Exception {
        String out = sh("wget -q -O - http://" + OS2_IP + "/status.json", 60);
        assertTrue(out.contains("\"net_address\":\"" + OS2_IP + "\""), out);
        assertTrue(out.contains("\"remote\":\"" + LINUX_IP + ":"), "this very connection\n" + out);
    }

    @Test
    @Order(3)
    void bulkBothWaysOnACleanLink() throws Exception {
        bulkBothWays();
    }

    @Test
    @Order(4)
    void bulkBothWaysAtFivePercentLossWithReordering() throws Exception {
        for (Relay.Impairment i : List.of(relay.aToB, relay.bToA)) {
            i.set(0.05, 0.01, 0.05, 0.0);
        }
        long dropped = relay.countsAToB.dropped.get() + relay.countsBToA.dropped.get();
        long reordered = relay.countsAToB.reordered.get() + relay.countsBToA.reordered.get();
        try {
            bulkBothWays();
        } finally {
            for (Relay.Impairment i : List.of(relay.aToB, relay.bToA)) {
                i.set(0, 0, 0, 0);
            }
        }
        assertTrue(relay.countsAToB.dropped.get() + relay.countsBToA.dropped.get() - dropped > 100, relay.summary());
        assertTrue(relay.countsAToB.reordered.get() + relay.countsBToA.reordered.get() - reordered > 100, relay.summary());
    }

    private void bulkBothWays() throws Exception {
        // Linux -> OS2: random bytes, hashed on both sides.
        String out = sh("head -c " + BULK + " /dev/urandom > /tmp/out && sha256sum /tmp/out && nc " + OS2_IP + " "
                + SINK_PORT + " < /tmp/out", 900);
        Matcher sent = Pattern.compile("([0-9a-f]{64})  /tmp/out").matcher(out);
        assertTrue(sent.find() && out.endsWith("[status 0]"), out);
        Matcher got = os2.await("netbulk: received (\\d+) bytes sha256 ([0-9a-f]{64})", 60);
        assertEquals(BULK, Integer.parseInt(got.group(1)), "bytes received by OS2");
        assertEquals(sent.group(1), got.group(2), "SHA-256 of what Linux sent and OS2 received");

        // OS2 -> Linux: netbulk's pseudo-random stream.
        out = sh("nc " + OS2_IP + " " + SOURCE_PORT + " < /dev/null > /tmp/in; wc -c < /tmp/in; sha256sum /tmp/in", 900);
        Matcher os2Sent = os2.await("netbulk: sent (\\d+) bytes sha256 ([0-9a-f]{64})", 60);
        assertEquals(BULK, Integer.parseInt(os2Sent.group(1)));
        assertTrue(out.contains(BULK + "\n"), "Linux received " + BULK + " bytes\n" + out);
        assertTrue(out.contains(os2Sent.group(2) + "  /tmp/in"), "SHA-256 of what OS2 sent and Linux received\n" + out);
    }

    @Test
    @Order(5)
    void malformedFramesAreDroppedAndMemoryReturnsToBaseline() throws Exception {
        String before = sh("wget -q -O - http://" + OS2_IP + "/status.json", 60);
        long drops0 = number(before, "net_drops"), in0 = number(before, "net_frames_in");
        long free0 = number(before, "frames_free"), heap0 = number(before, "heap_live");
        relay.inject(false, INJECT, INJECT_PER_SECOND, 11);   // towards A: OS2
        // OS2 still answers, and every malformed frame was dealt with (most dropped, counted by reason).
        // Mutants with random in-subnet sources leave ARP lookups pending (replies to hosts that do
        // not exist), so OS2 may take a few seconds to answer again: allow 60 s, and say how long.
        long t0 = System.nanoTime();
        String ping = sh("i=0; until ping -c 1 -W 2 " + OS2_IP + " >/dev/null; do i=$((i+1)); [ $i -ge 30 ] && break; done;"
                + " ping -c 3 -W 5 " + OS2_IP, 120);
        System.out.println("OS2 answered ping again " + (System.nanoTime() - t0) / 1_000_000 + " ms after the injection");
        assertTrue(ping.contains("3 packets received"), ping + "\nOS2's console:\n" + tail(os2.all()));
        String after = sh("wget -q -O - http://" + OS2_IP + "/status.json", 60);
        long in = number(after, "net_frames_in") - in0, drops = number(after, "net_drops") - drops0;
        System.out.println("injected " + relay.injectedFrames() + "; OS2 received " + in + " frames, dropped " + drops);
        System.out.print(relay.summary());
        assertTrue(in >= INJECT * 9L / 10, "OS2 saw most of the injected frames: " + in + "\n" + relay.summary());
        assertTrue(drops >= INJECT / 2, "OS2 dropped (and counted) most of them: " + drops);
        // The mutants leave bounded state behind that lives until its timeout: fragments
        // waiting for the rest of their datagram (IpReassembly: at most 256 KiB, 30 s; on the
        // JVM, 5,000 mutants of a bulk-transfer pool left 0 to 72 KB there), ARP entries and
        // lookups (60 s at most). Memory must come back once that has expired: poll (each
        // status fetch collects first) for up to 90 s, and say how long it took.
        long free = number(after, "frames_free"), heap = number(after, "heap_live");
        long t1 = System.nanoTime(), settle = 0;
        while ((heap > heap0 + HEAP_SLACK || Math.abs(free - free0) > 16) && settle < 90_000) {
            System.out.println("kernel heap " + heap0 + " -> " + heap + ", free frames " + free0 + " -> " + free
                    + " at " + settle + " ms");
            Thread.sleep(5_000);
            after = sh("wget -q -O - http://" + OS2_IP + "/status.json", 60);
            free = number(after, "frames_free");
            heap = number(after, "heap_live");
            settle = (System.nanoTime() - t1) / 1_000_000;
        }
        System.out.println("kernel heap " + heap0 + " -> " + heap + ", free frames " + free0 + " -> " + free
                + ", " + settle + " ms after the first reading");
        assertTrue(Math.abs(free - free0) <= 16, "free frames back at baseline: " + free0 + " -> " + free + "\n" + after);
        assertTrue(heap <= heap0 + HEAP_SLACK, "kernel heap back at baseline: " + heap0 + " -> " + heap + "\n" + after);
        assertTrue(!os2.all().contains("PANIC") && !os2.all().contains("INTERNAL_ERROR") && os2.alive(), os2.all());
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?\\d+)[,}]").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return s.getLocalPort();
        }
    }
}
