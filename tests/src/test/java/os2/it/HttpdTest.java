package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The network end to end (docs/NETWORK.md): OS2 boots with the virtio-net NIC, gets its
 * DHCP lease from QEMU's user network, init starts httpd with the network capability,
 * and the host's curl fetches the status page and /status.json through a forward on
 * 127.0.0.1 (restrict=on: nothing else is reachable either way).
 */
class HttpdTest {
    @Test
    void hostCurlFetchesTheStatusPageAndItsJson() throws Exception {
        try (HttpdGuest guest = HttpdGuest.boot(120, 90)) {
            int port = guest.port;
            assertTrue(guest.console.contains("[info ] net: DHCP lease 10.0.2.15 netmask 255.255.255.0"), guest.console);

            String page = curl(port, "/");
            assertTrue(page.startsWith("<!DOCTYPE html>"), page);
            assertTrue(page.contains("<title>OS2 status</title>"), page);
            assertTrue(page.contains("<td>httpd.elf</td>") && page.contains("<td>init.elf</td>"), "the task table\n" + page);
            assertTrue(page.contains("<svg id=\"chart\"") && page.contains("fetch('/status.json')"),
                    "the live chart polls the JSON\n" + page);

            String json = curl(port, "/status.json");
            assertTrue(json.startsWith("{") && json.trim().endsWith("}"), json);
            assertEquals("10.0.2.15", string(json, "net_address"), json);
            long free = number(json, "frames_free");
            long total = number(json, "frames_total");
            assertTrue(free > 0 && free < total, json);
            assertTrue(number(json, "heap_live") > 0 && number(json, "uptime_ms") > 0, json);
            assertTrue(number(json, "net_frames_in") > 0 && number(json, "tcp_opened") >= 2, json);
            assertTrue(number(json, "http_requests") >= 2, json);
            assertTrue(json.matches("(?s).*\\{\"id\":\\d+,\"state\":\"running\",\"capabilities\":\\d+,\"regions\":\\d+,"
                    + "\"name\":\"httpd.elf\"}.*"), "httpd itself is running (it answers)\n" + json);
            assertTrue(json.contains("\"local_port\":80,\"remote\":\"10.0.2.2:"), "this request's connection\n" + json);

            // An unknown path is a 404, and the server goes on serving.
            Os2.Result r = Os2.run(List.of("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-m", "20",
                    "http://127.0.0.1:" + port + "/nope"), Os2.root().toFile(), java.util.Map.of(), 30);
            assertEquals("404", r.stdout().trim(), r.toString());
            assertTrue(curl(port, "/status.json").contains("\"http_requests\":"), "still serving");
        }
    }

    private static String curl(int port, String path) throws Exception {
        Os2.Result r = Os2.run(List.of("curl", "-sS", "--fail", "-m", "20", "http://127.0.0.1:" + port + path),
                Os2.root().toFile(), java.util.Map.of(), 30);
        assertEquals(0, r.status(), "curl " + path + "\n" + r);
        return new String(r.stdout().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?\\d+)[,}]").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static String string(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }
}
