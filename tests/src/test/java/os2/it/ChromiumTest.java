package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A real browser on the status page (docs/NETWORK.md, httpd): OS2 boots with httpd behind a
 * forward on 127.0.0.1, and Debian's headless Chromium loads {@code /}, runs its script
 * (which fetches {@code /status.json} and draws the chart) and dumps the DOM, then takes a
 * screenshot (target/chromium-status.png). Chromium only ever sees the 127.0.0.1 URL: every
 * host name resolves to nothing and its background services are off.
 */
class ChromiumTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    /** Virtual time the page's script gets (it polls every second): long enough for its first fetch. */
    static final int VIRTUAL_TIME_MS = 3000;

    @Test
    void chromiumRendersTheStatusPageWithItsLiveData() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute(), "no " + CHROMIUM + ": apt-get install chromium (.ci/run does)");
        Path target = Os2.root().resolve("tests/target");
        Path profile = Files.createTempDirectory(Files.createDirectories(target), "chromium-profile");
        try (HttpdGuest guest = HttpdGuest.boot(240, 120)) {
            String url = guest.url("/");

            Os2.Result dom = chromium(profile, "--dump-dom", "--virtual-time-budget=" + VIRTUAL_TIME_MS, url);
            assertEquals(0, dom.status(), dom.toString());
            String d = dom.stdout();
            String json = Os2.run(List.of("curl", "-sS", "--fail", "-m", "20", url + "status.json"), Os2.root().toFile(),
                    Map.of(), 30).stdout();
            assertTrue(d.contains("<title>OS2 status</title>"), d);
            // The task table, as the script rewrote it from the JSON it fetched.
            assertTrue(d.matches("(?s).*<table id=\"tasks\">.*<tr><td>\\d+</td><td>running</td><td>\\d+</td><td>\\d+</td>"
                    + "<td>httpd\\.elf</td></tr>.*"), "httpd in the task table\n" + d);
            assertTrue(d.contains("<td>init.elf</td>"), d);
            // The chart: three polylines, drawn only after the script's fetch of /status.json succeeded.
            Matcher chart = Pattern.compile("<svg id=\"chart\"[^>]*>(.*?)</svg>", Pattern.DOTALL).matcher(d);
            assertTrue(chart.find(), "the chart element\n" + d);
            assertEquals(3, chart.group(1).split("<polyline", -1).length - 1, "three lines in the chart\n" + chart.group(1));
            // Counters in the DOM agree with /status.json (those that do not move while the page is open).
            for (String key : List.of("frames_total", "net_address")) {
                assertEquals(value(json, key), cell(d, key), key + "\nDOM: " + d + "\nJSON: " + json);
            }
            assertEquals("10.0.2.15", cell(d, "net_address"));
            assertTrue(Long.parseLong(cell(d, "heap_live")) > 0 && Long.parseLong(cell(d, "uptime_ms")) > 0, d);
            // The page and the script's fetch both reached httpd (and the test's own curl).
            assertTrue(Long.parseLong(value(json, "http_requests")) >= 3, json);

            Path png = target.resolve("chromium-status.png");
            Files.deleteIfExists(png);
            Os2.Result shot = chromium(profile, "--screenshot=" + png, "--window-size=1024,900",
                    "--virtual-time-budget=" + VIRTUAL_TIME_MS, url);
            assertEquals(0, shot.status(), shot.toString());
            assertTrue(Files.isRegularFile(png), "no screenshot\n" + shot);
            byte[] img = Files.readAllBytes(png);
            assertTrue(img.length > 10_000, "a screenshot of a page with tables and a chart is more than " + img.length + " bytes");
            assertEquals("\u0089PNG", new String(img, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
            int w = (img[16] & 0xff) << 24 | (img[17] & 0xff) << 16 | (img[18] & 0xff) << 8 | img[19] & 0xff;
            assertEquals(1024, w, "the PNG's width (IHDR)");
        } finally {
            Os2.run(List.of("rm", "-rf", profile.toString()), Os2.root().toFile(), Map.of(), 30);
        }
    }

    /** Headless Chromium, as root (no sandbox), with everything that could reach beyond 127.0.0.1 off. */
    static Os2.Result chromium(Path profile, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
                "--disable-client-side-phishing-detection", "--disable-breakpad", "--metrics-recording-only",
                "--no-pings", "--dns-prefetch-disable", "--disable-features=Translate,OptimizationHints,MediaRouter",
                // every host name but 127.0.0.1 fails to resolve; the page is loaded by that address
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--proxy-server=direct://", "--proxy-bypass-list=*"));
        cmd.addAll(List.of(args));
        return Os2.run(cmd, Os2.root().toFile(), Map.of("HOME", profile.toString()), 120);
    }

    /** The text of the counter table's value cell for key. */
    private static String cell(String dom, String key) {
        Matcher m = Pattern.compile("<td>" + key + "</td><td[^>]*>([^<]*)</td>").matcher(dom);
        assertTrue(m.find(), key + " in the DOM\n" + dom);
        return m.group(1);
    }

    private static String value(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\"?([^\",}]*)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }
}
