package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The shell on OS2, typed at over the serial console: one boot (init starts the file server
 * and sh), then command lines as a person would type them. Programs are tasks started from
 * /bin (the multi-call box) through the file server, connected by channels.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShellSessionTest {
    private static final int STEP = 60;
    private static ShellSession sh;

    @BeforeAll
    static void boot() throws Exception {
        sh = new ShellSession(600);
        sh.expect(ShellSession.PROMPT, 240);
    }

    @AfterAll
    static void stop() throws Exception {
        if (sh != null) {
            sh.close();
        }
    }

    private static List<String> words() throws Exception {
        return Files.readAllLines(Os2.root().resolve("user/initrd/usr/share/words"), StandardCharsets.UTF_8);
    }

    @Test
    @Order(1)
    void pipelineOfThreePrograms() throws Exception {
        long expected = words().stream().filter(w -> w.contains("an")).count();
        String out = sh.run("cat /usr/share/words | grep an | wc -l", STEP);
        assertEquals(expected + "\n", out, sh.all());
    }

    @Test
    @Order(2)
    void redirectionIntoTmpAndBack() throws Exception {
        assertEquals("", sh.run("echo hello > /tmp/x", STEP));
        assertEquals("", sh.run("echo more >> /tmp/x", STEP));
        assertEquals("hello\nmore\n", sh.run("cat /tmp/x", STEP));
        assertEquals("2\n", sh.run("wc -l < /tmp/x", STEP));
        assertEquals("     1\thello\n", sh.run("head -n 1 /tmp/x | cat -n", STEP));
    }

    /** The cores' directory operations reach the file server: mkdir, cp, mv, rm, ls. */
    @Test
    @Order(3)
    void filesInTmpWithTheEverydayPrograms() throws Exception {
        assertEquals("", sh.run("mkdir /tmp/d && echo hi > /tmp/d/f && cp /tmp/d/f /tmp/d/g && mv /tmp/d/g /tmp/d/h", STEP), sh.all());
        assertEquals("f\nh\n", sh.run("ls /tmp/d", STEP), sh.all());
        assertEquals("hi\n", sh.run("cat /tmp/d/h", STEP), sh.all());
        assertEquals("", sh.run("rm /tmp/d/f", STEP), sh.all());
        assertEquals("h\n", sh.run("ls /tmp/d", STEP), sh.all());
        assertTrue(sh.run("mkdir /etc/x; echo $?", STEP).contains("Read-only file system"), sh.all());
    }

    @Test
    @Order(3)
    void grepOverTheArchive() throws Exception {
        String motd = Files.readString(Os2.root().resolve("user/initrd/etc/motd"), StandardCharsets.UTF_8);
        String first = motd.split("\n")[0];
        String word = first.split(" ")[0];
        StringBuilder expected = new StringBuilder();
        String[] lines = motd.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(word)) {
                expected.append(i + 1).append(':').append(lines[i]).append('\n');
            }
        }
        assertEquals(expected.toString(), sh.run("grep -n '" + word + "' /etc/motd", STEP));
        assertEquals("1\n", sh.run("grep zzzqqq /etc/motd; echo $?", STEP));
    }

    @Test
    @Order(4)
    void theReadOnlyMountRefusesWrites() throws Exception {
        String out = sh.run("echo x > /etc/motd; echo status $?", STEP);
        assertTrue(out.contains("sh: /etc/motd: Read-only file system"), out);
        assertTrue(out.endsWith("status 1\n"), out);
    }

    @Test
    @Order(5)
    void aProgramWithoutFileCapabilitiesOpensNothing() throws Exception {
        String out = sh.run("FILES=none cat /etc/motd; echo status $?", STEP);
        assertTrue(out.contains("cat: /etc/motd: Permission denied"), out);
        assertTrue(out.endsWith("status 1\n"), out);
    }

    @Test
    @Order(6)
    void aFaultingProgramIsReportedAndTheShellGoesOn() throws Exception {
        String out = sh.run("crash; echo after $?", STEP);
        assertTrue(out.contains("sh: crash: terminated by CPU exception 14 (status 142)"), out);
        assertTrue(out.endsWith("after 142\n"), out);
    }

    @Test
    @Order(7)
    void ctrlCEndsARunningProgram() throws Exception {
        sh.send("cat\r");
        sh.expect("cat\n", STEP);
        sh.send("typed line\r");
        sh.expect("typed line\ntyped line\n", STEP);   // the shell's echo, then cat's copy
        sh.send("\u0003");
        sh.expect("^C", STEP);
        sh.expect(ShellSession.PROMPT, STEP);
        assertEquals("130\n", sh.run("echo $?", STEP));
    }

    @Test
    @Order(8)
    void tabCompletionThroughTheFileServer() throws Exception {
        sh.send("cat /etc/mo\t");
        sh.expect("cat /etc/motd", STEP);
        sh.send("\r");
        String motd = Files.readString(Os2.root().resolve("user/initrd/etc/motd"), StandardCharsets.UTF_8);
        sh.expect(motd.split("\n")[0], STEP);
        sh.expect(ShellSession.PROMPT, STEP);
    }

    @Test
    @Order(9)
    void historyWithTheUpArrow() throws Exception {
        assertEquals("remembered\n", sh.run("echo remembered", STEP));
        sh.send("\u001b[A");
        sh.expect("echo remembered", STEP);
        sh.send("\r");
        assertEquals("remembered\n", sh.expect(ShellSession.PROMPT, STEP).replaceFirst("^[^\n]*\n", ""));
    }

    @Test
    @Order(10)
    void aScriptFile() throws Exception {
        sh.run("echo 'echo script got $1' > /tmp/s.sh", STEP);
        sh.run("echo 'grep -c a /usr/share/words' >> /tmp/s.sh", STEP);
        long a = words().stream().filter(w -> w.contains("a")).count();
        assertEquals("script got one\n" + a + "\n", sh.run("sh /tmp/s.sh one", STEP));
    }

    @Test
    @Order(11)
    void backgroundJob() throws Exception {
        String out = sh.run("wc -l /usr/share/words > /tmp/n &", STEP);
        assertTrue(out.startsWith("[1]"), out);
        String w = sh.run("wait; cat /tmp/n", STEP);
        assertTrue(w.endsWith(words().size() + " /usr/share/words\n"), w);
    }

    private static final Pattern PS_ROW = Pattern.compile("^ *(\\d+) (\\S+) +(\\d+) +(\\d+) +(\\d+) (.+)$");

    /** The ps row of the task called name, as matched groups (id, state, caps, regions, frames, name). */
    private static Matcher psRow(String ps, String name) {
        for (String line : ps.split("\n")) {
            Matcher m = PS_ROW.matcher(line);
            if (m.matches() && m.group(6).equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no ps row for " + name + " in:\n" + ps);
    }

    /** ps, mem and caps run as programs from /bin print the kernel's figures (not "unsupported"). */
    @Test
    @Order(12)
    void psMemAndCapsShowTheSystem() throws Exception {
        String ps = sh.run("ps", STEP);
        assertTrue(ps.startsWith("   ID STATE      CAPS REGIONS FRAMES NAME\n"), ps);
        String[] rows = ps.substring(ps.indexOf('\n') + 1).split("\n");
        assertTrue(rows.length >= 4, ps);   // init, the file server, sh, ps at least
        for (String r : rows) {
            assertTrue(PS_ROW.matcher(r).matches(), "every task has its state, caps, regions and frames: " + r);
        }
        Matcher self = psRow(ps, "ps");
        assertEquals("running", self.group(2), ps);
        assertTrue(Long.parseLong(self.group(3)) >= 5 && Long.parseLong(self.group(5)) > 0, ps);

        String mem = sh.run("mem", STEP);
        Matcher f = Pattern.compile("frames +(\\d+) +(\\d+) +(\\d+)\n").matcher(mem);
        assertTrue(f.find(), mem);
        long total = Long.parseLong(f.group(1));
        assertTrue(total > 0 && Long.parseLong(f.group(2)) + Long.parseLong(f.group(3)) == total, mem);
        Matcher heap = Pattern.compile("kernel heap: (\\d+) bytes live of (\\d+)").matcher(mem);
        assertTrue(heap.find() && Long.parseLong(heap.group(1)) > 0
                && Long.parseLong(heap.group(1)) <= Long.parseLong(heap.group(2)), mem);
        assertTrue(Pattern.compile("regions: [1-9]\\d*").matcher(mem).find(), mem);

        String caps = sh.run("caps", STEP);
        assertTrue(caps.startsWith("SLOT KIND"), caps);
        assertTrue(Pattern.compile("(?m)^   3 memory +transfer,duplicate,alloc +[0-9a-f]{32}$").matcher(caps).find(), caps);
        assertTrue(Pattern.compile("(?m)^   5 system +read,duplicate +[0-9a-f]{32}$").matcher(caps).find(), caps);
        assertTrue(Pattern.compile("(?m)^   7 channel ").matcher(caps).find(), "the root directory: " + caps);
    }

    /** kill (a builtin: the shell holds its jobs' task handles) ends a background job by its task id. */
    @Test
    @Order(13)
    void killEndsABackgroundJobById() throws Exception {
        assertEquals("[1] sleep 100\n", sh.run("sleep 100 &", STEP));
        assertEquals("[1] Running  sleep 100\n", sh.run("jobs", STEP));
        Matcher row = psRow(sh.run("ps", STEP), "sleep");
        assertTrue(row.group(2).equals("blocked") || row.group(2).equals("ready"), row.group());
        String id = row.group(1);
        assertEquals("255\n", sh.run("kill " + id + "; wait %1; echo $?", STEP), "TASK_KILL's status");
        assertEquals("", sh.run("jobs", STEP));
        assertTrue(!sh.run("ps", STEP).contains(" sleep\n"), "sleep is gone");
        String out = sh.run("kill " + id + "; echo $?", STEP);
        assertEquals("kill: (" + id + ") - No such process\n1\n", out);
        out = sh.run("/bin/kill 1; echo $?", STEP);
        assertEquals("kill: (1) - Operation not permitted\n1\n", out);
    }

    /** sh, like every program, answers --help with its usage and status 0. */
    @Test
    @Order(14)
    void shHasHelp() throws Exception {
        String out = sh.run("sh --help; echo $?", STEP);
        assertTrue(out.startsWith("usage: sh ") && out.endsWith("\n0\n"), out);
    }
}
