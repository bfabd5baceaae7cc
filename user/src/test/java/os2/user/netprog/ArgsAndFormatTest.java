package os2.user.netprog;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import os2.user.net.Status;

/** The network programs' command lines, URL parsing, ping's output and ifconfig's. */
class ArgsAndFormatTest {
    @Test
    void urls() {
        assertEquals(new Url("10.0.2.100", 80, "/big"), Url.parse("http://10.0.2.100/big"));
        assertEquals(new Url("example.test", 8080, "/"), Url.parse("http://example.test:8080"));
        assertEquals(new Url("h", 80, "/a?b=c"), Url.parse("h/a?b=c#frag"));
        assertEquals("h:8080", Url.parse("http://h:8080/").hostHeader());
        assertEquals("h", Url.parse("http://h:80/").hostHeader());
        assertEquals("GET /x HTTP/1.1\r\nHost: h:81\r\nUser-Agent: a\r\nAccept: */*\r\nConnection: close\r\n\r\n",
                Url.parse("http://h:81/x").request(false, "a"));
        for (String bad : new String[] {"https://h/", "ftp://h/", "http://:80/", "http://h:0/", "http://h:65536/",
            "http://h:x/", "http://u@h/", "http://h/a b", "http://h:/"}) {
            assertThrows(IllegalArgumentException.class, () -> Url.parse(bad), bad);
        }
    }

    @Test
    void pingArguments() {
        PingArgs a = PingArgs.parse(new String[] {"10.0.2.2", "-c", "3"});
        assertEquals("10.0.2.2", a.host());
        assertEquals(3, a.count());
        assertEquals(1000, a.intervalMs());
        assertEquals(PingArgs.DEFAULT_SIZE, a.size());
        PingArgs b = PingArgs.parse(new String[] {"-i", "0.25", "-s", "0", "-W", "1.5", "h"});
        assertEquals(250, b.intervalMs());
        assertEquals(0, b.size());
        assertEquals(1500, b.timeoutMs());
        assertTrue(PingArgs.parse(new String[] {"--help"}).help());
        assertUsage("no HOST", () -> PingArgs.parse(new String[0]));
        assertUsage("needs a value", () -> PingArgs.parse(new String[] {"h", "-c"}));
        assertUsage("-c must be", () -> PingArgs.parse(new String[] {"h", "-c", "0"}));
        assertUsage("bad -c", () -> PingArgs.parse(new String[] {"h", "-c", "x"}));
        assertUsage("-i must be", () -> PingArgs.parse(new String[] {"h", "-i", "0.1"}));
        assertUsage("bad -i", () -> PingArgs.parse(new String[] {"h", "-i", "1.2345"}));
        assertUsage("-s must be", () -> PingArgs.parse(new String[] {"h", "-s", "1473"}));
        assertUsage("unknown option", () -> PingArgs.parse(new String[] {"-f", "h"}));
        assertUsage("only one HOST", () -> PingArgs.parse(new String[] {"a", "b"}));
    }

    @Test
    void fetchArguments() {
        FetchArgs a = FetchArgs.parse(new String[] {"--sha256", "http://10.0.2.100:8000/f"});
        assertTrue(a.sha256());
        assertEquals(8000, a.url().port());
        assertEquals("-", FetchArgs.parse(new String[] {"-o", "-", "h"}).output());
        assertTrue(FetchArgs.parse(new String[] {"-I", "h"}).head());
        assertTrue(FetchArgs.parse(new String[] {"-h"}).help());
        assertUsage("no URL", () -> FetchArgs.parse(new String[0]));
        assertUsage("no writable file system", () -> FetchArgs.parse(new String[] {"-o", "/tmp/x", "h"}));
        assertUsage("https is not supported", () -> FetchArgs.parse(new String[] {"https://h/"}));
        assertUsage("unknown option", () -> FetchArgs.parse(new String[] {"--x", "h"}));
        assertUsage("only one URL", () -> FetchArgs.parse(new String[] {"h", "i"}));
        assertEquals(7, Usage.port("7"));
        assertUsage("PORT must be", () -> Usage.port("70000"));
    }

    @Test
    void pingOutputLooksLikeLinux() {
        assertEquals("PING h (10.0.2.2) 56(84) bytes of data.", PingStats.header("h", "10.0.2.2", 56));
        PingStats s = new PingStats("h");
        s.sent();
        assertEquals("64 bytes from 10.0.2.2: icmp_seq=1 time=0.250 ms", s.reply("10.0.2.2", 1, 56, 250_000));
        s.sent();
        assertEquals("64 bytes from 10.0.2.2: icmp_seq=2 time=12.750 ms", s.reply("10.0.2.2", 2, 56, 12_750_000));
        s.sent();
        s.sent();
        assertEquals("--- h ping statistics ---\n4 packets transmitted, 2 received, 50% packet loss, time 3004ms\n"
                + "rtt min/avg/max/mdev = 0.250/6.500/12.750/6.250 ms\n", s.summary(3_004_000_000L));
        PingStats none = new PingStats("x");
        none.sent();
        assertEquals("--- x ping statistics ---\n1 packets transmitted, 0 received, 100% packet loss, time 2000ms\n",
                none.summary(2_000_000_000L));
        assertEquals("1.005", PingStats.millis(1_005_999));
    }

    @Test
    void ifconfigShowsTheInterface() {
        Status s = Status.parse("uptime_ms 5\nnet_address 10.0.2.15\nnet_frames_in 10\nnet_frames_out 11\n"
                + "net_bytes_in 1000\nnet_bytes_out 1100\nnet_drops 2\ntcp_opened 3\ntcp_retransmits 0\n"
                + "net_netmask 255.255.255.0\nnet_gateway 10.0.2.2\nnet_dns 0.0.0.0\nnet_mac 52:54:00:12:34:56\n"
                + "net_mtu 1500\nudp_in 4\nudp_out 5\nudp_queue_drops 0\nicmp_echoes_answered 1\n");
        String text = IfconfigFormat.format(s);
        assertTrue(text.startsWith("eth0: flags=UP  mtu 1500\n"), text);
        assertTrue(text.contains("inet 10.0.2.15  netmask 255.255.255.0  gateway 10.0.2.2  dns 0.0.0.0"), text);
        assertTrue(text.contains("ether 52:54:00:12:34:56"), text);
        assertTrue(text.contains("RX packets 10  bytes 1000") && text.contains("TX packets 11  bytes 1100"), text);
        assertNull(IfconfigFormat.format(Status.parse("uptime_ms 5\n")), "no network: nothing to show");
    }

    private static void assertUsage(String part, Runnable r) {
        Usage u = assertThrows(Usage.class, r::run);
        assertTrue(u.getMessage().contains(part), u.getMessage() + " should say " + part);
    }
}
