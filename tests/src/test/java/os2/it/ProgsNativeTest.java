package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The program cores over OS2's own {@link os2.user.prog.OsSystem} (ProgsDemo as init, with
 * init's start capabilities): ps, mem and caps read the kernel's SYS_STATUS, TASK_INFO and
 * CAP_INFO; sleep and time use CLOCK and timer WAITs; kill goes through task handles.
 */
class ProgsNativeTest {
    /** The demo's output as command -> output with its "[STATUS]" line. */
    static Map<String, String> sections(String out) {
        Map<String, String> m = new LinkedHashMap<>();
        String cmd = null;
        StringBuilder body = new StringBuilder();
        for (String line : out.split("\n")) {
            if (line.startsWith("$ ")) {
                if (cmd != null) {
                    m.put(cmd, body.toString());
                }
                cmd = line.substring(2);
                body.setLength(0);
            } else if (cmd != null) {
                body.append(line).append('\n');
            }
        }
        m.put(cmd, body.toString());
        return m;
    }

    @Test
    void programCoresSeeTheKernelThroughOsSystem() throws Exception {
        Os2.Result r = UserProgramsTest.runInit("progsdemo.elf");
        assertEquals(0, r.status(), r.toString());
        Map<String, String> s = sections(r.stdout());
        assertTrue(s.get("ps").matches("   ID STATE      CAPS REGIONS FRAMES NAME\n"
                + " +1 running +\\d+ +\\d+ +[1-9]\\d* progsdemo.elf\n\\[0\\]\n"), s.get("ps"));
        Matcher frames = Pattern.compile("frames +(\\d+) +(\\d+) +(\\d+)\n").matcher(s.get("mem"));
        assertTrue(frames.find(), s.get("mem"));
        long total = Long.parseLong(frames.group(1));
        assertEquals(total, Long.parseLong(frames.group(2)) + Long.parseLong(frames.group(3)), "used + free = total");
        assertTrue(Pattern.compile("\nKiB +" + total * 4 + " ").matcher(s.get("mem")).find(), "4 KiB frames:\n" + s.get("mem"));
        assertTrue(s.get("mem").matches("(?s).*kernel heap: [1-9]\\d* bytes live of [1-9]\\d*\n\\[0\\]\n"), s.get("mem"));
        String caps = s.get("caps");
        String[] kinds = {"console", "console", "console", "memory", "modules", "system", "network"};
        for (int i = 0; i < kinds.length; i++) {
            assertTrue(Pattern.compile("(?m)^   " + i + " " + kinds[i] + " +[a-z,]+ +[0-9a-f]{32}$").matcher(caps).find(),
                    "slot " + i + ":\n" + caps);
        }
        assertTrue(caps.matches("(?s).*   5 system    read,.*"), "the system capability reads: " + caps);
        assertTrue(s.get("uptime").matches("up \\d+ min,  1 task\n\\[0\\]\n"), s.get("uptime"));
        assertEquals("[0]\n", s.get("sleep 0.05"));
        Matcher real = Pattern.compile("real (\\d+)\\.(\\d\\d)\n\\[0\\]\n").matcher(s.get("time -p sleep 0.2"));
        assertTrue(real.matches(), s.get("time -p sleep 0.2"));
        assertTrue(Integer.parseInt(real.group(1)) * 100 + Integer.parseInt(real.group(2)) >= 20, "slept at least 0.2 s");
        assertEquals("Fri Feb 13 23:31:30 UTC 2009\n[0]\n", s.get("date -d @1234567890"));
        assertEquals("1970-01-01 00:00:00 001\n[0]\n", s.get("date -u -d @0 +%F %T %j"));
        assertEquals("date: the time of day is unknown (the system has no real-time clock reading)\n[1]\n", s.get("date"));
        assertEquals("cherry 12\nabab\n[0]\n", s.get("grep -E ^(ab)+$|[0-9]{2} w"));
        assertEquals("1\n[0]\n", s.get("grep -c an\\(an\\)*a w"));
        assertEquals("4:abab\n[0]\n", s.get("grep -in [[:upper:]]B w"));
        assertEquals("kill: (1) - Operation not permitted\n[1]\n", s.get("kill -9 1"), "no handle to itself");
        assertEquals("kill: (999) - No such process\n[1]\n", s.get("kill 999"));
        assertEquals("ls: cannot access '.': Operation not supported\n[2]\n", s.get("ls ."));
        assertEquals("cherry 12\nbanana\napple\nabab\n[0]\n", s.get("sort -r w"));
    }
}
