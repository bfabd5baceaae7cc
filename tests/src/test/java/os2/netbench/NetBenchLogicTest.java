package os2.netbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The network benchmark's parsing and arithmetic (the benchmark itself is not a test: ./os2 bench net). */
class NetBenchLogicTest {
    static final String WRK = """
            Running 5s test @ http://127.0.0.1:40000/1k
              1 threads and 4 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    10.12ms    2.01ms  30.00ms   90.00%
                Req/Sec   395.12     20.11   430.00     80.00%
              1976 requests in 5.01s, 2.40MB read
              Socket errors: connect 0, read 1976, write 0, timeout 2
            Requests/sec:    394.41
            Transfer/sec:    490.12KB
            """;

    @Test
    void wrkSummaryIsParsedAndReadErrorsOfClosedConnectionsAreNotFailures() {
        Load.WrkResult r = Load.parseWrk(WRK);
        assertEquals(1976, r.requests());
        assertEquals(5.01, r.seconds(), 1e-9);
        assertEquals(394.41, r.perSecond(), 1e-9);
        assertEquals(2, r.errors(), "timeouts count, reads after Connection: close do not");
        Load.WrkResult ms = Load.parseWrk("  12 requests in 900.5ms, 1KB read\n  Non-2xx or 3xx responses: 3\n"
                + "Requests/sec:     13.3\n");
        assertEquals(0.9005, ms.seconds(), 1e-9);
        assertEquals(3, ms.errors());
        assertThrows(IllegalArgumentException.class, () -> Load.parseWrk("unable to connect to 127.0.0.1:1\n"));
    }

    @Test
    void os2BusyTimeIsTscMinusIdle() {
        String before = "{\"uptime_ms\":5,\"tsc\":1000000,\"tsc_idle\":400000,\"syscalls\":10,\"net_frames_in\":7,"
                + "\"net_frames_out\":8,\"tasks\":[]}";
        String after = "{\"uptime_ms\":9,\"tsc\":3000000,\"tsc_idle\":1400000,\"syscalls\":110,\"net_frames_in\":27,"
                + "\"net_frames_out\":38,\"tasks\":[]}";
        Counters d = Counters.fromOs2Json(after).minus(Counters.fromOs2Json(before));
        assertEquals(1_000_000, d.busyNs());
        assertEquals(100, d.syscalls());
        assertEquals(20, d.framesIn());
        assertEquals(30, d.framesOut());
        assertThrows(IllegalArgumentException.class, () -> Counters.fromOs2Json("{\"tsc\":1}"));
    }

    @Test
    void linuxBusyTimeLeavesOutIdleIowaitAndGuestTime() {
        String stat = "cpu  100 2 30 5000 7 4 6 0 50 0\n";
        String dev = "  eth0:  123456     900    0    0    0     0          0         0   654321     800    0    0    0     0       0          0\n";
        Counters c = Counters.fromLinux(stat, dev);
        assertEquals((100 + 2 + 30 + 4 + 6) * Counters.LINUX_TICK_NS, c.busyNs());
        assertEquals(900, c.framesIn());
        assertEquals(800, c.framesOut());
        assertEquals(-1, c.syscalls());
        assertEquals(-1, c.minus(c).syscalls());
    }

    @Test
    void bestOfNAndRatiosGoTheRightWay() {
        Results r = new Results();
        Results.Metric rps = new Results.Metric("x-rps", "requests/s", true);
        Results.Metric cost = new Results.Metric("x-insns", "guest-instructions", false);
        r.add(Results.OS2, rps, 100);
        r.add(Results.OS2, rps, 150);
        r.add(Results.OS2, rps, 120);
        r.add(Results.LINUX, rps, 300);
        r.add(Results.OS2, cost, 5000);
        r.add(Results.OS2, cost, 4000);
        r.add(Results.LINUX, cost, 8000);
        assertEquals(150, r.get(Results.OS2, "x-rps"));
        assertEquals(4000, r.get(Results.OS2, "x-insns"));
        assertEquals(0.5, r.ratio("x-rps"), 1e-12);
        assertEquals(0.5, r.ratio("x-insns"), 1e-12);
        assertNull(r.ratio("missing"));
        List<String> lines = r.lines();
        assertEquals(List.of("net.os2.x-rps 150 requests/s", "net.linux.x-rps 300 requests/s",
                "net.os2.x-insns 4000 guest-instructions", "net.linux.x-insns 8000 guest-instructions",
                "net.ratio.x-rps 0.500 os2/linux (above 1: OS2 faster)",
                "net.ratio.x-insns 0.500 os2/linux (below 1: OS2 cheaper)"), lines);
    }

    @Test
    void freePortsAreThreeDifferentPorts() throws Exception {
        int[] p = NetBench.freePorts();
        assertEquals(3, p.length);
        assertTrue(p[0] != p[1] && p[1] != p[2] && p[0] != p[2]);
    }

    @Test
    void backgroundShellLinesAreJoinedWithoutTheSemicolonBusyboxRejects() {
        assertEquals("(while :; do nc -l -p 1; done) & echo m", Guest.joined("(while :; do nc -l -p 1; done) &", "echo m"));
        assertEquals("a & echo m", Guest.joined("a &  ", "echo m"));
        assertEquals("a && b; echo m", Guest.joined("a && b", "echo m"), "&& is not a background &");
        assertEquals("head -c 1 /dev/zero; echo m", Guest.joined("head -c 1 /dev/zero", "echo m"));
    }
}
