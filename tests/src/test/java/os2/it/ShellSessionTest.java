package os2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
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
}
