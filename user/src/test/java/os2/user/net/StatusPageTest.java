package os2.user.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The status report's parsing and renderings, and IPv4 address text (no kernel needed). */
class StatusPageTest {
    static final String REPORT = "uptime_ms 1234\nframes_free 100\nframes_total 200\nnet_address 10.0.2.15\n"
            + "task 1 blocked 9 6 init.elf\ntask 2 running 8 6 my \"odd\" <name>\n"
            + "conn 80 10.0.2.2:45450 ESTABLISHED 0\n";

    @Test
    void theReportParsesIntoCountersTasksAndConnections() {
        Status s = Status.parse(REPORT);
        assertEquals("1234", s.get("uptime_ms"));
        assertEquals("10.0.2.15", s.get("net_address"));
        assertEquals(2, s.tasks.size());
        assertEquals("my \"odd\" <name>", s.tasks.get(1)[4], "a name keeps its spaces");
        assertEquals("ESTABLISHED", s.connections.get(0)[2]);
    }

    @Test
    void jsonHasNumbersStringsAndEscapes() {
        String j = StatusPage.json(Status.parse(REPORT), 7, new ByteText(16)).toString();
        assertTrue(j.startsWith("{\"uptime_ms\":1234,\"frames_free\":100,\"frames_total\":200,\"net_address\":\"10.0.2.15\","), j);
        assertTrue(j.contains("\"http_requests\":7"), j);
        assertTrue(j.contains("{\"id\":2,\"state\":\"running\",\"capabilities\":8,\"regions\":6,\"name\":\"my \\\"odd\\\" <name>\"}"), j);
        assertTrue(j.contains("\"connections\":[{\"local_port\":80,\"remote\":\"10.0.2.2:45450\",\"state\":\"ESTABLISHED\",\"unacked\":0}]"), j);
    }

    @Test
    void htmlEscapesNames() {
        String h = StatusPage.html(Status.parse(REPORT), 1, new ByteText(16)).toString();
        assertTrue(h.contains("<td>my &quot;odd&quot; &lt;name&gt;</td>"), h);
        assertTrue(h.contains("<svg id=\"chart\""), h);
    }

    @Test
    void addressesParseAndPrint() {
        assertEquals(0x0A000202, Ip.parse("10.0.2.2"));
        assertEquals("10.0.2.15", Ip.toString(Ip.parse("10.0.2.15")));
        assertEquals("255.255.255.255", Ip.toString(Ip.parse("255.255.255.255")));
        for (String bad : new String[] {"", "10.0.2", "10.0.2.256", "10.0.2.2.1", "a.b.c.d", "10..2.2", "1000.0.0.1"}) {
            assertThrows(IllegalArgumentException.class, () -> Ip.parse(bad), bad);
        }
    }
}
